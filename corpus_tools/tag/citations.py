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
from re import _constants as _sre_op, _parser as _sre_parse  # re's own parser (Python 3.11); see _literals

import pandas as pd

from .quotes.direct import document_quotes
from .speakers import find_all, is_anonymous, matches_at, normalise, occurrences
from ..tables import make_table


_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_NAME_FIRST = r"[A-Z](?<!\w[A-Z])"  # a capital at a word start: what \b[A-Z] matches
_PRONOUN = re.compile(r"(?i)he|she|they|it")
_ARTICLE = re.compile(r"[Tt]he\s+(?=[A-Z])")


# ---------------------------------------------------------------- scanning only where a match can be
#
# The codebook's source patterns are scanned over every document, and a
# regular-expression scan costs time at every character even where nothing
# matches. Most patterns cannot match without certain words ("familiar
# with", "analysts"), and most start with one of a few words ("reportedly",
# "allegedly"): :func:`_scan` reads those words off the parsed pattern, skips
# a document that lacks a required word (a substring test, far cheaper than
# the scan) and otherwise tries the pattern only where a starting word
# occurs. It returns exactly what ``re.finditer`` returns, for any codebook;
# anything it cannot reason about is scanned in full.

# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter
# (dotted and dotless i, long s, Kelvin sign): a text with one of them is
# always scanned in full. tests/test_citations.py checks this list against Unicode.
_ASCII_CASE_TWINS = "\u0130\u0131\u017f\u212a"
_REPEATS = (_sre_op.MAX_REPEAT, _sre_op.MIN_REPEAT, _sre_op.POSSESSIVE_REPEAT)


class _NoShortcut(Exception):
    """A pattern construct the literal analysis does not reason about."""


@lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


@lru_cache(maxsize=256)
def _literals(pattern: str, flags: int) -> tuple[bool, tuple[tuple[str, ...], ...], frozenset[str] | None]:
    """``(ignorecase, required, starts)`` for a pattern:

    * ``required``: groups of words; every match contains a word of each group;
    * ``starts``: words one of which every match starts with, or None if unknown.

    Words are lower-cased if ``ignorecase``. ``((), None)`` means nothing is known.
    The words are read off the tree ``re`` itself parses the pattern into; a
    construct not handled below, or any error, leaves the pattern to a full scan.
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
        ignorecase = bool(parsed.state.flags & re.IGNORECASE)
        items = list(parsed)
        required = tuple(_required_in(items, ignorecase))
        try:
            starts = _starts(items, ignorecase)
        except _NoShortcut:
            starts = None
        return ignorecase, required, (frozenset(starts) if starts else None)
    except Exception:  # an unfamiliar construct (or a bad pattern, which the full scan then reports)
        return False, (), None


def _literal(op, av, ignorecase: bool) -> str | None:
    """The character of a literal item (lower-cased under ``ignorecase``, where
    only ASCII counts), or None for any other item."""
    if op is not _sre_op.LITERAL or (ignorecase and not chr(av).isascii()):
        return None
    return chr(av).lower() if ignorecase else chr(av)


def _required_in(items: list, ignorecase: bool) -> list[tuple[str, ...]]:
    """Groups of words a match of the parsed sequence ``items`` must contain:
    each run of literal characters is one, a mandatory group or repeat adds its
    own, an alternation adds one word list from each branch; optional parts,
    character classes, anchors and lookarounds add nothing."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        ch = _literal(op, av, ignorecase)
        if ch is not None:
            run.append(ch)
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        if op is _sre_op.SUBPATTERN:
            if av[1] or av[2]:  # (?i:...) and other local flags: not worth the reasoning
                raise _NoShortcut
            groups.extend(_required_in(list(av[3]), ignorecase))
        elif op is _sre_op.ATOMIC_GROUP:
            groups.extend(_required_in(list(av), ignorecase))
        elif op in _REPEATS:
            if av[0] >= 1:
                groups.extend(_required_in(list(av[2]), ignorecase))
        elif op is _sre_op.BRANCH:
            words: list[str] = []
            for branch in av[1]:
                inner = _required_in(list(branch), ignorecase)
                if not inner:
                    break  # a branch that needs no fixed word: the alternation needs none
                words.extend(max(inner, key=lambda g: min(map(len, g))))  # the branch's most specific group
            else:
                groups.append(tuple(words))
    if run:
        groups.append(("".join(run),))
    return groups


def _starts(items: list, ignorecase: bool) -> set[str]:
    """Words one of which every match of the parsed sequence ``items`` starts
    with. Zero-width items (anchors, lookarounds) are passed over; an
    alternation or an optional part contributes the starts of each way through
    it, followed by the rest of the sequence. Raises :class:`_NoShortcut` where
    a match could start otherwise (a character class, the empty string)."""
    i = 0
    while i < len(items) and items[i][0] in (_sre_op.AT, _sre_op.ASSERT, _sre_op.ASSERT_NOT):
        i += 1
    if i == len(items):
        raise _NoShortcut  # the rest can match the empty string
    op, av = items[i]
    rest = items[i + 1:]
    if _literal(op, av, ignorecase) is not None:
        run = []
        while i < len(items) and _literal(*items[i], ignorecase) is not None:
            run.append(_literal(*items[i], ignorecase))
            i += 1
        return {"".join(run)}
    if op is _sre_op.BRANCH:
        return set().union(*(_starts(list(branch) + rest, ignorecase) for branch in av[1]))
    if op is _sre_op.SUBPATTERN and not (av[1] or av[2]):
        return _starts(list(av[3]) + rest, ignorecase)
    if op is _sre_op.ATOMIC_GROUP:
        return _starts(list(av) + rest, ignorecase)
    if op in _REPEATS and av[2].getwidth()[0] >= 1:  # a body that never matches empty
        least, most, body = av
        if most == 0:
            return _starts(rest, ignorecase)
        # at most once: the body then the rest; more: the body may follow itself
        first = _starts(list(body) + rest if most == 1 else list(body), ignorecase)
        return first if least >= 1 else first | _starts(rest, ignorecase)
    raise _NoShortcut


class _Folded:
    """A text and, computed on first use, its lower-cased form and whether it
    has a character that defeats the case-insensitive shortcut."""

    def __init__(self, text: str):
        self.text = text
        self._lower: str | None = None
        self._unsafe: bool | None = None

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def unsafe(self) -> bool:
        """A case twin of an ASCII letter, or a character whose lower case is
        longer (which would shift offsets): scan such a text in full."""
        if self._unsafe is None:
            self._unsafe = any(c in self.text for c in _ASCII_CASE_TWINS) or len(self.lower) != len(self.text)
        return self._unsafe


def _scan(pattern: str, flags: int, folded: _Folded) -> list[re.Match]:
    """``list(re.finditer(pattern, folded.text, flags))``, found faster.

    No match is possible if a group of required words (:func:`_literals`) is
    missing from the text. Otherwise, if every match starts with one of a few
    words, the pattern is tried (``match``, on the whole text) only where one
    of them occurs, in text order, resuming after each match as ``finditer``
    does: ``finditer`` would try the same positions and find nothing elsewhere.
    Under IGNORECASE the words are looked up in the lower-cased text, which
    lines up with the text when :attr:`_Folded.unsafe` is false: then a
    case-insensitive match of ASCII words is ASCII text that lower-cases to them.
    """
    text = folded.text
    compiled = _compiled(pattern, flags)
    ignorecase, required, starts = _literals(pattern, flags)
    if ignorecase and (required or starts):
        if folded.unsafe:
            return list(compiled.finditer(text))
        hay = folded.lower
    else:
        hay = text
    if not all(any(w in hay for w in group) for group in required):
        return []
    if starts is None:
        return list(compiled.finditer(text))
    return list(matches_at(compiled, text, sorted({j for w in starts for j in find_all(hay, w)})))


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
        for m in _scan(pattern, 0, _Folded(text)):
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
    norm_folded, text_folded = _Folded(norm), _Folded(text)
    for pat in codebook.get("source_patterns", []):
        flags = 0 if pat.get("case_sensitive") else re.I
        for m in _scan(pat["pattern"], flags, norm_folded):
            rows.append(_row(m.start(), m.end(), text, text[m.start():m.end()].lower(), pat["type"], pat["name"]))
    actors = {a["name"]: a for a in codebook.get("actors", []) if isinstance(a, dict)}
    outlets = {r["source"]: r["source_type"] for r in rows if r["source_type"] in ("news_outlet", "news_agency")}
    for q in quotes:
        if q["kind"] == "scare" or q["cue_start"] < 0 or not q["speaker_text"]:
            continue
        words = q["speaker_text"]
        if _PRONOUN.fullmatch(words):
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
        for m in _scan(ref["pattern"], re.I, text_folded):
            prev = [r for r in by_type if r["end"] <= m.start() and r["source_type"] == ref["type"]]
            if prev:
                rows.append(_row(m.start(), m.end(), text, prev[-1]["source"], ref["type"], ref["name"]))
    outside = marks + _datelines(text)  # quoted words and agency credits cite nothing
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


