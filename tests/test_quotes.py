"""Quotes: accuracy against the gold annotation, span exactness, and the rules on short real texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import default_codebook, load_corpus, merge_codebooks, process_document
from corpus_tools.evaluate import evaluate
from corpus_tools.quotes import document_quotes

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [("seeds", None, ROOT / "tests/data/gold/seeds.toml"),
           ("house_styles", ROOT / "tests/data/house_styles", ROOT / "tests/data/gold/house_styles.toml")]
ACTORS = {"actors": [
    {"name": "Dmitry Peskov", "aliases": ["Peskov"], "roles": ["Kremlin spokesman"], "kind": "person", "gender": "male"},
    {"name": "Volodymyr Zelensky", "aliases": ["Zelensky"], "roles": ["the Ukrainian leader"], "kind": "person", "gender": "male"},
    {"name": "Jane Harper", "aliases": ["Harper"], "roles": [], "kind": "person", "gender": "female"},
]}


def quotes_of(text: str, actors: bool = True) -> list[dict]:
    cb = merge_codebooks(default_codebook(), ACTORS) if actors else default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return [q for q in document_quotes(doc, cb)]


@pytest.fixture(scope="module", params=CORPORA, ids=[c[0] for c in CORPORA])
def scored(request):
    name, folder, gold = request.param
    corpus = load_corpus(folder)
    return corpus, evaluate(corpus, gold)


def test_quote_f1_and_speaker_accuracy(scored):
    _, res = scored
    score, report = res["quotes"]
    print(f"quotes P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} speaker={score.speaker_accuracy:.3f}")
    assert score.f1 >= 0.95, report[~report.matched][["doc_id", "text"]]
    assert score.speaker_accuracy >= 0.95, report[report.matched & ~report.speaker_ok]


def test_quote_rows_point_into_clean_text(scored):
    corpus, _ = scored
    q = corpus.table("quotes")
    assert len(q) and q.quote_id.is_unique
    for _, row in q.iterrows():
        assert corpus[row.doc_id].clean_text[row.start:row.end] == row.text
        if row.cue_start >= 0:
            assert row.cue_start < row.cue_end


@pytest.mark.parametrize("text, expected", [
    # split quote: two rows, same speaker
    ("“We will not give up,” Zelensky said. “Never.”\n", [("We will not give up,", "direct", "Volodymyr Zelensky"),
                                                           ("Never.", "direct", "Volodymyr Zelensky")]),
    # straight quotes, verb before the speaker
    ('"It is impossible," said Dmitry Peskov, the Kremlin spokesman.\n', [("It is impossible,", "direct", "Dmitry Peskov")]),
    # pronoun: the most recent compatible person
    ("Peskov spoke on Monday. “There will be no exchange,” he said.\n", [("There will be no exchange,", "direct", "Dmitry Peskov")]),
    # pronoun gender: she is Harper, not Peskov
    ("Harper met Peskov. “It went well,” she said.\n", [("It went well,", "direct", "Jane Harper")]),
    # role
    ("“We will see,” the Ukrainian leader told reporters.\n", [("We will see,", "direct", "Volodymyr Zelensky")]),
])
def test_direct_quotes(text, expected):
    got = [(q["text"], q["kind"], q["speaker"]) for q in quotes_of(text)]
    assert got == expected


def test_unbalanced_mark_stops_at_paragraph_end():
    text = "Peskov said: “We will never trade land.\n\nThe talks resumed in Geneva on Monday.\n"
    q = quotes_of(text)
    assert [r["text"] for r in q] == ["We will never trade land."]


def test_quote_over_a_paragraph_break_is_one_row():
    text = "“The first part ends here.\n\n“The second part goes on,” Zelensky said.\n"
    q = quotes_of(text)
    assert len(q) == 1 and q[0]["text"] == "The first part ends here.\n\n“The second part goes on,"


@pytest.mark.parametrize("text", [
    "The plan, known at the ministry as the “Green Corridor” scheme, starts in May.\n",
    "The concert, a programme titled “Homecoming”, is on Friday.\n",
])
def test_scare_quotes_are_not_speech(text):
    q = quotes_of(text)
    assert [r["kind"] for r in q] == ["scare"]


@pytest.mark.parametrize("verb, stance", [
    ("said", "neutral"), ("told reporters", "neutral"), ("added", "neutral"), ("stated", "neutral"),
    ("confirmed", "endorsing"), ("explained", "endorsing"), ("noted", "endorsing"), ("revealed", "endorsing"),
    ("claimed", "distancing"), ("alleged", "distancing"), ("insisted", "distancing"), ("contended", "distancing"),
    ("warned", "warning"), ("suggested", "tentative"), ("admitted", "conceding"),
])
def test_verb_stance(verb, stance):
    q = quotes_of(f"Peskov {verb} that the talks would fail in the spring.\n")
    assert len(q) == 1
    assert (q[0]["kind"], q[0]["speaker"], q[0]["text"], q[0]["verb_stance"]) == (
        "indirect", "Dmitry Peskov", "the talks would fail in the spring", stance)


@pytest.mark.parametrize("text, clause, speaker", [
    ("According to officials, the bridge will reopen next week.\n", "the bridge will reopen next week", ""),
    ("The bridge will reopen next week, Peskov said on Monday.\n", "The bridge will reopen next week", "Dmitry Peskov"),
    ("Zelensky told reporters he would travel to Paris.\n", "he would travel to Paris", "Volodymyr Zelensky"),
    # "report" after a determiner is a noun, not a second cue for the same clause
    ("Peskov said in a report last year that the bridge needs repairs.\n", "the bridge needs repairs", "Dmitry Peskov"),
])
def test_indirect_forms(text, clause, speaker):
    q = quotes_of(text)
    assert [(r["kind"], r["text"], r["speaker"]) for r in q] == [("indirect", clause, speaker)]


@pytest.mark.parametrize("text", [
    "Peskov dismissed the idea of an exchange.\n",
    "Zelensky proposed a territorial exchange with Russia.\n",
    "The spokeswoman declined to say how many ships were affected.\n",
])
def test_noun_phrase_objects_are_not_quotes(text):
    assert quotes_of(text) == []


def test_corpus_without_actors_gets_speakers_from_names():
    text = ("“The fares must rise,” said Jane Doe, the city's treasurer.\n\n"
            "Doe said the council would vote in May.\n")
    q = quotes_of(text, actors=False)
    assert [(r["kind"], r["speaker"]) for r in q] == [("direct", "Jane Doe"), ("indirect", "Jane Doe")]
