"""Cited sources: the outlets, agencies, platforms, institutions and vague
sources an article gives as the origin of what it reports.

One row per mention (the ``citations`` table). Where each kind comes from:

* named outlets, agencies and platforms: ``codebook/sources.toml``
  ``[[sources]]`` (whole-word, case-sensitive), plus any capitalised name ending
  in a newspaper word ("Bay Herald", "Evening Post": ``[source_rules]
  outlet_heads``); an outlet counts wherever it is named, also as the venue of
  an interview ("told The Guardian");
* anonymous sources and hedges: ``[[source_patterns]]`` regular expressions;
* institutions: organisations that are the speaker of a quote (from
  :mod:`corpus_tools.quotes`), and anonymous or collective speakers;
* back-references ("the news agency") resolve to the most recent source of
  that type (``[[source_backreferences]]``).

Persons are not citations: they are the ``speaker`` of the ``quotes`` table.
"""
from __future__ import annotations

import re

import pandas as pd

from .quotes import document_quotes
from .speakers import is_anonymous, normalise
from .tables import define_table, make_table

define_table("citations", "one row per mention of a cited source", {
    "doc_id": "document id",
    "start": "offset of the source's words in clean_text",
    "end": "offset just past them",
    "text": "the words that name the source (clean_text[start:end])",
    "source": "canonical source name; for anonymous sources and hedges the lower-cased words",
    "source_type": "news_outlet, news_agency, platform, institution, anonymous or hedge",
    "rule": "the rule that found it ('named_source', 'outlet_name_shape', 'quote_speaker', a pattern name)",
}, "citations")

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"


def _named(text: str, codebook: dict) -> list[dict]:
    rows = []
    terms = sorted(((a, s) for s in codebook.get("sources", []) for a in s.get("aliases", [s["name"]])),
                   key=lambda t: -len(t[0]))
    taken = [False] * len(text)
    for alias, src in terms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            s, e = m.start(), m.end()
            if alias.startswith("on "):
                s += 3
            if any(taken[s:e]):
                continue
            taken[s:e] = [True] * (e - s)
            rows.append(_row(s, e, text, src["name"], src["type"], "named_source"))
    heads = codebook.get("source_rules", {}).get("outlet_heads", [])
    if heads:
        for m in re.finditer(rf"\b{_NAME}\s+(?:{'|'.join(map(re.escape, heads))})\b", text):
            words = m.group(0).split()
            while words and words[0] in ("The", "In", "On", "At", "Last", "According", "Told"):
                words = words[1:]
            if len(words) < 2:
                continue
            s = m.end() - len(" ".join(words))
            if any(taken[s:m.end()]):
                continue
            taken[s:m.end()] = [True] * (m.end() - s)
            rows.append(_row(s, m.end(), text, " ".join(words), "news_outlet", "outlet_name_shape"))
    return rows


def _row(s: int, e: int, text: str, source: str, stype: str, rule: str, doc_id: str = "") -> dict:
    return {"doc_id": doc_id, "start": s, "end": e, "text": text[s:e], "source": source, "source_type": stype, "rule": rule}


def _body(doc) -> list[tuple[int, int]]:
    return [(p["start"], p["end"]) for p in doc.paragraphs]


def document_citations(doc, codebook: dict, quotes: list[dict] | None = None) -> list[dict]:
    """All cited sources of one document (pure: document + codebook in, rows out).

    ``quotes`` may pass the document's quotes if already computed.
    """
    text = doc.clean_text
    quotes = document_quotes(doc, codebook) if quotes is None else quotes
    marks = [(q["start"], q["end"]) for q in quotes if q["kind"] in ("direct", "scare")]
    rows = _named(text, codebook)
    for pat in codebook.get("source_patterns", []):
        flags = 0 if pat.get("case_sensitive") else re.I
        for m in re.finditer(pat["pattern"], normalise(text), flags):
            rows.append(_row(m.start(), m.end(), text, text[m.start():m.end()].lower(), pat["type"], pat["name"]))
    actors = {a["name"]: a for a in codebook.get("actors", []) if isinstance(a, dict)}
    outlets = {r["source"]: r["source_type"] for r in rows if r["source_type"] in ("news_outlet", "news_agency")}
    for q in quotes:
        if q["kind"] == "scare" or q["cue_start"] < 0 or not q["speaker_text"]:
            continue
        words = q["speaker_text"]
        if re.fullmatch(r"(?i)he|she|they|it", words):
            continue
        found = text.find(words, max(0, q["cue_start"] - 200), q["cue_end"] + 200 + len(words))
        if found < 0:
            continue
        actor = actors.get(q["speaker"])
        if q["speaker"] and (actor is None or actor.get("kind", "person") == "person"):
            if q["speaker"] not in outlets:
                continue
        if not q["speaker"] and not is_anonymous(words, codebook):
            continue
        s, e = found, found + len(words)
        stype = outlets.get(q["speaker"]) or ("anonymous" if not q["speaker"] else "institution")
        rows.append(_row(s, e, text, q["speaker"] or words.lower(), stype, "quote_speaker"))
    by_type: list[dict] = sorted(rows, key=lambda r: r["start"])
    for ref in codebook.get("source_backreferences", []):
        for m in re.finditer(ref["pattern"], text, re.I):
            prev = [r for r in by_type if r["end"] <= m.start() and r["source_type"] == ref["type"]]
            if prev:
                rows.append(_row(m.start(), m.end(), text, prev[-1]["source"], ref["type"], ref["name"]))
    rows = [r for r in rows if not any(a <= r["start"] < b for a, b in marks)
            and any(a <= r["start"] < b for a, b in _body(doc))]
    keep: list[dict] = []
    for r in sorted(rows, key=lambda r: (r["start"], -(r["end"] - r["start"]))):
        if keep and r["start"] < keep[-1]["end"]:
            continue
        r["doc_id"] = doc.doc_id
        keep.append(r)
    return keep


def citations_table(corpus) -> pd.DataFrame:
    """The ``citations`` table: one row per cited-source mention, documents in corpus order."""
    quotes = corpus.table("quotes")
    rows = []
    for doc in corpus:
        q = quotes[quotes.doc_id == doc.doc_id].to_dict("records")
        rows.extend(document_citations(doc, corpus.codebook, q))
    return make_table("citations", rows)


def _register() -> None:
    from .corpus import table_builder

    table_builder("citations")(citations_table)


_register()
