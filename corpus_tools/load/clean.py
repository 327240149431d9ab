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
from array import array
from dataclasses import dataclass
from itertools import islice

from .repair import Piece

BLANK_RULE = "blank_lines"
_SENTENCE_END = re.compile(r"[.!?:;…]['\"’”)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
# Where str.splitlines() ends a line (a line break: \r\n counts as one).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NOT_SPACE = re.compile(r"\S")


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
    words = capitals = 0
    for m in _WORD.finditer(line):
        words += 1
        capitals += line[m.start()].isupper()
    return capitals / words if words else 0.0


def looks_like_title(line: str, rule: dict, min_words: int = 1) -> bool:
    """A short line in title case with no sentence-final punctuation.

    Cost: linear in the line; words are counted only up to ``max_words`` + 1,
    so a 50 MB line is rejected without a list of its words.
    """
    text = line.strip()
    n_words = sum(1 for _ in islice(_WORD.finditer(text), rule["max_words"] + 1))
    return (
        min_words <= n_words <= rule["max_words"]
        and not _SENTENCE_END.search(text)
        and capitalized_share(text) >= rule["min_capitalized_share"]
    )


class _Lines:
    """The lines of ``text`` as ``str.splitlines(keepends=True)`` cuts them, read on demand.

    Only the offsets are stored (an array of 8-byte integers, one per line),
    not a string per line, so a text of 5 million short lines costs half its
    size here instead of several times it. ``line(i)`` slices it out again.
    """

    def __init__(self, text: str):
        self.text = text
        starts = array("q", [0])
        starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        if starts[-1] != len(text):
            starts.append(len(text))  # a last line without a line break
        self.starts = starts

    def __len__(self) -> int:
        return len(self.starts) - 1

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.starts[i + 1]

    def line(self, i: int) -> str:
        return self.text[self.starts[i]:self.starts[i + 1]]

    def body(self, i: int) -> str:
        """The line without its line break (only ``\\r`` and ``\\n`` are stripped, as ``rstrip("\\r\\n")``)."""
        start, end = self.starts[i], self.starts[i + 1]
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return self.text[start:end]  # one slice, not a line and then its stripped copy

    def blank(self, i: int) -> bool:
        return _NOT_SPACE.search(self.text, self.starts[i], self.starts[i + 1]) is None


def find_cuts(text: str, codebook: dict, outlet: str = "", known_title: str = "") -> list[Cut]:
    """Decide which lines of ``text`` are chrome or metadata; return the cuts.

    ``known_title`` (from the manifest or the page's metadata) lets a headline
    in sentence case be recognised: a first line equal to it is the headline.

    Cost: linear in the text (each rule runs over each line at most three
    times: as a start, an end and a body line), and memory of 8 bytes a line
    plus one line at a time and the cuts: lines are sliced out when needed,
    never all held as strings.
    """
    lines = _Lines(text)
    n = len(lines)

    rules = []
    for rule in codebook.get("boilerplate", []):
        rules.append((rule, _compile(rule, outlet), rule.get("where", "anywhere")))
    for rule in codebook.get("metadata", []):
        rules.append((rule, _compile(rule, outlet, "metadata"), rule.get("where", "start")))

    verdict: dict[int, Cut] = {}

    def match(i: int, places: set[str], body: str) -> Cut | None:
        for rule, regex, where in rules:
            if where not in places:
                continue
            m = regex.search(body) if rule.get("search") else regex.fullmatch(body)
            if m:
                value = m.groupdict().get("value") or ""
                start, end = lines.span(i)
                return Cut(start, end, rule["name"], rule.get("field", ""), value.strip())
        return None

    headline = codebook.get("headline")
    first_content = True
    for i in range(n):  # the leading run of chrome and metadata
        if lines.blank(i) or i in verdict:
            continue
        body = ""
        body = lines.body(i)
        cut = match(i, {"start", "edges"}, body) or match(i, {"anywhere", "standalone"}, body)
        is_title = headline and (looks_like_title(body, headline) or (known_title and body.strip() == known_title.strip()))
        if cut is None and first_content and is_title:
            start, end = lines.span(i)
            cut = Cut(start, end, headline["name"], headline["field"], body.strip())
        first_content = False
        if cut is None:
            break
        verdict[i] = cut
    body = ""  # let the last line go before the next is sliced: one long line held at a time
    for i in reversed(range(n)):  # the trailing run
        if lines.blank(i) or i in verdict:
            continue
        body = ""
        body = lines.body(i)
        cut = match(i, {"end", "edges"}, body) or match(i, {"anywhere", "standalone"}, body)
        if cut is None:
            break
        verdict[i] = cut
    body = ""
    for i in range(n):  # the body between
        if i not in verdict and not lines.blank(i):
            cut = match(i, {"anywhere", "standalone"}, lines.body(i))
            if cut:
                verdict[i] = cut

    # Blank lines follow the cut before them; blanks before any kept line or
    # after the last kept line are cut as `blank_lines`.
    first_kept = next((i for i in range(n) if i not in verdict and not lines.blank(i)), None)
    if first_kept is None:
        first_kept, last_kept = n, -1
    else:
        last_kept = next(i for i in reversed(range(n)) if i not in verdict and not lines.blank(i))
    cuts: list[Cut] = []
    for i in range(n):
        if i in verdict:
            cuts.append(verdict[i])
        elif lines.blank(i):
            start, end = lines.span(i)
            if cuts and cuts[-1].end == start and cuts[-1].rule != BLANK_RULE:
                cuts[-1] = Cut(cuts[-1].start, end, cuts[-1].rule, cuts[-1].field, cuts[-1].value)
            elif i < first_kept or i > last_kept:
                cuts.append(Cut(start, end, BLANK_RULE))
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

    Cost: linear in the text plus the cuts. An unchanged piece may hold many
    lines (:func:`corpus_tools.load.repair.repair_text` joins runs of them),
    so it is cut by offsets, each part sliced once, never by slicing off the
    rest of the piece at every cut.
    """
    out: list[Piece] = []
    pos = 0  # offset in the repaired text
    cut_iter = iter(cuts)
    cut = next(cut_iter, None)
    for piece in pieces:
        start, end = pos, pos + len(piece.text)
        pos = end
        while cut is not None and cut.end <= start:
            cut = next(cut_iter, None)
        if cut is None or end <= cut.start:
            out.append(piece)
            continue
        if piece.kind == "repair" or len(piece.text) == 0:
            # Repairs never span a line break, so they lie wholly inside or outside a cut.
            if cut.start <= start and end <= cut.end:
                out.append(Piece(piece.raw, "", cut.rule, "remove", cut.field, cut.value, cut))
            else:
                out.append(piece)
            continue
        # an unchanged piece (raw == text): split at the cuts' edges
        raw, at = piece.raw, start  # ``at``: repaired offset of what is not yet placed
        while at < end:
            while cut is not None and cut.end <= at:
                cut = next(cut_iter, None)
            if cut is None or end <= cut.start:
                rest = raw if at == start else raw[at - start:]
                out.append(piece if at == start else Piece(rest, rest))
                break
            if at < cut.start:
                part = raw[at - start:cut.start - start]
                out.append(Piece(part, part))
                at = cut.start
                continue
            k = min(end, cut.end)
            out.append(Piece(raw[at - start:k - start], "", cut.rule, "remove", cut.field, cut.value, cut))
            at = k
    return out
