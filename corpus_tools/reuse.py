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
"""
from __future__ import annotations

import difflib
import re

import pandas as pd

from .tables import define_table, make_table

QUOTE_THRESHOLD = 0.6
PASSAGE_THRESHOLD = 0.6
SHINGLE = 5
_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*")

define_table("quote_groups", "one row per quote that belongs to a group of the same utterance in two or more documents", {
    "doc_id": "document id",
    "start": "offset of the quote in clean_text",
    "end": "offset just past it",
    "text": "the quote (clean_text[start:end])",
    "group": "group number (0, 1, ...), in order of the group's first quote",
    "quote_id": "the quote's id in the quotes table",
    "speaker": "the quote's speaker",
    "similarity": "difflib word-sequence ratio to the group's first quote (1 = same words)",
    "diff": "word-level differences from the group's first quote ('swap→exchange', '+here', '-our'); '' if none",
}, "reuse")
define_table("shared_passages", "one row per pair of near-identical sentences in two documents", {
    "doc_id": "document id of side a (= doc_id_a)",
    "start": "offset of side a in its clean_text (= start_a)",
    "end": "offset just past side a (= end_a)",
    "doc_id_a": "document id of side a (earlier in corpus order)",
    "start_a": "offset of the passage in a's clean_text",
    "end_a": "offset just past it",
    "text_a": "the passage in a",
    "doc_id_b": "document id of side b",
    "start_b": "offset of the passage in b's clean_text",
    "end_b": "offset just past it",
    "text_b": "the passage in b",
    "similarity": "difflib word-sequence ratio of the two passages (1 = same words)",
    "rule": "'shingle_difflib': shared word 5-gram, then difflib ratio >= threshold",
}, "reuse")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes unified."""
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def similarity(a: str, b: str) -> float:
    """difflib ratio of two texts' word sequences: 1 = same words in the same order."""
    return difflib.SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


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


def group_quotes(quotes: pd.DataFrame, threshold: float = QUOTE_THRESHOLD) -> pd.DataFrame:
    """Group quotes of the same utterance across documents (see the module docstring)."""
    q = quotes[quotes.kind.isin(["direct", "partial"])].reset_index(drop=True)
    q = q[[len(words(t)) >= 3 for t in q.text]].reset_index(drop=True)
    parent = list(range(len(q)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(q)):
        for j in range(i + 1, len(q)):
            if q.doc_id[i] != q.doc_id[j] and similarity(q.text[i], q.text[j]) >= threshold:
                parent[find(j)] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(q)):
        members.setdefault(find(i), []).append(i)
    rows = []
    groups = [m for m in members.values() if len({q.doc_id[i] for i in m}) > 1]
    for g, m in enumerate(sorted(groups, key=min)):
        first = q.text[m[0]]
        for i in m:
            rows.append({"doc_id": q.doc_id[i], "start": int(q.start[i]), "end": int(q.end[i]), "text": q.text[i],
                         "group": g, "quote_id": q.quote_id[i], "speaker": q.speaker[i],
                         "similarity": round(similarity(first, q.text[i]), 6), "diff": word_diff(first, q.text[i])})
    return make_table("quote_groups", rows)


def _shingles(tokens: list[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def find_shared_passages(sentences: pd.DataFrame, threshold: float = PASSAGE_THRESHOLD) -> list[dict]:
    """Sentence pairs of different documents sharing a word 5-gram and scoring >= threshold."""
    order = {d: i for i, d in enumerate(dict.fromkeys(sentences.doc_id))}
    sents = sentences.to_dict("records")
    index: dict[tuple, list[int]] = {}
    toks = [words(s["text"]) for s in sents]
    for i, t in enumerate(toks):
        for sh in _shingles(t):
            index.setdefault(sh, []).append(i)
    pairs = set()
    for ids in index.values():
        for a in ids:
            for b in ids:
                if order[sents[a]["doc_id"]] < order[sents[b]["doc_id"]]:
                    pairs.add((a, b))
    rows = []
    for a, b in sorted(pairs):
        sim = difflib.SequenceMatcher(None, toks[a], toks[b], autojunk=False).ratio()
        if sim >= threshold:
            sa, sb = sents[a], sents[b]
            rows.append({"doc_id": sa["doc_id"], "start": sa["start"], "end": sa["end"], "doc_id_a": sa["doc_id"],
                         "start_a": sa["start"], "end_a": sa["end"], "text_a": sa["text"], "doc_id_b": sb["doc_id"],
                         "start_b": sb["start"], "end_b": sb["end"], "text_b": sb["text"],
                         "similarity": round(sim, 6), "rule": "shingle_difflib"})
    return rows


def quote_groups_table(corpus) -> pd.DataFrame:
    """The ``quote_groups`` table of a corpus."""
    return group_quotes(corpus.table("quotes"))


def shared_passages_table(corpus) -> pd.DataFrame:
    """The ``shared_passages`` table of a corpus (body sentences only)."""
    s = corpus.table("sentences")
    return make_table("shared_passages", find_shared_passages(s[s.kind == "body"]))


def _register() -> None:
    from .corpus import table_builder

    table_builder("quote_groups")(quote_groups_table)
    table_builder("shared_passages")(shared_passages_table)


_register()
