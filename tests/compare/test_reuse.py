"""Reuse: the same quote across documents and shared passages."""
from __future__ import annotations

import difflib
import itertools
import random
import sys
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools import load_corpus
from corpus_tools.compare import reuse
from corpus_tools.compare.reuse import similarity, word_diff
from corpus_tools.tables import make_table
from conftest import corpora_under_test

REPO = Path(__file__).resolve().parents[2]


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


# ---------------------------------------------------------------- the blocked tables = the all-pairs definition
#
# reuse.py does not compare every pair (it blocks with an inverted index and
# compares each distinct word sequence once). The references below are the
# definitions written the slow, obvious way: every pair, difflib on each.

def reference_quote_groups(quotes: pd.DataFrame, threshold: float = reuse.QUOTE_THRESHOLD) -> pd.DataFrame:
    q = quotes[quotes.kind.isin(["direct", "partial"])].reset_index(drop=True)
    q = q[[len(reuse.words(t)) >= 3 for t in q.text]].reset_index(drop=True)
    parent = list(range(len(q)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(q)), 2):
        if q.doc_id[i] != q.doc_id[j] and similarity(q.text[i], q.text[j]) >= threshold:
            parent[find(j)] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(q)):
        members.setdefault(find(i), []).append(i)
    groups = sorted((m for m in members.values() if len({q.doc_id[i] for i in m}) > 1), key=min)
    rows = [{"doc_id": q.doc_id[i], "start": int(q.start[i]), "end": int(q.end[i]), "text": q.text[i], "group": g,
             "quote_id": q.quote_id[i], "speaker": q.speaker[i],
             "similarity": round(similarity(q.text[m[0]], q.text[i]), 6), "diff": word_diff(q.text[m[0]], q.text[i])}
            for g, m in enumerate(groups) for i in m]
    return make_table("quote_groups", rows)


def reference_shared_passages(sentences: pd.DataFrame, threshold: float = reuse.PASSAGE_THRESHOLD) -> pd.DataFrame:
    order = {d: i for i, d in enumerate(dict.fromkeys(sentences.doc_id))}
    s = sentences.to_dict("records")
    toks = [reuse.words(r["text"]) for r in s]
    grams = [{tuple(t[i:i + 5]) for i in range(len(t) - 4)} for t in toks]
    rows = []
    for a, b in itertools.product(range(len(s)), repeat=2):
        sa, sb = s[a], s[b]
        if order[sa["doc_id"]] >= order[sb["doc_id"]] or grams[a].isdisjoint(grams[b]):
            continue
        sim = difflib.SequenceMatcher(None, toks[a], toks[b], autojunk=False).ratio()
        if sim >= threshold:
            rows.append({"doc_id": sa["doc_id"], "start": sa["start"], "end": sa["end"], "doc_id_a": sa["doc_id"],
                         "start_a": sa["start"], "end_a": sa["end"], "text_a": sa["text"], "doc_id_b": sb["doc_id"],
                         "start_b": sb["start"], "end_b": sb["end"], "text_b": sb["text"],
                         "similarity": round(sim, 6), "rule": "shingle_difflib"})
    return make_table("shared_passages", rows)


def quotes_frame(items: list[tuple[str, str]], kinds: list[str] | None = None) -> pd.DataFrame:
    """A quotes table from (doc_id, text) pairs, in that order."""
    return pd.DataFrame([{"doc_id": d, "quote_id": f"q{i}", "start": 10 * i, "end": 10 * i + len(t), "text": t,
                          "kind": (kinds[i] if kinds else "direct"), "speaker": f"s{i % 3}"}
                         for i, (d, t) in enumerate(items)])


def sentences_frame(items: list[tuple[str, str]]) -> pd.DataFrame:
    """A body-sentences table from (doc_id, text) pairs, in that order."""
    return pd.DataFrame([{"doc_id": d, "start": 7 * i, "end": 7 * i + len(t), "text": t, "kind": "body"}
                         for i, (d, t) in enumerate(items)])


def assert_same_passages(sentences: pd.DataFrame, threshold: float = reuse.PASSAGE_THRESHOLD) -> None:
    want = reference_shared_passages(sentences, threshold)
    pd.testing.assert_frame_equal(reuse._shared_passages_frame(sentences, threshold), want, check_exact=True)
    pd.testing.assert_frame_equal(make_table("shared_passages", reuse.find_shared_passages(sentences, threshold)),
                                  want, check_exact=True)


def groups_of(table: pd.DataFrame) -> list[list[str]]:
    return [list(g.quote_id) for _, g in table.groupby("group")]


def test_difflib_is_asymmetric_and_the_order_of_quotes_decides():
    # difflib keeps the longest match that starts earliest in its first argument:
    # ratio("we will win", "win we win") = 0.67 but the other way round 0.33.
    assert similarity("we will win", "win we win") > 0.6 > similarity("win we win", "we will win")
    linked = quotes_frame([("A", "we will win"), ("B", "win we win")])
    unlinked = quotes_frame([("A", "win we win"), ("B", "we will win")])
    assert groups_of(reuse.group_quotes(linked)) == [["q0", "q1"]]
    assert len(reuse.group_quotes(unlinked)) == 0
    # copies: the order decides per pair of quotes, not per pair of texts
    mixed = quotes_frame([("A", "win we win"), ("B", "we will win"), ("C", "win we win"), ("D", "x y z")])
    assert groups_of(reuse.group_quotes(mixed)) == [["q0", "q1", "q2"]]  # q0-q2: same words; q1-q2: linked
    pd.testing.assert_frame_equal(reuse.group_quotes(mixed), reference_quote_groups(mixed), check_exact=True)
    # two copies in one document, one before and one after the other text: only the later copy is linked
    around = quotes_frame([("A", "win we win"), ("B", "we will win"), ("A", "Win, we win!")])
    assert groups_of(reuse.group_quotes(around)) == [["q1", "q2"]]
    pd.testing.assert_frame_equal(reuse.group_quotes(around), reference_quote_groups(around), check_exact=True)


def test_copies_in_one_document_are_not_a_group():
    one_doc = quotes_frame([("A", "no deal without us"), ("A", "No deal without us!")])
    assert len(reuse.group_quotes(one_doc)) == 0
    with_other = quotes_frame([("A", "no deal without us"), ("A", "No deal without us!"), ("B", "no deal without them")])
    assert groups_of(reuse.group_quotes(with_other)) == [["q0", "q1", "q2"]]
    pd.testing.assert_frame_equal(reuse.group_quotes(with_other), reference_quote_groups(with_other), check_exact=True)


@pytest.mark.parametrize("docs, groups", [
    ("AABC", [["q0", "q1", "q2", "q3"]]),  # two copies in A, two in B and C: all linked
    ("ABAB", [["q0", "q1", "q2", "q3"]]),
    ("AABB", [["q0", "q1", "q2", "q3"]]),  # copies in one document each, documents differ: all pairs linked
    ("AAAA", []),                          # everything in one document
    ("ABCC", [["q0", "q1", "q2", "q3"]]),
])
def test_copies_of_two_similar_quotes(docs, groups):
    texts = ["no deal without us", "No deal without us!", "no deal without them", "No deal, without them"]
    q = quotes_frame(list(zip(docs, texts)))
    assert groups_of(reuse.group_quotes(q)) == groups
    pd.testing.assert_frame_equal(reuse.group_quotes(q), reference_quote_groups(q), check_exact=True)
    q = quotes_frame(list(zip(docs[::-1], texts[::-1])))
    pd.testing.assert_frame_equal(reuse.group_quotes(q), reference_quote_groups(q), check_exact=True)


def test_no_quotes_at_all():
    none = quotes_frame([("A", "he said it was fine"), ("B", "he said it was fine")], kinds=["indirect", "indirect"])
    pd.testing.assert_frame_equal(reuse.group_quotes(none), reference_quote_groups(none), check_exact=True)
    pd.testing.assert_frame_equal(reuse.group_quotes(none.iloc[:0]), reference_quote_groups(none.iloc[:0]))


def _random_texts(rng: random.Random, n: int, vocab: str, lengths: tuple[int, int]) -> list[str]:
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(*lengths))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(12))
def test_quote_groups_equal_all_pairs_on_random_quotes(seed):
    # A tiny vocabulary makes many near-copies, exact copies in one and in several
    # documents, and pairs that pass in one orientation only.
    rng = random.Random(seed)
    texts = _random_texts(rng, 50, "abcd", (2, 6))
    texts = [t if rng.random() < 0.7 else rng.choice(texts[:5]) for t in texts]
    docs = [rng.choice("PQRS"[: 2 + seed % 3]) for _ in texts]
    kinds = [rng.choice(["direct", "direct", "partial", "indirect"]) for _ in texts]
    q = quotes_frame(list(zip(docs, texts)), kinds)
    for threshold in (0.0, 0.4, 0.6, 0.75, 1.0, 1.5):
        pd.testing.assert_frame_equal(reuse.group_quotes(q, threshold), reference_quote_groups(q, threshold),
                                      check_exact=True, obj=f"threshold {threshold}")


@pytest.mark.parametrize("seed", range(8))
def test_shared_passages_equal_all_pairs_on_random_sentences(seed):
    rng = random.Random(100 + seed)
    texts = _random_texts(rng, 45, "abcde", (3, 10))
    texts = [t if rng.random() < 0.6 else rng.choice(texts[:6]) for t in texts]
    docs = [rng.choice("PQRST"[: 2 + seed % 4]) for _ in texts]  # interleaved: corpus order != row order
    s = sentences_frame(list(zip(docs, texts)))
    for threshold in (0.0, 0.5, 0.6, 0.8, 1.0, 1.5):
        assert_same_passages(s, threshold)


def test_shared_passages_need_a_shared_five_gram():
    # 0.8 similar, but no run of five words in common: not a shared passage
    s = sentences_frame([("A", "a b c d x e f g h"), ("B", "a b c d y e f g h"), ("C", "a b c d x e f g h")])
    table = reuse._shared_passages_frame(s)
    assert list(zip(table.doc_id_a, table.doc_id_b)) == [("A", "C")]
    assert_same_passages(s)
    assert_same_passages(s.iloc[:2])  # no pair at all: the empty table


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.6, 0.61, 0.9, 1.0, 1.2])
def test_candidate_pairs_miss_nothing(threshold):
    rng = random.Random(7)
    seqs = list(dict.fromkeys(tuple(t.split()) for t in _random_texts(rng, 150, "abcdef", (1, 9))))
    found = set(reuse._candidate_pairs(seqs, threshold))
    for x, y in itertools.combinations(range(len(seqs)), 2):
        if reuse._ratio(seqs[x], seqs[y]) >= threshold or reuse._ratio(seqs[y], seqs[x]) >= threshold:
            assert (x, y) in found, (seqs[x], seqs[y])
    if 0 < threshold <= 1:
        assert len(found) < len(seqs) * (len(seqs) - 1) / 2  # and it does filter


def test_min_overlap_is_tight():
    # 3 words need 2 shared (2*2/(3+2) = 0.8), and 1 is not enough (2*1/(3+1) = 0.5)
    assert reuse._min_overlap(3, 0.6) == 2
    for n in range(1, 40):
        o = reuse._min_overlap(n, 0.6)
        assert 2.0 * o / (n + o) >= 0.6 and (o == 1 or 2.0 * (o - 1) / (n + o - 1) < 0.6)
    assert reuse._min_overlap(5, 1.01) is None


@pytest.mark.parametrize("path", [*corpora_under_test(), "synthetic"], ids=lambda p: Path(p).name)
def test_tables_equal_all_pairs_on_real_corpora(path, tmp_path_factory):
    if path == "synthetic":  # sentences and quotes copied across 16 documents
        sys.path.insert(0, str(REPO / "benchmarks"))
        import make_corpus

        path = make_corpus.make_corpus(16, tmp_path_factory.mktemp("synthetic"))
    corpus = load_corpus(path)
    pd.testing.assert_frame_equal(corpus.table("quote_groups"), reference_quote_groups(corpus.table("quotes")),
                                  check_exact=True)
    s = corpus.table("sentences")
    body = s[s.kind == "body"]
    pd.testing.assert_frame_equal(corpus.table("shared_passages"), reference_shared_passages(body), check_exact=True)
