"""Reuse: the same quote across documents and shared passages."""
from __future__ import annotations

import pytest

from corpus_tools import load_corpus
from corpus_tools.reuse import similarity, word_diff


@pytest.mark.parametrize("a, b, diff", [
    ("We will swap one territory for another,", "We will exchange one territory for another,", "swap→exchange"),
    ("there is no priority", "there is no prioritization here", "priority→prioritization here"),
    ("But all our territories are important", "But all of our territories are important", "+of"),
    ("I don’t know", "I don't know", ""),
])
def test_word_diff(a, b, diff):
    assert word_diff(a, b) == diff


def test_similarity_bounds():
    assert similarity("a b c", "a b c") == 1.0
    assert similarity("a b c", "x y z") == 0.0


@pytest.fixture(scope="module")
def seeds():
    return load_corpus()


def test_quote_groups_follow_the_guardian_lines(seeds):
    g = seeds.table("quote_groups")
    swap = g[g.text.str.contains("one territory for another")]
    assert swap.doc_id.nunique() == 3 and swap.group.nunique() == 1
    assert "swap→exchange" in set(swap["diff"])
    for _, r in g.iterrows():
        assert seeds[r.doc_id].clean_text[r.start:r.end] == r.text


def test_shared_passages_point_into_both_documents(seeds):
    p = seeds.table("shared_passages")
    assert len(p) >= 1
    for _, r in p.iterrows():
        assert r.doc_id_a != r.doc_id_b and (r.doc_id, r.start, r.end) == (r.doc_id_a, r.start_a, r.end_a)
        assert seeds[r.doc_id_a].clean_text[r.start_a:r.end_a] == r.text_a
        assert seeds[r.doc_id_b].clean_text[r.start_b:r.end_b] == r.text_b
        assert 0.6 <= r.similarity <= 1.0
