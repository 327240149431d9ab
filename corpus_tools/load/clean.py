"""Cleaning: cut page chrome and lift metadata out of the body, losing nothing.

The rules are the codebook's ``[[boilerplate]]``, ``[[metadata]]`` and
``[headline]`` entries (``codebook/cleaning.toml``). Cleaning works on lines:
a captured article has one paragraph per line, and chrome (a paywall notice,
a cookie banner, "JOIN THE MOVEMENT") always fills whole lines. Each rule's
``where`` says where it may fire:

* ``anywhere`` - on any line;
* ``standalone`` - on any line, judged as a paragraph on its own (captions);
* ``start`` / ``end`` / ``edges`` - only in the run of chrome and metadata
  before the first kept line, after the last kept line, or either.

A cut line takes the blank lines after it with it (so no hole is left in the
paragraph structure); blank lines at the very start or end of what is kept
are cut under the rule ``blank_lines``. Every cut becomes a row of the
``removed`` table holding the exact raw characters, so the raw text can be
rebuilt (see :mod:`corpus_tools.audit`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .repair import Piece

BLANK_RULE = "blank_lines"
_SENTENCE_END = re.compile(r"[.!?:;…]['\"’”)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


@dataclass
class Cut:
    """A cut of ``[start, end)`` in the repaired text."""

    start: int
    end: int
    rule: str
    field: str = ""
    value: str = ""


def _compile(rule: dict, outlet: str, section: str = "boilerplate"):
    """The rule's regex with ``{outlet}`` filled in: Python ``re`` for the package's own
    rules, RE2 (linear time, :mod:`corpus_tools.codebook.safe`) for a corpus's rule."""
    from ..codebook.loader import vetted
    from ..codebook.safe import NEVER, compile_safe

    trusted = vetted(section, rule)
    pattern = rule["pattern"]
    if "{outlet}" in pattern:
        # An empty outlet would make the sign-off rule match any short line.
        pattern = pattern.replace("{outlet}", re.escape(outlet) if outlet else (r"(?!x)x" if trusted else NEVER))
    if trusted:
        return re.compile(pattern, 0 if rule.get("case_sensitive") else re.IGNORECASE)
    return compile_safe(pattern, not rule.get("case_sensitive"))


def capitalized_share(line: str) -> float:
    """Share of words that start with a capital letter (0 when no words)."""
    words = _WORD.findall(line)
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def looks_like_title(line: str, rule: dict, min_words: int = 1) -> bool:
    """A short line in title case with no sentence-final punctuation."""
    text = line.strip()
    n_words = len(_WORD.findall(text))
    return (
        min_words <= n_words <= rule["max_words"]
        and not _SENTENCE_END.search(text)
        and capitalized_share(text) >= rule["min_capitalized_share"]
    )


def find_cuts(text: str, codebook: dict, outlet: str = "", known_title: str = "") -> list[Cut]:
    """Decide which lines of ``text`` are chrome or metadata; return the cuts.

    ``known_title`` (from the manifest or the page's metadata) lets a headline
    in sentence case be recognised: a first line equal to it is the headline.
    """
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    blank = [not line.strip() for line in lines]
    body = [line.rstrip("\r\n") for line in lines]

    rules = []
    for rule in codebook.get("boilerplate", []):
        rules.append((rule, _compile(rule, outlet), rule.get("where", "anywhere")))
    for rule in codebook.get("metadata", []):
        rules.append((rule, _compile(rule, outlet, "metadata"), rule.get("where", "start")))

    verdict: dict[int, Cut] = {}

    def match(i: int, places: set[str]) -> Cut | None:
        for rule, regex, where in rules:
            if where not in places:
                continue
            m = regex.search(body[i]) if rule.get("search") else regex.fullmatch(body[i])
            if m:
                value = m.groupdict().get("value") or ""
                return Cut(offsets[i], offsets[i] + len(lines[i]), rule["name"], rule.get("field", ""), value.strip())
        return None

    headline = codebook.get("headline")
    first_content = True
    for i in range(len(lines)):  # the leading run of chrome and metadata
        if blank[i] or i in verdict:
            continue
        cut = match(i, {"start", "edges"}) or match(i, {"anywhere", "standalone"})
        is_title = headline and (looks_like_title(body[i], headline) or (known_title and body[i].strip() == known_title.strip()))
        if cut is None and first_content and is_title:
            cut = Cut(offsets[i], offsets[i] + len(lines[i]), headline["name"], headline["field"], body[i].strip())
        first_content = False
        if cut is None:
            break
        verdict[i] = cut
    for i in reversed(range(len(lines))):  # the trailing run
        if blank[i] or i in verdict:
            continue
        cut = match(i, {"end", "edges"}) or match(i, {"anywhere", "standalone"})
        if cut is None:
            break
        verdict[i] = cut
    for i in range(len(lines)):  # the body between
        if not blank[i] and i not in verdict:
            cut = match(i, {"anywhere", "standalone"})
            if cut:
                verdict[i] = cut

    # Blank lines follow the cut before them; blanks before any kept line or
    # after the last kept line are cut as `blank_lines`.
    kept = [i for i in range(len(lines)) if not blank[i] and i not in verdict]
    first_kept, last_kept = (kept[0], kept[-1]) if kept else (len(lines), -1)
    cuts: list[Cut] = []
    for i in range(len(lines)):
        if i in verdict:
            cuts.append(verdict[i])
        elif blank[i]:
            if cuts and cuts[-1].end == offsets[i] and cuts[-1].rule != BLANK_RULE:
                cuts[-1] = Cut(cuts[-1].start, offsets[i] + len(lines[i]), cuts[-1].rule, cuts[-1].field, cuts[-1].value)
            elif i < first_kept or i > last_kept:
                cuts.append(Cut(offsets[i], offsets[i] + len(lines[i]), BLANK_RULE))
    # A kept last line loses its line break to nothing: keep it; merge adjacent blank cuts.
    merged: list[Cut] = []
    for cut in cuts:
        if merged and cut.rule == BLANK_RULE and merged[-1].rule == BLANK_RULE and merged[-1].end == cut.start:
            merged[-1] = Cut(merged[-1].start, cut.end, BLANK_RULE)
        else:
            merged.append(cut)
    return merged


def apply_cuts(pieces: list[Piece], cuts: list[Cut]) -> list[Piece]:
    """Split the repaired pieces at the cuts; pieces inside a cut become removals.

    A removed piece keeps the *raw* characters (before repair), so the
    ``removed`` table rebuilds the raw text even where chrome held mojibake.
    """
    out: list[Piece] = []
    pos = 0  # offset in the repaired text
    cut_iter = iter(cuts)
    cut = next(cut_iter, None)
    for piece in pieces:
        start, end = pos, pos + len(piece.text)
        pos = end
        while piece is not None:
            while cut is not None and cut.end <= start:
                cut = next(cut_iter, None)
            if cut is None or end <= cut.start:
                out.append(piece)
                break
            if piece.kind == "repair" or len(piece.text) == 0:
                # Repairs never span a line break, so they lie wholly inside or outside a cut.
                if cut.start <= start and end <= cut.end:
                    out.append(Piece(piece.raw, "", cut.rule, "remove", cut.field, cut.value, cut))
                else:
                    out.append(piece)
                break
            # an unchanged piece: split at the cut's edges
            if start < cut.start:
                k = cut.start - start
                out.append(Piece(piece.raw[:k], piece.text[:k]))
                piece = Piece(piece.raw[k:], piece.text[k:])
                start = cut.start
                continue
            k = min(end, cut.end) - start
            out.append(Piece(piece.raw[:k], "", cut.rule, "remove", cut.field, cut.value, cut))
            rest = piece.raw[k:]
            start += k
            piece = Piece(rest, rest) if rest else None
    return out
