"""Quote, speaker and citation classes still missed on blind set G after its first tuning round.

Every sentence here is invented for the test (no text of the blind articles): reported clauses
without "that" after a channel ("said in an interview the …"), a relative clause on the reported
subject, an adjunct inside a report that goes on with "and that", a narrator's aside after a
clause-first attribution, a to-infinitive after a speech verb, and a possessive that opens a noun
phrase rather than a clause.
"""
from __future__ import annotations

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.citations import document_citations
from corpus_tools.tag.quotes.direct import document_quotes


def _doc(text: str):
    cb = default_codebook()
    return process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb), cb


def rows(text: str) -> list[dict]:
    doc, cb = _doc(text)
    return document_quotes(doc, cb)


def by_text(text: str) -> dict[str, dict]:
    return {q["text"]: q for q in rows(text)}


def cites(text: str) -> list[tuple[str, str, str]]:
    doc, cb = _doc(text)
    return [(c["text"], c["source"], c["source_type"]) for c in document_citations(doc, cb)]


# --- reported clauses ------------------------------------------------------------------------

def test_a_clause_without_that_after_the_channel_of_the_report():
    got = by_text('Education Minister Paula Greyholt said in a statement the region has hired 80 teachers since '
                  'March and is "working hard" to find more.\n\n'
                  "Dr. Ines Marwood, the trust's chief executive, said in an interview the merger was "
                  '"the worst call of my career" but that the alternative was worse.')
    assert got['the region has hired 80 teachers since March and is "working hard" to find more']["speaker"] \
        == "Paula Greyholt"
    assert got['the merger was "the worst call of my career" but that the alternative was worse']["speaker"] \
        == "Ines Marwood"


def test_a_relative_clause_on_the_reported_subject_stays_inside_the_clause():
    got = by_text("Mayor Tobias Quennell of the nearby Ashcombe District said his village, which lies about 30 "
                  "miles from the coast, had not been asked before the closure went ahead.")
    clause = "his village, which lies about 30 miles from the coast, had not been asked before the closure went ahead"
    assert got[clause]["speaker"] == "Tobias Quennell"
    assert "his village" not in got


def test_an_adjunct_inside_a_report_that_goes_on_with_and_that():
    got = by_text("Fernhill-Addo said the benefit was biggest in winter, when most patients are indoors, and that "
                  "volunteers stayed longer than planned.")
    clause = ("the benefit was biggest in winter, when most patients are indoors, and that volunteers stayed "
              "longer than planned")
    assert got[clause]["speaker"] == "Fernhill-Addo"


def test_a_narrators_aside_after_a_clause_first_attribution_is_cut_off():
    got = by_text("Cutting salt may also help people without heart disease, Fernhill-Addo said, though the "
                  "review did not measure this.")
    assert got["Cutting salt may also help people without heart disease"]["speaker"] == "Fernhill-Addo"


def test_a_to_infinitive_after_a_speech_verb_is_an_act_not_a_report():
    text = ("Brightwell had approached Sorensen Foods three times last year before the board agreed to open its "
            "accounts in March, according to people familiar with the matter.")
    got = by_text(text)
    clause = ("Brightwell had approached Sorensen Foods three times last year before the board agreed to open its "
              "accounts in March")
    assert got[clause]["speaker"] == "" and got[clause]["speaker_text"] == "people familiar with the matter"
    assert not any(q["verb"] == "agreed" for q in got.values())
    assert all(c[0] != "the board" for c in cites(text))


def test_a_request_with_a_to_infinitive_is_no_clause_first_report():
    got = rows("Okafor recalls that when the skipper hired her in 2011, he gave her a box of charts and told her "
               "to learn them by heart.")
    assert not any(q["verb"] == "told" for q in got)


def test_a_possessive_after_told_opens_an_addressee_not_a_clause():
    got = by_text("‘We never stopped believing,’ coach Hamish Oduya-Brandt told his weekly press conference on "
                  "Thursday. ‘We were turned down twice, and we kept asking.’")
    assert "his weekly press conference on Thursday" not in got
    assert got["We never stopped believing,"]["speaker"] == "Hamish Oduya-Brandt"
