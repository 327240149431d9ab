"""Naming lexicons: each group's matches on short texts, span-exact rows, counts."""
from __future__ import annotations

import pytest

from corpus_tools.tag import naming as N
from corpus_tools.codebook import default_codebook, merge_codebooks
from corpus_tools.load.corpus import process_document

SEED_RULES = [
    {"name": "zelensky_spelling", "case_sensitive": True,
     "terms": {"Zelensky": ["Zelensky"], "Zelenskyy": ["Zelenskyy"], "Zelenskiy": ["Zelenskiy"]}},
]


def _doc(text: str):
    return process_document({"id": "t", "file": "t.txt"}, text.encode(), default_codebook())


@pytest.mark.parametrize("text, group, terms", [
    ("Missiles hit Kyiv, not Kiev, on Tuesday.", "kyiv_spelling", ["Kyiv", "Kiev"]),
    ("The war, or the conflict as some call it, goes on; the wars of the past.", "war_or_conflict", ["war", "conflict", "war"]),
    ("An award and a warning are not a war.", "war_or_conflict", ["war"]),
    ("The incursion became a counteroffensive, then an offensive.", "military_action", ["incursion", "counteroffensive", "offensive"]),
    ("Russia has seized and annexed land; Ukraine captured Russian-held villages in occupied areas.",
     "territorial_control", ["seized", "annexed", "captured", "Russian-held", "occupied"]),
])
def test_default_groups(text, group, terms):
    rules = default_codebook()["naming"]
    rows = [r for r in N.document_naming(_doc(text + "\n"), rules) if r["group"] == group]
    assert [r["term"] for r in rows] == terms


@pytest.mark.parametrize("text, terms", [
    ("Zelenskyy met Zelensky's aides; Reuters wrote Zelenskiy.", ["Zelenskyy", "Zelensky", "Zelenskiy"]),
    ("ZELENSKY in capitals is not counted.", []),
])
def test_spelling_group_from_corpus_codebook(text, terms):
    codebook = merge_codebooks(default_codebook(), {"naming": SEED_RULES})
    doc = _doc(text + "\n")
    rows = [r for r in N.document_naming(doc, codebook["naming"]) if r["group"] == "zelensky_spelling"]
    assert [r["term"] for r in rows] == terms
    assert all(doc.clean_text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_context_limits_to_paragraphs():
    rule = {"name": "kursk_operation", "context": "Kursk", "terms": {"offensive": ["offensives?"]}}
    doc = _doc("The Kursk offensive began in August.\nA spring offensive elsewhere.\n")
    rows = N.document_naming(doc, [rule])
    assert [r["text"] for r in rows] == ["offensive"] and rows[0]["start"] == doc.clean_text.index("offensive")


def test_seed_rows_and_counts(seeds):
    table = seeds.table("naming")
    for doc in seeds:
        sub = table[table.doc_id == doc.doc_id]
        assert all(doc.clean_text[s:e] == t for s, e, t in zip(sub.start, sub.end, sub.text))
    counts = N.term_counts(seeds)
    assert counts.to_numpy().sum() == len(table)
    assert ("kyiv_spelling", "Kiev") in counts.index  # unused terms still shown, as zeros
