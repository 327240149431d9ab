"""Cited sources: the outlets, agencies, platforms, institutions and vague
sources an article gives as the origin of what it reports.

One row per mention (the ``citations`` table). Where each kind comes from:

* named outlets, agencies and platforms: ``codebook/sources.toml``
  ``[[sources]]`` (whole-word, case-sensitive), plus any capitalised name ending
  in a newspaper word ("Bay Herald", "Evening Post": ``[source_rules]
  outlet_heads``); an outlet counts wherever it is named, also as the venue of
  an interview ("told The Guardian"); a capitalised name ending in a wire-service
  word ("Example Wire": ``agency_heads``) is a news agency; the agency credit in
  a wire dateline ("GENEVA (Example Wire) —") is the publisher's, not a source;
* anonymous sources and hedges: ``[[source_patterns]]`` regular expressions;
* institutions: organisations that are the speaker of a quote (from
  :mod:`corpus_tools.quotes`), and anonymous or collective speakers; the
  mention is the one nearest the quote's cue, and a proper name drops an
  article that is not part of it ("the Acme Workers' Union" -> "Acme Workers'
  Union"; "The union" keeps it);
* back-references ("the news agency") resolve to the most recent source of
  that type (``[[source_backreferences]]``).

Persons are not citations: they are the ``speaker`` of the ``quotes`` table.
"""
from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _alias_re(alias: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])")


def _alias_matches(alias: str, text: str):
    """What ``finditer`` of the alias as a whole word yields, found faster: ``str.find``
    jumps to each occurrence and ``match`` there applies the same guards (its
    lookbehind sees the text before ``pos``); after a match the search resumes at
    its end, as ``finditer`` does. Most aliases are not in a document at all."""
    pattern = _alias_re(alias)
    if not alias:
        yield from pattern.finditer(text)
        return
    pos = 0
    while True:
        j = text.find(alias, pos)
        if j < 0:
            return
        m = pattern.match(text, j)
        if m:
            yield m
            pos = m.end()
        else:
            pos = j + 1


def _named(text: str, codebook: dict) -> list[dict]:
    rows = []
    terms = sorted(((a, s) for s in codebook.get("sources", []) for a in s.get("aliases", [s["name"]])),
                   key=lambda t: -len(t[0]))
    taken = [False] * len(text)
    for alias, src in terms:
        for m in _alias_matches(alias, text):
            s, e = m.start(), m.end()
            if alias.startswith("on "):
                s += 3
            if any(taken[s:e]):
                continue
            taken[s:e] = [True] * (e - s)
            rows.append(_row(s, e, text, src["name"], src["type"], "named_source"))
    rules = codebook.get("source_rules", {})
    for key, stype, rule in (("agency_heads", "news_agency", "agency_name_shape"),
                             ("outlet_heads", "news_outlet", "outlet_name_shape")):
        heads = rules.get(key, [])
        if not heads:
            continue
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
            rows.append(_row(s, m.end(), text, " ".join(words), stype, rule))
    return rows


_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .]*)?\s*\(([^()\n]{2,60})\)\s*[—–-]", re.M)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the agency credit in wire datelines ("GENEVA (Example Wire) —"): the
    publisher's own name, not a source it cites."""
    return [(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)]


def _nearest(text: str, words: str, lo: int, hi: int, at: int) -> int:
    """Offset of the occurrence of ``words`` in ``text[lo:hi]`` nearest to ``at``, or -1."""
    found = [m.start() for m in re.finditer(re.escape(words), text[lo:hi])]
    return lo + min(found, key=lambda f: abs(lo + f - at)) if found else -1


def _name_part(words: str, s: int, source: str) -> tuple[str, int]:
    """A proper name without a leading article that is not part of it ("the
    International Rail Freight Council" -> "International Rail Freight Council");
    common-noun phrases ("The union", "the board") keep theirs."""
    m = re.match(r"[Tt]he\s+(?=[A-Z])", words)
    if m and normalise(words[m.end():]).lower() == normalise(source).lower():
        return words[m.end():], s + m.end()
    return words, s


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
    norm = normalise(text)
    for pat in codebook.get("source_patterns", []):
        flags = 0 if pat.get("case_sensitive") else re.I
        for m in re.finditer(pat["pattern"], norm, flags):
            rows.append(_row(m.start(), m.end(), text, text[m.start():m.end()].lower(), pat["type"], pat["name"]))
    actors = {a["name"]: a for a in codebook.get("actors", []) if isinstance(a, dict)}
    outlets = {r["source"]: r["source_type"] for r in rows if r["source_type"] in ("news_outlet", "news_agency")}
    for q in quotes:
        if q["kind"] == "scare" or q["cue_start"] < 0 or not q["speaker_text"]:
            continue
        words = q["speaker_text"]
        if re.fullmatch(r"(?i)he|she|they|it", words):
            continue
        found = _nearest(text, words, max(0, q["cue_start"] - 200), q["cue_end"] + 200 + len(words), q["cue_start"])
        if found < 0:
            continue
        actor = actors.get(q["speaker"])
        if q["speaker"] and (actor is None or actor.get("kind", "person") == "person"):
            if q["speaker"] not in outlets:
                continue
        if not q["speaker"] and not is_anonymous(words, codebook):
            continue
        stype = outlets.get(q["speaker"]) or ("anonymous" if not q["speaker"] else "institution")
        if stype == "institution":
            words, found = _name_part(words, found, q["speaker"])
        s, e = found, found + len(words)
        rows.append(_row(s, e, text, q["speaker"] or words.lower(), stype, "quote_speaker"))
    by_type: list[dict] = sorted(rows, key=lambda r: r["start"])
    for ref in codebook.get("source_backreferences", []):
        for m in re.finditer(ref["pattern"], text, re.I):
            prev = [r for r in by_type if r["end"] <= m.start() and r["source_type"] == ref["type"]]
            if prev:
                rows.append(_row(m.start(), m.end(), text, prev[-1]["source"], ref["type"], ref["name"]))
    credits = _datelines(text)
    rows = [r for r in rows if not any(a <= r["start"] < b for a, b in marks + credits)
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
