"""Speaker classes of the twentieth round: a spokesperson with no "for X", right after a body's sentence.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, speakers  # tests/tag is on sys.path


def test_a_spokesperson_right_after_a_bodys_sentence_speaks_for_it():
    """Class (empty speaker): "The company said no child had been hurt. “…,” a spokesperson said." left the
    spokesperson anonymous; with no "for X", the spokesperson speaks for the body the sentence before was about
    (gold README: an unnamed spokesperson speaks for the body)."""
    text = ("Recall\n\nHarvest Tots recalled 40,000 jars on Monday. The company said no child had been hurt.\n\n"
            "“We are acting out of caution,” a spokesperson said.\n")
    got = by_text(text)["We are acting out of caution,"]
    assert (got["speaker"], got["speaker_kind"]) == ("Harvest Tots", "organisation")


def test_a_spokesperson_after_a_person_or_an_unnamed_source_stays_unnamed():
    """Guard: after a person ("Mayor Ana Reyes said …. A spokesman said …") the spokesperson may be hers, and after
    "police said" (no body named) or a body two sentences back, nobody can tell whose: both stay unnamed."""
    text = ("Repairs\n\nKelby Water cut supplies. Mayor Ana Reyes said the city would pay for repairs. A spokesman said "
            "the work would start in May.\n\nTwo men were arrested, police said. A spokesperson added that the men "
            "were released on bail.\n")
    got = speakers(text)
    assert got["the work would start in May"] == ""
    assert got["the men were released on bail"] == ""


def test_an_unnamed_subject_of_a_coordinated_speech_verb():
    """Class (empty speaker words): "A spokeswoman declined to comment further but said the factory had been
    inspected" gave no speaker words at all; a coordinated verb with no person before it takes the sentence's
    subject, as a participle after a comma does."""
    got = by_text("Recall\n\nJars were recalled. A spokeswoman declined to comment further but said the factory had "
                  "been inspected.\n")["the factory had been inspected"]
    assert (got["speaker_text"], got["speaker_kind"]) == ("A spokeswoman", "anonymous")


def test_a_denied_speech_verb_before_an_open_question_reports_nothing():
    """Class (false quote): "Harvest Tots did not say how the glass got into the jars" and "would not say whether
    more jars were affected" became indirect quotes; a speech verb denied before a clause a wh-word or "whether" opens
    leaves the question open. "did not say that …" is left as it was."""
    got = speakers("Recall\n\nHarvest Tots did not say how the glass got into the jars. The firm would not say whether "
                   "more jars were affected.\n")
    assert got == {}
