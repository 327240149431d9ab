"""Numeric claims: the figures an article gives, with units, qualifiers and subjects.

Rule-based, from ``codebook/claims.toml`` (units, qualifiers, number words,
what counted people are) and a corpus's ``[[codebook.claim_subjects]]``
(what a figure is about, e.g. the Kursk area taken vs still held). Each
claim keeps its span, so "roughly 500 square miles" can be read in place.
Areas are normalized to km² (1 square mile = 2.589988 km², from the
international mile of 1,609.344 m), distances to km, durations to days,
percentages to fractions.

A pass finds dates first (``Feb. 11``, ``24 February``, ``August 2024``, a
year), then fractions in words (``more than half``, ``a fifth``), then
numbers (digits, number words, vague plurals such as "tens of thousands")
followed by a unit. Digits with no known unit are kept as quantity
``number``; number words with no unit are not claims ("one territory for
another"). Subject and count rules look for a cue in the claim's sentence,
so a cue in another sentence is missed, and a wrong nearest cue gives a
wrong subject: :func:`side_by_side` shows the cue next to each figure.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left
from typing import Mapping

import pandas as pd

from ..load.corpus import Corpus, Document, ParagraphRow, SentenceRow
from .lexicon import WORD_AFTER, WORD_BEFORE, StartScanner, matches_from
from ..tables import make_table

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DATES = [
    ("date_month_day", re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?(?!\d)")),
    ("date_day_month", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?(?!\w)")),
    ("date_month_year", re.compile(rf"(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>\d{{4}})(?!\d)")),
    ("date_year", re.compile(r"(?<![\d,.$€£])(?P<y>(?:19|20)\d{2})(?![\d,%]|\.\d)")),
]
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR = {"$": "USD", "€": "EUR", "£": "GBP"}
WINDOW = 40


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class _Rules:
    """The claims codebook compiled (once per codebook, see :func:`_rules_for`)."""

    def __init__(self, codebook: Mapping):
        cfg = codebook.get("claims", {})
        self.words = {k.lower(): float(v) for k, v in cfg.get("number_words", {}).items()}
        self.vague = {k.lower(): float(v) for k, v in cfg.get("vague", {}).items()}
        self.mult = {k.lower(): float(v) for k, v in cfg.get("multipliers", {}).items()}
        self.fractions = {k.lower(): float(v) for k, v in cfg.get("fractions", {}).items()}
        qual = rf"(?:(?P<q>{_alternation(cfg.get('qualifiers', []))})\s+)?" if cfg.get("qualifiers") else "(?P<q>)"
        num = rf"(?P<n>{_alternation(self.vague)}|{_DIGITS}|{_alternation(self.words)})"
        mult = rf"(?:\s+(?P<x>{_alternation(self.mult)}))?" if self.mult else "(?P<x>)"
        self.number = re.compile(rf"{WORD_BEFORE}{qual}(?P<cur>[$€£]\s?)?{num}{mult}(?![\w]|[.,]\d)", re.IGNORECASE)
        self.fraction = re.compile(rf"{WORD_BEFORE}{qual}(?:(?P<k>a|one|two|three|four)[\s-]+)?(?P<f>{_alternation(self.fractions)}){WORD_AFTER}", re.IGNORECASE)
        self.units = [(u, re.compile(rf"(?:\s+of)?(?:\s+the)?\s*(?:\d[\d,.]*\s+)?(?:[\w’'-]+\s+){{0,{int(u.get('gap', 0))}}}?(?:{u['pattern']}){WORD_AFTER}"
                                     if u.get("gap") else rf"[\s-]*(?:{u['pattern']}){WORD_AFTER}", re.IGNORECASE))
                      for u in codebook.get("claim_units", [])]
        self.counts = [(c, re.compile(rf"{WORD_BEFORE}(?:{c['cue']}){WORD_AFTER}", re.IGNORECASE)) for c in codebook.get("claim_counts", [])]
        self.ignore = re.compile(rf"{WORD_BEFORE}(?:{_alternation(cfg['ignore'])}){WORD_AFTER}", re.IGNORECASE) if cfg.get("ignore") else None
        self.subjects = [(s, re.compile(s["cue"], re.IGNORECASE), re.compile(s.get("context", ""), re.IGNORECASE))
                         for s in codebook.get("claim_subjects", [])]
        self.any_unit = _first_of(self.units)
        # The same regexes, compiled once instead of once per unit match in _count_quantity.
        self.count_after = [_compiled_or_none(rf"\s+(?:were\s+|was\s+)?({cue.pattern})") for _, cue in self.counts]
        # A speed-up that gives the same matches (see corpus_tools.lexicon): where
        # each regex can start, from one scan of the text.
        scanned = {"ignore": self.ignore, "fraction": self.fraction, "number": self.number, **dict(_DATES)}
        scanned = {name: pattern for name, pattern in scanned.items() if pattern is not None}
        self.scan_index = {name: k for k, name in enumerate(scanned)}
        self.starts = StartScanner(list(scanned.values()))


class _FirstOf:
    """``next(((u, m) for u, p in units if (m := p.match(text, pos, endpos))), None)``
    with one regex call: the unit regexes joined as alternatives, each in a group.

    At one position re tries the alternatives in order and the first that
    matches wins, with the match it would have on its own (nothing follows it
    in the joined regex), so the result is the same.
    """

    def __init__(self, units: list, joined: re.Pattern, unit_of_group: dict[int, int]):
        self.units, self.joined, self.unit_of_group = units, joined, unit_of_group

    def match(self, text: str, pos: int, endpos: int):
        m = self.joined.match(text, pos, endpos)
        return None if m is None else (self.units[self.unit_of_group[m.lastindex]][0], m)


def _first_of(units: list) -> _FirstOf | None:
    """A :class:`_FirstOf` for ``[(unit, regex), ...]``, or ``None`` if the regexes
    cannot be joined safely: back-references (group numbers shift when
    joined) or a joined regex that does not compile (e.g. a group name used
    twice). Then each regex is tried in turn, as before."""
    patterns = [p for _, p in units]
    if not patterns or any(re.search(r"\\[1-9]|\(\?P=|\(\?\(", p.pattern) for p in patterns):
        return None
    if len({p.flags for p in patterns}) != 1:
        return None
    unit_of_group, group = {}, 1
    for k, p in enumerate(patterns):
        unit_of_group[group] = k  # this unit's outer group: it closes last, so it is m.lastindex
        group += 1 + p.groups
    try:
        joined = re.compile("|".join(f"({p.pattern})" for p in patterns), patterns[0].flags)
    except (re.error, OverflowError, RecursionError):
        return None
    return _FirstOf(units, joined, unit_of_group)


def _compiled_or_none(pattern: str) -> re.Pattern | None:
    """``pattern`` compiled case-insensitively; ``None`` if it is not a valid regex
    (then the error is raised where it is used, as before it was cached)."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None


_RULES_CACHE: dict[int, tuple] = {}


def _rules_for(codebook: Mapping) -> _Rules:
    """:class:`_Rules` for ``codebook``, compiled once and reused while the parts
    of the codebook it depends on stay equal (checked on every call: a copy is
    kept, and the key order of the ``[claims]`` tables, which orders some
    alternations)."""
    parts = tuple(codebook.get(k) for k in ("claims", "claim_units", "claim_counts", "claim_subjects"))
    cfg = parts[0]
    order = tuple(tuple(v) for v in cfg.values() if isinstance(v, Mapping)) if isinstance(cfg, Mapping) else ()
    cached = _RULES_CACHE.get(id(codebook))
    if cached is not None and cached[1] == order and cached[0] == parts:
        return cached[2]
    rules = _Rules(codebook)
    try:
        snapshot = copy.deepcopy(parts)
    except Exception:  # noqa: BLE001 - something that cannot be copied: just do not cache
        return rules
    if len(_RULES_CACHE) >= 8:
        _RULES_CACHE.clear()
    _RULES_CACHE[id(codebook)] = (snapshot, order, rules)
    return rules


def _iso_date(m: re.Match) -> str:
    g = m.groupdict()
    year = g.get("y") or ""
    month = _MONTHS.get(g["m"][:3].lower()) if g.get("m") else None
    if not month:
        return year
    day = f"-{int(g['d']):02d}" if g.get("d") else ""
    return f"{year or '-'}-{month:02d}{day}"


def _row(doc: Document, start: int, end: int, **fields) -> dict:
    row = {"doc_id": doc.doc_id, "start": start, "end": end, "text": doc.clean_text[start:end], "value": float("nan"),
           "unit": "", "value_normalized": float("nan"), "unit_normalized": "", "quantity": "", "qualifier": "",
           "subject": "", "rule": "", "cue": "", "date": ""}
    row.update(fields)
    return row


def _nearest_before(text: str, pos: int, lo: int, pattern: re.Pattern) -> re.Match | None:
    """The match of ``pattern`` in ``text[lo:pos]`` that ends closest to ``pos``."""
    best = None
    for m in pattern.finditer(text, lo, pos):
        if best is None or m.end() >= best.end():
            best = m
    return best


def _count_quantity(text: str, unit_m: re.Match, start: int, sent_start: int, rules: _Rules) -> tuple[str, str]:
    """``(quantity, cue)`` for counted people: killed, wounded ... from the codebook cues."""
    noun = unit_m.group(0)
    after = text[unit_m.end() : unit_m.end() + 25]
    for (c, cue), cue_after in zip(rules.counts, rules.count_after):  # the noun itself ("one deceased"), then a cue right after it
        if cue.search(noun):
            return c["quantity"], cue.search(noun).group(0)
        m = (cue_after.match(after) if cue_after is not None
             else re.match(rf"\s+(?:were\s+|was\s+)?({cue.pattern})", after, re.IGNORECASE))
        if m:
            return c["quantity"], m.group(1)
    best, found = None, None
    for c, cue in rules.counts:
        m = _nearest_before(text, start, max(sent_start, start - WINDOW), cue)
        if m and (best is None or m.end() > best.end()):
            best, found = m, c
    return (found["quantity"], best.group(0)) if found else ("", "")


def _subject(text: str, start: int, quantity: str, sent: tuple[int, int], para: tuple[int, int], rules: _Rules):
    best = None
    for s, cue, context in rules.subjects:
        if quantity not in s.get("quantities", [quantity]) or not context.search(text, *para):
            continue
        m = _nearest_before(text, start, sent[0], cue)
        if m and (best is None or m.end() > best[1].end()):
            best = (s, m)
    return (best[0]["name"], best[1].group(0)) if best else ("", "")


def _spans(rows) -> list[tuple[int, int]]:
    """``(row["start"], row["end"])`` per row (read as attributes from the
    document's own row objects, where ``row["start"]`` is ``row.start``)."""
    return [(r.start, r.end) if type(r) in (ParagraphRow, SentenceRow) else (r["start"], r["end"]) for r in rows]


def _sentences_in(doc: Document, paragraphs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Per paragraph ``(start, end)``, the ``(start, end)`` of the sentences that
    start inside it, in the order of ``doc.sentences``."""
    spans = _spans(doc.sentences)
    starts = [s for s, _ in spans]
    if all(a <= b for a, b in zip(starts, starts[1:])):  # sorted: a slice per paragraph
        return [spans[bisect_left(starts, ps):bisect_left(starts, pe)] for ps, pe in paragraphs]
    return [[sp for sp in spans if ps <= sp[0] < pe] for ps, pe in paragraphs]


def document_claims(doc: Document, codebook: Mapping) -> list[dict]:
    """Rows of the ``claims`` table for one document (pure: document and codebook in)."""
    rules = _rules_for(codebook)
    text = doc.clean_text
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []
    found = rules.starts.find(text)  # where the idiom, number and date regexes may start

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def matches(name: str, pattern: re.Pattern, ps: int, pe: int):
        """``pattern.finditer(text, ps, pe)``, trying the regex only where a match may start."""
        starts = found[rules.scan_index[name]]
        if starts is None:
            return pattern.finditer(text, ps, pe)
        i = bisect_left(starts, ps)
        if i == len(starts) or starts[i] >= pe:  # no candidate in this paragraph
            return ()
        return matches_from(pattern, text, starts, ps, pe)

    paragraphs = _spans(doc.paragraphs)
    for (ps, pe), para_sents in zip(paragraphs, _sentences_in(doc, paragraphs)):
        sents = para_sents or [(ps, pe)]

        def sentence_of(pos: int) -> tuple[int, int]:
            return next((s for s in sents if s[0] <= pos < s[1]), (ps, pe))

        if rules.ignore is not None:  # idioms such as "one day": not figures
            taken.extend((m.start(), m.end()) for m in matches("ignore", rules.ignore, ps, pe))
        for name, pattern in _DATES:
            for m in matches(name, pattern, ps, pe):
                if name == "date_year" and any(p.match(text, m.end(), pe) for u, p in rules.units if not u.get("gap")):
                    continue  # "2000 square miles" is an area, not a year
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    rows.append(_row(doc, m.start(), m.end(), quantity="date", unit="date", unit_normalized="date",
                                     rule=name, date=_iso_date(m)))
        for m in matches("fraction", rules.fraction, ps, pe):
            if not free(m.start(), m.end()):
                continue
            k = m.group("k")
            count = 1.0 if not k or k.lower() == "a" else rules.words.get(k.lower(), 1.0)
            value = count * rules.fractions[m.group("f").lower()]
            subject, cue = _subject(text, m.start(), "fraction", sentence_of(m.start()), (ps, pe), rules)
            taken.append((m.start(), m.end()))
            rows.append(_row(doc, m.start(), m.end(), value=value, unit="fraction", value_normalized=value,
                             unit_normalized="fraction", quantity="fraction", qualifier=(m.group("q") or "").lower(),
                             subject=subject, rule="fraction_words", cue=cue))
        for m in matches("number", rules.number, ps, pe):
            if not free(m.start("n"), m.end("n")):
                continue
            n = m.group("n").lower()
            qualifier = (m.group("q") or "").lower()
            if n in rules.vague:
                value, qualifier = rules.vague[n], qualifier or "at least"
            elif n in rules.words:
                value = rules.words[n]
            else:
                value = float(n.replace(",", ""))
            if m.group("x"):
                value *= rules.mult[m.group("x").lower()]
            sent = sentence_of(m.start())
            fields = {"value": value, "qualifier": qualifier}
            if m.group("cur"):
                cur = _CUR[m.group("cur").strip()]
                fields.update(unit=cur, unit_normalized=cur, value_normalized=value, quantity="money", rule="money_symbol")
                end = m.end()
            else:
                if rules.any_unit is not None:
                    unit = rules.any_unit.match(text, m.end(), pe)
                else:
                    unit = next(((u, um) for u, p in rules.units if (um := p.match(text, m.end(), pe))), None)
                if unit is None:
                    if not re.match(_DIGITS, n):
                        continue  # "one territory for another": a number word alone is not a claim
                    fields.update(quantity="number", rule="bare_number")
                    end = m.end()
                else:
                    u, um = unit
                    quantity = u["quantity"]
                    cue = ""
                    if u.get("counted"):
                        quantity, cue = _count_quantity(text, um, m.start(), sent[0], rules)
                        quantity = quantity or u["quantity"]
                    fields.update(unit=u["unit"], unit_normalized=u["unit_normalized"], quantity=quantity,
                                  value_normalized=value * float(u["factor"]), rule=u["name"], cue=cue)
                    end = um.end()
            subject, scue = _subject(text, m.start(), fields["quantity"], sent, (ps, pe), rules)
            if subject:
                fields.update(subject=subject, cue=scue)
            rows.append(_row(doc, m.start(), end, **fields))
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows




def claims_table(corpus: Corpus) -> pd.DataFrame:
    return make_table("claims", (r for doc in corpus for r in document_claims(doc, corpus.codebook)))


def side_by_side(corpus: Corpus, by: str = "subject", include_empty: bool = False) -> pd.DataFrame:
    """Figures each outlet gives for the same thing: rows = ``by`` (subject, or
    quantity), columns = outlets, cells = the claims as written with their cue.

    A blank cell means the outlet gives no figure for it (that the reader
    can see: not a zero). Read across a row to see where outlets agree and
    where they differ; ``figures_long`` holds the same data with numbers.
    """
    long = figures_long(corpus)
    if not include_empty:
        long = long[long[by] != ""]
    outlets = sorted(corpus.table("documents")["outlet"].unique())
    if long.empty:
        return pd.DataFrame(columns=outlets)
    cells = long.groupby([by, "outlet"], sort=True)["figure"].agg("; ".join).unstack("outlet")
    return cells.reindex(columns=outlets, fill_value="").fillna("")


def figures_long(corpus: Corpus) -> pd.DataFrame:
    """The ``claims`` table with ``outlet`` and ``figure`` ("roughly half [lost]")."""
    claims = corpus.table("claims")
    outlets = corpus.table("documents").set_index("doc_id")["outlet"]
    claims.insert(1, "outlet", claims["doc_id"].map(outlets))
    claims["figure"] = [f"{t} [{c}]" if c else t for t, c in zip(claims["text"], claims["cue"])]
    return claims
