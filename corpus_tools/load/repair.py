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
   were lost (seed 001: UTF-8 read as cp874). The result is a list of
   :class:`Piece` objects that map each stretch of raw text to its repaired
   form, from which the ``repairs`` table and the audit trail are built.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import ftfy
from ftfy.badness import is_bad

from ..errors import DocumentError

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


@dataclass
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


def _is_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(2, len(sample) // 50)


def decode_bytes(data: bytes, path: str | Path, declared: str | None = None) -> tuple[str, str]:
    """Decode a document's bytes; return ``(text, encoding_note)``.

    ``encoding_note`` reads ``"utf-8"``, ``"<enc> (declared)"`` or
    ``"<enc> (detected)"``. Raises :class:`DocumentError` for an empty file, a
    binary file, or bytes that fit no declared or confidently detected encoding.
    """
    if not data.strip():
        raise DocumentError(path, "empty file (no text to analyse)")
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        # A declared encoding comes first: UTF-16 text is full of NUL bytes and is not binary.
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DocumentError(path, f"the declared encoding {declared!r} does not fit: {exc}") from None
        if _is_binary(text.encode("utf-8")):
            raise DocumentError(path, f"binary file, not text (control characters after decoding as {declared})")
        return text, f"{declared} (declared)"
    if _is_binary(data):
        raise DocumentError(path, "binary file, not text (NUL or control bytes found)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_problem = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    if declared:
        try:
            return data.decode(declared), f"{declared} (declared)"
        except (UnicodeDecodeError, LookupError) as exc:
            raise DocumentError(path, f"{utf8_problem}, and the declared encoding {declared!r} does not fit: {exc}") from None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos < 0.1:
        return str(best), f"{best.encoding} (detected)"
    raise DocumentError(path, f"{utf8_problem}, and no encoding could be detected; declare one with `encoding = ...` in corpus.toml")


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


def _map_unchanged(pieces: Iterable[Piece], fix) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != "keep":
            out.append(piece)
        else:
            out.extend(fix(piece.raw))
    return out


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


def _ftfy_fix(text: str) -> list[Piece]:
    # Judged line by line, as ftfy judges it: one of its badness patterns is
    # anchored at the start (``^``), so a clean whole text can hold a bad line.
    out: list[Piece] = []
    for line in text.splitlines(keepends=True):
        fixed = line if _ftfy_cannot_change(line) else ftfy.fix_text(line, config=_FTFY_CONFIG)
        out.extend([Piece(line, line)] if fixed == line else _diff_pieces(line, fixed, FTFY_RULE))
    return out


def _regex_fixer(rule: dict):
    pattern = re.compile(rule["pattern"])

    def fix(text: str) -> list[Piece]:
        out, pos = [], 0
        for m in pattern.finditer(text):
            if m.start() > pos:
                out.append(Piece(text[pos : m.start()], text[pos : m.start()]))
            out.append(Piece(m.group(0), m.expand(rule["replacement"]), rule["name"], "repair"))
            pos = m.end()
        if pos < len(text):
            out.append(Piece(text[pos:], text[pos:]))
        return out

    return fix


def repair_text(raw: str, repair_rules: list[dict], pieces: list[Piece] | None = None) -> list[Piece]:
    """Repair mojibake; return pieces whose ``raw`` parts concatenate to ``raw``.

    ``pieces`` (optional) is an earlier mapping of ``raw`` (HTML extraction);
    only its unchanged stretches are repaired.
    """
    pieces = _map_unchanged(pieces if pieces is not None else [Piece(raw, raw)], _ftfy_fix)
    for rule in repair_rules:
        pieces = _map_unchanged(pieces, _regex_fixer(rule))
    return [p for p in pieces if p.raw or p.text]
