"""Reported speech missed on blind set E (tuned on it after its first measurement), on invented sentences:
a clause after an addressee without "that", a clause whose verb is a plain past tense, a quantified
subject, "said A, but warned B", a clause-first report by a lower-case plural source, "reminded X that",
and a ", but not …" contrast that stays inside the clause."""
from __future__ import annotations

import pytest

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.quotes.direct import document_quotes


def indirect(text: str) -> dict[str, dict]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return {q["text"]: q for q in document_quotes(doc, cb) if q["kind"] == "indirect"}


@pytest.mark.parametrize("text, clause, speaker", [
    # an addressee, then the clause without "that"
    ("Councillor Bryony Achterberg told reporters the vote was “a disgrace”.",
     "the vote was “a disgrace”", "Bryony Achterberg"),
    # the clause's only verb is a plain past tense (no auxiliary to find)
    ("Eldon Mills Council said 2,300 households received the letter on Monday.",
     "2,300 households received the letter on Monday", "Eldon Mills Council"),
    ("Dr Ferdinand Okoye-Lund said the outbreak started long before the ward reopened.",
     "the outbreak started long before the ward reopened", "Ferdinand Okoye-Lund"),
    # a quantified subject
    ("Chief Officer Ruth Mbeki-Carr said at least 12 barns had been lost.",
     "at least 12 barns had been lost", "Ruth Mbeki-Carr"),
    # "reminded X that"
    ("The chair, Odette Varga-Lim, reminded Mr Dunmore that the meeting was “not a rally”.",
     "the meeting was “not a rally”", "Odette Varga-Lim"),
])
def test_reported_clause_is_found(text, clause, speaker):
    got = indirect(text)
    assert clause in got, list(got)
    assert got[clause]["speaker"] == speaker


def test_said_a_but_warned_b_gives_two_rows():
    got = indirect("Chief Officer Ruth Mbeki-Carr said at least 12 barns had been lost, but warned that the "
                   "total was “likely to climb” by the weekend.")
    assert "at least 12 barns had been lost" in got
    assert "the total was “likely to climb” by the weekend" in got


def test_clause_first_report_by_lower_case_officials_is_anonymous():
    got = indirect("Voting in the Eastgate ward was halted for an hour after a fire alarm, election officials said.")
    row = got["Voting in the Eastgate ward was halted for an hour after a fire alarm"]
    assert row["speaker"] == "" and row["speaker_kind"] == "anonymous"


def test_but_not_stays_inside_the_clause():
    got = indirect("Engineer Tomasz Reyes-Whitlock told the Courier the rails could be relaid one at a time, "
                   "but not while trains were running.")
    assert "the rails could be relaid one at a time, but not while trains were running" in got


def quotes(text: str) -> dict[str, dict]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return {q["text"]: q for q in document_quotes(doc, cb)}


def test_a_quoted_question_with_asked_is_speech():
    got = quotes("Councillor Hana Ljungberg-Ade rose.\n\n“Will the leader answer the question?” she asked.")
    q = got["Will the leader answer the question?"]
    assert q["kind"] == "direct" and q["verb"] == "asked" and q["speaker"] == "Hana Ljungberg-Ade"


def test_remembered_her_as_attributes_the_quoted_words():
    got = quotes("Prof. Anselm Otieno-Park, her doctoral supervisor, remembered her as “the most stubborn student "
                 "I ever had”.")
    q = got["the most stubborn student I ever had"]
    assert q["kind"] == "partial" and q["speaker"] == "Anselm Otieno-Park"


def test_documents_as_the_source_of_a_clause_are_an_unresolved_speaker():
    got = indirect("Larchmere Care billed the council for night staff who never worked, records obtained by "
                   "the Weekly Lantern show.\n\n"
                   "The invoices, which cover 2022 and 2023, show that 140 shifts were charged twice.")
    first = got["Larchmere Care billed the council for night staff who never worked"]
    assert first["speaker"] == "" and first["speaker_kind"] == "unresolved" and first["verb"] == "show"
    second = got["140 shifts were charged twice"]
    assert second["speaker"] == "" and second["speaker_kind"] == "unresolved"


def test_a_clause_may_open_with_quoted_words():
    got = indirect("In a statement, Calloway Freight said that “a handful of late deliveries” had been "
                   "refunded in full.")
    assert "“a handful of late deliveries” had been refunded in full" in got


def test_an_irregular_past_tense_marks_the_clause():
    got = indirect("Harwick Dairies said pre-tax profit for the six months to the end of June fell 9 per cent.")
    assert "pre-tax profit for the six months to the end of June fell 9 per cent" in got
