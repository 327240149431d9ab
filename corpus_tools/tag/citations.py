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

from .quotes.direct import document_quotes
from .speakers import find_all, is_anonymous, matches_at, normalise, occurrences
from ..tables import make_table


_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_NAME_FIRST = r"[A-Z](?<!\w[A-Z])"  # a capital at a word start: what \b[A-Z] matches
_PRONOUN = re.compile(r"(?i)he|she|they|it")
_ARTICLE = re.compile(r"[Tt]he\s+(?=[A-Z])")


@lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def _scan(pattern: str, flags: int, text: str) -> list[re.Match]:
    """``re.finditer`` of a codebook pattern (compiled once per pattern and flags)."""
    return list(_compiled(pattern, flags).finditer(text))


@lru_cache(maxsize=4096)
def _alias_re(alias: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])")


def _alias_matches(alias: str, text: str, found: dict[str, list[int]] | None = None):
    """What ``finditer`` of the alias as a whole word yields, found faster: only
    where the alias occurs can a match start, and ``match`` there applies the
    same guards (its lookbehind sees the text before ``pos``); after a match the
    search resumes at its end, as ``finditer`` does. The occurrences come from
    ``found`` (:func:`corpus_tools.speakers.occurrences`) if given, else from
    ``str.find``. Most aliases are not in a document at all."""
    pattern = _alias_re(alias)
    if not alias:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, found.get(alias, ()) if found is not None else find_all(text, alias))


def _named(text: str, codebook: dict) -> list[dict]:
    rows = []
    terms = sorted(((a, s) for s in codebook.get("sources", []) for a in s.get("aliases", [s["name"]])),
                   key=lambda t: -len(t[0]))
    taken = [False] * len(text)
    found = occurrences(text, tuple(sorted({alias for alias, _ in terms if alias})))  # one scan for all aliases
    for alias, src in terms:
        for m in _alias_matches(alias, text, found):
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
        # \b{_NAME}\s+(?:HEADS)\b, with the \b before the name's first capital written as
        # "not after a word character": the same matches, and a pattern that starts with
        # a character class lets ``re`` jump from capital to capital
        pattern = rf"{_NAME_FIRST}{_NAME[len('[A-Z]'):]}\s+(?:{'|'.join(map(re.escape, heads))})\b"
        for m in _scan(pattern, 0, text):
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
    found, seg = [], text[lo:hi]
    i = seg.find(words)
    while i >= 0 and words:  # non-overlapping occurrences, as finditer of the escaped words gives
        found.append(i)
        i = seg.find(words, i + len(words))
    if not words:
        found = [m.start() for m in re.finditer("", seg)]
    return lo + min(found, key=lambda f: abs(lo + f - at)) if found else -1


def _name_part(words: str, s: int, source: str) -> tuple[str, int]:
    """A proper name without a leading article that is not part of it ("the
    International Rail Freight Council" -> "International Rail Freight Council");
    common-noun phrases ("The union", "the board") keep theirs."""
    m = _ARTICLE.match(words)
    if m and normalise(words[m.end():]).lower() == normalise(source).lower():
        return words[m.end():], s + m.end()
    return words, s


_CHROME = re.compile(r"(?:Photo|Photos|Image|Images|Images source|Picture|Pictures|Credit|Credits|Video)\s*:"
                     r"|\(?(?:Reporting|Writing|Editing|Additional reporting) by\b"
                     r"|\[[^\]\n]{1,30}\](?:\s*\|\s*\[[^\]\n]{1,30}\])+", re.I)
_SOURCE_LINE = re.compile(r"Source\s*:\s*(.*)", re.I)


def _chrome(doc) -> list[tuple[int, int]]:
    """Paragraphs that credit a picture, the reporters or the publisher itself, or
    are share links ("Photo: …", "(Reporting by …)", "[Facebook] | [Twitter]",
    "Source: <this outlet>"): where the copy comes from, not a source of what it reports."""
    text, out = doc.clean_text, []
    outlet = normalise(getattr(doc, "outlet", "") or "").lower()
    for p in doc.paragraphs:
        para = text[p["start"]:p["end"]]
        if _CHROME.match(para):
            out.append((p["start"], p["end"]))
            continue
        m = _SOURCE_LINE.match(para)
        if m and outlet and any(w and w in outlet for w in re.split(r"\s*[/|,]\s*", normalise(m.group(1)).lower())[:1]):
            out.append((p["start"], p["end"]))
    return out


_DOMAIN = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org|net|no|se|de|fr|nl|es|it|ie|au|nz|ca|info|news|tv|fm)"
_TOLD = re.compile(rf"\b(?:told|telling|tells|tell|speaking to|in an interview with|interview with)\s+(?:the\s+)?"
                   rf"({_DOMAIN}\b|[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){{0,3}})")


def _organisation_type(name: str, rules) -> str:
    """news_outlet or news_agency for a name that ends like one ("Ledger", "News Agency"), else institution."""
    low = name.lower()
    if any(low.endswith(" " + h.lower()) or low == h.lower() for h in rules.get("agency_heads", ())):
        return "news_agency"
    last = name.split()[-1] if name.split() else ""
    if last in tuple(rules.get("outlet_heads", ())) or last in ("Live", "Radio", "TV", "Online", "Ledger", "Echo",
                                                                  "Mercury", "Gazette", "Clarion", "Review"):
        return "news_outlet"
    return "institution"


def _told_outlets(text: str, codebook) -> list[dict]:
    """``told the Gazette``, ``told clubsite.com:``, ``in an interview with Radio North``:
    the addressee of an interview is a news outlet (gold README: outlets as addressee),
    unless it is a person named in the document."""
    from .mentions import document_mentions
    out = []
    people = None
    for m in _TOLD.finditer(text):
        s, e = m.start(1), m.end(1)
        name = m.group(1).rstrip(".")
        e = s + len(name)
        if name.endswith(("'s", "’s")):
            name, e = name[:-2], e - 2
        if not name or name.split()[0] in ("The",) and len(name.split()) == 1:
            continue
        if not name[0].isupper():
            out.append(_row(s, e, text, name, "news_outlet", "told_outlet"))
            continue
        if people is None:
            people = [(x.start, x.end) for x in document_mentions(text, codebook)[0] if x.kind == "person"]
        if any(a < e and s < b for a, b in people) or name.split()[0] in ("Reporters", "Mr", "Mrs", "Ms", "Dr"):
            continue
        out.append(_row(s, e, text, name, "news_outlet", "told_outlet"))
    return out


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
    for pat in codebook.get("source_patterns", ()):
        flags = 0 if pat.get("case_sensitive") else re.I
        for m in _scan(pat["pattern"], flags, norm):
            rows.append(_row(m.start(), m.end(), text, text[m.start():m.end()].lower(), pat["type"], pat["name"]))
    actors = {a["name"]: a for a in codebook.get("actors", []) if isinstance(a, dict)}
    outlets = {r["source"]: r["source_type"] for r in rows if r["source_type"] in ("news_outlet", "news_agency")}
    rules = codebook.get("source_rules", {}) or {}
    for q in quotes:
        if q["kind"] == "scare" or q["cue_start"] < 0 or not q["speaker_text"]:
            continue
        words = q["speaker_text"]
        if _PRONOUN.fullmatch(words):
            continue
        ms, me = q.get("speaker_mention_start", -1), q.get("speaker_mention_end", -1)
        if ms is not None and me is not None and 0 <= ms < me <= len(text) and text[ms:me] == words:
            found = ms
        else:
            found = _nearest(text, words, max(0, q["cue_start"] - 200), q["cue_end"] + 200 + len(words), q["cue_start"])
        if found < 0:
            continue
        kind = q.get("speaker_kind") or ""
        actor = actors.get(q["speaker"])
        if q["speaker"] in outlets:
            stype = outlets[q["speaker"]]
        elif actor is not None:
            if actor.get("kind", "person") == "person":
                continue
            stype = "institution"
        elif kind == "organisation":
            stype = _organisation_type(q["speaker"], rules)
        elif not q["speaker"] and (kind == "anonymous" or is_anonymous(words, codebook)):
            stype = "anonymous"
        else:
            continue
        if stype != "anonymous":
            words, found = _name_part(words, found, q["speaker"])
        s, e = found, found + len(words)
        rows.append(_row(s, e, text, q["speaker"] or words.lower(), stype, "quote_speaker"))
    rows.extend(_told_outlets(text, codebook))
    by_type: list[dict] = sorted(rows, key=lambda r: r["start"])
    for ref in codebook.get("source_backreferences", []):
        for m in _scan(ref["pattern"], re.I, text):
            prev = [r for r in by_type if r["end"] <= m.start() and r["source_type"] == ref["type"]]
            if prev:
                rows.append(_row(m.start(), m.end(), text, prev[-1]["source"], ref["type"], ref["name"]))
    outside = marks + _datelines(text) + _chrome(doc)  # quoted words, agency credits and page chrome cite nothing
    body = _body(doc)
    rows = [r for r in rows if not any(a <= r["start"] < b for a, b in outside)
            and any(a <= r["start"] < b for a, b in body)]
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


