"""Speaker classes of the twenty-ninth round: a nationality word set between a determiner and the noun before a
body's name ("The Danish supplier Falktech said") is the nominal's adjective, not a body called "Danish".

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, speakers  # tests/tag is on sys.path


def test_a_nationality_word_before_a_noun_and_a_name_is_no_name_of_its_own():
    """Class (wrong speaker): "The German supplier Falktech said" gave the speaker "German": the nationality word
    was a one-word name, and the phrase took its first name."""
    for phrase in ("The Danish supplier Falktech", "The Swiss carmaker Falktech", "A German supplier, Falktech,"):
        got = speakers(f"Prices\n\nSteel prices rose.\n\n{phrase} said it would raise prices by 5 percent.\n")
        assert got["it would raise prices by 5 percent"] == "Falktech", phrase
    # a surname that is also a nationality word stays a person's name after a title
    got = by_text("Vote\n\nAlderman Rhys English chairs the board.\n\nMr English said the vote was fair.\n")
    assert got["the vote was fair"]["speaker"] == "Rhys English"
