"""Segmentation: paragraphs and sentences with exact offsets into the clean text.

Paragraphs are lines: captured web articles hold one paragraph per line.
A paragraph is a ``heading`` when it is a short title-case line without
sentence punctuation (codebook ``[heading]``), else ``body``.

Sentences are split by a rule-based splitter (no model, so the same on every
machine): a sentence ends at ``. ! ?`` (with any closing quote or bracket)
followed by space and a capital letter, digit or opening quote, except

* after an abbreviation from the codebook list (``Mr.``, ``Feb.``, ``U.S.``,
  or initials such as ``J.`` and ``A.K.``): these never end a sentence here, so a
  sentence that really ends on "U.S." runs on into the next (a known limit);
* inside a quotation whose attribution follows it. For
  ``“I don’t know, we will see. But all ... no priority,” he said.`` a split
  after "see." would leave "But all ... ,” he said." with half a quote,
  so the whole quotation stays one sentence with its attribution. A quotation
  is treated this way when it closes on a comma or dash, or lowercase text
  follows its closing mark. A quotation that ends its sentence
  (``he added, “I hope it's fast. Every day, people are dying.”``) is split
  normally, since its attribution comes first.

Both splitters run in time and memory linear in the text: every regular
expression is searched once from left to right, and the rows are kept in
columns of machine integers (:class:`SegmentRows`), about a dozen bytes per
row instead of a dict of Python objects.
"""
from __future__ import annotations

import re
from array import array
from itertools import islice
from typing import Any, Iterable, Iterator, Sequence

from .clean import looks_like_title

# A run of sentence punctuation with its closing marks; possessive, so a
# failed boundary is never re-tried from inside the run (a run of a million
# dots would otherwise be re-read from each dot: quadratic).
_PUNCT_RUN = re.compile(r"[.!?…]++[\"”’)\]]*+")
# The capital letters a sentence or a name may open with: ASCII's and the accented and other Latin capitals of
# Latin-1 and Latin Extended-A/B ("Élodie", "Ó Dálaigh", "Łukasz", "Ørsted"), for a character class; computed
# from str.isupper, not typed.
LATIN_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# What must follow a sentence end: space, then a capital, digit or opening mark.
_NEXT_SENTENCE = re.compile(r"\s++[\"“‘(\[]?[" + LATIN_CAPITALS + r"0-9]")
_OPEN = "“"
_CLOSE = "”"
_QUOTE_MARK = re.compile('[“”"]')
# A line without its leading and trailing whitespace, as str.splitlines() and
# str.strip() cut it: from a non-space character to the last one before a line break.
_STRIPPED_LINE = re.compile(r"\S(?:[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*\S)?")
# One match per whitespace-separated token holding a letter. Every such token
# holds at least one word in clean.looks_like_title's sense (a word starts
# with a letter), so more such tokens than ``max_words`` means no heading.
_LETTER_TOKEN = re.compile(r"[^\W\d_]\S*")
_LONG_LINE = 1000  # lines longer than this are counted before looks_like_title reads every word
_SPACE = re.compile(r"\s*")
KINDS = ("body", "heading")  # a row's kind code -> its name


def _int_array(limit: int) -> array:
    return array("i" if limit < 2**31 - 1 else "q")


class SegmentRows(Sequence):
    """Paragraph or sentence rows, stored in columns; each row reads as a dict.

    ``rows[k]`` is ``{"paragraph": ..., "start": ..., "end": ..., "kind": ...}``
    for paragraphs, with ``"sentence"`` after ``"paragraph"`` for sentences,
    as the lists of dicts these functions returned before. The columns are
    ``array`` objects (``paragraph``, ``start``, ``end``) and a ``bytearray``
    of kinds: 9 bytes per paragraph and 13 per sentence while offsets fit in
    32 bits, so 5 million one-line paragraphs take 45 MB, not 1.5 GB.
    """

    __slots__ = ("paragraph", "start", "end", "_kind", "_sentences")

    def __init__(self, limit: int, sentences: bool) -> None:
        self.paragraph = _int_array(limit)
        self.start = _int_array(limit)
        self.end = _int_array(limit)
        self._kind = bytearray()
        self._sentences = sentences

    def append(self, paragraph: int, start: int, end: int, kind: int) -> None:
        if self._sentences:
            self.paragraph.append(paragraph)
        self.start.append(start)
        self.end.append(end)
        self._kind.append(kind)

    def _row(self, k: int) -> dict[str, Any]:
        kind = KINDS[self._kind[k]]
        if self._sentences:
            return {"paragraph": self.paragraph[k], "sentence": k, "start": self.start[k], "end": self.end[k], "kind": kind}
        return {"paragraph": k, "start": self.start[k], "end": self.end[k], "kind": kind}

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._row(i) for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("row index out of range")
        return self._row(k)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self._row(k) for k in range(len(self)))

    def kinds(self) -> Iterator[str]:
        return (KINDS[b] for b in self._kind)

    @property
    def kind_codes(self) -> bytearray:
        """The ``kind`` column as codes, one byte a row: ``KINDS[code]`` is the kind's name."""
        return self._kind

    @property
    def is_sentences(self) -> bool:
        """Sentence rows (with a ``paragraph`` column); else paragraph rows, numbered by position."""
        return self._sentences

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (SegmentRows, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(islice(self, 3))!r}{'...' if len(self) > 3 else ''}, {len(self)} rows)"


def _is_heading(text: str, start: int, end: int, heading: Any) -> bool:
    """Whether ``text[start:end]`` (a stripped line) is a heading; a long line is
    counted in place and copied only when it has few enough words to be one."""
    if end - start > _LONG_LINE and sum(1 for _ in islice(_LETTER_TOKEN.finditer(text, start, end), heading["max_words"] + 1)) > heading["max_words"]:
        return False  # same answer, without a copy or a list of every word of a 50 MB line
    return looks_like_title(text[start:end], heading, heading["min_words"])


def paragraphs(clean_text: str, codebook: Any) -> SegmentRows:
    """One row per non-blank line: ``paragraph``, ``start``, ``end``, ``kind``.

    Lines are cut as :meth:`str.splitlines` cuts them and stripped as
    :meth:`str.strip` strips. O(n) time; memory O(paragraphs) (9 bytes a row);
    a line is copied only to judge a heading, never a line of more words than a heading has.
    """
    heading = codebook.get("heading", {"min_words": 4, "max_words": 14, "min_capitalized_share": 0.6})
    rows = SegmentRows(len(clean_text), sentences=False)
    for m in _STRIPPED_LINE.finditer(clean_text):
        start, end = m.span()
        rows.append(0, start, end, 1 if _is_heading(clean_text, start, end, heading) else 0)
    return rows


def _spans(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Curly and straight quotation spans in ``text[start:end]``, each list in order."""
    curly, straight = [], []
    curly_open = straight_open = None
    # Visit only the quotation marks, not every character (a 20 MB article has millions).
    for m in _QUOTE_MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == _OPEN:
            curly_open = i
        elif ch == _CLOSE and curly_open is not None:
            curly.append((curly_open, i))
            curly_open = None
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                straight.append((straight_open, i))
                straight_open = None
    return curly, straight


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` index pairs of double quotation marks in one paragraph.

    Curly marks pair “ with ”; straight marks alternate. An opening mark that
    never closes in the paragraph yields no span (it must not swallow text).
    O(n) to find the marks, O(s log s) to sort the s spans.
    """
    curly, straight = _spans(text, 0, len(text))
    return sorted(curly + straight)


def _attributed_after(text: str, close: int, start: int, end: int) -> bool:
    """Whether the quotation closing at ``close`` in ``text[start:end]`` is followed by its attribution."""
    before = text[close - 1] if close > start else ""
    after = text[close + 1 : min(close + 3, end)].lstrip()
    return before in ",—–" or after[:1].islower()


def _protected(text: str, start: int, end: int) -> tuple[array, array]:
    """The union of the open intervals ``(open, close)`` of quotations
    attributed after they close, as sorted disjoint intervals (two arrays).

    The curly and straight spans are each in order already, so one merge
    replaces a sort: O(marks) time.
    """
    opens, closes = _int_array(end), _int_array(end)
    curly, straight = _spans(text, start, end)
    a = b = 0
    while a < len(curly) or b < len(straight):
        if b >= len(straight) or (a < len(curly) and curly[a] <= straight[b]):
            o, c = curly[a]
            a += 1
        else:
            o, c = straight[b]
            b += 1
        if not _attributed_after(text, c, start, end):
            continue
        if closes and o < closes[-1]:  # overlaps the interval before: one interval
            closes[-1] = max(closes[-1], c)
        else:
            opens.append(o)
            closes.append(c)
    return opens, closes


def _is_abbreviation(text: str, dot: int, start: int, abbreviations: set[str], longest: int) -> bool:
    # A token longer than every abbreviation is none: look back no further than that.
    first = dot
    while first > start and dot - first < longest and not text[first - 1].isspace() and text[first - 1] not in "([“\"":
        first -= 1
    if first > start and not text[first - 1].isspace() and text[first - 1] not in "([“\"":
        return False  # the token goes on: longer than the limit
    token = text[first : dot + 1]
    return token in abbreviations or _is_initials(token)


def _time_then_new_sentence(text: str, dot: int, pos: int, end: int, times: tuple[str, ...],
                            continuations: frozenset) -> bool:
    """True if the abbreviation ending at ``dot`` is a clock time's ("p.m.") and the word at ``pos`` (the next
    sentence's first, capitalised) is no day, month or time zone that goes on with the time."""
    if not times or not text.endswith(times, max(0, dot - 4), dot + 1):
        return False
    word = text[pos:min(end, pos + 12)].split(maxsplit=1)
    return bool(word) and word[0].rstrip(",;:") not in continuations


def _is_initials(token: str) -> bool:
    """``J.``, ``A.K.``, ``É.M.``: capital letters each followed by a dot (a person's initials or an acronym)."""
    return len(token) % 2 == 0 and all(token[i].isupper() and token[i + 1] == "." for i in range(0, len(token), 2))


def _paragraph_tuples(paras: Iterable[Any]) -> Iterator[tuple[int, int, int, int]]:
    if isinstance(paras, SegmentRows) and not paras._sentences:
        return zip(range(len(paras)), paras.start, paras.end, paras._kind)
    return ((p["paragraph"], p["start"], p["end"], KINDS.index(p["kind"])) for p in paras)


def sentences(clean_text: str, paras: Iterable[Any], codebook: Any) -> SegmentRows:
    """Split each paragraph into sentences; offsets are into ``clean_text``.

    One row per sentence: ``paragraph``, ``sentence``, ``start``, ``end``,
    ``kind`` (the paragraph's). O(n) time in the length of the paragraphs:
    each punctuation run is read once, each candidate end looks back at most
    the length of the longest abbreviation, and the quotations that protect
    their sentences are swept with the candidates in order. Memory: the rows
    (13 bytes each) and the quotation spans of one paragraph.
    """
    abbreviations = set(codebook.get("segmentation", {}).get("abbreviations", []))
    longest = max(map(len, abbreviations), default=0) + 2
    times = tuple(codebook.get("segmentation", {}).get("time_abbreviations", []))
    continuations = frozenset(codebook.get("segmentation", {}).get("time_continuations", []))
    rows = SegmentRows(len(clean_text), sentences=True)
    add_paragraph, add_start, add_end, add_kind = rows.paragraph.append, rows.start.append, rows.end.append, rows._kind.append
    text = clean_text
    punct_run, next_sentence, space = _PUNCT_RUN.search, _NEXT_SENTENCE.match, _SPACE.match
    for number, p_start, p_end, kind in _paragraph_tuples(paras):
        protected = None  # found at the first candidate end: most paragraphs have none
        q = 0
        a = pos = p_start  # start of the sentence being read; where to look for the next end
        while True:
            m = punct_run(text, pos, p_end)
            if m is None:
                cut = p_end
            else:
                pos = m.end()
                if not next_sentence(text, pos, p_end):
                    continue
                dot = m.start() + len(m.group().rstrip("\"”’)]")) - 1
                if text[dot] == "." and _is_abbreviation(text, dot, p_start, abbreviations, longest) \
                        and not _time_then_new_sentence(text, dot, pos, p_end, times, continuations):
                    continue
                if protected is None:
                    protected = _protected(text, p_start, p_end)
                opens, closes = protected
                inside = pos - 1
                while q < len(closes) and closes[q] <= inside:
                    q += 1
                if q < len(opens) and opens[q] < inside:
                    continue
                cut = pos
            s = space(text, a, cut).end()
            e = cut
            if s < e and text[e - 1].isspace():  # only where paragraphs are not stripped lines
                e = s + len(text[s:e].rstrip())
            if e > s:
                add_paragraph(number)
                add_start(s)
                add_end(e)
                add_kind(kind)
            if m is None:
                break
            a = cut
    return rows
