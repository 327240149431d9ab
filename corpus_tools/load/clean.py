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
from typing import Iterable, Iterator

from .pieces import Piece

BLANK_RULE = "blank_lines"
_SENTENCE_END = re.compile(r"[.!?:;…]['\"’”)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
# Where str.splitlines() ends a line (a line break: \r\n counts as one).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NOT_SPACE = re.compile(r"\S")
_LAST_NOT_SPACE = re.compile(r"\S(?=\s*\Z)")  # searched from a non-space character: the last one


@dataclass
class Cut:
    """A cut of ``[start, end)`` in the repaired text."""

    start: int
    end: int
    rule: str
    field: str = ""
    value: str = ""


def runs_in_place(pattern: str) -> bool:
    """Whether a Python ``re`` pattern finds the same on a line given by ``pos, endpos``
    inside the text as on the line sliced out, for a line that starts the text or
    follows a line break (so ``\\b`` sees a non-word character before it either way).

    What changes with ``pos`` is ``^`` and ``\\A`` (they match only at the text's
    start) and lookbehinds (they can see the line break before ``pos``), so a
    pattern holding any of these outside a character class is refused. Read
    left to right once: linear in the pattern.
    """
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern.startswith("A", i + 1):
                return False
            i += 2
        elif c == "[":  # a class: its "^" negates, a "]" first in it is literal
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif c == "^" or pattern.startswith("(?<", i):
            return False
        else:
            i += 1
    return True


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
    # Words start with a letter, so stripping spaces cannot change the count: count
    # first, and copy (strip) only a line short enough in words to be a title.
    n_words = sum(1 for _ in islice(_WORD.finditer(line), rule["max_words"] + 1))
    if not min_words <= n_words <= rule["max_words"]:
        return False
    text = line.strip()
    return not _SENTENCE_END.search(text) and capitalized_share(text) >= rule["min_capitalized_share"]


class _Lines:
    """The lines of ``text`` as ``str.splitlines(keepends=True)`` cuts them, read on demand.

    Only the offsets are stored (an array of 4-byte integers, one per line;
    8-byte past 2**31 characters), not a string per line, so a text of 5
    million short lines costs a quarter of its size here instead of several
    times it. ``line(i)`` slices it out again.
    """

    def __init__(self, text: str):
        self.text = text
        starts = array("i" if len(text) < 2**31 - 1 else "q", [0])  # 4 bytes a line while offsets fit
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

    def body_span(self, i: int) -> tuple[int, int]:
        """Offsets of the line without its line break (only ``\\r`` and ``\\n`` are stripped, as ``rstrip("\\r\\n")``)."""
        start, end = self.starts[i], self.starts[i + 1]
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def body(self, i: int) -> str:
        """The line without its line break (see :meth:`body_span`): one slice, not a line and then its stripped copy."""
        start, end = self.body_span(i)
        return self.text[start:end]

    def is_stripped(self, i: int, wanted: str) -> bool:
        """``self.body(i).strip() == wanted``, without copying a long line."""
        start, end = self.body_span(i)
        first = _NOT_SPACE.search(self.text, start, end)
        if first is None:
            return wanted == ""
        last = _LAST_NOT_SPACE.search(self.text, first.start(), end)
        return last.end() - first.start() == len(wanted) and self.text.startswith(wanted, first.start())

    def blank(self, i: int) -> bool:
        return _NOT_SPACE.search(self.text, self.starts[i], self.starts[i + 1]) is None


def find_cuts(text: str, codebook: dict, outlet: str = "", known_title: str = "") -> list[Cut]:
    """Decide which lines of ``text`` are chrome or metadata; return the cuts.

    ``known_title`` (from the manifest or the page's metadata) lets a headline
    in sentence case be recognised: a first line equal to it is the headline.

    Cost: linear in the text (each rule runs over each line at most three
    times: as a start, an end and a body line), and memory of 4 bytes a line
    plus the cuts. The package's rules run on each line in place; a line is
    sliced out (one at a time, never all held as strings) only for a rule
    that needs it as its own string (a corpus's RE2 rule, an anchored one)
    and for a headline candidate short enough in words to be a title.
    """
    lines = _Lines(text)
    n = len(lines)

    rules = []
    for rule in codebook.get("boilerplate", []):
        rules.append((rule, _compile(rule, outlet), rule.get("where", "anywhere")))
    for rule in codebook.get("metadata", []):
        rules.append((rule, _compile(rule, outlet, "metadata"), rule.get("where", "start")))
    # A package rule (Python re) without start anchors or lookbehinds finds the same
    # on the line in place (pos, endpos) as on the line sliced out: a line break or the
    # text's start precedes it either way. Others (a corpus's RE2 rules) get the slice.
    rules = [(rule, regex, where, isinstance(regex, re.Pattern) and runs_in_place(regex.pattern))
             for rule, regex, where in rules]

    verdict: dict[int, Cut] = {}

    def match(i: int, places: set[str]) -> Cut | None:
        start, end = lines.body_span(i)
        body = None  # sliced only for a rule that needs the line as its own string
        for rule, regex, where, in_place in rules:
            if where not in places:
                continue
            if in_place:
                m = regex.search(text, start, end) if rule.get("search") else regex.fullmatch(text, start, end)
            else:
                if body is None:
                    body = text[start:end]
                m = regex.search(body) if rule.get("search") else regex.fullmatch(body)
            if m:
                value = m.groupdict().get("value") or ""
                return Cut(*lines.span(i), rule["name"], rule.get("field", ""), value.strip())
        return None

    def title_like(i: int) -> bool:
        start, end = lines.body_span(i)
        # looks_like_title's own first test, in place: a line of many words is no title, however long
        if sum(1 for _ in islice(_WORD.finditer(text, start, end), headline["max_words"] + 1)) > headline["max_words"]:
            return False
        return looks_like_title(text[start:end], headline)

    headline = codebook.get("headline")
    title = known_title.strip() if known_title else ""
    first_content = True
    for i in range(n):  # the leading run of chrome and metadata
        if lines.blank(i) or i in verdict:
            continue
        cut = match(i, {"start", "edges"}) or match(i, {"anywhere", "standalone"})
        if cut is None and first_content and headline and (title_like(i) or (title and lines.is_stripped(i, title))):
            cut = Cut(*lines.span(i), headline["name"], headline["field"], lines.body(i).strip())
        first_content = False
        if cut is None:
            break
        verdict[i] = cut
    for i in reversed(range(n)):  # the trailing run
        if lines.blank(i) or i in verdict:
            continue
        cut = match(i, {"end", "edges"}) or match(i, {"anywhere", "standalone"})
        if cut is None:
            break
        verdict[i] = cut
    for i in range(n):  # the body between
        if i not in verdict and not lines.blank(i):
            cut = match(i, {"anywhere", "standalone"})
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


def apply_cuts(pieces: Iterable[Piece], cuts: list[Cut]) -> Iterator[Piece]:
    """Split the repaired pieces at the cuts; pieces inside a cut become removals.

    A removed piece keeps the *raw* characters (before repair), so the
    ``removed`` table rebuilds the raw text even where chrome held mojibake.
    The pieces are read as they come and yielded in turn (a stream: no list
    of them is made).

    Cost: linear in the text plus the cuts. An unchanged piece may hold many
    lines (:func:`corpus_tools.load.repair.repair_pieces` joins runs of them),
    so it is cut by offsets, each part sliced once, never by slicing off the
    rest of the piece at every cut.
    """
    pos = 0  # offset in the repaired text
    cut_iter = iter(cuts)
    cut = next(cut_iter, None)
    for piece in pieces:
        start, end = pos, pos + len(piece.text)
        pos = end
        while cut is not None and cut.end <= start:
            cut = next(cut_iter, None)
        if cut is None or end <= cut.start:
            yield piece
            continue
        if piece.kind == "repair" or len(piece.text) == 0:
            # Repairs never span a line break, so they lie wholly inside or outside a cut.
            if cut.start <= start and end <= cut.end:
                yield Piece(piece.raw, "", cut.rule, "remove", cut.field, cut.value, cut)
            else:
                yield piece
            continue
        # an unchanged piece (raw == text): split at the cuts' edges
        raw, at = piece.raw, start  # ``at``: repaired offset of what is not yet placed
        while at < end:
            while cut is not None and cut.end <= at:
                cut = next(cut_iter, None)
            if cut is None or end <= cut.start:
                rest = raw if at == start else raw[at - start:]
                yield piece if at == start else Piece(rest, rest)
                break
            if at < cut.start:
                part = raw[at - start:cut.start - start]
                yield Piece(part, part)
                at = cut.start
                continue
            k = min(end, cut.end)
            yield Piece(raw[at - start:k - start], "", cut.rule, "remove", cut.field, cut.value, cut)
            at = k
