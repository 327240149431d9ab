"""Keyness: words over-represented in one outlet against all the others, and KWIC.

For each outlet (the target) and each word, a 2x2 table compares the
word's frequency in the target's documents with its frequency in the rest
of the corpus (the reference):

* log-likelihood G² (Dunning 1993, "Accurate methods for the statistics of
  surprise and coincidence"; in the two-cell form of Rayson & Garside 2000,
  "Comparing corpora using frequency profiling"): how surprising the
  difference is. G² >= 3.84 is p < 0.05 and >= 15.13 is p < 0.0001 for one
  test (chi-square, 1 df); with thousands of words tested, read it as a
  ranking, not as a test.
* log ratio (Hardie 2014, "Log Ratio: an informal introduction", CASS): the
  effect size, log2 of the ratio of relative frequencies. +1 means twice as
  frequent in the target, +3 eight times. A zero count is replaced by 0.5
  so the ratio stays finite (Hardie's convention).

Words are lower-cased runs of letters (with inner apostrophes/hyphens;
dotted abbreviations such as "U.S." kept whole) in
every paragraph of the clean text. Words below ``min_freq`` uses in the
target are dropped; ``min_freq`` is recorded in every row. With a few short
articles per outlet, keyness mostly surfaces what each article is about.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

from ..load.corpus import Corpus
from ..tag.lexicon import text_units
from ..tables import make_table

MIN_FREQ = 3
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "U.S." is one word


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lower-cased word)`` for every word in ``text``."""
    return [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in WORD.finditer(text)]


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """G² for a word used ``a`` times in a target of ``c`` words and ``b`` times
    in a reference of ``d`` words (Rayson & Garside 2000). 0 = same rate;
    higher means a larger, less likely difference (either direction)."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    for obs, exp in ((a, e1), (b, e2)):
        if obs > 0:
            g2 += obs * math.log(obs / exp)
    return 2 * g2


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Hardie's (2014) log ratio: log2 of (a/c) / (b/d), zeros as 0.5.
    Positive: more frequent in the target; each +1 doubles the ratio."""
    return math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))


def p_value(g2: float) -> float:
    """Chi-square (1 df) upper tail for G²: ``erfc(sqrt(G²/2))``."""
    return math.erfc(math.sqrt(max(g2, 0.0) / 2))


def keyness(counts: dict[str, Counter], min_freq: int = MIN_FREQ) -> list[dict]:
    """Rows for every group in ``counts`` (group -> word counts) against the rest.

    Keeps words used at least ``min_freq`` times in the group and more often
    (relative frequency) there than in the rest; sorted by G², then word.
    """
    # Each word's count over every group, for the words that can make a row (used min_freq times in some
    # group) only: a Counter of the whole vocabulary doubled the memory of the counts on a large corpus.
    candidates = {w for c in counts.values() for w, a in c.items() if a >= min_freq}
    total = {w: sum(c.get(w, 0) for c in counts.values()) for w in candidates}
    n_total = sum(sum(c.values()) for c in counts.values())
    rows = []
    for group in sorted(counts):
        target = counts[group]
        c = sum(target.values())
        d = n_total - c
        if c == 0 or d == 0:
            continue
        found = []
        for word, a in target.items():
            if a < min_freq:
                continue
            b = total[word] - a
            if a / c <= b / d:
                continue
            g2 = log_likelihood(a, b, c, d)
            found.append({"outlet": group, "word": word, "freq_target": a, "freq_reference": b,
                          "words_target": c, "words_reference": d, "g2": g2, "p_value": p_value(g2),
                          "log_ratio": log_ratio(a, b, c, d), "min_freq": min_freq})
        rows.extend(sorted(found, key=lambda r: (-r["g2"], r["word"])))
    return rows


def outlet_word_counts(corpus: Corpus) -> dict[str, Counter]:
    """Word counts per outlet over every paragraph of the clean text."""
    out: dict[str, Counter] = {}
    for doc in corpus:
        counter = out.setdefault(doc.outlet or doc.doc_id, Counter())
        for s, e in text_units(doc):
            counter.update(w for _, _, w in words(doc.clean_text[s:e]))
    return out




def keyness_table(corpus: Corpus, min_freq: int = MIN_FREQ) -> pd.DataFrame:
    return make_table("keyness", keyness(outlet_word_counts(corpus), min_freq))


def kwic(corpus: Corpus, word: str, width: int = 40, regex: bool = False) -> pd.DataFrame:
    """Keyword in context: every whole-word use of ``word`` (case-insensitive).

    Columns ``doc_id``, ``outlet``, ``start``, ``end`` (the keyword's offsets
    in clean_text), ``left`` and ``right`` (up to ``width`` characters of its
    paragraph on each side) and ``keyword`` as written.
    """
    pattern = re.compile(rf"(?<!\w)(?:{word if regex else re.escape(word)})(?!\w)", re.IGNORECASE)
    rows = []
    for doc in corpus:
        for s, e in text_units(doc):
            para = doc.clean_text[s:e]
            for m in pattern.finditer(para):
                rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "start": s + m.start(), "end": s + m.end(),
                             "left": para[max(0, m.start() - width) : m.start()], "keyword": m.group(0),
                             "right": para[m.end() : m.end() + width]})
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "start", "end", "left", "keyword", "right"])
