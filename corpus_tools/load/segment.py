"""Segmentation: paragraphs and sentences with exact offsets into the clean text.

Paragraphs are lines: captured web articles hold one paragraph per line.
A paragraph is a ``heading`` when it is a short title-case line without
sentence punctuation (codebook ``[heading]``), else ``body``.

Sentences are split by a rule-based splitter (no model, so the same on every
machine): a sentence ends at ``. ! ?`` (with any closing quote or bracket)
followed by space and a capital letter, digit or opening quote, except

* after an abbreviation from the codebook list (``Mr.``, ``Feb.``, ``U.S.``,
  single initials such as ``J.``): these never end a sentence here, so a
  sentence that really ends on "U.S." runs on into the next (a known limit);
* inside a quotation whose attribution follows it. For
  ``“I don’t know, we will see. But all ... no priority,” he said.`` a split
  after "see." would leave "But all ... ,” he said." with half a quote,
  so the whole quotation stays one sentence with its attribution. A quotation
  is treated this way when it closes on a comma or dash, or lowercase text
  follows its closing mark. A quotation that ends its sentence
  (``he added, “I hope it's fast. Every day, people are dying.”``) is split
  normally, since its attribution comes first.
"""
from __future__ import annotations

import re

from .clean import looks_like_title

_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_OPEN = "“"
_CLOSE = "”"
_QUOTE_MARK = re.compile('[“”"]')


def paragraphs(clean_text: str, codebook: dict) -> list[dict]:
    """One dict per non-blank line: ``paragraph``, ``start``, ``end``, ``kind``."""
    rows, pos = [], 0
    heading = codebook.get("heading", {"min_words": 4, "max_words": 14, "min_capitalized_share": 0.6})
    for line in clean_text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            end = start + len(stripped)
            kind = "heading" if looks_like_title(stripped, heading, heading["min_words"]) else "body"
            rows.append({"paragraph": len(rows), "start": start, "end": end, "kind": kind})
        pos += len(line)
    return rows


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` index pairs of double quotation marks in one paragraph.

    Curly marks pair “ with ”; straight marks alternate. An opening mark that
    never closes in the paragraph yields no span (it must not swallow text).
    """
    spans, stack_open, straight_open = [], None, None
    # Visit only the quotation marks, not every character (a 20 MB article has millions).
    for m in _QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == _OPEN:
            stack_open = i
        elif ch == _CLOSE and stack_open is not None:
            spans.append((stack_open, i))
            stack_open = None
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i))
                straight_open = None
    return sorted(spans)


def _attributed_after(text: str, close: int) -> bool:
    before = text[close - 1] if close > 0 else ""
    after = text[close + 1 : close + 3].lstrip()
    return before in ",—–" or after[:1].islower()


def _is_abbreviation(text: str, dot: int, abbreviations: set[str]) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([“\"":
        start -= 1
    token = text[start : dot + 1]
    return token in abbreviations or bool(re.fullmatch(r"[A-Z]\.", token))


def sentences(clean_text: str, paras: list[dict], codebook: dict) -> list[dict]:
    """Split each paragraph into sentences; offsets are into ``clean_text``."""
    abbreviations = set(codebook.get("segmentation", {}).get("abbreviations", []))
    rows = []
    for para in paras:
        text = clean_text[para["start"] : para["end"]]
        protected = [(o, c) for o, c in quotation_spans(text) if _attributed_after(text, c)]
        cuts = []
        for m in _BOUNDARY.finditer(text):
            dot = m.start() + len(m.group(0).rstrip("\"”’)]")) - 1
            if text[dot] == "." and _is_abbreviation(text, dot, abbreviations):
                continue
            if any(o < m.end() - 1 < c for o, c in protected):
                continue
            cuts.append(m.end())
        bounds = [0] + cuts + [len(text)]
        for a, b in zip(bounds, bounds[1:]):
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            s, e = para["start"] + a + lead, para["start"] + a + len(seg.rstrip())
            if e > s:
                rows.append({"paragraph": para["paragraph"], "sentence": len(rows), "start": s, "end": e, "kind": para["kind"]})
    return rows
