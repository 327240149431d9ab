"""The same words across documents: shared quotes and shared passages.

* ``quote_groups``: direct and partial quotes of different documents grouped
  as the same utterance when their word sequences are similar (difflib's
  ratio over lower-cased word tokens >= ``QUOTE_THRESHOLD``; single-linkage).
  Each row shows the words that differ from the group's first quote
  ("swap→exchange"), so "there is no priority" and "there is no
  prioritization here" sit side by side.
* ``shared_passages``: pairs of sentences from two documents that share a run
  of words: candidate pairs share at least one word 5-gram shingle (the
  shingling of Broder 1997, used for near-duplicate detection), then difflib
  scores the pair; pairs at or above ``PASSAGE_THRESHOLD`` are kept.

Tokens are words (letters, digits, apostrophes); punctuation and case are
ignored, so curly and straight quotes do not matter.

How it scales (blocking)
------------------------
Both tables are *defined* over all pairs (of quotes, of sentences), but they
are not *computed* that way: comparing every pair costs N² difflib calls.
Instead, three exact shortcuts keep the work close to linear in the corpus
(plus the size of the output):

1. **One comparison per distinct word sequence.** The score depends only on
   the two word sequences, so texts with the same words are compared once
   and the result is applied to all their copies (the synthetic benchmark
   corpora repeat the same quotes and sentences hundreds of times).
2. **Prefix filtering** (Chaudhuri, Ganti & Kaushik 2006, "A primitive
   operator for similarity joins"; Bayardo, Ma & Srikant 2007, "Scaling up
   all pairs similarity search"): an inverted index from words to the
   sequences whose *prefix* contains them yields every pair that can reach
   the threshold and, in practice, few others. :func:`_candidate_pairs`
   proves why no pair outside it can pass.
3. **Cheap upper bounds before difflib**: the length bound and the shared-
   word bound, computed with exactly the float formula of difflib's
   ``real_quick_ratio`` and ``quick_ratio``, reject most candidates before
   ``SequenceMatcher.ratio()`` runs. ``shared_passages`` then still checks
   its own rule, a shared word 5-gram, on each candidate.
4. **Quote groups need only connected sets** (single linkage), not every
   link: copies of one quote are united in bulk (:func:`_quote_links`), and
   pairs already in one group are not compared.

Nothing is approximate: the tables are the same as the all-pairs definition
(``tests/test_reuse.py`` checks this against a brute-force reference).

What still grows faster than the corpus is the output itself:
``shared_passages`` has one row per *pair* of documents sharing a sentence,
so a sentence copied into k documents gives k(k-1)/2 rows (on the synthetic
benchmark corpora, about 4 N² rows). ``quote_groups`` has one row per
grouped quote, so it grows with N. ``benchmarks/reuse_scale.py`` measures
both.
"""
from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from typing import Iterator, Sequence

import numpy as np
import pandas as pd

from ..tables import make_table

QUOTE_THRESHOLD = 0.6
PASSAGE_THRESHOLD = 0.6
SHINGLE = 5
_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*")



def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes unified."""
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def similarity(a: str, b: str) -> float:
    """difflib ratio of two texts' word sequences: 1 = same words in the same order."""
    return _ratio(words(a), words(b))


def word_diff(a: str, b: str) -> str:
    """Readable word-level differences from ``a`` to ``b``: 'swap→exchange', '+here', '-our'."""
    wa, wb = words(a), words(b)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "replace":
            out.append(f"{' '.join(wa[i1:i2])}→{' '.join(wb[j1:j2])}")
        elif op == "delete":
            out.append(f"-{' '.join(wa[i1:i2])}")
        elif op == "insert":
            out.append(f"+{' '.join(wb[j1:j2])}")
    return "; ".join(out)


def _ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """difflib's ratio ``2*M / (len(a) + len(b))``, M = words in matching blocks.

    Not symmetric in general: difflib picks the longest match that starts
    earliest in ``a``, so ``_ratio(a, b)`` and ``_ratio(b, a)`` can differ
    (``a b c`` / ``c a c``: 0.67 one way, 0.33 the other). Callers keep the
    orientation of the all-pairs definition: the earlier item is ``a``.
    """
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# ---------------------------------------------------------------- exact blocking

def _min_overlap(n: int, threshold: float) -> int | None:
    """The fewest shared words a sequence of ``n`` words needs with *any* partner to reach ``threshold``.

    difflib's ratio is ``2.0 * M / (n + m)`` where M counts words in matching
    blocks; the blocks pair equal words one-to-one, so M <= o, the size of the
    multiset intersection of the two sequences, and o <= m. Hence

        ratio <= 2.0 * o / (n + m) <= 2.0 * o / (n + o),

    and a pair can pass only if ``2.0 * o / (n + o) >= threshold``. This is
    evaluated with the same float formula difflib uses (a correctly rounded
    division is monotone), so the bound holds for the floats compared, not
    just for exact fractions. ``None``: no partner can reach the threshold
    (only when ``threshold > 1``).
    """
    for o in range(1, n + 1):
        if 2.0 * o / (n + o) >= threshold:
            return o
    return None


def _candidate_pairs(seqs: Sequence[Sequence[str]], threshold: float) -> Iterator[tuple[int, int]]:
    """Pairs ``(x, y)``, x < y, of indices into ``seqs`` whose ratio may reach ``threshold``.

    Every pair whose difflib ratio is >= ``threshold`` in either orientation
    is yielded; most others are not. How (prefix filtering, see the module
    docstring):

    * Each sequence becomes a *set* of elements ``(word, k)``, "the k-th
      occurrence of word", so set intersection = multiset intersection o.
    * All elements are ranked by how many sequences contain them, rarest
      first; each sequence lists its elements in that global order.
    * The *prefix* of a sequence of n words is its first
      ``n - _min_overlap(n) + 1`` elements.

    Why no passing pair is missed: if the ratio passes, the pair shares
    o >= _min_overlap(n) and o >= _min_overlap(m) elements (see
    :func:`_min_overlap`). The rarest shared element c (in the global order)
    lies in the first n - o + 1 elements of x: x's other shared elements all
    come after c, and o - 1 of them need o - 1 places after it. The same holds
    for y. Our prefixes are at least that long, so both contain c, and c's
    index entry brings the pair together.

    The candidates are then checked with two upper bounds of the ratio that
    use difflib's own float formula: ``2.0*min(n, m)/(n+m)`` (its
    ``real_quick_ratio``) and ``2.0*o/(n+m)`` (its ``quick_ratio``). Both
    are symmetric, so they bound either orientation.

    A threshold <= 0 is met by every pair (a ratio is never negative): then
    every pair is yielded.
    """
    if threshold <= 0:
        yield from itertools.combinations(range(len(seqs)), 2)
        return
    elements = []
    df: Counter = Counter()
    for seq in seqs:
        seen: Counter = Counter()
        el = []
        for w in seq:
            seen[w] += 1
            el.append((w, seen[w]))
        elements.append(el)
        df.update(el)
    rank = {e: r for r, e in enumerate(sorted(df, key=lambda e: (df[e], e)))}
    del df
    ranked = [sorted(rank[e] for e in el) for el in elements]
    del elements, rank
    index: dict[int, list[int]] = {}
    for y, ry in enumerate(ranked):
        n = len(ry)
        need = _min_overlap(n, threshold)
        if need is None:
            continue
        prefix = ry[: n - need + 1]
        found: set[int] = set()
        for r in prefix:
            found.update(index.get(r, ()))
        if found:
            ry_set = set(ry)
            for x in sorted(found):
                m = len(ranked[x])
                if 2.0 * min(n, m) / (n + m) < threshold:
                    continue
                if 2.0 * len(ry_set.intersection(ranked[x])) / (n + m) < threshold:
                    continue
                yield x, y
        for r in prefix:
            index.setdefault(r, []).append(y)


def _distinct(seqs: Sequence[tuple[str, ...]]) -> tuple[list[tuple[str, ...]], list[list[int]]]:
    """The distinct sequences (in order of first appearance) and, for each, the ascending positions holding it."""
    ids: dict[tuple[str, ...], int] = {}
    members: list[list[int]] = []
    for i, s in enumerate(seqs):
        u = ids.setdefault(s, len(ids))
        if u == len(members):
            members.append([])
        members[u].append(i)
    return list(ids), members


class _UnionFind:
    """Disjoint sets over 0..n-1 (path halving), for single-linkage groups."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[rj] = ri


# ---------------------------------------------------------------- quote groups

def group_quotes(quotes: pd.DataFrame, threshold: float = QUOTE_THRESHOLD) -> pd.DataFrame:
    """Group quotes of the same utterance across documents (see the module docstring).

    The definition: quotes i < j of different documents are *linked* when
    ``similarity(text_i, text_j) >= threshold``; a group is a connected set of
    linked quotes (single linkage) spanning two or more documents. Groups are
    numbered in order of their first quote, members listed in quotes-table
    order, and each row's ``similarity``/``diff`` compare it with the group's
    first quote.

    Computed without comparing all pairs: :func:`_quote_links` unites exactly
    the quotes the definition links, comparing each pair of distinct word
    sequences at most twice (once per orientation).
    """
    q = quotes[quotes.kind.isin(["direct", "partial"])].reset_index(drop=True)
    q = q[[len(words(t)) >= 3 for t in q.text]].reset_index(drop=True)
    if len(q) == 0:
        return make_table("quote_groups", [])
    texts, docs = list(q.text), list(q.doc_id)
    seqs = [tuple(words(t)) for t in texts]
    uf = _quote_links(seqs, docs, threshold)
    members: dict[int, list[int]] = {}
    for i in range(len(q)):
        members.setdefault(uf.find(i), []).append(i)
    groups = [m for m in members.values() if len({docs[i] for i in m}) > 1]
    compared: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[float, str]] = {}
    starts, ends, quote_ids, speakers = list(q.start), list(q.end), list(q.quote_id), list(q.speaker)
    rows = []
    for g, m in enumerate(sorted(groups, key=min)):
        first = m[0]
        for i in m:
            key = (seqs[first], seqs[i])
            if key not in compared:  # depends only on the two word sequences
                compared[key] = (round(_ratio(*key), 6), word_diff(texts[first], texts[i]))
            sim, diff = compared[key]
            rows.append({"doc_id": docs[i], "start": int(starts[i]), "end": int(ends[i]), "text": texts[i],
                         "group": g, "quote_id": quote_ids[i], "speaker": speakers[i],
                         "similarity": sim, "diff": diff})
    return make_table("quote_groups", rows)


def _quote_links(seqs: list[tuple[str, ...]], docs: list, threshold: float) -> _UnionFind:
    """Union-find over quotes that has united exactly the pairs the definition links.

    Single linkage only needs the *connected sets* of the link graph, not
    every link, so copies are handled in bulk. Let U be the quotes (ascending
    positions) holding one distinct word sequence u, V those holding v.

    * Copies of u: two copies in different documents score 1.0, so they are
      linked; if U spans two or more documents, all of U is one connected set
      (a copy is linked to every copy in another document). If U lies in one
      document, its copies are not linked to each other.
    * u vs v (a candidate pair from :func:`_candidate_pairs`; other pairs can
      never pass): quote i in U and j in V are linked when their documents
      differ and ``ratio(u, v)`` (if i < j) or ``ratio(v, u)`` (if j < i)
      passes. When every orientation that occurs passes (the usual case),
      every cross-document pair is linked, and :func:`_link_all` unites the
      same sets with O(|U| + |V|) unions. When only one orientation passes
      (rare, difflib is asymmetric), the |U| x |V| pairs are walked one by
      one.
    """
    uniq, members = _distinct(seqs)
    uf = _UnionFind(len(seqs))
    multi = [len({docs[i] for i in m}) > 1 for m in members]  # copies in two or more documents?
    if 1.0 >= threshold:
        for m, spread in zip(members, multi):
            if spread:
                for i in m:
                    uf.union(m[0], i)
    for u, v in _candidate_pairs(uniq, threshold):
        U, V = members[u], members[v]
        multi_u, multi_v = multi[u], multi[v]
        if not multi_u and not multi_v and docs[U[0]] == docs[V[0]]:
            continue  # no pair of different documents
        if multi_u and multi_v and uf.find(U[0]) == uf.find(V[0]):
            continue  # already one connected set: a link would change nothing
        fwd = _ratio(uniq[u], uniq[v]) >= threshold if U[0] < V[-1] else None  # some i in U before some j in V
        bwd = _ratio(uniq[v], uniq[u]) >= threshold if V[0] < U[-1] else None  # some j in V before some i in U
        if fwd is not False and bwd is not False:
            _link_all(uf, U, V, docs, multi_u, multi_v)
        elif fwd or bwd:
            for i in U:
                for j in V:
                    if docs[i] != docs[j] and (fwd if i < j else bwd):
                        uf.union(i, j)
    return uf


def _link_all(uf: _UnionFind, U: list[int], V: list[int], docs: list, multi_u: bool, multi_v: bool) -> None:
    """Unite the same sets as linking every i in U with every j in V of another document.

    Relies on the copies step of :func:`_quote_links`: copies spanning two or
    more documents (``multi_*``) are already one connected set, so any one of
    them stands for all.

    * V spans two documents: every i in U has a copy of V in another document
      to link to, so each i joins V's set (one union each; if U is also
      connected, one union in all);
    * only U does: the same the other way round;
    * neither does (U all in document d, V all in e): if d != e every pair is
      linked and all of U and V join; if d == e no pair is.
    """
    if multi_u and multi_v:
        uf.union(U[0], V[0])
    elif multi_v:
        for i in U:
            uf.union(i, V[0])
    elif multi_u:
        for j in V:
            uf.union(U[0], j)
    elif docs[U[0]] != docs[V[0]]:
        for k in itertools.chain(U, V):
            uf.union(U[0], k)


# ---------------------------------------------------------------- shared passages

def _shingles(tokens: Sequence[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def _passage_pairs(sentences: pd.DataFrame, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of the ``shared_passages`` definition, as positions into ``sentences``.

    The definition: sentences a, b (positions in ``sentences``) with a's
    document earlier in corpus order than b's, sharing at least one word
    5-gram, and ``ratio(words_a, words_b) >= threshold``; rows in (a, b)
    order. Returns arrays ``a``, ``b`` and the rounded similarity, so sorted.

    How: distinct word sequences with at least one 5-gram are compared once
    per orientation that occurs, only if :func:`_candidate_pairs` proposes
    them (a ratio >= threshold is necessary, so nothing is lost) and they
    share a 5-gram. Every passing pair of distinct sequences (and every
    sequence with copies in two documents: ratio 1.0) then expands into its
    sentence pairs with numpy, so the cost beyond the comparisons is the
    output itself. Note that the output can be quadratic by definition: a
    sentence copied into k documents gives k(k-1)/2 rows.
    """
    doc_ids = list(sentences.doc_id)
    order = {d: i for i, d in enumerate(dict.fromkeys(doc_ids))}
    doc_rank = np.array([order[d] for d in doc_ids], dtype=np.int64)  # corpus order of each sentence's document
    toks = [tuple(words(t)) for t in sentences.text]
    keep = [i for i, t in enumerate(toks) if len(t) >= SHINGLE]  # shorter ones have no shingle to share
    uniq, members_local = _distinct([toks[i] for i in keep])
    del toks
    keep_arr = np.array(keep, dtype=np.int64)
    members = [keep_arr[m] for m in members_local]
    del members_local, keep, keep_arr
    chunks_a, chunks_b, chunks_s = [], [], []

    def expand(pa: np.ndarray, pb: np.ndarray, sim: float) -> None:
        """Every (a in pa, b in pb) with a's document before b's."""
        ia, ib = np.nonzero(doc_rank[pa][:, None] < doc_rank[pb][None, :])
        if len(ia):
            chunks_a.append(pa[ia])
            chunks_b.append(pb[ib])
            chunks_s.append(np.full(len(ia), sim))

    if 1.0 >= threshold:  # copies of one sequence in different documents: ratio 1.0, shingles shared
        for m in members:
            if len(m) > 1:
                expand(m, m, 1.0)
    for u, v in _candidate_pairs(uniq, threshold):
        pu, pv = members[u], members[v]
        ru, rv = doc_rank[pu], doc_rank[pv]
        fwd_occurs = ru.min() < rv.max()  # some a in u whose document precedes some b in v
        bwd_occurs = rv.min() < ru.max()
        if not (fwd_occurs or bwd_occurs) or _shingles(uniq[u]).isdisjoint(_shingles(uniq[v])):
            continue
        if fwd_occurs:
            sim = _ratio(uniq[u], uniq[v])
            if sim >= threshold:
                expand(pu, pv, round(sim, 6))
        if bwd_occurs:
            sim = _ratio(uniq[v], uniq[u])
            if sim >= threshold:
                expand(pv, pu, round(sim, 6))
    if not chunks_a:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    a, b, s = np.concatenate(chunks_a), np.concatenate(chunks_b), np.concatenate(chunks_s)
    del chunks_a, chunks_b, chunks_s
    idx = np.lexsort((b, a))
    return a[idx], b[idx], s[idx]


def _shared_passages_frame(sentences: pd.DataFrame, threshold: float = PASSAGE_THRESHOLD) -> pd.DataFrame:
    """The ``shared_passages`` table, built column by column (no dict per row: the table can be large)."""
    sentences = sentences.reset_index(drop=True)
    a, b, sim = _passage_pairs(sentences, threshold)
    if len(a) == 0:
        return make_table("shared_passages", [])
    # Each column is taken from a per-sentence array. Strings go through pd.Series(list) so that they get
    # the dtype pandas infers for dict rows of Python strings (with pandas 3, Arrow strings: ``take`` then
    # copies bytes, no Python object per cell).
    doc = pd.Series(list(sentences.doc_id)).array
    text = pd.Series(list(sentences.text)).array
    start = sentences.start.to_numpy(dtype=np.int64)
    end = sentences.end.to_numpy(dtype=np.int64)
    rule = pd.Series(["shingle_difflib"]).array.take(np.zeros(len(a), dtype=np.int64))
    cols = {"doc_id": doc.take(a), "start": start[a], "end": end[a], "doc_id_a": doc.take(a), "start_a": start[a],
            "end_a": end[a], "text_a": text.take(a), "doc_id_b": doc.take(b), "start_b": start[b], "end_b": end[b],
            "text_b": text.take(b), "similarity": sim, "rule": rule}
    return pd.DataFrame(cols, columns=list(cols))


def find_shared_passages(sentences: pd.DataFrame, threshold: float = PASSAGE_THRESHOLD) -> list[dict]:
    """Sentence pairs of different documents sharing a word 5-gram and scoring >= threshold (as dict rows)."""
    return _shared_passages_frame(sentences, threshold).to_dict("records")


def quote_groups_table(corpus) -> pd.DataFrame:
    """The ``quote_groups`` table of a corpus."""
    return group_quotes(corpus.table("quotes"))


def shared_passages_table(corpus) -> pd.DataFrame:
    """The ``shared_passages`` table of a corpus (body sentences only)."""
    s = corpus.table("sentences")
    return _shared_passages_frame(s[s.kind == "body"])


