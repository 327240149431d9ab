"""Sentence-level sentiment with VADER, the outlet's voice and quoted speech apart.

Method: VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model
for Sentiment Analysis of Social Media Text", ICWSM), as shipped by the
``vaderSentiment`` package, whose lexicon is installed with it (offline).
VADER gives each text ``neg``, ``neu`` and ``pos`` (shares of the text's
sentiment-bearing weight, summing to 1) and ``compound``, a normalised sum
of word valences in [-1, 1]: below 0 reads negative, above 0 positive. The
authors' thresholds classify compound <= -0.05 as negative and >= 0.05 as
positive. VADER was tuned on social media; on New York Times editorial
sentences its correlation with human raters is r = 0.49 (against 0.75 for
an individual human), so it is a blunt instrument for news prose.

What is scored: every body sentence (headings excluded) from the
``sentences`` table, split into stretches of narration (the outlet's own
voice) and quotation (someone else's words), each scored on its own. An
article is never scored as one string: compound saturates towards +/-1 on
long texts. Quotation stretches come from the ``quotes`` table (its direct
and partial quotes) when the quotes module is installed, else from paired
double quotation marks inside a paragraph
(:func:`corpus_tools.segment.quotation_spans`).

Cost: linear in the text. VADER's own cost grows with the square of a
text's words (it re-lowercases the whole word list for each sentiment word,
and its "but" rule looks each score up again), harmless on a sentence but
hours on a 50 MB line without punctuation. So a stretch of more than
:data:`MAX_WORDS` words (no real sentence: the longest in the test corpora
has about 200) is scored as consecutive windows of :data:`MAX_WORDS`
whitespace-separated words, and its row gets the windows' means, weighted
by their words (``neg``/``neu``/``pos`` rounded to 3 decimals, ``compound``
to 4, as VADER rounds). Quote spans are matched to sentences in one sweep
over both, sorted by offset, not each sentence against every quote.

Uncertainty: :func:`summarize` gives mean compound with a percentile
bootstrap 95% interval (Efron & Tibshirani 1993) over sentence segments,
with a fixed seed and the number of resamples recorded.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import islice
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ..load import segment
from ..load.corpus import Corpus, Document
from ..tables import TABLES, make_table

THRESHOLD = 0.05  # Hutto & Gilbert's cut-off for "neutral"
N_RESAMPLES = 2000
SEED = 20250212
BOOTSTRAP_BLOCK = 4_000_000  # resampled values held at once by bootstrap_ci (about 64 MB)
_HAS_WORD = re.compile(r"\w")
_TOKEN = re.compile(r"[\w'’-]+")
_NON_SPACE = re.compile(r"\S+")
# VADER's cost is quadratic in a text's words; a longer stretch is scored in windows of this many words.
MAX_WORDS = 1000
QUOTE_KINDS = ("direct", "partial")


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """The shared VADER analyzer (building it reads the lexicon file once)."""
    return SentimentIntensityAnalyzer()


def label(compound: float, threshold: float = THRESHOLD) -> str:
    """'negative' (compound <= -threshold), 'positive' (>= threshold) or 'neutral'."""
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


def score(text: str) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos``, ``compound`` for one short text (a sentence).

    A text of more than :data:`MAX_WORDS` words (split on white space, as
    VADER splits) is scored window by window, :data:`MAX_WORDS` words each,
    and gets the windows' means weighted by their words: linear time, where
    VADER on the whole text is quadratic.
    """
    polarity = analyzer().polarity_scores
    # n words take at least 2n - 1 characters: a short text needs no count
    if len(text) <= 2 * MAX_WORDS or sum(1 for _ in islice(_NON_SPACE.finditer(text), MAX_WORDS + 1)) <= MAX_WORDS:
        return polarity(text)
    sums = {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    total, words, first = 0, 0, 0
    for m in _NON_SPACE.finditer(text):
        if words == 0:
            first = m.start()
        words += 1
        if words == MAX_WORDS:
            _add_window(sums, polarity(text[first:m.end()]), words)
            total += words
            words = 0
    if words:
        _add_window(sums, polarity(text[first:]), words)
        total += words
    return {key: round(value / total, 4 if key == "compound" else 3) for key, value in sums.items()}


def _add_window(sums: dict[str, float], scores: dict[str, float], words: int) -> None:
    for key in sums:
        sums[key] += scores[key] * words


def voice_segments(start: int, end: int, quotes: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int, str]]:
    """Split ``text[start:end]`` into ``(start, end, voice)`` stretches.

    ``quotes`` are ``(start, end)`` spans of quoted speech in ``text``. Each
    stretch is trimmed of surrounding space; stretches without a letter or
    digit (a lone comma between a quote and "he said") are dropped.
    """
    cuts = []
    for qs, qe in quotes:
        s, e = max(qs, start), min(qe, end)
        if s < e:
            cuts.append((s, e))
    pieces, pos = [], start
    for s, e in sorted(cuts):
        if s > pos:
            pieces.append((pos, s, "narration"))
        s = max(s, pos)
        if e > s:
            pieces.append((s, e, "quote"))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end, "narration"))
    out = []
    for s, e, voice in pieces:
        seg = text[s:e]
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = e - (len(seg) - len(seg.rstrip()))
        if e2 > s2 and _HAS_WORD.search(text[s2:e2]):
            out.append((s2, e2, voice))
    return out


def mark_quotes(doc: Document) -> list[tuple[int, int]]:
    """Quoted stretches from paired double quotation marks, marks included (fallback detector)."""
    spans = []
    for p in doc.paragraphs:
        para = doc.clean_text[p["start"] : p["end"]]
        spans.extend((p["start"] + o, p["start"] + c + 1) for o, c in segment.quotation_spans(para))
    return spans


def document_sentiment(doc: Document, quotes: Sequence[tuple[int, int]]) -> list[dict]:
    """Rows of the ``sentiment`` table for one document (pure: document and quote spans in)."""
    rows = []
    for sent, overlapping in _with_quotes(doc.sentences, quotes):
        if sent["kind"] != "body":
            continue
        for s, e, voice in voice_segments(sent["start"], sent["end"], overlapping, doc.clean_text):
            text = doc.clean_text[s:e]
            sc = score(text)
            rows.append({"doc_id": doc.doc_id, "sentence": sent["sentence"], "start": s, "end": e,
                         "voice": voice, "text": text, "neg": sc["neg"], "neu": sc["neu"], "pos": sc["pos"],
                         "compound": sc["compound"], "label": label(sc["compound"])})
    return rows


def _with_quotes(sentences, quotes: Sequence[tuple[int, int]]):
    """Yield ``(sentence, the quotes overlapping it)`` in one sweep: O((S + Q) log Q + overlaps).

    Sentences come in text order (their starts never decrease); a quote
    joins the active heap once it starts before a sentence's end and leaves
    it once it ends at or before a sentence's start. Were the sentences out
    of order, every quote is offered to every sentence, as before.
    """
    ordered = sorted(quotes)
    active: list[tuple[int, int]] = []  # (end, start) of quotes begun before the current sentence's end
    nxt, last_start = 0, None
    for sent in sentences:
        start, end = sent["start"], sent["end"]
        if last_start is not None and start < last_start:
            yield sent, quotes
            continue
        last_start = start
        while nxt < len(ordered) and ordered[nxt][0] < end:
            heapq.heappush(active, (ordered[nxt][1], ordered[nxt][0]))
            nxt += 1
        while active and active[0][0] <= start:
            heapq.heappop(active)
        yield sent, [(qs, qe) for qe, qs in active]


def quote_spans(corpus: Corpus) -> dict[str, list[tuple[int, int]]]:
    """Quoted-speech spans per document: the ``quotes`` table's direct and partial
    quotes when that table is registered, else paired quotation marks."""
    if "quotes" in TABLES:
        q = corpus.table("quotes")
        kind_col = next((c for c in ("kind", "type", "quote_type") if c in q.columns), None)
        if kind_col is not None:
            q = q[q[kind_col].isin(QUOTE_KINDS)]
        out: dict[str, list[tuple[int, int]]] = {d: [] for d in corpus.doc_ids}
        for row in q.itertuples(index=False):
            out.setdefault(row.doc_id, []).append((int(row.start), int(row.end)))
        return out
    return {doc.doc_id: mark_quotes(doc) for doc in corpus}






def sentiment_table(corpus: Corpus) -> pd.DataFrame:
    spans = quote_spans(corpus)
    return make_table("sentiment", (r for doc in corpus for r in document_sentiment(doc, spans.get(doc.doc_id, []))))


def lexicon_words(text: str, offset: int = 0) -> list[dict]:
    """VADER lexicon words in ``text``: ``start``, ``end``, ``text``, ``word``, ``valence``.

    These are the words that move a score; VADER also adjusts for negation,
    intensifiers ("very"), capitals, "but" and punctuation, which this list
    does not show.
    """
    lex = analyzer().lexicon
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0).replace("’", "'").strip("'-").lower()
        if word in lex:
            out.append({"start": offset + m.start(), "end": offset + m.end(), "text": m.group(0),
                        "word": word, "valence": float(lex[word])})
    return out


def sentiment_words_table(corpus: Corpus) -> pd.DataFrame:
    sent = corpus.table("sentiment")
    rows = []
    for r in sent.itertuples(index=False):
        for w in lexicon_words(r.text, r.start):
            rows.append(dict(w, doc_id=r.doc_id, sentence=r.sentence, voice=r.voice, compound=r.compound))
    return make_table("sentiment_words", rows)


def actor_sentiment_table(corpus: Corpus) -> pd.DataFrame:
    """Each mention of a person, organisation or group (the ``mentions`` table: names,
    short forms and resolved nominals, with or without a codebook) inside a scored
    stretch, with that stretch's score. Cost: one pass over each document's
    stretches and mentions, both sorted by offset (bisect), so O(n log n)."""
    mentions = corpus.table("mentions")
    mentions = mentions[mentions["entity"] != ""]
    # per document: the mentions as plain lists sorted by offset (slicing a DataFrame per
    # stretch cost more than everything else here: pandas builds objects on every slice)
    by_doc = {}
    for doc_id, group in mentions.groupby("doc_id", sort=False):
        group = group.sort_values(["start", "end"], kind="stable")
        by_doc[doc_id] = (group["start"].tolist(),
                          list(zip(group["start"].tolist(), group["end"].tolist(), group["text"].tolist(),
                                   group["entity"].tolist())))
    rows = []
    for r in corpus.table("sentiment").itertuples(index=False):
        found = by_doc.get(r.doc_id)
        if found is None:
            continue
        starts, spans = found
        lo, hi = bisect_left(starts, r.start), bisect_left(starts, r.end)
        for start, end, text, actor in spans[lo:hi]:
            if end <= r.end:
                rows.append({"doc_id": r.doc_id, "start": start, "end": end, "text": text, "actor": actor,
                             "voice": r.voice, "sentence": r.sentence, "compound": r.compound, "label": r.label})
    return make_table("actor_sentiment", rows)


# ---------------------------------------------------------------- aggregates

def bootstrap_ci(values: Iterable[float], n_resamples: int = N_RESAMPLES, seed: int = SEED,
                 level: float = 0.95) -> tuple[float, float, float]:
    """``(mean, low, high)``: the mean and its percentile bootstrap interval.

    Resamples the values with replacement ``n_resamples`` times using
    ``numpy.random.default_rng(seed)``, so the same input gives the same
    interval everywhere. With one value, or all values equal, the interval
    collapses to the mean; with none, all three are NaN. A wide interval
    means the mean rests on few or very different sentences.
    """
    x = np.asarray(list(values), dtype=float)
    if x.size == 0:
        return (float("nan"),) * 3
    if x.size == 1:  # every resample is that value: the same three numbers as resampling, without the draws
        return (float(x[0]),) * 3
    rng = np.random.default_rng(seed)
    # The resamples are drawn a block of rows at a time, so memory stays near BOOTSTRAP_BLOCK values
    # however many stretches a group has (one draw of n_resamples x n indices was 16 bytes a value:
    # gigabytes for an outlet of 100,000 stretches). numpy's generator hands out the same stream in
    # blocks as in one call, so the intervals are the ones one draw gives (tests/tag/test_sentiment.py).
    rows = max(1, BOOTSTRAP_BLOCK // x.size)
    means = np.concatenate([x[rng.integers(0, x.size, size=(min(rows, n_resamples - i), x.size))].mean(axis=1)
                            for i in range(0, n_resamples, rows)])
    alpha = (1 - level) / 2
    low, high = np.quantile(means, [alpha, 1 - alpha])
    return float(x.mean()), float(low), float(high)


def summarize(table: pd.DataFrame, by: str | list[str] = "outlet", n_resamples: int = N_RESAMPLES,
              seed: int = SEED) -> pd.DataFrame:
    """Mean compound with a bootstrap 95% CI and label shares, per group.

    ``table`` is the ``sentiment`` table, joined with ``documents`` for
    ``outlet`` when grouping by outlet (:func:`with_outlet`). Units are the
    table's rows (sentence stretches). Columns: the group keys, ``n``,
    ``mean_compound`` (below 0: more negative wording on average),
    ``ci_low``/``ci_high``, ``n_resamples``, ``seed``, and
    ``share_negative``/``share_neutral``/``share_positive`` (0-1).
    """
    keys = [by] if isinstance(by, str) else list(by)
    labels = ("negative", "neutral", "positive")
    rows = []
    if len(table):
        # Grouped once, with numpy over contiguous runs: a corpus can have tens of thousands of groups
        # (one per actor and outlet), and pandas' per-group overhead would cost more than the bootstrap.
        grouped = table.groupby(keys, sort=True)
        codes = grouped.ngroup().to_numpy()
        kept = codes >= 0  # rows whose key is missing belong to no group (groupby's dropna)
        order = np.argsort(codes[kept], kind="stable")  # each group's rows together, in table order
        values = table["compound"].to_numpy(dtype=float)[kept][order]
        ends = np.searchsorted(codes[kept][order], np.arange(grouped.ngroups), side="right")
        sizes = grouped.size()
        counts = (grouped["label"].value_counts().unstack(fill_value=0)
                  .reindex(index=sizes.index, columns=list(labels), fill_value=0))
        starts = np.concatenate([[0], ends[:-1]])
        for key, a, b, row_counts in zip(sizes.index, starts, ends, counts.itertuples(index=False)):
            key = key if isinstance(key, tuple) else (key,)
            mean, low, high = bootstrap_ci(values[a:b], n_resamples, seed)
            n = int(b - a)
            rows.append({**dict(zip(keys, key)), "n": n, "mean_compound": mean, "ci_low": low, "ci_high": high,
                         "n_resamples": n_resamples, "seed": seed,
                         **{f"share_{lab}": int(c) / n for lab, c in zip(labels, row_counts)}})
    columns = keys + ["n", "mean_compound", "ci_low", "ci_high", "n_resamples", "seed",
                      "share_negative", "share_neutral", "share_positive"]
    return pd.DataFrame(rows, columns=columns)  # the same columns when there is nothing to summarise


def with_outlet(corpus: Corpus, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the document's ``outlet`` column added after ``doc_id``."""
    outlets = corpus.table("documents").set_index("doc_id")["outlet"]
    out = table.copy()
    out.insert(1, "outlet", out["doc_id"].map(outlets))
    return out


def drivers(corpus: Corpus, n: int = 3, by: str = "outlet") -> pd.DataFrame:
    """For each group's ``n`` strongest stretches (largest ``|compound|``), the
    lexicon words that moved the score, strongest valence first.

    Columns: group, ``doc_id``, ``start``, ``end``, ``compound``, ``text``
    and ``words`` ("killed (-3.1), peace (+2.5)"). Read it to see that a
    score follows the vocabulary of the events (war, killed, peace) rather
    than the outlet's stance.
    """
    sent = with_outlet(corpus, corpus.table("sentiment"))
    words = corpus.table("sentiment_words")
    words_of = {doc_id: group for doc_id, group in words.groupby("doc_id", sort=False)}  # grouped once, not filtered per row
    empty = words.iloc[0:0]
    rows = []
    for key, group in sent.groupby(by, sort=True):
        top = group.assign(strength=group["compound"].abs()).sort_values(["strength", "start"], ascending=[False, True],
                                                                          kind="stable").head(n)
        for r in top.itertuples(index=False):
            w = words_of.get(r.doc_id, empty)
            w = w[(w.start >= r.start) & (w.end <= r.end)]
            w = w.assign(strength=w.valence.abs()).sort_values(["strength", "start"], ascending=[False, True], kind="stable")
            rows.append({by: key, "doc_id": r.doc_id, "start": r.start, "end": r.end, "compound": r.compound,
                         "text": r.text, "words": ", ".join(f"{x.word} ({x.valence:+.1f})" for x in w.itertuples())})
    return pd.DataFrame(rows)


def word_totals(corpus: Corpus, by: str = "outlet", top: int = 10) -> pd.DataFrame:
    """Lexicon words with the largest summed valence per group: which words
    pushed each outlet's sentences up or down. Columns: group, ``word``,
    ``count``, ``valence`` (per use), ``total`` (count x valence)."""
    words = with_outlet(corpus, corpus.table("sentiment_words"))
    g = words.groupby([by, "word"], sort=True).agg(count=("word", "size"), valence=("valence", "first")).reset_index()
    g["total"] = g["count"] * g["valence"]
    g["strength"] = g["total"].abs()
    g = g.sort_values([by, "strength", "word"], ascending=[True, False, True], kind="stable")
    return g.groupby(by, sort=True).head(top).drop(columns="strength").reset_index(drop=True)


def actor_summary(corpus: Corpus, by: Sequence[str] = ("outlet", "actor"), n_resamples: int = N_RESAMPLES,
                  seed: int = SEED) -> pd.DataFrame:
    """:func:`summarize` over the stretches mentioning each actor (a stretch
    naming an actor twice counts once)."""
    act = with_outlet(corpus, corpus.table("actor_sentiment"))
    act = act.drop_duplicates(["doc_id", "sentence", "actor", "voice", "compound"])
    return summarize(act, list(by), n_resamples, seed)

