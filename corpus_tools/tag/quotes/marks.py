"""Quotation marks: where quoted spans open and close in a document.

Split out of :mod:`corpus_tools.quotes` (which re-exports :func:`quote_marks`).
Double marks (curly “ ” or straight ") are the default; a document whose main
marks are single (‘…’, British house style) pairs ‘ with ’ and tells a closing
’ from an apostrophe. Marks of the other kind inside a quotation are nested
quotes and stay in its text.
"""
from __future__ import annotations

import re

_OPEN, _CLOSE = "“", "”"
_S_OPEN, _S_CLOSE = "‘", "’"
_STRAIGHT = "'"
_DOUBLE_OPEN = re.compile('[“"]')  # the marks that open a quotation in a double-quote document
_ANY_OPEN = re.compile('[“"‘]')  # ... and in a curly single-quote one
_ANY_OPEN_STRAIGHT = re.compile('[“"‘\']')  # ... and in a straight single-quote one (British tabloids)
_LOWER_WORD = re.compile(r" [a-z]")


def _opens_single(text: str, i: int) -> bool:
    """A ‘ that opens a quotation: at a word start (after a space, a bracket,
    a dash or a double mark) and followed by a word, not by a space."""
    before = text[i - 1] if i else " "
    after = text[i + 1:i + 2]
    return (before.isspace() or before in "([—–-/“\"") and bool(after) and not after.isspace()


def _closes_single(text: str, i: int) -> int:
    """How a ’ can close a single-quoted span: 0 never (an apostrophe inside a
    word, "it’s", or after a space, "’90s"), 1 only if the quote has no better
    closing mark (a plural possessive, "the hospitals’ staff": s’ followed by a
    lower-case word), 2 surely (after the last letter or punctuation of a word
    and before a space, punctuation or the line end)."""
    before = text[i - 1] if i else " "
    after = text[i + 1:i + 2]
    if before.isspace() or (after and (after.isalnum())):
        return 0
    if before in "sS" and _LOWER_WORD.match(text[i + 1:i + 3]):
        return 1
    return 2


def single_quote_primary(text: str, paras: list[dict]) -> bool:
    """True if the document uses single marks as its main quotation marks
    (British house style, e.g. the Guardian and BBC style guides: ‘…’, or
    straight '…' in tabloids): in more paragraphs the first opening mark is
    a single one than a double one. (The first mark of a paragraph is the
    outer one; nested marks come later, inside it.)"""
    return _single_primary(text, paras) is not None


def _single_primary(text: str, paras: list[dict]) -> str | None:
    """The single mark (‘ or ') that opens the document's quotations, or None
    when double marks are its main ones. An opening straight ' is one at a
    word start followed by a word ('It's…), so apostrophes inside words
    (it's, O'Rourke) never count."""
    singles = {_S_OPEN: 0, _STRAIGHT: 0}
    doubles = 0
    for p in paras:
        # jump from mark to mark (‘ ' “ ") instead of looking at every character
        m = _ANY_OPEN_STRAIGHT.search(text, p["start"], p["end"])
        while m is not None:
            i = m.start()
            if text[i] not in singles:
                doubles += 1
                break
            if _opens_single(text, i):
                singles[text[i]] += 1
                break
            m = _ANY_OPEN_STRAIGHT.search(text, i + 1, p["end"])
    mark = max(singles, key=lambda k: (singles[k], k == _S_OPEN))
    return mark if singles[mark] > doubles else None


def quote_marks(text: str, paras: list[dict]) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of the top-level quoted spans in the document.

    Curly marks pair “ with ”; straight marks alternate within a paragraph.
    In a document whose main marks are single (:func:`single_quote_primary`),
    ‘ pairs with ’, where a ’ inside a word or a plural possessive is an
    apostrophe (:func:`_closes_single`). Marks of the other kind inside a
    quotation are nested quotes and stay in its text.
    An open quote at a paragraph end continues if the next paragraph starts
    with the same opening mark (the convention for a quotation over several
    paragraphs); otherwise it ends at the paragraph end (``close`` is the
    paragraph end, where no mark stands).
    """
    pairs = {_OPEN: _CLOSE, '"': '"'}
    opener = _DOUBLE_OPEN
    single = _single_primary(text, paras)
    if single == _S_OPEN:
        pairs[_S_OPEN] = _S_CLOSE
        opener = _ANY_OPEN
    elif single == _STRAIGHT:
        # straight ' is both the mark and the apostrophe: it opens at a word
        # start and closes after a word, before a space or punctuation
        pairs[_STRAIGHT] = _STRAIGHT
        pairs[_S_OPEN] = _S_CLOSE  # a curly ‘ opens here too (the opener finds it): it closes with ’
        opener = _ANY_OPEN_STRAIGHT
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    better = _BetterClose(text)
    # The scan jumps from one mark that matters to the next (an opening mark
    # while outside a quotation, its closing mark while inside), with what a
    # character-by-character walk would do at each.
    for k, p in enumerate(paras):
        i, end = p["start"], p["end"]
        if open_at is not None and i < end and text[i] == text[open_at]:
            i += 1  # the opening mark repeated at the start of a continued quotation
        while i < end:
            if open_at is None:
                m = opener.search(text, i, end)
                if m is None:
                    break
                j = m.start()
                if text[j] not in (_S_OPEN, _STRAIGHT) or _opens_single(text, j):
                    open_at = j
                i = j + 1
                continue
            closer = pairs[text[open_at]]
            j = text.find(closer, i, end)
            if j < 0:
                break
            i = j + 1
            if closer in (_S_CLOSE, _STRAIGHT):
                strength = _closes_single(text, j)
                if strength == 0:
                    continue
                if strength == 1 and better.close_after(j + 1, end, text[open_at], closer):
                    continue
            spans.append((open_at, j))
            open_at = None
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is None or text[nxt["start"]] != text[open_at]:
                spans.append((open_at, p["end"]))
                open_at = None
    return spans


class _BetterClose:
    """:func:`_better_single_close` for a run of questions with growing ``lo``, in linear time in all.

    The answer rests on the first decisive mark at or after ``lo`` (an
    opening mark that opens, or a sure closing mark). Once found, it is the
    first decisive mark for every later ``lo`` up to it as well, so many
    possessives before one far closing mark ("‘the hospitals’ staff ... the
    nurses’ union ... end’") cost one scan, not one each.
    """

    def __init__(self, text: str):
        self.text = text
        self.key: tuple | None = None  # (hi, opener, closer) of the last scan
        self.lo = self.found = -1  # that scan's start, and where it stopped (hi when nothing decisive)
        self.answer = False

    def close_after(self, lo: int, hi: int, opener: str, closer: str) -> bool:
        key = (hi, opener, closer)
        if key != self.key or not self.lo <= lo <= self.found:
            self.key, self.lo = key, lo
            self.found, self.answer = _first_decisive(self.text, lo, hi, opener, closer)
        return self.answer


def _first_decisive(text: str, lo: int, hi: int, opener: str, closer: str) -> tuple[int, bool]:
    """``(position, True)`` of the first sure closing mark in ``[lo, hi)``, ``(position, False)``
    of an opening mark before it, or ``(hi, False)``."""
    for j in range(lo, hi):
        if text[j] == opener and _opens_single(text, j):
            return j, False
        if text[j] == closer and _closes_single(text, j) == 2:
            return j, True
    return hi, False


def _better_single_close(text: str, lo: int, hi: int, opener: str = _S_OPEN, closer: str = _S_CLOSE) -> bool:
    """A sure closing mark between ``lo`` and the next opening mark (or ``hi``)."""
    for j in range(lo, hi):
        if text[j] == opener and _opens_single(text, j):
            return False
        if text[j] == closer and _closes_single(text, j) == 2:
            return True
    return False
