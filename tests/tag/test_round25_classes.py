"""Speaker classes of the twenty-fifth round (tuned on blind set BT): a body named by a bare acronym of its name, a
he/she in a relative clause on a thing a person owns, a direct quote read out "according to" a document, a body set
beside a described class noun ("the consortium building the line, X"), and "the police" or "the union" with no body
of their class named.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import rows, speakers  # tests/tag is on sys.path


def test_a_bare_acronym_is_the_body_whose_initials_it_spells():
    """Class (wrong speaker): "The TGS said" after "The Tarrow Gaming Series has banned …" was a body of its own,
    "TGS", because the acronym was used before the series' kind was known (its name has no head word); it is the
    series."""
    text = ("Ban\n\nThe Tarrow Gaming Series has banned a player for cheating.\n\n“It is theft,” TGS commissioner "
            "Anton Brisk-Hale said.\n\nThe TGS said the appeal was “without merit”.\n")
    got = speakers(text)
    assert got["the appeal was “without merit”"] == "Tarrow Gaming Series"
    assert got["It is theft,"] == "Anton Brisk-Hale"


def test_a_he_in_a_relative_clause_on_a_persons_interview_is_that_person():
    """Class (wrong speaker): "extracts from Mr X's police interview, in which he said …" gave the he/she to the
    body whose spokesperson spoke in the sentence before (the possessive owner is no candidate of the ordinary
    rule); it is the owner of the interview."""
    text = ("Trial\n\nDealer Rufus Calloway-Penn denies fraud.\n\nThe gallery, Marrin & Oake, said its expert had "
            "given only a view. A spokesperson for the firm declined to comment.\n\nJurors heard extracts from "
            "Mr Calloway-Penn’s police interview, in which he said he had never claimed to be an expert.\n")
    got = speakers(text)
    assert got["he had never claimed to be an expert"] == "Rufus Calloway-Penn"
    assert got["its expert had given only a view"] == "Marrin & Oake"


def test_a_direct_quote_read_out_according_to_a_transcript_is_no_clause_of_its_own():
    """Class (spurious row): "“…,” he told detectives, according to a transcript read to the court." made the
    quotation and its attribution one more indirect quote, spoken by the court; the direct quote is the only row."""
    text = ("Trial\n\nDealer Rufus Calloway-Penn denies fraud.\n\n“I sell what people like,” he told detectives, "
            "according to a transcript read to the court.\n\nThe rise was steep, according to the court.\n")
    got = rows(text)
    assert [r["kind"] for r in got if "I sell what people like" in r["text"]] == ["direct"]
    # (a clause before "according to" with no quotation in it is still reported speech)
    assert [r["kind"] for r in got if r["text"] == "The rise was steep"] == ["indirect"]


def test_a_body_set_beside_a_described_class_noun_is_that_noun_later():
    """Class (unresolved): "the consortium building the line, Northline Rail Partners," then "Vantor Link, a joint
    venture between A and B": "the consortium" later pointed nowhere (no class word in the name, and the
    noun stood apart from the name)."""
    text = ("Tram\n\nThe city said the consortium building the line, Vantor Link, had fitted the wrong signals.\n\n"
            "Vantor Link, a joint venture between Ostry Civil and Kaleb Rail, rejects that. In a filing, the "
            "consortium claimed that the city had changed the design.\n")
    got = speakers(text)
    assert got["the city had changed the design"] == "Vantor Link"


def test_the_police_and_the_union_are_not_a_body_of_another_kind():
    """Class (wrong speaker): "St Anne's Church was vandalised. The police said …" gave the police's words to the
    church, and "Harlow Foods will cut jobs, the company said. The union said …" to the company: a police force is
    always named with a police word, and a body the article called a company is no union. A union named without
    its class word ("Unite said … The union said") is still the union."""
    text = ("Damage\n\nSt Anne's Church in Corley was vandalised overnight.\n\n"
            "The police said they were treating it as a hate crime.\n")
    assert speakers(text)["they were treating it as a hate crime"] == ""
    text = ("Jobs\n\nBrayfield Foods will cut 200 jobs at its plant, the company announced on Monday.\n\n"
            "The union said the cuts were a betrayal.\n")
    assert speakers(text)["the cuts were a betrayal"] == ""
    text = ("Jobs\n\nBrayfield Foods will cut 200 jobs at its plant, the company announced on Monday.\n\n"
            "The trade union Unite said the cuts were a betrayal. The union said it would ballot members.\n")
    assert speakers(text)["it would ballot members"] == "Unite"
