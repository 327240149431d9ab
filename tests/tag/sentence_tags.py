"""Tag one invented text with the default codebook: the helpers the speaker-class tests share.

(Test files under tests/tag import this module by name: pytest puts their folder on ``sys.path``.)
"""
from __future__ import annotations

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.citations import document_citations
from corpus_tools.tag.quotes.direct import document_quotes


def doc_and_codebook(text: str):
    """The processed document ``t`` holding ``text``, and the default codebook."""
    cb = default_codebook()
    return process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb), cb


def rows(text: str) -> list[dict]:
    """The quotes rows of ``text``."""
    doc, cb = doc_and_codebook(text)
    return document_quotes(doc, cb)


def speakers(text: str) -> dict[str, str]:
    """Each quote's text -> its resolved speaker."""
    return {q["text"]: q["speaker"] for q in rows(text)}


def by_text(text: str) -> dict[str, dict]:
    """Each quote's text -> its whole row."""
    return {q["text"]: q for q in rows(text)}


def cites(text: str) -> list[tuple[str, str, str]]:
    """The citations of ``text`` as (text, source, source type)."""
    doc, cb = doc_and_codebook(text)
    return [(c["text"], c["source"], c["source_type"]) for c in document_citations(doc, cb)]


def cite_texts(text: str) -> list[str]:
    """The citation texts of ``text``, in order."""
    return [c[0] for c in cites(text)]


def cite_types(text: str) -> dict[str, str]:
    """Each citation's text -> its source type."""
    return {c[0]: c[2] for c in cites(text)}


def cite_texts_from(text: str, outlet: str) -> list[str]:
    """The citation texts of ``text`` published by ``outlet`` (the manifest's outlet field)."""
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt", "outlet": outlet}, text.encode("utf-8"), cb)
    return [c["text"] for c in document_citations(doc, cb)]
