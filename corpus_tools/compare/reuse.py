"""The same words across documents: shared quotes and shared passages.

Tokens are words (letters, digits, apostrophes), lower-cased, curly and
straight apostrophes unified; punctuation and case never matter.

``shared_passages``: runs of words that documents share
-------------------------------------------------------
A *shared passage* is a run of five or more words that occurs word for word
in two or more documents, extended as far as its copies agree. Found with an
index of word 5-grams (the shingles of Broder 1997):

1. Every document's body sentences, in text order, become one stream of
   words (a heading or other non-body sentence breaks it); each position
   starts a 5-gram. The 5-grams are hashed (64 bits); those whose hash occurs
   once occur once and are dropped (on varied text, most of them). The rest
   are sorted by hash, and equal
   neighbours in that order are compared word by word, so equal 5-grams are
   grouped *exactly* (a hash collision would be seen and the grouping redone
   on the words themselves). A 5-gram is *shared* when it occurs in two or
   more documents.
2. Shared 5-grams are chained into passages as in a compacted de Bruijn
   graph (the *unitigs* of genome assembly): 5-gram s is joined to t when
   every occurrence of s is followed by t and every occurrence of t is
   preceded by s. A passage is a maximal chain; it therefore occurs
   *entirely* wherever any of its 5-grams occurs, and all its occurrences
   have the same words (checked again, word by word, before the table is
   made). Where copies diverge (one outlet cut a sentence, changed a word,
   or another document shares only part of the run) the chain ends and the
   next passage begins: consecutive passages in one document overlap by up
   to four words.
3. One row per occurrence: ``passage_id`` (numbered in order of first
   occurrence), ``doc_id``, ``start``, ``end``, ``text``, the passage's
   length in ``words`` and the number of ``documents`` it occurs in.

Why one row per occurrence (and not one row per passage with a list of
places): every row then points into one text (``doc_id``, ``start``,
``end``, ``text`` as every other table), and pandas answers the usual
questions directly: ``groupby("passage_id")`` for the passages,
``groupby("doc_id")`` for what a document shares, ``merge`` with
``documents`` for outlets and dates. :func:`summarize_passages` gives one
row per passage; :func:`passage_pairs` the pairs of documents sharing one,
for a subset of documents you choose.

Cost and size: every 5-gram occurrence is in at most one row, so the table
has at most one row per word of body text, and the work is one sort of the
corpus's 5-grams plus linear passes: O(W log W) time and O(W) memory for W
words, however many documents share a passage (boilerplate in 10,000
documents is one passage with 10,000 rows, never 50 million pairs).

Recall, exactly: nothing is sampled or capped. Every 5-gram that occurs in
two documents lies inside an occurrence of a passage in each of them. In
particular every sentence pair of the earlier, pairwise table (two sentences
of different documents sharing a 5-gram, difflib ratio >= 0.6; still
available as :func:`similar_sentences`, which finds its candidates through
the passages) is covered: recall 1.0, and ``tests/compare/test_reuse.py``
measures it against that exact method on varied corpora of 300 and 2,000
documents.

``quote_groups``: the same utterance, reworded
-----------------------------------------------
Direct and partial quotes of three or more words, of different documents,
are *linked* when their word sequences are similar (difflib's ratio >=
``QUOTE_THRESHOLD``); a group is a connected set of linked quotes
(single linkage) spanning two or more documents. Each row shows the words
that differ from the group's first quote ("swap→exchange"), so "there is no
priority" and "there is no prioritization here" sit side by side.

Computed without comparing all pairs:

1. **One comparison per distinct word sequence**; copies of one sequence in
   two documents are linked in bulk (:func:`_quote_links`).
2. **Prefix filtering** (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma &
   Srikant 2007): an inverted index from words to the sequences whose
   *prefix* (rarest words first) contains them yields every pair that can
   reach the threshold (:func:`_candidate_pairs` proves why).
3. **Cheap upper bounds before difflib** (difflib's own ``real_quick_ratio``
   and ``quick_ratio`` formulas), and pairs already in one group are not
   compared.
4. **A window on common words** (``MAX_POSTINGS``): the index keeps, for
   each word (strictly, its k-th occurrence in a quote), only the last 100
   distinct quotes whose prefix holds it, so a quote is compared with at
   most 100 earlier quotes per prefix word and the work grows linearly with
   the corpus. A word in fewer prefixes than that loses nothing, so on the
   seeds and every test corpus the table equals the all-pairs definition.
   A link can be missed only when every prefix word two quotes share is
   that common and 100 other quotes with it came in between: short quotes
   of common words ("we will see it" against "we will see"; identical
   copies are always grouped, by step 1), or quotes that share only their
   function words. Even then the group usually stays whole, through a
   nearer member: single linkage needs one path, not every link.
   With it, **a budget per quote** (``MAX_CANDIDATES``): postings are read
   rarest word first, and once 100 candidate quotes are found the commoner
   words' postings are left unread. The window alone bounds a quote's work
   only once every common word's posting is full, which on varied text
   takes past 100,000 documents; the budget bounds it from the start. Every link
   is still checked exactly, so a group never holds a pair the definition
   would not link; it can only be split. Measured against the exact method
   (``max_postings=None``) on varied corpora (``tests/compare/test_reuse.py``,
   ``benchmarks/reuse_scale.py``): the share of same-group quote pairs kept
   is at least 0.99 at 300 and 2,000 documents (1.0 at both, 0.996 at
   8,000). The cost of the two bounds: at 100,000 varied documents 186,528
   quotes are grouped where the window of 200 alone grouped 197,261 (5% fewer),
   for 92 CPU seconds instead of 211 and a growth exponent of 1.04 instead of
   1.37 between 10,000 and 100,000 (``reuse_scale.py --varied 10000 100000``).

References: Broder, "On the resemblance and containment of documents" (1997);
Pevzner, Tang & Waterman, "An Eulerian path approach to DNA fragment
assembly" (2001) for the de Bruijn graph; the prefix-filtering papers above.
``benchmarks/reuse_scale.py --varied`` measures time, memory and rows.
"""
from __future__ import annotations

import difflib
import itertools
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd

from ..tables import TABLES, make_table

QUOTE_THRESHOLD = 0.6
PASSAGE_THRESHOLD = 0.6
SHINGLE = 5
MAX_POSTINGS = 100
MAX_CANDIDATES = 100
PASSAGE_RULE = "shared_word_5grams"
TEXT_BATCH = 65_536  # texts turned into Python strings at a time (on pandas 3 a table's text column stays in Arrow)
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


# ---------------------------------------------------------------- prefix-filtered blocking (quotes)

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


def _candidate_pairs(seqs: Sequence[Sequence[int]], threshold: float,
                     max_postings: int | None = None) -> Iterator[tuple[int, int]]:
    """Pairs ``(x, y)``, x < y, of indices into ``seqs``, by y then x: see :func:`_candidates`."""
    if threshold <= 0:
        yield from itertools.combinations(range(len(seqs)), 2)
        return
    for y, xs in _candidates(seqs, threshold, max_postings):
        for x in xs:
            yield x, y


def _candidates(seqs: Sequence[Sequence[int]], threshold: float,
                max_postings: int | None = None, max_candidates: int | None = None) -> Iterator[tuple[int, list[int]]]:
    """For each y, the indices x < y (ascending) into ``seqs`` whose ratio with y may reach ``threshold``.

    ``seqs`` are sequences of word ids (ints >= 0; see :func:`_word_ids`).

    With ``max_postings=None``, every pair whose difflib ratio is >=
    ``threshold`` in either orientation is yielded; most others are not.
    How (prefix filtering, see the module docstring):

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

    ``max_postings``: each element's index entry keeps only the last
    ``max_postings`` sequences that put it in their prefix (the window of
    the module docstring), so a sequence is compared with at most that many
    earlier sequences per prefix element. Elements in fewer prefixes than
    that are untouched; a passing pair is missed only if every element the
    two prefixes share had more than ``max_postings`` other sequences in
    between.

    ``max_candidates``: the prefix's postings are gathered rarest element
    first, and gathering stops once ``max_candidates`` sequences are found
    (the last posting read is taken whole), so a sequence is checked against
    at most ``max_candidates + max_postings`` others however large the corpus.
    The pairs left out share only commoner elements than those read; a
    passing pair is missed only if it shares none of the rarer ones.

    The candidates are then checked with two upper bounds of the ratio that
    use difflib's own float formula: ``2.0*min(n, m)/(n+m)`` (its
    ``real_quick_ratio``) and ``2.0*o/(n+m)`` (its ``quick_ratio``). Both
    are symmetric, so they bound either orientation. Many candidates at once
    are checked with numpy (the same integer comparisons).

    A threshold <= 0 is met by every pair (a ratio is never negative): see
    :func:`_candidate_pairs`.
    """
    # the element (w, k) as one integer w * span + k, in the same order as the pairs (k <= the longest sequence)
    span = max((len(seq) for seq in seqs), default=0) + 1

    def elements(seq: Sequence[int]) -> list[int]:
        seen: dict[int, int] = {}
        out = []
        for w in seq:
            k = seen[w] = seen.get(w, 0) + 1
            out.append(w * span + k)
        return out

    df: Counter = Counter()
    for seq in seqs:
        df.update(elements(seq))
    rank = {e: r for r, (e, _) in enumerate(sorted(df.items(), key=lambda item: (item[1], item[0])))}
    del df
    # each sequence's element ranks, sorted, one after another (not a list per sequence: 8 bytes an element)
    ranked = array("q")
    for seq in seqs:
        ranked.extend(sorted([rank[e] for e in elements(seq)]))
    del rank
    lengths = np.fromiter((len(seq) for seq in seqs), dtype=np.int64, count=len(seqs))
    flat = np.frombuffer(ranked, dtype=np.int64) if len(ranked) else np.zeros(0, dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    # fewest[t]: the fewest shared elements o with 2.0 * o / t >= threshold (t = n + m), by difflib's float formula
    fewest = np.zeros(2 * int(lengths.max(initial=0)) + 1, dtype=np.int64)
    for t in range(1, len(fewest)):
        o = max(0, math.ceil(threshold * t / 2) - 1)
        while 2.0 * o / t < threshold:
            o += 1
        fewest[t] = o
    # element rank -> the sequences whose prefix holds it, latest last. A plain list trimmed now and then
    # rather than a deque(maxlen): most elements are in one prefix, and a deque allocates a block of 64 slots.
    index: dict[int, list[int]] = {}
    if max_postings is not None and max_postings < 1:
        raise ValueError(f"max_postings must be at least 1 (or None for no window), not {max_postings}")
    window = slice(-max_postings, None) if max_postings is not None else slice(None)
    for y in range(len(seqs)):
        n = int(lengths[y])
        need = _min_overlap(n, threshold)
        if need is None:
            continue
        prefix = flat[offsets[y]:offsets[y] + n - need + 1].tolist()
        found: set[int] = set()
        for r in prefix:  # rarest first
            posting = index.get(r)
            if posting is not None:
                found.update(posting[window])
            if max_candidates is not None and len(found) >= max_candidates:
                break  # enough candidates, from the rarest elements' postings (see the docstring)
        if found:
            # 2.0*min(n, m)/(n+m) and 2.0*shared/(n+m) (difflib's real_quick_ratio, quick_ratio) reach threshold
            xs = _passing_bounds(found, n, flat[offsets[y]:offsets[y + 1]], lengths, flat, offsets, fewest)
            if xs:
                yield y, xs
        for r in prefix:
            posting = index.get(r)
            if posting is None:
                index[r] = [y]
            else:
                posting.append(y)
                if max_postings is not None and len(posting) >= 2 * max_postings:
                    del posting[:-max_postings]  # the window: only the last max_postings are ever read


def _passing_bounds(found: set[int], n: int, ry: np.ndarray, lengths: np.ndarray, flat: np.ndarray,
                    offsets: np.ndarray, fewest: np.ndarray) -> list[int]:
    """The sequences x in ``found`` (ascending) with ``min(n, m) >= fewest[n+m]`` and
    ``|ry & rx| >= fewest[n+m]`` (``ry``, ``rx``: sorted distinct element ranks)."""
    xs = np.fromiter(found, dtype=np.int64, count=len(found))
    xs.sort()
    m = lengths[xs]
    need = fewest[n + m]
    ok = np.minimum(m, n) >= need
    xs, m, need = xs[ok], m[ok], need[ok]
    if len(xs) == 0:
        return []
    seg = np.cumsum(m) - m  # where each x's elements begin in the gathered array
    idx = np.arange(int(m.sum())) - np.repeat(seg, m) + np.repeat(offsets[xs], m)
    vals = flat[idx]
    at = np.minimum(np.searchsorted(ry, vals), n - 1)
    shared = np.add.reduceat((ry[at] == vals).astype(np.int64), seg)
    return xs[shared >= need].tolist()


def _word_ids(texts: Iterable[str]) -> list[tuple[int, ...]]:
    """Each text's words (:func:`words`) as a tuple of word ids, numbered in the words' sorted order.

    Equal ids are equal words, so difflib's ratio and every grouping are
    those of the words; ids in sorted order make ties in rarity break as
    they would on the words themselves (:func:`_candidates`). An id is one
    shared int object per word, so the sequences kept cost about 18 bytes a
    word (8 for the pointer, the rest the tuples) where tuples of fresh
    strings cost about 66; while they are made the peak is about 36 bytes a
    word (the first-seen ids of every word, 8, held until all are mapped).
    """
    vocab: dict[str, int] = {}
    flat = array("q")
    lengths = []
    for t in texts:
        ws = words(t)
        flat.extend([vocab.setdefault(w, len(vocab)) for w in ws])
        lengths.append(len(ws))
    alphabetical = np.empty(len(vocab), dtype=np.int64)
    alphabetical[[vocab[w] for w in sorted(vocab)]] = np.arange(len(vocab))
    del vocab
    # first-seen id -> the shared int object of its sorted id (one per word, shared by every sequence)
    to_sorted = [int(r) for r in alphabetical]
    del alphabetical
    out, at = [], 0
    for n in lengths:
        out.append(tuple([to_sorted[i] for i in flat[at:at + n]]))
        at += n
    return out


def _distinct(seqs: Sequence[tuple[int, ...]]) -> tuple[list[tuple[int, ...]], list[list[int]]]:
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

def group_quotes(quotes: pd.DataFrame, threshold: float = QUOTE_THRESHOLD,
                 max_postings: int | None = MAX_POSTINGS) -> pd.DataFrame:
    """Group quotes of the same utterance across documents (see the module docstring).

    The definition: quotes i < j of different documents are *linked* when
    ``similarity(text_i, text_j) >= threshold``; a group is a connected set of
    linked quotes (single linkage) spanning two or more documents. Groups are
    numbered in order of their first quote, members listed in quotes-table
    order, and each row's ``similarity``/``diff`` compare it with the group's
    first quote.

    Computed without comparing all pairs: :func:`_quote_links` unites the
    quotes the definition links, comparing each pair of distinct word
    sequences at most twice (once per orientation). ``max_postings=None``
    gives the exact definition at a cost that can grow with the square of
    the number of quotes made of common words; the default cap keeps it
    linear and can only split a group (see the module docstring).
    """
    q = quotes[quotes.kind.isin(["direct", "partial"])].reset_index(drop=True)
    seqs = _word_ids(_strings(q.text))
    long_enough = np.fromiter((len(seq) >= 3 for seq in seqs), dtype=bool, count=len(seqs))
    q = q[long_enough].reset_index(drop=True)
    seqs = [seq for seq, keep in zip(seqs, long_enough.tolist()) if keep]
    if len(q) == 0:
        return make_table("quote_groups", [])
    doc_codes, doc_names = pd.factorize(q.doc_id, sort=False)
    docs = doc_codes.tolist()  # small ints, not a string per quote: only equality matters here
    uf = _quote_links(seqs, docs, threshold, max_postings)
    members: dict[int, list[int]] = {}
    for i in range(len(q)):
        members.setdefault(uf.find(i), []).append(i)
    groups = [m for m in members.values() if len({docs[i] for i in m}) > 1]
    # the columns of the grouped quotes only (most quotes are in no group)
    grouped = np.array(sorted(itertools.chain.from_iterable(groups)), dtype=np.int64)
    texts, starts, ends, quote_ids, speakers = (dict(zip(grouped.tolist(), q[c].take(grouped).tolist()))
                                                for c in ("text", "start", "end", "quote_id", "speaker"))
    compared: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[float, str]] = {}
    rows = []
    for g, m in enumerate(sorted(groups, key=min)):
        first = m[0]
        for i in m:
            key = (seqs[first], seqs[i])
            if key not in compared:  # depends only on the two word sequences
                compared[key] = (round(_ratio(*key), 6), word_diff(texts[first], texts[i]))
            sim, diff = compared[key]
            rows.append({"doc_id": doc_names[docs[i]], "start": int(starts[i]), "end": int(ends[i]), "text": texts[i],
                         "group": g, "quote_id": quote_ids[i], "speaker": speakers[i],
                         "similarity": sim, "diff": diff})
    return make_table("quote_groups", rows)


def _quote_links(seqs: list[tuple[int, ...]], docs: list, threshold: float,
                 max_postings: int | None = None) -> _UnionFind:
    """Union-find over quotes that has united the pairs the definition links.

    Exactly those with ``max_postings=None``; with a cap, a subset of them
    (see :func:`_candidate_pairs`). Single linkage only needs the *connected
    sets* of the link graph, not every link, so copies are handled in bulk.
    Let U be the quotes (ascending positions) holding one distinct word
    sequence u, V those holding v.

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
    whole = [len(m) == 1 or (spread and 1.0 >= threshold) for m, spread in zip(members, multi)]

    def connected(u: int) -> bool:
        """Are all copies of u in one set? (Once true, always: sets only merge.)"""
        if not whole[u]:
            root = uf.find(members[u][0])
            whole[u] = all(uf.find(i) == root for i in members[u])
        return whole[u]

    parent = uf.parent

    def linked(u: int, v: int) -> None:
        U, V = members[u], members[v]
        multi_u, multi_v = multi[u], multi[v]
        if not multi_u and not multi_v and docs[U[0]] == docs[V[0]]:
            return  # no pair of different documents
        fwd = _ratio(uniq[u], uniq[v]) >= threshold if U[0] < V[-1] else None  # some i in U before some j in V
        bwd = _ratio(uniq[v], uniq[u]) >= threshold if V[0] < U[-1] else None  # some j in V before some i in U
        if fwd is not False and bwd is not False:
            _link_all(uf, U, V, docs, multi_u, multi_v)
        elif fwd or bwd:
            for i in U:
                for j in V:
                    if docs[i] != docs[j] and (fwd if i < j else bwd):
                        uf.union(i, j)

    if threshold <= 0:
        pairs: Iterator[tuple[int, list[int]]] = ((v, list(range(v))) for v in range(1, len(uniq)))
    else:
        # The candidate budget goes with the window: max_postings=None is the exact definition.
        pairs = _candidates(uniq, threshold, max_postings, None if max_postings is None else MAX_CANDIDATES)
    for v, us in pairs:
        for u in us:
            # already one connected set: a link would change nothing (find inlined: most candidates end here)
            a, b = members[u][0], members[v][0]
            while parent[a] != a:
                a = parent[a]
            while parent[b] != b:
                b = parent[b]
            if a == b and connected(u) and connected(v):
                continue
            linked(u, v)
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


# ---------------------------------------------------------------- shared passages: the word stream

@dataclass
class _Stream:
    """Every document's body words, documents in corpus order, as one array of word ids.

    ``tok[g]`` is the id of word g. Sentence i (``rows``: positions in the
    input table, in stream order) holds words ``first[i] .. first[i+1]-1``;
    ``sentence_doc[i]`` is its document (index into ``doc_ids``) and
    ``sentence_seg[i]`` its stretch of consecutive body sentences (a 5-gram
    never crosses two). A word's document and stretch are looked up through
    its sentence (:meth:`doc_at`, :meth:`seg_at`) rather than stored per word:
    on 100,000 documents that is two arrays of 60 million numbers saved.
    """

    doc_ids: list
    tok: np.ndarray
    first: np.ndarray
    rows: np.ndarray
    sentence_doc: np.ndarray
    sentence_seg: np.ndarray

    def sentence_at(self, pos: np.ndarray) -> np.ndarray:
        """The sentence (index into ``rows``) holding each word position in ``pos``."""
        # side="right": an empty sentence shares its ``first`` with the next one, which holds the word
        return np.searchsorted(self.first, pos, side="right") - 1

    def doc_at(self, pos: np.ndarray) -> np.ndarray:
        """The document (index into ``doc_ids``) of each word position in ``pos``."""
        return self.sentence_doc[self.sentence_at(pos)]

    def seg_at(self, pos: np.ndarray) -> np.ndarray:
        """The stretch of consecutive body sentences of each word position in ``pos``."""
        return self.sentence_seg[self.sentence_at(pos)]


def _strings(column: pd.Series, rows: np.ndarray | None = None) -> Iterator[str]:
    """A text column's values at the positions ``rows`` (default: all, in order) as Python strings.

    Batch by batch, so that a large table's texts never all exist as Python
    strings at once (``to_numpy`` on a whole Arrow-backed column would make
    one per row).
    """
    if rows is None:
        rows = np.arange(len(column))
    for b in range(0, len(rows), TEXT_BATCH):
        yield from column.take(rows[b:b + TEXT_BATCH]).tolist()


def _stream(sentences: pd.DataFrame) -> _Stream:
    """Tokenize the body sentences once (O(characters)); word ids in order of first appearance."""
    n = len(sentences)
    doc_codes, doc_ids = pd.factorize(sentences.doc_id, sort=False)  # corpus order = first appearance
    starts = sentences.start.to_numpy(dtype=np.int64)
    order = np.lexsort((np.arange(n), starts, doc_codes)) if n else np.zeros(0, dtype=np.int64)
    body = (sentences.kind.to_numpy() == "body") if "kind" in sentences.columns else np.ones(n, dtype=bool)
    body = body[order]
    codes = doc_codes[order]
    # a stretch of body sentences begins at a body sentence whose predecessor is another document's or not body
    new = body & np.concatenate([[True], (codes[1:] != codes[:-1]) | ~body[:-1]])
    seg_of_row = np.cumsum(new) - 1
    rows = order[body]
    vocab: dict[str, int] = {}
    ids = array("i")
    counts = np.zeros(len(rows), dtype=np.int64)
    findall = _TOKEN.findall
    for i, text in enumerate(_strings(sentences["text"], rows)):
        toks = findall(text)
        if toks:
            counts[i] = len(toks)
            # one lower() per sentence: str.lower is per character (final sigma too: "\0" is not cased)
            ids.extend([vocab.setdefault(w, len(vocab)) for w in "\0".join(toks).lower().replace("’", "'").split("\0")])
    # a view of the array's buffer, not a copy (the view keeps the array alive and unresizable)
    tok = np.frombuffer(ids, dtype=np.int32) if len(ids) else np.zeros(0, dtype=np.int32)
    first = np.concatenate([[0], np.cumsum(counts)])
    return _Stream(doc_ids=list(doc_ids), tok=tok, first=first, rows=rows,
                   sentence_doc=codes[body].astype(np.int32), sentence_seg=seg_of_row[body].astype(np.int32))


_M1, _M2, _M3 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser (Steele, Lea & Flood 2014), elementwise on uint64 (wrapping arithmetic)."""
    x = (x ^ (x >> np.uint64(30))) * _M2
    x = (x ^ (x >> np.uint64(27))) * _M3
    return x ^ (x >> np.uint64(31))


def _word_hashes(tok: np.ndarray) -> np.ndarray:
    """One random-looking 64-bit number per word id in ``tok``."""
    return _mix(np.arange(1, int(tok.max(initial=0)) + 2, dtype=np.uint64))


def _hash_shingles(tok: np.ndarray, pos: np.ndarray, k: int, word: np.ndarray | None = None) -> np.ndarray:
    """A 64-bit hash of the k words starting at each position in ``pos`` (``word``: :func:`_word_hashes`)."""
    if word is None:
        word = _word_hashes(tok)
    h = np.zeros(len(pos), dtype=np.uint64)
    for j in range(k):
        h = _mix(h * _M1 + word[tok[pos + j]])
    return h


SHINGLE_BATCH = 1 << 19  # k-gram positions hashed at a time by _repeated_shingles (about 40 MB of temporaries)


def _repeated_shingles(st: _Stream, k: int) -> np.ndarray:
    """Ascending positions of the k-grams inside one stretch whose 64-bit hash occurs twice or more.

    A superset of the k-grams that occur twice (equal k-grams have equal
    hashes), so nothing shared is lost; the exact grouping
    (:func:`_group_shingles`) then runs on these alone. What is held per
    word: the hashes of every k-gram, sorted in place (8 bytes), the words
    (4) and one flag (1), plus up to ~40 MB of a batch's temporaries
    (:data:`SHINGLE_BATCH` positions; on a corpus smaller than a batch, those
    dominate). Positions and sort orders are made for the repeated k-grams
    only, so the saving is on text where most k-grams occur once (varied
    text); on text that is mostly copies (wire stories repeated whole) the
    exact grouping runs on most positions and costs what it did before,
    about 50 bytes a word. Every k-gram is hashed twice (once per pass),
    about 15% more CPU than hashing once.
    """
    tok = st.tok
    n = len(tok) - k + 1
    word = _word_hashes(tok)

    def batches() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for lo in range(0, n, SHINGLE_BATCH):
            pos = np.arange(lo, min(n, lo + SHINGLE_BATCH))
            pos = pos[st.seg_at(pos) == st.seg_at(pos + k - 1)]  # k-grams inside one stretch
            yield pos, _hash_shingles(tok, pos, k, word)

    hashes = np.empty(max(n, 0), dtype=np.uint64)
    filled = 0
    for _, h in batches():
        hashes[filled:filled + len(h)] = h
        filled += len(h)
    hashes = hashes[:filled]
    hashes.sort()
    repeated = np.unique(hashes[1:][hashes[1:] == hashes[:-1]])
    del hashes
    if len(repeated) == 0:
        return np.zeros(0, dtype=np.int64)
    kept = []
    for pos, h in batches():
        at = np.minimum(np.searchsorted(repeated, h), len(repeated) - 1)
        kept.append(pos[repeated[at] == h])
    return np.concatenate(kept)


def _group_shingles(tok: np.ndarray, pos: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Sort the k-grams starting at ``pos`` so that equal ones are adjacent; exact.

    Returns ``(order, same)``: ``pos[order]`` lists the k-grams grouped, each
    group in ascending position, and ``same[i]`` says whether sorted entries
    i and i+1 are the same k-gram. Sorting by a hash is fast; equality is then
    proved word by word for every adjacent pair with equal hashes. If two
    different k-grams ever share a hash, the k-grams are sorted by their
    words instead (slower, never wrong).
    """
    h = _hash_shingles(tok, pos, k)
    order = np.argsort(h, kind="stable")
    hs = h[order]
    same = hs[1:] == hs[:-1]
    del h, hs
    i = np.flatnonzero(same)
    a, b = pos[order[i]], pos[order[i + 1]]
    equal = np.ones(len(i), dtype=bool)
    for j in range(k):
        equal &= tok[a + j] == tok[b + j]
    del a, b, i
    if equal.all():
        return order, same
    order = np.lexsort([tok[pos + j] for j in reversed(range(k))])  # a hash collision: sort by the words
    a, b = pos[order[:-1]], pos[order[1:]]
    same = np.ones(len(order) - 1 if len(order) else 0, dtype=bool)
    for j in range(k):
        same &= tok[a + j] == tok[b + j]
    return order, same


@dataclass
class _Runs:
    """Occurrences of passages, in stream order: word ``first[i] .. last[i]`` (inclusive) of ``stream``."""

    passage: np.ndarray  # passage number, in order of first occurrence
    first: np.ndarray
    last: np.ndarray
    stream: _Stream


def _passage_runs(sentences: pd.DataFrame, k: int = SHINGLE) -> _Runs:
    """Every occurrence of every shared passage (see the module docstring, steps 1 and 2)."""
    st = _stream(sentences)
    tok, T = st.tok, len(st.tok)
    empty = np.zeros(0, dtype=np.int64)
    if T < k:
        return _Runs(empty, empty, empty, st)
    pos = _repeated_shingles(st, k)  # every k-gram that can be shared, inside one stretch
    if len(pos) == 0:
        return _Runs(empty, empty, empty, st)
    order, same = _group_shingles(tok, pos, k)
    grouped = pos[order]
    del order
    starts = np.flatnonzero(np.concatenate([[True], ~same]))
    ends = np.concatenate([starts[1:], [len(grouped)]]) - 1
    doc = st.doc_at(grouped)
    shared = doc[starts] != doc[ends]  # positions ascend in a group, so documents do too
    del doc
    group_size = ends - starts + 1
    keep = np.repeat(shared, group_size)
    grouped = grouped[keep]  # shared k-grams, grouped, ascending within a group
    starts = (np.cumsum(np.concatenate([[0], group_size[shared]])))[:-1]
    K = len(starts)
    if K == 0:
        return _Runs(empty, empty, empty, st)
    sid = np.full(T + 1, -1, dtype=np.int32)  # shingle id at a word position; -1: no shared k-gram starts there
    sid[grouped] = np.repeat(np.arange(K, dtype=np.int32), np.diff(np.concatenate([starts, [len(grouped)]])))
    # the k-gram after (before) each occurrence, if it is shared: both lie in the same stretch (see below)
    succ = sid[grouped + 1]
    pred = np.where(grouped > 0, sid[grouped - 1], -1)
    succ_lo, succ_hi = np.minimum.reduceat(succ, starts), np.maximum.reduceat(succ, starts)
    pred_lo, pred_hi = np.minimum.reduceat(pred, starts), np.maximum.reduceat(pred, starts)
    del succ, pred, grouped
    one_succ = np.where((succ_lo == succ_hi) & (succ_lo >= 0), succ_lo, -1)
    one_pred = np.where((pred_lo == pred_hi) & (pred_lo >= 0), pred_lo, -1)
    # s is joined to its successor t when every s is followed by t and every t preceded by s.
    # (A shared k-gram at g+1 is in g's stretch: g+1..g+k-1 are words of the k-gram at g.)
    join = np.zeros(K, dtype=bool)
    has = one_succ >= 0
    join[has] = one_pred[one_succ[has]] == np.flatnonzero(has)
    S = np.flatnonzero(sid[:T] >= 0)  # shared k-gram positions in stream order
    sidS = sid[S]
    del sid
    cont = join[sidS]  # the occurrence at S[i] goes on at S[i] + 1 == S[i + 1]
    run_start = np.concatenate([[True], ~cont[:-1]])
    i0 = np.flatnonzero(run_start)
    i1 = np.concatenate([i0[1:], [len(S)]]) - 1
    key = sidS[i0]
    codes, _ = pd.factorize(key, sort=False)  # passages numbered in order of first occurrence
    return _Runs(codes.astype(np.int64), S[i0], S[i1] + k - 1, st)


def _verify_runs(runs: _Runs) -> None:
    """Every occurrence of a passage has exactly the words of its first one (word by word, O(words)).

    Guaranteed by construction; checked because the table's claim rests on it.
    """
    if len(runs.passage) == 0:
        return
    length = runs.last - runs.first + 1
    _, rep = np.unique(runs.passage, return_index=True)  # first occurrence of each passage (numbered 0, 1, ...)
    r = rep[runs.passage]
    if not np.array_equal(length, length[r]):
        raise AssertionError("shared_passages: occurrences of one passage differ in length")
    offsets = np.arange(int(length.sum())) - np.repeat(np.cumsum(length) - length, length)
    here = np.repeat(runs.first, length) + offsets
    there = np.repeat(runs.first[r], length) + offsets
    if not np.array_equal(runs.stream.tok[here], runs.stream.tok[there]):
        raise AssertionError("shared_passages: occurrences of one passage differ in their words")


def _char_spans(sentences: pd.DataFrame, stream: _Stream, first: np.ndarray, last: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Character offsets of word ``first`` (its start) and word ``last`` (its end) in their clean texts."""
    sent_a, sent_b = stream.sentence_at(first), stream.sentence_at(last)
    need = np.unique(np.concatenate([sent_a, sent_b]))
    base = sentences.start.to_numpy(dtype=np.int64)
    tok_start, tok_end = array("q"), array("q")
    offset = np.zeros(len(need) + 1, dtype=np.int64)
    # tokenize again only the sentences where an occurrence begins or ends
    rows = stream.rows[need]
    for j, (r, text) in enumerate(zip(rows.tolist(), _strings(sentences["text"], rows))):
        b = base[r]
        for m in _TOKEN.finditer(text):
            tok_start.append(b + m.start())
            tok_end.append(b + m.end())
        offset[j + 1] = len(tok_start)
    tok_start_a, tok_end_a = np.frombuffer(tok_start, dtype=np.int64), np.frombuffer(tok_end, dtype=np.int64)
    where_a, where_b = np.searchsorted(need, sent_a), np.searchsorted(need, sent_b)
    start = tok_start_a[offset[where_a] + first - stream.first[sent_a]]
    end = tok_end_a[offset[where_b] + last - stream.first[sent_b]]
    return start, end


# ---------------------------------------------------------------- shared passages: the table and its views

def find_passages(sentences: pd.DataFrame, texts: Mapping[str, str] | Iterable[tuple[str, str]]) -> pd.DataFrame:
    """The ``shared_passages`` table from a sentences table and each document's clean text.

    ``sentences`` needs ``doc_id``, ``start``, ``end`` and ``text`` (and
    ``kind``: only ``body`` sentences count, and any other sentence breaks a
    passage); documents are in the order they first appear. ``texts`` gives
    each document's clean text, where ``start``/``end`` point (a passage can
    run over several sentences, and its ``text`` is the clean text between):
    a mapping from doc_id to text, or ``(doc_id, text)`` pairs in any order,
    read once, so that a dataset can stream them from disk instead of
    holding every text (:mod:`corpus_tools.compare.dataset`). How to read the
    result: see the module docstring.
    """
    runs = _passage_runs(sentences)
    if len(runs.passage) == 0:
        return make_table("shared_passages", [])
    _verify_runs(runs)
    order = np.lexsort((np.arange(len(runs.passage)), runs.passage))  # by passage, then stream order
    passage, first, last = runs.passage[order], runs.first[order], runs.last[order]
    start, end = _char_spans(sentences, runs.stream, first, last)
    doc = runs.stream.doc_at(first)
    doc_ids = runs.stream.doc_ids
    n_docs = np.bincount(np.unique(passage * len(doc_ids) + doc) // len(doc_ids))
    doc_col = [doc_ids[d] for d in doc]
    text = _passage_texts(texts, doc_ids, doc, start, end)
    cols = {"passage_id": passage, "doc_id": doc_col, "start": start, "end": end, "text": text,
            "words": last - first + 1, "documents": n_docs[passage],
            "rule": pd.Series([PASSAGE_RULE]).array.take(np.zeros(len(passage), dtype=np.int64))}
    declared = list(TABLES["shared_passages"].columns)
    if set(cols) != set(declared):  # as make_table: no undeclared or missing column
        raise KeyError(f"table 'shared_passages': columns {sorted(cols)} are not the declared {declared}")
    return pd.DataFrame(cols, columns=declared)


def _passage_texts(texts: Mapping[str, str] | Iterable[tuple[str, str]], doc_ids: list, doc: np.ndarray,
                   start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each occurrence's words, cut from its document's clean text: ``texts[doc_ids[doc[i]]][start[i]:end[i]]``.

    The texts are read once, each only while its own occurrences are cut, so
    they need not all be in memory at once.
    """
    pairs = texts.items() if hasattr(texts, "items") else texts  # a dict or a Series by doc_id, or pairs
    index = {d: i for i, d in enumerate(doc_ids)}
    by_doc = np.argsort(doc, kind="stable")
    bounds = np.searchsorted(doc[by_doc], np.arange(len(doc_ids) + 1))
    out = np.empty(len(doc), dtype=object)
    done = np.zeros(len(doc_ids), dtype=bool)
    for doc_id, clean in pairs:
        i = index.get(doc_id)
        if i is None:
            continue  # a document without body sentences shares nothing
        rows = by_doc[bounds[i]:bounds[i + 1]]
        out[rows] = [clean[a:b] for a, b in zip(start[rows].tolist(), end[rows].tolist())]
        done[i] = True
    missing = np.flatnonzero(~done & (bounds[1:] > bounds[:-1]))
    if len(missing):
        raise KeyError(f"shared_passages: no clean text for document {doc_ids[missing[0]]!r}")
    return out


def shared_passages_table(corpus) -> pd.DataFrame:
    """The ``shared_passages`` table of a corpus (body sentences; see the module docstring)."""
    return find_passages(corpus.table("sentences"), {doc.doc_id: doc.clean_text for doc in corpus})


def quote_groups_table(corpus) -> pd.DataFrame:
    """The ``quote_groups`` table of a corpus."""
    return group_quotes(corpus.table("quotes"))


def summarize_passages(passages: pd.DataFrame, outlets: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per shared passage: ``passage_id``, ``words``, ``documents``, ``occurrences``, the
    ``doc_ids`` it occurs in ('; '-separated, in table order), with ``outlets`` (a doc_id -> outlet
    mapping) the distinct ``outlets`` too, and the ``text`` of its first occurrence. Longest first.
    """
    if outlets is not None:
        passages = passages.assign(outlet=passages.doc_id.map(outlets).fillna(passages.doc_id))
    g = passages.groupby("passage_id", sort=True)
    out = pd.DataFrame({"words": g.words.first(), "documents": g.documents.first(), "occurrences": g.size(),
                        "doc_ids": g.doc_id.agg(lambda s: "; ".join(dict.fromkeys(s)))})
    if outlets is not None:
        out["outlets"] = g.outlet.agg(lambda s: "; ".join(dict.fromkeys(s)))
    out["text"] = g.text.first()
    out = out.reset_index().sort_values(["words", "passage_id"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def passage_pairs(passages: pd.DataFrame, doc_ids: Sequence[str] | None = None, max_rows: int = 1_000_000) -> pd.DataFrame:
    """The pairwise view: one row per two occurrences of one passage in two different documents.

    Ask it for a few documents (``doc_ids``): a passage in k documents gives
    k(k-1)/2 pairs, so on a whole corpus the view can be far larger than the
    table (it raises ``ValueError`` beyond ``max_rows``). Side a is the
    occurrence listed first in ``passages`` (for the package's table: the
    document earlier in corpus order); ``doc_id``, ``start`` and ``end`` are
    side a's. Columns: passage_id, words, doc_id, start, end, then
    doc_id/start/end/text of sides a and b.
    """
    p = passages if doc_ids is None else passages[passages.doc_id.isin(list(doc_ids))]
    p = p.reset_index(drop=True)
    sizes = p.groupby("passage_id").size()
    total = int((sizes * (sizes - 1) // 2).sum())
    if total > max_rows:
        raise ValueError(f"passage_pairs: {total:,} pairs (more than max_rows={max_rows:,}); "
                         "ask for fewer documents with doc_ids=[...]")
    side = p[["passage_id", "words", "doc_id", "start", "end", "text"]].assign(_row=np.arange(len(p)))
    m = side.merge(side, on=["passage_id", "words"], suffixes=("_a", "_b"))
    m = m[(m._row_a < m._row_b) & (m.doc_id_a != m.doc_id_b)].sort_values(["_row_a", "_row_b"], kind="stable")
    out = pd.DataFrame({"passage_id": m.passage_id, "words": m.words, "doc_id": m.doc_id_a, "start": m.start_a,
                        "end": m.end_a, "doc_id_a": m.doc_id_a, "start_a": m.start_a, "end_a": m.end_a,
                        "text_a": m.text_a, "doc_id_b": m.doc_id_b, "start_b": m.start_b, "end_b": m.end_b,
                        "text_b": m.text_b})
    return out.reset_index(drop=True)


SENTENCE_PAIR_COLUMNS = ["doc_id", "start", "end", "doc_id_a", "start_a", "end_a", "text_a",
                         "doc_id_b", "start_b", "end_b", "text_b", "similarity", "rule"]


def similar_sentences(sentences: pd.DataFrame, doc_ids: Sequence[str] | None = None,
                      threshold: float = PASSAGE_THRESHOLD) -> pd.DataFrame:
    """Pairs of near-identical sentences in two documents: the pairwise table this package had before.

    The definition: body sentences a, b of different documents, a's
    document earlier (in order of first appearance in ``sentences``),
    sharing at least one word 5-gram *inside the two sentences*, with
    difflib's word-sequence ratio(a, b) >= ``threshold``. One row per pair
    (columns :data:`SENTENCE_PAIR_COLUMNS`; ``doc_id``/``start``/``end`` are
    side a's), ordered by a, then b.

    Candidates come from the shared passages (a 5-gram shared by two
    sentences lies in one passage's occurrences in both), then each pair is
    checked exactly, so the result is the all-pairs definition. A sentence
    in k documents gives k(k-1)/2 rows: ask it for a few documents
    (``doc_ids``), or expect a table that grows with the square of the corpus.
    """
    s = sentences if doc_ids is None else sentences[sentences.doc_id.isin(list(doc_ids))]
    s = s[s.kind == "body"] if "kind" in s.columns else s
    s = s.reset_index(drop=True)
    runs = _passage_runs(s)
    st = runs.stream
    empty = pd.DataFrame({c: pd.Series(dtype="int64" if c.startswith(("start", "end")) else
                                       ("float64" if c == "similarity" else "str")) for c in SENTENCE_PAIR_COLUMNS})
    if len(runs.passage) == 0:
        return empty
    # each occurrence -> the sentences it overlaps (positions in st.rows), as (passage, occurrence, sentence)
    a = np.searchsorted(st.first, runs.first, side="right") - 1
    b = np.searchsorted(st.first, runs.last, side="right") - 1
    n = b - a + 1
    occ = np.repeat(np.arange(len(a)), n)
    sent = np.repeat(a, n) + np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    over = pd.DataFrame({"passage": runs.passage[occ], "occ": occ, "sent": sent, "doc": st.doc_at(runs.first[occ])})
    pairs = over.merge(over, on="passage", suffixes=("_a", "_b"))
    pairs = pairs[pairs.doc_a < pairs.doc_b][["sent_a", "sent_b"]].drop_duplicates()
    row_a, row_b = st.rows[pairs.sent_a.to_numpy()], st.rows[pairs.sent_b.to_numpy()]
    texts = s.text.to_numpy()
    toks: dict[int, tuple[str, ...]] = {}

    def words_of(r: int) -> tuple[str, ...]:
        if r not in toks:
            toks[r] = tuple(words(texts[r]))
        return toks[r]

    def grams(t: tuple[str, ...]) -> set[tuple[str, ...]]:
        return {t[i:i + SHINGLE] for i in range(len(t) - SHINGLE + 1)}

    keep_a, keep_b, sims = [], [], []
    for ra, rb in zip(row_a.tolist(), row_b.tolist()):
        ta, tb = words_of(ra), words_of(rb)
        if grams(ta).isdisjoint(grams(tb)):
            continue
        sim = _ratio(ta, tb)
        if sim >= threshold:
            keep_a.append(ra)
            keep_b.append(rb)
            sims.append(round(sim, 6))
    if not keep_a:
        return empty
    ia, ib = np.array(keep_a), np.array(keep_b)
    idx = np.lexsort((ib, ia))
    ia, ib, sim = ia[idx], ib[idx], np.array(sims)[idx]
    doc = s.doc_id.to_numpy()
    start, end = s.start.to_numpy(dtype=np.int64), s.end.to_numpy(dtype=np.int64)
    cols = {"doc_id": list(doc[ia]), "start": start[ia], "end": end[ia], "doc_id_a": list(doc[ia]),
            "start_a": start[ia], "end_a": end[ia], "text_a": list(texts[ia]), "doc_id_b": list(doc[ib]),
            "start_b": start[ib], "end_b": end[ib], "text_b": list(texts[ib]), "similarity": sim,
            "rule": ["shingle_difflib"] * len(ia)}
    return pd.DataFrame(cols, columns=SENTENCE_PAIR_COLUMNS)
