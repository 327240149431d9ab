"""Reuse: the same quote across documents and shared passages."""
from __future__ import annotations

import difflib
import itertools
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from corpus_tools import load_corpus
from corpus_tools.compare import reuse
from corpus_tools.compare.reuse import similarity, word_diff
from corpus_tools.tables import make_table
from conftest import corpus_params

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


def test_shared_passages_on_the_seeds(seeds):
    p = seeds.table("shared_passages")
    assert list(p.columns) == ["passage_id", "doc_id", "start", "end", "text", "words", "documents", "rule"]
    for r in p.itertuples():
        assert seeds[r.doc_id].clean_text[r.start:r.end] == r.text
        assert len(reuse.words(r.text)) == r.words >= 5
    for _, occ in p.groupby("passage_id"):  # every occurrence has the same words
        assert len({tuple(reuse.words(t)) for t in occ.text}) == 1
        assert occ.doc_id.nunique() == occ.documents.iloc[0] >= 2
    # The Guardian interview: FreeBase News, Kyiv Independent and RKS News share its opening words
    dont_know = p[p.text.str.startswith(("I don’t know", "I don't know"))]
    assert set(dont_know.doc_id) == {"freebase-news", "kyiv-independent", "rks-news"}
    assert dont_know.passage_id.nunique() == 1


def test_summary_and_pairwise_views(seeds):
    p = seeds.table("shared_passages")
    docs = seeds.table("documents")
    summary = reuse.summarize_passages(p, dict(zip(docs.doc_id, docs.outlet)))
    assert len(summary) == p.passage_id.nunique()
    assert list(summary.words) == sorted(summary.words, reverse=True)
    assert summary.occurrences.sum() == len(p)
    top = summary.iloc[0]
    assert top.text == p[p.passage_id == top.passage_id].text.iloc[0]
    pairs = reuse.passage_pairs(p)
    sizes = p.groupby("passage_id").size()
    assert len(pairs) == int((sizes * (sizes - 1) // 2).sum())  # every passage here is in distinct documents
    for r in pairs.itertuples():
        assert r.doc_id_a != r.doc_id_b and (r.doc_id, r.start, r.end) == (r.doc_id_a, r.start_a, r.end_a)
        assert seeds[r.doc_id_a].clean_text[r.start_a:r.end_a] == r.text_a
        assert seeds[r.doc_id_b].clean_text[r.start_b:r.end_b] == r.text_b
    two = reuse.passage_pairs(p, doc_ids=["kyiv-independent", "rks-news"])
    assert set(two.doc_id_a) | set(two.doc_id_b) == {"kyiv-independent", "rks-news"}
    with pytest.raises(ValueError, match="doc_ids"):
        reuse.passage_pairs(p, max_rows=1)


def test_similar_sentences_is_the_former_pairwise_table(seeds):
    pairs = reuse.similar_sentences(seeds.table("sentences"))
    assert list(pairs.columns) == reuse.SENTENCE_PAIR_COLUMNS
    assert len(pairs) == 3 and (pairs.similarity >= 0.6).all()
    for r in pairs.itertuples():
        assert seeds[r.doc_id_a].clean_text[r.start_a:r.end_a] == r.text_a
        assert seeds[r.doc_id_b].clean_text[r.start_b:r.end_b] == r.text_b
    assert len(reuse.similar_sentences(seeds.table("sentences"), doc_ids=["axadle-times", "rks-news"])) == 0


# ---------------------------------------------------------------- the fast tables = their definitions
#
# reuse.py does not compare every pair (it blocks with an inverted index and
# sorts hashed 5-grams). The references below are the definitions written the
# slow, obvious way: every pair, difflib on each; dicts of 5-grams.

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


def reference_sentence_pairs(sentences: pd.DataFrame, threshold: float = reuse.PASSAGE_THRESHOLD) -> pd.DataFrame:
    """The former ``shared_passages`` table (now :func:`reuse.similar_sentences`): every pair, difflib on each."""
    sentences = sentences[sentences.kind == "body"] if "kind" in sentences.columns else sentences
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
    return pd.DataFrame(rows, columns=reuse.SENTENCE_PAIR_COLUMNS)


def reference_passages(sentences: pd.DataFrame, texts: dict[str, str], k: int = reuse.SHINGLE) -> pd.DataFrame:
    """The ``shared_passages`` definition with dicts and sets, one word at a time.

    Body sentences of a document, in text order, make one stream of words; a
    non-body sentence breaks it. A k-gram inside one stream is *shared* when
    it occurs in two or more documents. k-gram s is *joined* to t when every
    occurrence of s is followed by t and every occurrence of t preceded by s;
    a passage occurrence is a maximal run of joined k-grams.
    """
    order = {d: i for i, d in enumerate(dict.fromkeys(sentences.doc_id))}
    recs = sorted(sentences.to_dict("records"), key=lambda r: (order[r["doc_id"]], r["start"]))
    word, doc, seg, span = [], [], [], []
    stretch, prev_doc, prev_body = 0, None, False
    for r in recs:
        body = r.get("kind", "body") == "body"
        if body and (r["doc_id"] != prev_doc or not prev_body):
            stretch += 1
        prev_doc, prev_body = r["doc_id"], body
        if not body:
            continue
        for m in reuse._TOKEN.finditer(r["text"]):
            word.append(m.group(0).lower().replace("’", "'"))
            doc.append(r["doc_id"])
            seg.append(stretch)
            span.append((r["start"] + m.start(), r["start"] + m.end()))
    occ: dict[tuple, list[int]] = {}
    for g in range(len(word) - k + 1):
        if seg[g] == seg[g + k - 1]:
            occ.setdefault(tuple(word[g:g + k]), []).append(g)
    at = {g: key for key, gs in occ.items() if len({doc[g] for g in gs}) > 1 for g in gs}
    succ = {key: {at.get(g + 1) for g in occ[key]} for key in set(at.values())}
    pred = {key: {at.get(g - 1) for g in occ[key]} for key in set(at.values())}

    def joined(s, t):
        return succ[s] == {t} and pred[t] == {s}

    runs = []
    for g in sorted(at):
        if g - 1 in at and joined(at[g - 1], at[g]):
            runs[-1][1] = g
        else:
            runs.append([g, g])
    number: dict[tuple, int] = {}
    for first, _ in runs:
        number.setdefault(at[first], len(number))
    docs_of: dict[int, set] = {}
    for first, _ in runs:
        docs_of.setdefault(number[at[first]], set()).add(doc[first])
    rows = []
    for first, last in sorted(runs, key=lambda r: (number[at[r[0]]], r[0])):
        d, start, end = doc[first], span[first][0], span[last + k - 1][1]
        rows.append({"passage_id": number[at[first]], "doc_id": d, "start": start, "end": end,
                     "text": texts[d][start:end], "words": last - first + k,
                     "documents": len(docs_of[number[at[first]]]), "rule": reuse.PASSAGE_RULE})
    return make_table("shared_passages", rows)


def quotes_frame(items: list[tuple[str, str]], kinds: list[str] | None = None) -> pd.DataFrame:
    """A quotes table from (doc_id, text) pairs, in that order."""
    return pd.DataFrame([{"doc_id": d, "quote_id": f"q{i}", "start": 10 * i, "end": 10 * i + len(t), "text": t,
                          "kind": (kinds[i] if kinds else "direct"), "speaker": f"s{i % 3}"}
                         for i, (d, t) in enumerate(items)])


def corpus_frames(items: list[tuple[str, str]], kinds: list[str] | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """A sentences table from (doc_id, text) pairs, rows in that order, and each document's clean text.

    Each document's text is its sentences in the order given, one space apart.
    """
    texts: dict[str, str] = {}
    rows = []
    for i, (d, t) in enumerate(items):
        before = texts.get(d)
        start = 0 if before is None else len(before) + 1
        texts[d] = t if before is None else f"{before} {t}"
        rows.append({"doc_id": d, "start": start, "end": start + len(t), "text": t,
                     "kind": kinds[i] if kinds else "body"})
    return pd.DataFrame(rows), texts


def assert_same_passages(sentences: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    got = reuse.find_passages(sentences, texts)
    pd.testing.assert_frame_equal(got, reference_passages(sentences, texts), check_exact=True, check_dtype=False)
    return got


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


# Six seeds in `make test`; six more in `make scale`.
@pytest.mark.parametrize("seed", [*range(3), *(pytest.param(s, marks=pytest.mark.scale) for s in range(3, 12))])
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
        want = reference_quote_groups(q, threshold)
        pd.testing.assert_frame_equal(reuse.group_quotes(q, threshold), want, check_exact=True, obj=f"threshold {threshold}")
        pd.testing.assert_frame_equal(reuse.group_quotes(q, threshold, max_postings=None), want, check_exact=True)
        # a cap on common words can only split groups: every capped group lies inside one exact group
        capped = reuse.group_quotes(q, threshold, max_postings=2)
        exact_group = dict(zip(want.quote_id, want.group))
        for _, g in capped.groupby("group"):
            assert len({exact_group[i] for i in g.quote_id}) == 1


@pytest.mark.parametrize("seed", range(8))
def test_similar_sentences_equal_all_pairs_on_random_sentences(seed):
    rng = random.Random(100 + seed)
    texts = _random_texts(rng, 45, "abcde", (3, 10))
    texts = [t if rng.random() < 0.6 else rng.choice(texts[:6]) for t in texts]
    docs = [rng.choice("PQRST"[: 2 + seed % 4]) for _ in texts]  # interleaved: corpus order != row order
    s, _ = corpus_frames(list(zip(docs, texts)))
    for threshold in (0.0, 0.5, 0.6, 0.8, 1.0, 1.5):
        pd.testing.assert_frame_equal(reuse.similar_sentences(s, threshold=threshold),
                                      reference_sentence_pairs(s, threshold), check_exact=True, check_dtype=False,
                                      obj=f"threshold {threshold}")


def test_similar_sentences_need_a_shared_five_gram():
    # 0.8 similar, but no run of five words in common: not a pair
    s, _ = corpus_frames([("A", "a b c d x e f g h"), ("B", "a b c d y e f g h"), ("C", "a b c d x e f g h")])
    table = reuse.similar_sentences(s)
    assert list(zip(table.doc_id_a, table.doc_id_b)) == [("A", "C")]
    assert len(reuse.similar_sentences(s.iloc[:2])) == 0


@pytest.mark.parametrize("seed", range(10))
def test_shared_passages_equal_their_definition_on_random_text(seed):
    # Few words, so 5-grams repeat within and across documents, in different
    # contexts (branching chains), with headings that break the word stream.
    rng = random.Random(300 + seed)
    base = _random_texts(rng, 12, "abcdef", (3, 14))
    texts = [t if rng.random() < 0.5 else rng.choice(base) for t in _random_texts(rng, 60, "abcdef", (1, 12))]
    docs = [rng.choice("PQRSTU"[: 2 + seed % 5]) for _ in texts]
    kinds = ["heading" if rng.random() < 0.1 else "body" for _ in texts]
    s, full = corpus_frames(list(zip(docs, texts)), kinds)
    got = assert_same_passages(s, full)
    assert len(got) > 0
    # interleaved rows, an index that is not 0..n-1: same table
    shuffled = s.sample(frac=1, random_state=seed)
    shuffled = shuffled.sort_values("doc_id", key=lambda d: d.map({x: i for i, x in enumerate(dict.fromkeys(s.doc_id))}),
                                     kind="stable")
    pd.testing.assert_frame_equal(reuse.find_passages(shuffled, full), got)


@pytest.mark.parametrize("hasher", [
    lambda tok, pos, k, word=None: np.zeros(len(pos), dtype=np.uint64),  # every 5-gram collides
    lambda tok, pos, k, word=None: tok[pos].astype(np.uint64),  # those starting with the same word collide
], ids=["all", "first-word"])
def test_hash_collisions_are_caught_and_the_words_decide(hasher, monkeypatch):
    rng = random.Random(5)
    texts = _random_texts(rng, 40, "abcdefg", (4, 12))
    s, full = corpus_frames([(rng.choice("PQR"), t) for t in texts + texts[:10]])
    monkeypatch.setattr(reuse, "_hash_shingles", hasher)
    assert len(assert_same_passages(s, full)) > 0


def test_shared_passages_words_cover_every_shared_five_gram_once():
    # one wire story, copied whole, cut short, with a word changed, and a phrase of it
    # reused elsewhere: the chain breaks where copies diverge, never loses a 5-gram
    story = ("the ferry ran aground near the harbour on monday morning and all passengers were taken "
             "off safely by the coast guard before noon")
    w = story.split()
    changed = " ".join(w[:10] + ["several"] + w[11:])
    items = [("A", story), ("B", story), ("C", " ".join(w[:12])), ("D", changed),
             ("E", "officials said all passengers were taken off safely after the storm")]
    s, full = corpus_frames(items)
    p = assert_same_passages(s, full)
    grams = {}
    for d, t in items:
        ws = reuse.words(t)
        for i in range(len(ws) - 4):
            grams.setdefault(tuple(ws[i:i + 5]), set()).add(d)
    shared = {g for g, ds in grams.items() if len(ds) > 1}
    inside: dict[tuple, int] = {}
    for r in p.itertuples():
        ws = reuse.words(r.text)
        for i in range(len(ws) - 4):
            inside[(r.doc_id, tuple(ws[i:i + 5]))] = inside.get((r.doc_id, tuple(ws[i:i + 5])), 0) + 1
    assert {g for _, g in inside} == shared
    assert set(inside.values()) == {1}
    whole = p[p.doc_id == "A"]
    assert whole.documents.max() >= 3 and whole.words.sum() >= len(w)


def test_repeated_text_gives_rows_linear_in_words():
    # the hostile corpus's unpunctuated text: one phrase repeated, in two documents
    phrase = "the minister spoke to reporters outside the building and said that the talks would go on for weeks"
    items = [("A", " ".join([phrase] * 40)), ("B", " ".join([phrase] * 25) + " and then it ended")]
    s, full = corpus_frames(items)
    p = assert_same_passages(s, full)
    assert 0 < len(p) <= sum(len(t.split()) for _, t in items) / 5


def test_empty_and_unshared_inputs():
    s, full = corpus_frames([("A", "one two three four five six"), ("B", "seven eight nine ten eleven")])
    assert_same_passages(s, full)
    assert len(reuse.find_passages(s, full)) == 0
    assert len(reuse.find_passages(s.iloc[:0], {})) == 0
    assert len(reuse.similar_sentences(s.iloc[:0])) == 0


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.6, 0.61, 0.9, 1.0, 1.2])
def test_candidate_pairs_miss_nothing(threshold):
    rng = random.Random(7)
    seqs = list(dict.fromkeys(tuple(t.split()) for t in _random_texts(rng, 150, "abcdef", (1, 9))))
    ids = reuse._word_ids(" ".join(seq) for seq in seqs)  # what _candidates reads: word ids
    found = set(reuse._candidate_pairs(ids, threshold))
    for x, y in itertools.combinations(range(len(seqs)), 2):
        if reuse._ratio(seqs[x], seqs[y]) >= threshold or reuse._ratio(seqs[y], seqs[x]) >= threshold:
            assert (x, y) in found, (seqs[x], seqs[y])
    if 0 < threshold <= 1:
        assert len(found) < len(seqs) * (len(seqs) - 1) / 2  # and it does filter
        capped = set(reuse._candidate_pairs(ids, threshold, max_postings=5))
        assert capped < found


def test_min_overlap_is_tight():
    # 3 words need 2 shared (2*2/(3+2) = 0.8), and 1 is not enough (2*1/(3+1) = 0.5)
    assert reuse._min_overlap(3, 0.6) == 2
    for n in range(1, 40):
        o = reuse._min_overlap(n, 0.6)
        assert 2.0 * o / (n + o) >= 0.6 and (o == 1 or 2.0 * (o - 1) / (n + o - 1) < 0.6)
    assert reuse._min_overlap(5, 1.01) is None


@pytest.mark.parametrize("path", [*corpus_params(), pytest.param("synthetic", id="synthetic", marks=pytest.mark.scale)])
def test_tables_equal_their_definitions_on_real_corpora(path, tmp_path_factory):
    if path == "synthetic":  # sentences and quotes copied across 16 documents
        sys.path.insert(0, str(REPO / "benchmarks"))
        import make_corpus

        path = make_corpus.make_corpus(16, tmp_path_factory.mktemp("synthetic"))
    corpus = load_corpus(path)
    pd.testing.assert_frame_equal(corpus.table("quote_groups"), reference_quote_groups(corpus.table("quotes")),
                                  check_exact=True)
    s = corpus.table("sentences")
    texts = {d.doc_id: d.clean_text for d in corpus}
    pd.testing.assert_frame_equal(corpus.table("shared_passages"), reference_passages(s, texts), check_exact=True,
                                  check_dtype=False)
    pd.testing.assert_frame_equal(reuse.similar_sentences(s), reference_sentence_pairs(s), check_exact=True,
                                  check_dtype=False)


# ---------------------------------------------------------------- recall against the exact former methods
#
# On varied corpora (benchmarks/reuse_scale.py: vocabulary-shuffled sentences of every
# test corpus, with wire copy, boilerplate and reported quotes reused across documents).

def former_sentence_pairs(body: pd.DataFrame, threshold: float = reuse.PASSAGE_THRESHOLD) -> set[tuple[int, int]]:
    """The former ``shared_passages`` rows as (row a, row b) positions in ``body``: the exact blocked
    method of commit 07874ac (prefix filtering over words, difflib on each candidate)."""
    doc_ids = list(body.doc_id)
    order = {d: i for i, d in enumerate(dict.fromkeys(doc_ids))}
    rank = [order[d] for d in doc_ids]
    toks = [tuple(reuse.words(t)) for t in body.text]
    keep = [i for i, t in enumerate(toks) if len(t) >= 5]
    uniq, members_local = reuse._distinct([toks[i] for i in keep])
    members = [[keep[i] for i in m] for m in members_local]

    def grams(t):
        return {t[i:i + 5] for i in range(len(t) - 4)}

    out = set()
    for m in members:
        out.update((a, b) for a in m for b in m if rank[a] < rank[b])
    for u, v in reuse._candidate_pairs(reuse._word_ids(" ".join(u) for u in uniq), threshold):
        if grams(uniq[u]).isdisjoint(grams(uniq[v])):
            continue
        for x, y in ((u, v), (v, u)):
            pairs = [(a, b) for a in members[x] for b in members[y] if rank[a] < rank[b]]
            if pairs and reuse._ratio(uniq[x], uniq[y]) >= threshold:
                out.update(pairs)
    return out


def passage_recall(sentences: pd.DataFrame, passages: pd.DataFrame) -> tuple[float, int]:
    """Share of the former method's sentence pairs (a, b) that one passage covers: an occurrence
    overlapping sentence a and an occurrence overlapping sentence b."""
    body = sentences[sentences.kind == "body"].reset_index(drop=True)
    want = former_sentence_pairs(body)
    # the sentences each occurrence overlaps
    over = passages[["passage_id", "doc_id", "start", "end"]].merge(
        body[["doc_id", "start", "end"]].reset_index().rename(columns={"index": "row", "start": "s", "end": "e"}), on="doc_id")
    over = over[(over.start < over.e) & (over.s < over.end)][["passage_id", "row"]].drop_duplicates()
    pairs = over.merge(over, on="passage_id")
    covered = set(zip(pairs.row_x, pairs.row_y))
    return (sum(p in covered for p in want) / len(want) if want else 1.0), len(want)


def quote_pair_recall(exact: pd.DataFrame, fast: pd.DataFrame) -> float:
    """Share of the pairs of quotes in one exact group that are in one group of ``fast`` too."""
    both = exact[["quote_id", "group"]].merge(fast[["quote_id", "group"]], on="quote_id", how="left",
                                               suffixes=("_exact", "_fast"))
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    total = pairs(both.groupby("group_exact").size()).sum()
    kept = pairs(both.dropna().groupby(["group_exact", "group_fast"]).size()).sum()
    return kept / total if total else 1.0


def _varied(n: int):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import reuse_scale

    return reuse_scale.varied_tables(n, seed=7)


@pytest.mark.parametrize("n", [pytest.param(300, marks=pytest.mark.scale), pytest.param(2000, marks=[pytest.mark.slow, pytest.mark.scale])])
def test_recall_against_the_exact_methods_on_varied_corpora(n):
    sentences, quotes, documents = _varied(n)
    passages = reuse.find_passages(sentences, dict(zip(documents.doc_id, documents.clean_text)))
    recall, pairs = passage_recall(sentences, passages)
    print(f"\n{n} documents: shared-passage recall {recall:.4f} of {pairs} former sentence pairs; "
          f"{len(passages)} rows, {passages.passage_id.nunique()} passages")
    assert pairs > 100 and recall >= 0.99
    exact = reuse.group_quotes(quotes, max_postings=None)
    fast = reuse.group_quotes(quotes)
    quote_recall = quote_pair_recall(exact, fast)
    print(f"{n} documents: quote-group pair recall {quote_recall:.4f} "
          f"({len(exact)} quotes in {exact.group.nunique()} exact groups; {len(fast)} in {fast.group.nunique()})")
    assert len(exact) > 100 and quote_recall >= 0.99
    exact_group = dict(zip(exact.quote_id, exact.group))  # the cap only splits groups
    assert all(len({exact_group[i] for i in g.quote_id}) == 1 for _, g in fast.groupby("group"))


def test_a_quote_meets_at_most_its_budget_of_candidates():
    """Quotes made of the same few common words: every posting fills up, and the budget bounds each quote's work."""
    rng = random.Random(11)
    common = ["we", "will", "see", "what", "the", "people", "want", "now", "and", "then", "it", "is"]
    seqs = [tuple(rng.sample(common, 8)) for _ in range(3000)]
    bound = reuse.MAX_CANDIDATES + reuse.MAX_POSTINGS
    ids = reuse._word_ids(" ".join(seq) for seq in seqs)
    budgeted = max(len(xs) for _, xs in reuse._candidates(ids, reuse.QUOTE_THRESHOLD, reuse.MAX_POSTINGS, reuse.MAX_CANDIDATES))
    window_only = max(len(xs) for _, xs in reuse._candidates(ids, reuse.QUOTE_THRESHOLD, reuse.MAX_POSTINGS))
    assert budgeted <= bound < window_only


def test_passages_are_the_same_with_tiny_hash_batches_and_streamed_texts(monkeypatch):
    # _repeated_shingles hashes k-grams a batch at a time, and a batch may end inside a stretch or a
    # document; find_passages may be given (doc_id, text) pairs in any order instead of a mapping.
    rng = random.Random(11)
    texts = _random_texts(rng, 60, "abcdefgh", (3, 14))
    s, full = corpus_frames([(rng.choice("PQRST"), t) for t in texts + texts[:15]],
                            kinds=[rng.choice(["body", "body", "body", "heading"]) for _ in range(75)])
    whole = assert_same_passages(s, full)
    assert len(whole) > 0
    monkeypatch.setattr(reuse, "SHINGLE_BATCH", 7)
    monkeypatch.setattr(reuse, "TEXT_BATCH", 3)
    pd.testing.assert_frame_equal(reuse.find_passages(s, full), whole)
    pairs = iter(sorted(full.items(), reverse=True))  # read once, in another order than the corpus's
    pd.testing.assert_frame_equal(reuse.find_passages(s, pairs), whole)


def test_a_document_sharing_a_passage_without_its_clean_text_is_an_error():
    s, full = corpus_frames([("A", "one two three four five six"), ("B", "one two three four five six")])
    with pytest.raises(KeyError, match="no clean text for document 'B'"):
        reuse.find_passages(s, [("A", full["A"])])


def test_word_ids_are_numbered_in_the_words_order_and_equal_only_for_equal_words():
    ids = reuse._word_ids(["Zebra ate the apple", "the apple’s core", ""])
    assert ids[0] == (5, 2, 4, 0) and ids[2] == ()  # apple, apple's, ate, core, the, zebra
    assert ids[1][0] == ids[0][2] and ids[1][1] not in ids[0]  # "the" again; "apple's" is another word
    # one shared int object per word (ids past 256, which CPython does not cache itself)
    vocabulary = [f"w{i:04d}" for i in range(400)]
    many = reuse._word_ids([" ".join(vocabulary), " ".join(reversed(vocabulary))])
    assert many[0][300] == 300 and many[0][300] is many[1][99]


def test_the_posting_window_keeps_exactly_the_last_max_postings_quotes(monkeypatch):
    # Quotes of the same few common words fill every posting. The index's lists are trimmed lazily, and what
    # is read must be exactly what a deque(maxlen=max_postings) would hold: the window of the module docstring.
    from collections import deque

    rng = random.Random(3)
    common = ["we", "will", "see", "what", "the", "people", "want", "now", "and", "then"]
    ids = reuse._word_ids(" ".join(rng.sample(common, rng.randint(3, 8))) for _ in range(600))
    window, threshold = 5, 0.6

    def reference() -> dict[int, list[int]]:
        """Prefix filtering as the docstring defines it, with a deque per element: y -> the x found."""
        elements, df = [], {}
        for seq in ids:
            seen, el = {}, []
            for w in seq:
                seen[w] = seen.get(w, 0) + 1
                el.append((w, seen[w]))
            elements.append(el)
            for e in el:
                df[e] = df.get(e, 0) + 1
        rank = {e: r for r, e in enumerate(sorted(df, key=lambda e: (df[e], e)))}
        index: dict[int, deque] = {}
        found_by_y = {}
        for y, el in enumerate(elements):
            ranked = sorted(rank[e] for e in el)
            prefix = ranked[: len(ranked) - reuse._min_overlap(len(ranked), threshold) + 1]
            found = set()
            for r in prefix:
                found.update(index.get(r, ()))
            if found:
                found_by_y[y] = sorted(found)
            for r in prefix:
                index.setdefault(r, deque(maxlen=window)).append(y)
        return found_by_y

    # every candidate found, before the length and overlap bounds
    monkeypatch.setattr(reuse, "_passing_bounds", lambda found, *args: sorted(found))
    got = dict(reuse._candidates(ids, threshold, window))
    want = reference()
    assert got == want
    assert max(len(xs) for xs in got.values()) < len(ids) / 10  # the window did cut: not every earlier quote
    with pytest.raises(ValueError, match="max_postings must be at least 1"):
        list(reuse._candidates(ids, 0.6, 0))


def test_empty_and_punctuation_only_sentences_do_not_shift_words_between_sentences():
    # a body sentence without words shares its first word position with the next sentence (_Stream.sentence_at)
    rng = random.Random(8)
    texts = _random_texts(rng, 30, "abcdef", (5, 12))
    items = []
    for t in texts + texts[:8]:
        items.append((rng.choice("PQR"), t))
        if rng.random() < 0.4:
            items.append((items[-1][0], rng.choice(["", "—", "!!!", "…", "* * *"])))
    s, full = corpus_frames(items)
    assert (s.text.map(lambda t: len(reuse.words(t)) == 0)).sum() >= 5
    assert len(assert_same_passages(s, full)) > 0
