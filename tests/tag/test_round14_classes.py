"""Speaker classes of the fourteenth tuning round (general mechanisms; the rows that showed them are in the
tunable gold sets, mostly blind set AB).

Every sentence here is invented for the test (no text of the gold articles): other names, places and trades
than the rows that showed each class. Each test's docstring names the failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("office, quote", [
    ("His office said in a statement that", "he would not attend the summit"),
    ("Her press office said", "she would not attend the summit"),
])
def test_a_persons_office_by_pronoun_speaks_for_the_person(office, quote):
    """Class (empty speaker): "Her office said …" after a named mayor gave no speaker; a person's office,
    pointed to by his/her, speaks for that person as "her spokesman" does."""
    text = f"The bill now goes to Governor Tamsin Orloff-Reid.\n\n{office} {quote}."
    who = speakers(text)[quote]
    assert who == "Tamsin Orloff-Reid"


def test_according_to_her_office_speaks_for_the_person():
    """Class (empty speaker): "…, according to her office." after a named senator."""
    text = ("Senator Ilse Marchetti-Boyd missed the vote on Tuesday.\n\n"
            "The senator is expected to return to Washington next week, according to her office.")
    assert speakers(text)["The senator is expected to return to Washington next week"] == "Ilse Marchetti-Boyd"


@pytest.mark.parametrize("aside, name", [
    ("who gave her name only as Priti", "Priti"),
    ("who gave only his first name, Bram", "Bram"),
    ("who asked to be identified only as Colm", "Colm"),
    ("who gave her name only as Mrs. Okoye-Hart", "Okoye-Hart"),
])
def test_an_unnamed_speaker_known_by_the_name_given_in_an_aside(aside, name):
    """Class (empty speaker): "“…,” said one diner, who gave her name only as Jo." gave no speaker: the aside
    after an inverted verb's unnamed subject names them."""
    text = f"The queue stretched round the block.\n\n\"We came at dawn,\" said one shopper, {aside}."
    assert speakers(text)["We came at dawn,"] == name


def test_an_unnamed_speaker_without_a_name_stays_unnamed():
    """Guard of the class above: an aside that names no one leaves the speaker empty."""
    text = ("The queue stretched round the block.\n\n"
            "\"We came at dawn,\" said one shopper, who asked not to be named.")
    assert speakers(text)["We came at dawn,"] == ""


def test_a_persons_office_by_pronoun_is_cited_as_an_institution():
    """Class (citation lost with the speaker above): the office a his/her points to is cited as the institution
    that spoke, as "the governor's office" is, though the quote's speaker is the person."""
    from sentence_tags import cites
    text = ("The bill now goes to Governor Tamsin Orloff-Reid.\n\n"
            "Her office said she would sign it before the recess.")
    assert ("Her office", "institution") in {(t, kind) for t, _, kind in cites(text)}
