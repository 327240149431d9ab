"""Pieces: how a document's raw text maps onto its repaired text, and long strings built without holding them twice.

Loading turns the raw text into the clean text through *pieces*, each a
stretch of raw text and what it became (:class:`Piece`). The stages make
them one at a time, as a stream: the alignment of an HTML page's extracted
text (``extract.iter_align``), the encoding repairs (``repair.repair_pieces``),
the marking of invalid UTF-8 (``repair.mark_invalid_bytes``). The stream is
held once, as columns (:class:`PieceColumns`), because cleaning needs the
whole repaired text before it can say which lines to cut; then cleaning
(``clean.apply_cuts``) and the audit tables read the columns back as a
stream. A page full of character references has a piece every few
characters: as objects they took ~13x the page (issue 14), as columns
about 0.7x.

:class:`TextBuilder` joins many short strings into one without the moment
at which ``"".join`` holds both the parts and the result.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(slots=True)  # made one at a time and let go: no list of them is held (see PieceColumns)
class Piece:
    """A stretch of raw text and what it became.

    ``rule`` is ``None`` for text kept as it was, else the name of the repair
    rule (or, later in cleaning, the removal rule) that changed it.
    """

    raw: str
    text: str
    rule: str | None = None
    kind: str = "keep"  # keep | repair | remove
    field: str = ""  # metadata field a removed piece was moved to
    value: str = ""  # the metadata value
    cut: object = None  # the cleaning cut a removed piece belongs to


_PARTS = 4096  # short parts joined at a time
_MIN_CHUNK = 1 << 16  # characters appended to the text at a time, at least


class TextBuilder:
    """A long string made of many short parts, held once while it is made.

    ``"".join(parts)`` needs every part and the result at the same time:
    twice the text, and a part per piece on top. Here the parts are joined a
    few thousand at a time, and those chunks appended to the text with ``+=``
    once they add up to an eighth of it (or 64K characters). CPython does
    that ``+=`` in place, growing the string, when nothing else refers to
    it (the text is handed to a local name first so that nothing does): the
    peak is the text plus an eighth. Where ``+=`` copies instead, each copy
    comes after the text grew by an eighth, so the copying adds up to a few
    times the text: still linear. A single part is returned as it is
    (``value()`` of one added string is that string).
    """

    __slots__ = ("_text", "_parts", "_chunks", "_pending")

    def __init__(self) -> None:
        self._text = ""
        self._parts: list[str] = []  # short parts not yet joined
        self._chunks: list[str] = []  # joined parts not yet appended
        self._pending = 0  # characters in _chunks

    def add(self, part: str) -> None:
        if len(part) >= _MIN_CHUNK:  # a long part goes onto the text as it is, never copied into a chunk
            self._flush()
            self._extend(part)
            return
        self._parts.append(part)
        if len(self._parts) >= _PARTS:
            self._join_parts()
            if self._pending >= max(_MIN_CHUNK, len(self._text) >> 3):
                self._flush()

    def _join_parts(self) -> None:
        chunk = "".join(self._parts)
        self._parts.clear()
        self._chunks.append(chunk)
        self._pending += len(chunk)

    def _flush(self) -> None:
        if self._parts:
            self._join_parts()
        if self._chunks:
            chunk = "".join(self._chunks)  # one chunk: itself, not a copy
            self._chunks.clear()
            self._pending = 0
            self._extend(chunk)

    def _extend(self, chunk: str) -> None:
        text, self._text = self._text, ""
        text += chunk  # in place when `text` is the string's only reference (onto "": `chunk` itself)
        self._text = text

    def value(self) -> str:
        """The text made so far; the builder is empty after it."""
        self._flush()
        text, self._text = self._text, ""
        return text


class PieceColumns:
    """A document's pieces as columns: one entry per *change*, none per kept stretch.

    How to read it: the raw text is a run of kept stretches (the same
    characters in the raw and the repaired text) and changes (repairs and
    removals). Change ``k`` comes after ``kept[k]`` kept characters, covers
    the next ``raw_len[k]`` raw characters and becomes the next
    ``text_len[k]`` characters of ``inserted`` (the changes' texts joined in
    order; empty for a removal); ``labels[label[k]]`` is its ``(rule, kind)``.
    What follows the last change is kept. So the raw offset of change ``k``
    is the sum of ``kept`` and ``raw_len`` before it, and its repaired offset
    the sum of ``kept`` and ``text_len`` before it.

    Iterating yields the pieces again, made one at a time: each change as it
    came, and each kept stretch as one piece (two kept pieces that came one
    after the other are one here; every later stage reads kept text the same
    however it is cut). Memory: 14 bytes a change (three 4-byte integers, 8
    past 2**31 characters, and a 2-byte label) plus the changed text, and a
    reference to the raw text; time linear in the pieces.
    """

    __slots__ = ("raw", "kept", "raw_len", "text_len", "label", "labels", "inserted")

    def __init__(self, raw: str, pieces: Iterable[Piece]) -> None:
        """Hold ``pieces``, whose ``raw`` parts concatenate to ``raw``, consuming them once."""
        code = "i" if len(raw) < 2**31 - 1 else "q"
        self.raw = raw
        self.kept, self.raw_len, self.text_len = array(code), array(code), array(code)
        self.label = array("H")
        codes: dict[tuple[str | None, str], int] = {}
        inserted = TextBuilder()
        kept = 0  # kept characters since the last change
        for piece in pieces:
            if piece.kind == "keep" and piece.raw == piece.text:
                kept += len(piece.raw)
                continue
            self.kept.append(kept)
            self.raw_len.append(len(piece.raw))
            self.text_len.append(len(piece.text))
            label = codes.setdefault((piece.rule, piece.kind), len(codes))
            if label > 0xFFFF and self.label.typecode == "H":  # more distinct rules than a 2-byte code holds
                self.label = array("i", self.label)
            self.label.append(label)
            if piece.text:
                inserted.add(piece.text)
            kept = 0
        self.labels = list(codes)
        self.inserted = inserted.value()

    def __len__(self) -> int:
        """The number of changes."""
        return len(self.label)

    def __iter__(self) -> Iterator[Piece]:
        raw, inserted, labels = self.raw, self.inserted, self.labels
        r = t = 0  # raw and inserted offsets
        for kept, raw_len, text_len, label in zip(self.kept, self.raw_len, self.text_len, self.label):
            if kept:
                part = raw[r : r + kept]
                yield Piece(part, part)
                r += kept
            rule, kind = labels[label]
            yield Piece(raw[r : r + raw_len], inserted[t : t + text_len], rule, kind)
            r += raw_len
            t += text_len
        if r < len(raw):
            part = raw[r:]  # the whole raw text itself when nothing changed
            yield Piece(part, part)

    def text(self) -> str:
        """The repaired text: every piece's ``text`` joined (the raw text itself when nothing changed)."""
        raw, inserted = self.raw, self.inserted
        out = TextBuilder()
        r = t = 0
        for kept, raw_len, text_len in zip(self.kept, self.raw_len, self.text_len):
            if kept:
                out.add(raw[r : r + kept])
            r += kept + raw_len
            if text_len:
                out.add(inserted[t : t + text_len])
                t += text_len
        if r < len(raw):
            out.add(raw[r:])
        return out.value()
