"""Citations: accuracy against the gold annotation, span exactness, and the rules on short texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import default_codebook, load_corpus, process_document
from corpus_tools.citations import document_citations
from corpus_tools.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [("seeds", None, ROOT / "tests/data/gold/seeds.toml"),
           ("house_styles", ROOT / "tests/data/house_styles", ROOT / "tests/data/gold/house_styles.toml")]


@pytest.mark.parametrize("name, folder, gold", CORPORA, ids=[c[0] for c in CORPORA])
def test_citation_f1(name, folder, gold):
    corpus = load_corpus(folder)
    score, report = evaluate(corpus, gold)["citations"]
    print(f"{name} citations P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert score.f1 >= 0.9, report[~report.matched][["doc_id", "text"]]
    for _, row in corpus.table("citations").iterrows():
        assert corpus[row.doc_id].clean_text[row.start:row.end] == row.text


def cites(text: str) -> list[tuple[str, str]]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return [(c["text"], c["source_type"]) for c in document_citations(doc, cb)]


@pytest.mark.parametrize("text, expected", [
    ("The minister told The Guardian that talks would resume.\n", [("The Guardian", "news_outlet")]),
    ("Reuters reported the figures first. The news agency said sales fell.\n",
     [("Reuters", "news_agency"), ("The news agency", "news_agency")]),
    ("He wrote on Telegram that the strike hit two districts.\n", [("Telegram", "platform")]),
    ("The army has reportedly withdrawn from the town.\n", [("reportedly", "hedge")]),
    ("Witnesses heard three explosions near the station.\n", [("Witnesses", "anonymous")]),
    ("According to two people familiar with the talks, a deal is close.\n",
     [("two people familiar with the talks", "anonymous")]),
    ("The storm closed the port, officials said on Friday.\n", [("officials", "anonymous")]),
    ("The Dunmore Chronicle reported last week that the plant would close.\n", [("Dunmore Chronicle", "news_outlet")]),
])
def test_citation_rules(text, expected):
    assert cites(text) == expected
