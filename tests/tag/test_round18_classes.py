"""Speaker classes of the eighteenth tuning round: bodies that local copy names by a place or a name and a
lower-case noun, and the people of a body written after its name.

Every sentence here is invented for the test (no text of the gold articles). Each test's docstring names the
failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import by_text, doc_and_codebook, speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("people", ["economists at Orla Bank wrote in a note", "analysts at Orla Bank said",
                                    "researchers from the Orla Bank said"])
def test_people_of_a_named_body_in_lower_case_after_a_quote(people):
    """Class (empty or wrong speaker): after a quote, "economists at Orla Bank wrote" was no noun phrase (a
    lower-case word, then a preposition), so the quote went on the previous quote's speaker or none. The people
    of a named body written after "at", "from" or "with" are a noun phrase, and the body speaks through them."""
    text = f"Rates held\n\n“We were not consulted,” Ana Ruiz said.\n\n“We expect growth to slow,” {people}.\n"
    got = by_text(text)["We expect growth to slow,"]
    assert (got["speaker"], got["speaker_kind"]) == ("Orla Bank", "organisation")


def test_people_of_a_named_body_after_an_inverted_verb():
    """Class (unresolved speaker): "“Growth is weak,” said analysts at Pine Capital." had no speaker."""
    assert speakers("Rates\n\n“Growth is weak,” said analysts at Pine Capital.\n")["Growth is weak,"] == "Pine Capital"


@pytest.mark.parametrize("subject, body", [("Ashford police", "Ashford police"),
                                           ("Brightwater council", "Brightwater council"),
                                           ("the Kerrow fire service", "Kerrow fire service"),
                                           ("the Brenton union's leadership", "Brenton union"),
                                           ("a Marlow council spokesman", "Marlow council"),
                                           ("But Ashford police", "Ashford police")])
def test_a_place_and_a_lower_case_service_is_a_body(subject, body):
    """Class (empty speaker where the attribution names a body): local copy names a town's services by the
    place and a lower-case noun ("Ashford police said"); the words were an anonymous source. They are a body,
    whose name keeps the noun as written (and a sentence's opening "But" is not part of it)."""
    text = f"Storm\n\nHeavy rain fell overnight.\n\n“Several roads are closed,” {subject} said.\n"
    got = by_text(text)["Several roads are closed,"]
    assert (got["speaker"], got["speaker_kind"]) == (body, "organisation")


def test_the_local_form_is_the_formal_body():
    """Class (two entities for one body): "Halden police" after "the Halden Police Service" is that service, the
    fullest name the article gives."""
    text = ("Thefts\n\nThe Halden Police Service published its report on Monday.\n\n"
            "“Lock your cars,” Halden police said.\n")
    assert speakers(text)["Lock your cars,"] == "Halden Police Service"


@pytest.mark.parametrize("sentence", ["In Ashford police found the car on Tuesday.",
                                      "Residents of the Ashford council estate were moved.",
                                      "Greek police arrested two men."])
def test_a_place_before_a_service_noun_that_names_no_body(sentence):
    """Guard of the class above: a place after "in" is where something happened, a service noun before another
    noun is a modifier ("council estate"), and a nationality's police is a country's: no body mention."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.speakers import find_mentions
    names = [m.text for m in find_mentions(sentence, default_codebook()) if m.kind == "organisation"]
    assert not any(n.endswith(("police", "council")) for n in names), names


@pytest.mark.parametrize("staff", ["Orla Bank economists", "Northern Rail engineers", "Glenmore Hospital management"])
def test_people_of_a_body_written_after_its_name(staff):
    """Class (empty speaker where the attribution names a body): "Orla Bank economists said" was an anonymous
    source, though "economists at Orla Bank" is the bank (gold README). The body's people after its name speak
    for it too."""
    body = staff.rsplit(" ", 1)[0]
    text = f"Report\n\n{body} published figures on Monday.\n\n“Demand has fallen,” {staff} said.\n"
    assert speakers(text)["Demand has fallen,"] == body


def test_unnamed_people_of_a_place_stay_anonymous():
    """Guard: "Harrow County prosecutors said" names a place, not a body: an unnamed group."""
    got = by_text("Case\n\nHarrow County prosecutors said they would review the case.\n")["they would review the case"]
    assert (got["speaker"], got["speaker_kind"]) == ("", "anonymous")


def test_the_citys_own_department_is_not_a_body_named_after_the_city():
    """Class (wrong speaker): "the city's transport department" took "Harbor City council" (a body with the word
    "city" in its name) as the body the department is a unit of; a place's own department is not."""
    text = ("Harbor City council approves fare rise\n\nAccording to the city's transport department, the change "
            "will raise $1 million.\n")
    assert speakers(text)["the change will raise $1 million"] != "Harbor City council"


def test_an_opening_preposition_is_no_possessive_owner():
    """Class (a speaker named "According to the city's transport department"): the look-back for a body named
    by a possessive ("the Brussels prosecutor's office") took a sentence's opening "According to the city's …"
    as the owner's name, and "The department said" became that string."""
    text = ("Fares rise\n\nAccording to the city's transport department, the fare change will raise $1 million. "
            "The department said the new boats would enter service in 2027.\n")
    assert not speakers(text)["the new boats would enter service in 2027"].startswith("According")


def test_place_body_rows_point_at_their_words():
    """The speaker mention of a place body spans the words in the text (no row points elsewhere)."""
    text = "Storm\n\nHeavy rain fell.\n\n“Roads are shut,” the Kerrow fire service said.\n"
    doc, _ = doc_and_codebook(text)
    row = by_text(text)["Roads are shut,"]
    span = doc.clean_text[row["speaker_mention_start"]:row["speaker_mention_end"]]
    assert span == "the Kerrow fire service"
