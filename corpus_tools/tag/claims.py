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

import re
from bisect import bisect_left, bisect_right
from typing import Mapping

import pandas as pd

from ..load.corpus import Corpus, Document, ParagraphRow, SentenceRow
from ..codebook.compiled import DIGITS as _DIGITS, ClaimRules
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
_CUR = {"$": "USD", "€": "EUR", "£": "GBP"}
WINDOW = 40


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


def _count_quantity(text: str, unit_m: re.Match, start: int, sent_start: int, rules: ClaimRules) -> tuple[str, str]:
    """``(quantity, cue)`` for counted people: killed, wounded ... from the codebook cues."""
    noun = unit_m.group(0)
    after = text[unit_m.end() : unit_m.end() + 25]
    for (c, cue), cue_after in zip(rules.counts, rules.count_after):  # the noun itself ("one deceased"), then a cue right after it
        if cue.search(noun):
            return c["quantity"], cue.search(noun).group(0)
        m = cue_after.match(after)
        if m:
            return c["quantity"], m.group(1)
    best, found = None, None
    for c, cue in rules.counts:
        m = _nearest_before(text, start, max(sent_start, start - WINDOW), cue)
        if m and (best is None or m.end() > best.end()):
            best, found = m, c
    return (found["quantity"], best.group(0)) if found else ("", "")


UNIT_REACH = 300  # characters: how far after a number a corpus's own unit rule (RE2) may reach


def _unit_match(pattern, text: str, pos: int, end: int):
    """``pattern.match(text, pos, end)``; for a corpus's unit rule (RE2, which encodes the window
    it searches) the window stops :data:`UNIT_REACH` characters on, so a paragraph full of
    numbers stays linear."""
    if isinstance(pattern, re.Pattern):
        return pattern.match(text, pos, end)
    return pattern.match(text, pos, min(end, pos + UNIT_REACH))


SUBJECT_LOOKBACK = 1000  # characters: a subject cue further back in the sentence is not read (keeps the cost linear)


def _subject(text: str, start: int, quantity: str, sent: tuple[int, int], subjects_here: list, rules: ClaimRules):
    """``(subject name, cue)``: the subject rule whose cue ends nearest before ``start``
    in its sentence, among ``subjects_here`` (the rules whose context matches the paragraph)."""
    best = None
    for s, cue in subjects_here:
        if quantity not in s.get("quantities", [quantity]):
            continue
        m = _nearest_before(text, start, max(sent[0], start - SUBJECT_LOOKBACK), cue)
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


class _Taken:
    """Spans of a paragraph already claimed by an earlier pass (idioms, dates,
    fractions), for overlap tests in O(log n): each pass adds its spans (which
    do not overlap each other, being one ``finditer``), then :meth:`commit`
    merges them into one sorted list of disjoint spans."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pending: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect_left(self.ends, s + 1)  # the first span that ends after s
        return i == len(self.starts) or self.starts[i] >= e

    def add(self, s: int, e: int) -> None:
        self.pending.append((s, e))

    def commit(self) -> None:
        """Merge the spans added since the last commit (sorting: O(n log n) over a document)."""
        if not self.pending:
            return
        spans = sorted(list(zip(self.starts, self.ends)) + self.pending)
        self.pending = []
        starts, ends = [], []
        for s, e in spans:
            if starts and s < ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        self.starts, self.ends = starts, ends


def document_claims(doc: Document, codebook: Mapping) -> list[dict]:
    """Rows of the ``claims`` table for one document (pure: document and codebook in).

    ``codebook`` is the compiled :class:`corpus_tools.codebook.Rules` (its
    ``claims`` attribute is used) or a plain codebook mapping (compiled here).
    Cost: each pass is one ``finditer`` per paragraph; overlap and sentence
    look-ups are binary searches, so O(n log n) in the text length.
    """
    rules = getattr(codebook, "claims", None) or ClaimRules(codebook)
    text = doc.clean_text
    rows: list[dict] = []
    paragraphs = _spans(doc.paragraphs)
    for (ps, pe), para_sents in zip(paragraphs, _sentences_in(doc, paragraphs)):
        taken = _Taken()  # every match lies inside one paragraph
        subjects_here = [(subj, cue) for subj, cue, context in rules.subjects if context.search(text, ps, pe)]
        sents = para_sents or [(ps, pe)]
        sent_starts = [s for s, _ in sents]

        def sentence_of(pos: int) -> tuple[int, int]:
            i = bisect_right(sent_starts, pos) - 1
            return sents[i] if i >= 0 and pos < sents[i][1] else (ps, pe)

        if rules.ignore is not None:  # idioms such as "one day": not figures
            for m in rules.ignore.finditer(text, ps, pe):
                taken.add(m.start(), m.end())
            taken.commit()
        for name, pattern in _DATES:
            for m in pattern.finditer(text, ps, pe):
                if name == "date_year" and any(_unit_match(p, text, m.end(), pe) for u, p in rules.units if not u.get("gap")):
                    continue  # "2000 square miles" is an area, not a year
                if taken.free(m.start(), m.end()):
                    taken.add(m.start(), m.end())
                    rows.append(_row(doc, m.start(), m.end(), quantity="date", unit="date", unit_normalized="date",
                                     rule=name, date=_iso_date(m)))
            taken.commit()
        for m in rules.fraction.finditer(text, ps, pe):
            if not taken.free(m.start(), m.end()):
                continue
            k = m.group("k")
            count = 1.0 if not k or k.lower() == "a" else rules.words.get(k.lower(), 1.0)
            value = count * rules.fractions[m.group("f").lower()]
            subject, cue = _subject(text, m.start(), "fraction", sentence_of(m.start()), subjects_here, rules)
            taken.add(m.start(), m.end())
            rows.append(_row(doc, m.start(), m.end(), value=value, unit="fraction", value_normalized=value,
                             unit_normalized="fraction", quantity="fraction", qualifier=(m.group("q") or "").lower(),
                             subject=subject, rule="fraction_words", cue=cue))
        taken.commit()
        for m in rules.number.finditer(text, ps, pe):
            if not taken.free(m.start("n"), m.end("n")):
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
                unit = next(((u, um) for u, p in rules.units if (um := _unit_match(p, text, m.end(), pe))), None)
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
            subject, scue = _subject(text, m.start(), fields["quantity"], sent, subjects_here, rules)
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
