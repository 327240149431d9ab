"""Keyness: G² and log ratio against hand-computed values; KWIC spans."""
from __future__ import annotations

import math
from collections import Counter

import pytest

from corpus_tools.compare import keyness as K


@pytest.mark.parametrize("a, b, c, d", [(10, 5, 1000, 2000), (3, 0, 300, 2000), (50, 50, 1000, 1000)])
def test_log_likelihood_by_hand(a, b, c, d):
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    expected = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o)
    assert K.log_likelihood(a, b, c, d) == pytest.approx(expected)


def test_known_values():
    assert K.log_likelihood(50, 50, 1000, 1000) == 0.0
    assert K.log_ratio(20, 10, 1000, 1000) == pytest.approx(1.0)  # twice as frequent
    assert K.log_ratio(4, 0, 100, 100) == pytest.approx(3.0)      # zero counted as 0.5
    assert K.p_value(3.841458820694124) == pytest.approx(0.05, abs=1e-6)


def test_min_freq_recorded_and_applied():
    counts = {"A": Counter({"peace": 5, "war": 2, "the": 10}), "B": Counter({"war": 6, "the": 10, "deal": 1})}
    rows = K.keyness(counts, min_freq=3)
    assert {(r["outlet"], r["word"]) for r in rows} == {("A", "peace"), ("B", "war")}
    assert all(r["min_freq"] == 3 for r in rows)


def test_words_keep_abbreviations_whole():
    assert [w for _, _, w in K.words("The U.S. and Russia’s war")] == ["the", "u.s.", "and", "russia's", "war"]


def test_kwic_spans(seeds):
    rows = K.kwic(seeds, "Kursk", width=20)
    assert len(rows) > 0
    for r in rows.itertuples():
        text = seeds[r.doc_id].clean_text
        assert text[r.start:r.end] == r.keyword and r.keyword.lower() == "kursk"
        assert text[r.start - len(r.left):r.start] == r.left and text[r.end:r.end + len(r.right)] == r.right


@pytest.mark.parametrize("seed", range(8))
def test_keyness_equals_the_definition_with_every_word_totalled(seed):
    # keyness totals only the words that can make a row; the definition totals every word
    import random

    def definition(counts, min_freq):
        total = Counter()
        for c in counts.values():
            total.update(c)
        n_total, rows = sum(total.values()), []
        for group in sorted(counts):
            c = sum(counts[group].values())
            d = n_total - c
            if c == 0 or d == 0:
                continue
            found = []
            for word, a in counts[group].items():
                b = total[word] - a
                if a >= min_freq and a / c > b / d:
                    g2 = K.log_likelihood(a, b, c, d)
                    found.append({"outlet": group, "word": word, "freq_target": a, "freq_reference": b,
                                  "words_target": c, "words_reference": d, "g2": g2, "p_value": K.p_value(g2),
                                  "log_ratio": K.log_ratio(a, b, c, d), "min_freq": min_freq})
            rows.extend(sorted(found, key=lambda r: (-r["g2"], r["word"])))
        return rows

    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(rng.randint(1, 80))]
    counts = {o: Counter({w: rng.choice([1, 2, 3, 4, 9]) for w in rng.sample(vocabulary, rng.randint(0, len(vocabulary)))})
              for o in "ABCD"[: rng.randint(1, 4)]}
    for min_freq in (1, 3, 5):
        assert K.keyness(counts, min_freq) == definition(counts, min_freq)
