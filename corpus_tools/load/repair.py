"""Decoding bytes and repairing encoding damage, with every change recorded.

Two steps, both reversible:

1. :func:`decode_bytes` turns a file's bytes into the *raw text*. UTF-8 is
   tried first; otherwise an encoding declared in the manifest, otherwise the
   encoding ``charset_normalizer`` detects (when its guess is confident). The
   encoding used is recorded in the ``documents`` table. Empty and binary files
   are errors, never skipped.
2. :func:`repair_text` fixes mojibake in the raw text: first with ftfy
   (Speer 2019, https://ftfy.readthedocs.io), restricted to its encoding fixes
   so it never "improves" typography such as curly quotes; then with the
   codebook's ``[[repair]]`` rules for damage ftfy cannot undo because bytes
   were lost (seed 001: UTF-8 read as cp874). The result is a stream of
   :class:`~corpus_tools.load.pieces.Piece` objects that map each stretch
   of raw text to its repaired form, from which the ``repairs`` table and
   the audit trail are built.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import ftfy
from ftfy.badness import is_bad

from ..errors import DocumentError
from .pieces import Piece

# Only ftfy's encoding repairs; everything that changes typography or
# normalisation is off, because the clean text must keep the outlet's own
# characters (curly quotes are evidence of house style).
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

FTFY_RULE = "ftfy_encoding"


def _is_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(2, len(sample) // 50)


@dataclass
class InvalidSequence:
    """Bytes of an otherwise UTF-8 file that are not UTF-8: one U+FFFD in the raw text at ``start``.

    ``data`` are the file's bytes there; ``guess`` what they most likely were
    (their cp1252 reading, the usual culprit, when it is printable; else U+FFFD).
    """

    start: int
    data: bytes
    guess: str


@dataclass
class Decoded:
    """A decoded file: ``text`` (the raw text), ``note`` (recorded in ``documents.encoding``),
    ``confidence`` (1.0 for UTF-8, a BOM or a declared encoding; else the detector's,
    ``1 - chaos`` in charset_normalizer's terms), ``guessed`` (the encoding was detected),
    ``deciding`` (the non-ASCII characters the decision rests on, most frequent first) and
    ``invalid`` (bad sequences of a UTF-8 file, each shown as U+FFFD in ``text``).

    ``data.decode(<encoding in note>, errors="replace")`` gives ``text`` back exactly.
    """

    text: str
    note: str
    confidence: float = 1.0
    guessed: bool = False
    deciding: str = ""
    invalid: list[InvalidSequence] = field(default_factory=list)


# Most invalid sequences a file may hold and still count as UTF-8 with repairs (and at most
# this share of its non-ASCII sequences); beyond that it is another encoding.
MAX_INVALID_UTF8 = 8
MAX_INVALID_SHARE = 0.05
_BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_DECLARE = 'declare it with `encoding = "..."` in corpus.toml (e.g. "cp1252", "utf-16")'


def _utf8_with_invalid(data: bytes) -> tuple[str, list[InvalidSequence], int]:
    """Decode as UTF-8, each invalid sequence as one U+FFFD (``errors="replace"``); also count valid multibyte characters. Linear."""
    pieces: list[str] = []
    invalid: list[InvalidSequence] = []
    pos = offset = 0
    while True:
        try:
            chunk = data[pos:].decode("utf-8")
            pieces.append(chunk)
            break
        except UnicodeDecodeError as exc:
            good = data[pos : pos + exc.start].decode("utf-8")
            pieces.append(good)
            offset += len(good)
            bad = data[pos + exc.start : pos + exc.end]
            try:
                guess = bad.decode("cp1252")
                guess = guess if guess.isprintable() else "\ufffd"
            except UnicodeDecodeError:
                guess = "\ufffd"
            invalid.append(InvalidSequence(offset, bad, guess))
            pieces.append("\ufffd")
            offset += 1
            pos += exc.end
            if len(invalid) > MAX_INVALID_UTF8:
                break
    text = "".join(pieces)
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text, invalid, multibyte


def _utf16_32_without_bom(data: bytes) -> str | None:
    """``"utf-32-le"`` etc. when NUL bytes sit where UTF-16/32 puts them for mostly-Latin text, else ``None``."""
    sample = data[:4096]
    n = len(sample)
    if n < 4 or b"\x00" not in sample:
        return None
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(data) % width:
            continue
        units = [sample[i : i + width] for i in range(0, n - n % width, width)]
        le = sum(1 for u in units if u[1:] == b"\x00" * (width - 1) and u[0]) / len(units)
        be = sum(1 for u in units if u[:-1] == b"\x00" * (width - 1) and u[-1]) / len(units)
        for share, name in ((le, names[0]), (be, names[1])):
            if share > 0.5:
                return name
    return None


def _deciding(text: str, limit: int = 8) -> str:
    from collections import Counter

    counts = Counter(ch for ch in text if ord(ch) > 127)
    return " ".join(ch for ch, _ in counts.most_common(limit))


def decode_document(data: bytes, path: str | Path, declared: str | None = None) -> Decoded:
    """Decode a document's bytes, saying how (see :class:`Decoded`). Linear in the size of ``data``.

    In order: a declared encoding; a byte-order mark (UTF-8/16/32); UTF-16/32
    without a BOM, recognised by where its NUL bytes sit; UTF-8; UTF-8 with a
    few invalid sequences (at least one valid multibyte character and at most
    :data:`MAX_INVALID_UTF8` bad sequences: each becomes U+FFFD in the raw text
    and is listed in ``invalid``, instead of switching the whole file to a code
    page); otherwise the encoding ``charset_normalizer`` detects, preferring
    cp1252 (Western) over another single-byte code page that fits the bytes as
    well (cp1250 and cp1252 share most letters; a Western text read as cp1250
    turns "£" into "Ł" and "ï" into "ď"). Raises :class:`DocumentError` for an
    empty or binary file, or bytes that fit nothing.
    """
    if not data.strip():
        raise DocumentError(path, "empty file (no text to analyse)")
    if declared is not None and not isinstance(declared, str):
        raise DocumentError(path, f"encoding must be a string such as \"cp1252\", not {declared!r}")
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        # A declared encoding comes first: UTF-16 text is full of NUL bytes and is not binary.
        try:
            text = data.decode(declared)
        except (ValueError, LookupError) as exc:  # ValueError: also a NUL in the name
            raise DocumentError(path, f"the declared encoding {declared!r} does not fit: {exc}") from None
        if _is_binary(text.encode("utf-8", "surrogatepass")):
            raise DocumentError(path, f"binary file, not text (control characters after decoding as {declared})")
        return Decoded(text, f"{declared} (declared)")
    for bom, name in _BOMS:
        if data.startswith(bom) and name != "utf-8":
            try:
                return Decoded(data.decode(name), f"{name} (byte-order mark)")
            except UnicodeDecodeError as exc:
                raise DocumentError(path, f"has a {name} byte-order mark but is not {name}: {exc.reason} at byte {exc.start}") from None
    wide = _utf16_32_without_bom(data)
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _is_binary(text.encode("utf-8", "surrogatepass")):
            return Decoded(text, f"{wide} (detected: no byte-order mark)", confidence=0.9, guessed=True, deciding=_deciding(text))
    if _is_binary(data):
        hint = f"; if it is UTF-16 or UTF-32 text, {_DECLARE}" if b"\x00" in data else ""
        raise DocumentError(path, f"binary file, not text (NUL or control bytes found){hint}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_problem = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    if declared:  # declared UTF-8, and it is not
        text, invalid, multibyte = _utf8_with_invalid(data)
        if len(invalid) <= MAX_INVALID_UTF8:
            return Decoded(text, f"utf-8 (declared; {len(invalid)} invalid sequence(s) replaced by U+FFFD)", invalid=invalid)
        raise DocumentError(path, f"{utf8_problem}, though declared UTF-8, and {len(invalid)}+ sequences are bad")
    text, invalid, multibyte = _utf8_with_invalid(data)
    if multibyte and len(invalid) <= MAX_INVALID_UTF8 and len(invalid) <= MAX_INVALID_SHARE * (multibyte + len(invalid)) + 1:
        return Decoded(text, f"utf-8 ({len(invalid)} invalid sequence(s) replaced by U+FFFD)", invalid=invalid)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding != "cp1252" and best.encoding not in ("utf_8", "utf_16", "utf_32"):
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos + 0.01 and western.coherence >= best.coherence - 0.05:
            best = western
    if best is not None and best.chaos < 0.1:
        text = str(best)
        name = best.encoding
        if data.decode(name, errors="replace") != text:  # the note must say how to get this text back from the bytes
            raise DocumentError(path, f"{utf8_problem}, and the detected encoding {name} is ambiguous; {_DECLARE}")
        return Decoded(text, f"{name} (detected)", confidence=round(1.0 - best.chaos, 3), guessed=True, deciding=_deciding(text))
    raise DocumentError(path, f"{utf8_problem}, and no encoding could be detected; {_DECLARE}")


def decode_bytes(data: bytes, path: str | Path, declared: str | None = None) -> tuple[str, str]:
    """Decode a document's bytes; return ``(text, encoding_note)`` (see :func:`decode_document`).

    ``encoding_note`` reads ``"utf-8"``, ``"utf-8 (N invalid sequence(s) replaced by U+FFFD)"``,
    ``"<enc> (declared)"``, ``"<enc> (byte-order mark)"`` or ``"<enc> (detected)"``. Raises
    :class:`DocumentError` for an empty file, a binary file, or bytes that fit
    no declared or confidently detected encoding.
    """
    decoded = decode_document(data, path, declared)
    return decoded.text, decoded.note


def encoding_warning(decoded: Decoded) -> str | None:
    """The warning ``validate`` prints for a guessed encoding or repaired UTF-8, else ``None``."""
    enc = decoded.note.split(" ")[0]
    if decoded.invalid:
        shown = ", ".join(f"0x{s.data.hex()} at character {s.start}" + (f" (likely {s.guess!r})" if s.guess != "\ufffd" else "")
                          for s in decoded.invalid[:4])
        return f"UTF-8 with {len(decoded.invalid)} invalid byte sequence(s), each replaced by U+FFFD: {shown}"
    if decoded.guessed:
        chars = f" from the characters {decoded.deciding}" if decoded.deciding else ""
        return (f"encoding guessed as {enc} (confidence {decoded.confidence:.2f}){chars}; if they look wrong, "
                f'declare `encoding = "..."` for this file, or `encoding = "{enc}"` to confirm')
    return None


def mark_invalid_bytes(pieces: Iterable[Piece], invalid: list[InvalidSequence]) -> Iterator[Piece]:
    """Turn each U+FFFD that stands for invalid UTF-8 bytes into a recorded repair (one ``repairs`` row each).

    ``pieces`` map the raw text (whose ``raw`` parts concatenate to it); each
    invalid sequence at raw offset ``start`` inside an unchanged piece becomes
    a repair piece ``"\ufffd" -> guess`` with rule ``invalid_utf8`` (its bytes
    in the rule name, so the row says what the file held). A U+FFFD inside
    removed markup or an earlier repair is left to that row. Reads the pieces
    as they come and yields them in turn (no list of them is held). Linear.
    """
    if not invalid:
        return iter(pieces)
    return _marked(pieces, invalid)


def _marked(pieces: Iterable[Piece], invalid: list[InvalidSequence]) -> Iterator[Piece]:
    wanted = sorted(s.start for s in invalid)
    by_start = {s.start: s for s in invalid}
    raw_pos, k = 0, 0
    for piece in pieces:
        end = raw_pos + len(piece.raw)
        while k < len(wanted) and wanted[k] < raw_pos:
            k += 1
        if piece.kind != "keep" or piece.raw != piece.text or k >= len(wanted) or wanted[k] >= end:
            yield piece
            raw_pos = end
            continue
        cursor = 0
        while k < len(wanted) and wanted[k] < end:
            at = wanted[k] - raw_pos
            if piece.raw[at] == "\ufffd":
                if at > cursor:
                    yield Piece(piece.raw[cursor:at], piece.raw[cursor:at])
                seq = by_start[wanted[k]]
                yield Piece("\ufffd", seq.guess, f"invalid_utf8_0x{seq.data.hex()}", "repair")
                cursor = at + 1
            k += 1
        if cursor < len(piece.raw):
            yield Piece(piece.raw[cursor:], piece.raw[cursor:])
        raw_pos = end


def _diff_pieces(old: str, new: str, rule: str) -> list[Piece]:
    """Minimal character-level pieces turning ``old`` into ``new``."""
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece(old[i1:i2], new[j1:j2]))
        else:
            pieces.append(Piece(old[i1:i2], new[j1:j2], rule, "repair"))
    return pieces


def _map_unchanged(pieces: Iterable[Piece], fix) -> Iterator[Piece]:
    """Apply ``fix`` to the unchanged pieces as they come; ``fix`` returns ``None`` for text it
    leaves alone, and the piece itself goes on then (not a new piece and a new list per piece)."""
    for piece in pieces:
        fixed = fix(piece.raw) if piece.kind == "keep" else None
        if fixed is None:
            yield piece
        else:
            yield from fixed


# Where str.splitlines() ends a line (\r\n is one break).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _line_spans(text: str):
    """``(start, end)`` of each line of ``text`` as ``text.splitlines(keepends=True)`` cuts them, lazily."""
    start = 0
    for m in _LINE_BREAK.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _keep(text: str, start: int, end: int) -> Piece:
    part = text if start == 0 and end == len(text) else text[start:end]
    return Piece(part, part)


def _ftfy_cannot_change(text: str) -> bool:
    """True when ftfy, with :data:`_FTFY_CONFIG`, is certain to return ``text`` unchanged.

    With that configuration ftfy only fixes encodings, C1 controls and
    surrogates. Its encoding fixer returns text at once unless its public
    detector ``ftfy.badness.is_bad`` finds a mojibake-like sequence (C1
    controls are among those), and the surrogate fixer acts only on
    surrogates. So text with neither is left alone, and ftfy's per-call
    set-up is spent only on lines it may change. A test
    (``tests/load/test_repair.py``) holds this against ``ftfy.fix_text``.
    """
    return not is_bad(text) and not _SURROGATE.search(text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _ftfy_fix(text: str) -> list[Piece] | None:
    """ftfy's repairs of ``text``, line by line; a run of lines it leaves alone is one piece
    (``None`` when ftfy changes nothing).

    Judged line by line, as ftfy judges it: one of its badness patterns is
    anchored at the start (``^``), so a clean whole text can hold a bad line.
    Linear; the lines are read one at a time and unchanged ones are not kept
    as pieces of their own, so 5 million short lines cost no 5 million objects.
    """
    out: list[Piece] = []
    run = 0  # start of the current run of unchanged lines
    for start, end in _line_spans(text):
        line = text[start:end]
        if _ftfy_cannot_change(line):
            continue
        fixed = ftfy.fix_text(line, config=_FTFY_CONFIG)
        if fixed == line:
            continue
        if start > run:
            out.append(_keep(text, run, start))
        out.extend(_diff_pieces(line, fixed, FTFY_RULE))
        run = end
    return _with_rest(out, text, run)


def _with_rest(out: list[Piece], text: str, run: int) -> list[Piece] | None:
    """``out`` with the unchanged rest of ``text`` from ``run`` on as a last piece; None when nothing changed."""
    if not out:
        return None
    if run < len(text):
        out.append(_keep(text, run, len(text)))
    return out


def _regex_fixer(rule: dict):
    # The package's own rules run on Python re; a corpus's rule on RE2 (linear time).
    from ..codebook.loader import vetted
    from ..codebook.safe import compile_safe

    pattern = re.compile(rule["pattern"]) if vetted("repair", rule) else compile_safe(rule["pattern"])

    def fix(text: str) -> list[Piece] | None:  # None: no match
        # Line by line: a piece may hold a run of whole lines (see _ftfy_fix), and a
        # rule has always been matched within one line, never across a line break.
        out, run = [], 0  # run: start of the text not yet emitted
        for start, end in _line_spans(text):
            line = text[start:end]
            pos = 0
            for m in pattern.finditer(line):
                if start + m.start() > run:
                    out.append(_keep(text, run, start + m.start()))
                out.append(Piece(m.group(0), m.expand(rule["replacement"]), rule["name"], "repair"))
                pos = m.end()
                run = start + pos
            if pos and end > run:
                out.append(_keep(text, run, end))  # the rest of a line with a repair is its own piece
                run = end
        return _with_rest(out, text, run)

    return fix


def repair_pieces(raw: str, repair_rules: list[dict], pieces: Iterable[Piece] | None = None) -> Iterator[Piece]:
    """Repair mojibake; yield pieces whose ``raw`` parts concatenate to ``raw``, one at a time.

    ``pieces`` (optional) is an earlier mapping of ``raw`` (HTML extraction),
    read as it comes; only its unchanged stretches are repaired, each on its
    own: ftfy first, then each of ``repair_rules`` in turn on what ftfy left
    unchanged. Empty pieces are dropped.

    Cost: linear in ``raw`` (ftfy and each rule see one line at a time).
    Memory: nothing beyond the piece at hand and its repairs. Unchanged lines
    are joined into one piece per run, so the number of pieces grows with
    the repairs made, not with the lines.
    """
    fixers = [_ftfy_fix] + [_regex_fixer(rule) for rule in repair_rules]  # each rule compiled once
    stream: Iterable[Piece] = pieces if pieces is not None else [Piece(raw, raw)]
    for fix in fixers:
        stream = _map_unchanged(stream, fix)
    for piece in stream:
        if piece.raw or piece.text:
            yield piece


def repair_text(raw: str, repair_rules: list[dict], pieces: Iterable[Piece] | None = None) -> list[Piece]:
    """:func:`repair_pieces` as a list."""
    return list(repair_pieces(raw, repair_rules, pieces))
