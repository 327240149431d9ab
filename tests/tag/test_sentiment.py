"""Sentiment: VADER pinned on known sentences, voice splitting, the bootstrap, spans."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpus_tools
from conftest import DATA
from corpus_tools.tag import sentiment as S
from corpus_tools.load.corpus import process_document
from corpus_tools.codebook import default_codebook


# Literal values from vaderSentiment 3.3.2: a lexicon or rule change shows up here.
@pytest.mark.parametrize("text, neg, neu, pos, compound", [
    ("The war killed many people.", 0.737, 0.263, 0.0, -0.8555),
    ("Peace talks are a great step forward.", 0.0, 0.397, 0.603, 0.8225),
    ("The meeting is on Tuesday.", 0.0, 1.0, 0.0, 0.0),
    ("This is not good.", 0.445, 0.555, 0.0, -0.3412),
    ("This war is so bad in Ukraine.", 0.606, 0.394, 0.0, -0.8268),
])
def test_vader_pinned(text, neg, neu, pos, compound):
    assert S.score(text) == {"neg": neg, "neu": neu, "pos": pos, "compound": compound}


@pytest.mark.parametrize("compound, expected", [
    (0.05, "positive"), (0.0499, "neutral"), (-0.0499, "neutral"), (-0.05, "negative"), (0.9, "positive"),
])
def test_label_thresholds(compound, expected):
    assert S.label(compound) == expected


def _doc(text: str):
    entry = {"id": "t", "file": "t.txt", "outlet": "Test"}
    return process_document(entry, text.encode(), default_codebook())


def test_voice_split_quote_and_narration():
    doc = _doc("“We will swap one territory for another,” Zelensky told The Guardian.\n")
    rows = S.document_sentiment(doc, S.mark_quotes(doc))
    assert [(r["voice"], r["text"]) for r in rows] == [
        ("quote", "“We will swap one territory for another,”"),
        ("narration", "Zelensky told The Guardian."),
    ]


def test_rows_point_into_clean_text_and_never_score_headings():
    text = ("Missile Strikes on Kyiv and Sumy\n"
            "The strike killed two civilians, officials said. “This is terrible,” the mayor said.\n")
    doc = _doc(text)
    rows = S.document_sentiment(doc, S.mark_quotes(doc))
    assert rows and all(doc.clean_text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert not any("Missile Strikes" in r["text"] for r in rows)
    assert {r["voice"] for r in rows} == {"narration", "quote"}


def test_seed_rows_are_span_exact(seeds):
    table = seeds.table("sentiment")
    for doc in seeds:
        sub = table[table.doc_id == doc.doc_id]
        assert all(doc.clean_text[s:e] == t for s, e, t in zip(sub.start, sub.end, sub.text))


@pytest.mark.parametrize("value", [0.3, -0.7, 0.0])
def test_bootstrap_constant_values_collapse(value):
    assert S.bootstrap_ci([value] * 25, n_resamples=500, seed=1) == pytest.approx((value, value, value))


def test_bootstrap_covers_known_mean_and_is_deterministic():
    x = np.random.default_rng(7).normal(loc=0.2, scale=1.0, size=2000)
    mean, low, high = S.bootstrap_ci(x, n_resamples=1000, seed=3)
    assert low < 0.2 < high
    # the percentile interval of a mean of n normal values is about +/- 1.96 sd/sqrt(n)
    assert high - low == pytest.approx(2 * 1.96 / np.sqrt(2000), rel=0.15)
    assert S.bootstrap_ci(x, n_resamples=1000, seed=3) == (mean, low, high)


@pytest.mark.parametrize("size", [2, 7, 1001])
def test_bootstrap_in_blocks_gives_the_interval_of_one_draw(size, monkeypatch):
    """Resampling a block of rows at a time (bounded memory) must give the numbers one big draw gives."""
    x = np.random.default_rng(11).normal(size=size)
    rng = np.random.default_rng(5)
    means = x[rng.integers(0, size, size=(999, size))].mean(axis=1)  # the whole draw at once
    expected = (float(x.mean()), *(float(q) for q in np.quantile(means, [(1 - 0.95) / 2, 1 - (1 - 0.95) / 2])))
    monkeypatch.setattr(S, "BOOTSTRAP_BLOCK", 3 * size + 1)  # blocks of 3 rows (the last one shorter)
    assert S.bootstrap_ci(x, n_resamples=999, seed=5) == expected


def test_bootstrap_memory_does_not_grow_with_resamples_times_values(monkeypatch):
    import tracemalloc

    monkeypatch.setattr(S, "BOOTSTRAP_BLOCK", 100_000)  # a small block keeps the test fast; the bound scales with it
    x = np.random.default_rng(2).normal(size=50_000)  # one draw of 400 x 50,000 indices and values: 320 MB
    tracemalloc.start()
    S.bootstrap_ci(x, n_resamples=400, seed=1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * 16 * S.BOOTSTRAP_BLOCK  # a few blocks of int64 indices and float values: under 5 MB


def test_bootstrap_empty_is_nan():
    assert all(np.isnan(v) for v in S.bootstrap_ci([]))


def test_lexicon_words_show_what_moved_the_score():
    text = "Peace talks failed as the war killed 3 people."
    words = S.lexicon_words(text, offset=10)
    expected = [(w, 10 + text.lower().index(w)) for w in ("peace", "failed", "war", "killed")]
    assert [(w["word"], w["start"]) for w in words] == expected
    assert all(w["valence"] == S.analyzer().lexicon[w["word"]] for w in words)


def test_summary_shares_and_ci(seeds):
    table = S.with_outlet(seeds, seeds.table("sentiment"))
    summary = S.summarize(table, n_resamples=200)
    assert len(summary) == table["outlet"].nunique()
    shares = summary[["share_negative", "share_neutral", "share_positive"]].sum(axis=1)
    assert np.allclose(shares, 1.0)
    assert (summary.ci_low <= summary.mean_compound).all() and (summary.mean_compound <= summary.ci_high).all()
    assert (summary.n_resamples == 200).all()


def test_actor_mentions_come_from_the_mention_layer(seeds):
    actors = seeds.table("actor_sentiment")
    mentions = seeds.table("mentions")
    known = set(zip(mentions.doc_id, mentions.start, mentions.end, mentions.entity))
    assert len(actors) and all(row in known for row in zip(actors.doc_id, actors.start, actors.end, actors.actor))
    sentiment = seeds.table("sentiment")
    for doc in seeds:
        sub = actors[actors.doc_id == doc.doc_id]
        assert all(doc.clean_text[s:e] == t for s, e, t in zip(sub.start, sub.end, sub.text))
        stretches = sentiment[sentiment.doc_id == doc.doc_id]
        for row in sub.itertuples():  # inside the stretch whose score it carries
            assert ((stretches.start <= row.start) & (stretches.end >= row.end) & (stretches.compound == row.compound)).any()


def test_actors_without_a_codebook():
    corpus = corpus_tools.load_corpus(DATA / "bridge_story")  # no [[codebook.actors]]
    assert len(corpus.table("actor_sentiment")) > 0

def _summary_by_definition(table, keys, n_resamples):
    """The summary one group at a time, as its docstring defines it (the reference for the grouped code)."""
    rows = []
    for key, group in table.groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        mean, low, high = S.bootstrap_ci(list(group["compound"]), n_resamples, S.SEED)
        n = len(group)
        rows.append({**dict(zip(keys, key)), "n": n, "mean_compound": mean, "ci_low": low, "ci_high": high,
                     "n_resamples": n_resamples, "seed": S.SEED,
                     **{f"share_{lab}": int((group["label"] == lab).sum()) / n for lab in ("negative", "neutral", "positive")}})
    return pd.DataFrame(rows, columns=list(S.summarize(table.iloc[0:0], keys).columns))


def test_the_grouped_summary_equals_one_group_at_a_time():
    """Many groups of one row (the usual case for actors in a large corpus), missing keys, ties of keys."""
    rng = np.random.default_rng(5)
    n = 400
    table = pd.DataFrame({
        "outlet": rng.choice(["A", "B", "C", None], n),
        "actor": [f"person {k}" for k in rng.integers(0, 250, n)],
        "compound": rng.uniform(-1, 1, n).round(4),
        "label": rng.choice(["negative", "neutral", "positive"], n),
    })
    for keys in (["outlet"], ["outlet", "actor"], ["actor"]):
        want = _summary_by_definition(table, keys, 300)
        assert "actor" not in keys or (want["n"] == 1).sum() > 20
        pd.testing.assert_frame_equal(S.summarize(table, keys, n_resamples=300), want, check_exact=True)


def test_a_one_value_interval_is_that_value():
    assert S.bootstrap_ci([0.1]) == (0.1, 0.1, 0.1)
    assert S.bootstrap_ci([0.1, 0.1])[0] == pytest.approx(0.1)
