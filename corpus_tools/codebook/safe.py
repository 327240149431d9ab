"""Linear-time regular expressions for codebook rules that come from a corpus.

A corpus's ``corpus.toml`` is data from a stranger, and so are the regular
expressions in its ``[codebook]``. Python's ``re`` backtracks: ``(a+)+$`` on 32
a's and a "!" runs for minutes. So every regex a corpus brings (a rule that is
not, word for word, one of the package's defaults) is compiled and run with
RE2 (the ``google-re2`` binding), whose matching time is linear in the text
searched. The package's own rules (``corpus_tools/codebook/*.toml``) are the
vetted set and keep running on ``re`` (a few of them need lookarounds).

RE2 refuses what cannot run in linear time: lookarounds (``(?=``, ``(?!``,
``(?<=``, ``(?<!``), backreferences (``\\1``, ``(?P=name)``), atomic groups and
possessive repeats. Such a rule is refused with :class:`UnsafePattern`, whose
message says why; :func:`corpus_tools.codebook.codebook_problems` names the
manifest section and rule.

Corpus patterns keep Python's syntax and, as far as RE2 allows, its meaning
(:func:`translate`):

* ``\\w``, ``\\W``, ``\\d``, ``\\D``, ``\\s``, ``\\S`` are Unicode, as in Python
  (RE2's own are ASCII): ``\\w`` becomes ``[\\p{L}\\p{N}_]``, which equals
  Python's ``\\w`` on every code point Python's Unicode database assigns (RE2's
  tables are newer: 5,010 code points Python leaves unassigned differ);
  ``\\d`` becomes ``\\p{Nd}``; ``\\s`` the exact set ``str.isspace`` accepts.
  ``\\W``, ``\\D``, ``\\S`` inside ``[...]`` cannot be written that way and are
  refused (write ``[^\\w...]`` or ``\\P{L}`` instead).
* ``\\Z`` becomes ``\\z``; ``\\uXXXX`` and ``\\UXXXXXXXX`` become ``\\x{...}``.
* Differences that remain: ``\\b`` and ``\\B`` are ASCII word boundaries in RE2
  (whole-word matching of lexicon terms and claim cues is done by the package
  with Unicode word characters, so a term needs no ``\\b``); ``$`` matches only
  at the very end, not also before a final newline; after an empty match the
  next search starts one character later (Python may then still find a
  non-empty match at the same place); ignoring case follows Unicode simple
  case folding, so "İ" (U+0130) does not match "i" as it does in Python.

Cost: each search is linear in the length of the text searched (RE2's
guarantee) plus one UTF-8 encoding of it; :meth:`SafeRegex.finditer` encodes
once and converts offsets in one pass. A search with ``pos``/``endpos``
encodes only ``text[pos - 1:endpos]``, so callers keep the window bounded.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

import re2

__all__ = ["UnsafePattern", "SafeRegex", "BoundedRegex", "translate", "compile_safe", "compile_bounded", "NEVER",
           "ENGINES_DISAGREE_ON", "engines_agree_on", "plain_ascii", "is_word_char"]

# Python's \w, \d, \s on str, written for RE2.
WORD_CLASS = r"\p{L}\p{N}_"
DIGIT = r"\p{Nd}"
NEVER = r"[^\x00-\x{10FFFF}]"  # matches nothing (RE2 has no (?!x)x)


@lru_cache(maxsize=1)
def _space_class() -> str:
    chars = [cp for cp in range(0x3001) if chr(cp).isspace()]  # none above U+3000
    return "".join(f"\\x{{{cp:x}}}" for cp in chars)


class UnsafePattern(ValueError):
    """A corpus regex RE2 cannot run in linear time (or cannot parse); the message says why."""


_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


def _explain(pattern: str, error: str) -> str:
    bare = re.sub(r"\\\\", "", pattern)
    if _LOOKAROUND.search(bare):
        return "lookarounds ((?=, (?!, (?<=, (?<!) are not allowed in a corpus's rule: they cannot run in linear time"
    if _BACKREF.search(bare):
        return "backreferences (\\1, (?P=name)) are not allowed in a corpus's rule: they cannot run in linear time"
    if "(?>" in bare or re.search(r"[*+?}][+]", bare):
        return "atomic groups and possessive repeats are not supported (RE2 syntax)"
    return f"not RE2 syntax, which a corpus's rule must use to run in linear time ({error})"


def translate(pattern: str) -> str:
    """``pattern`` (Python ``re`` syntax) rewritten for RE2 with Python's Unicode classes (see the module doc).

    Raises :class:`UnsafePattern` for ``\\W``, ``\\D`` or ``\\S`` inside ``[...]``.
    Linear in the length of ``pattern``.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = -1
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt in "uU":
                width = 4 if nxt == "u" else 8
                digits = pattern[i + 2 : i + 2 + width]
                if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                    out.append(f"\\x{{{digits}}}")
                    i += 2 + width
                    continue
            if in_class:
                if nxt in "WDS":
                    raise UnsafePattern(f"\\{nxt} inside [...] has no Unicode form in RE2; write [^\\{nxt.lower()}...] or a \\P{{...}} class")
                rep = {"w": WORD_CLASS, "d": DIGIT, "s": _space_class()}.get(nxt)
            else:
                rep = {"w": f"[{WORD_CLASS}]", "W": f"[^{WORD_CLASS}]", "d": DIGIT, "D": r"\P{Nd}",
                       "s": f"[{_space_class()}]", "S": f"[^{_space_class()}]", "Z": r"\z"}.get(nxt)
            out.append(rep if rep is not None else pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_start:
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            class_start = i + 1  # a "]" right after "[" or "[^" is a literal
            if i < n and pattern[i] == "]":
                out.append("]")
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _options(ignorecase: bool) -> re2.Options:
    options = re2.Options()
    options.case_sensitive = not ignorecase
    options.log_errors = False
    return options


def _re2(pattern: str, ignorecase: bool):
    try:
        return re2.compile(pattern, _options(ignorecase))
    except re2.error as exc:
        raise UnsafePattern(str(exc.args[0] if exc.args else exc).removeprefix("b'").removesuffix("'")) from None


def check(pattern: str) -> None:
    """Raise :class:`UnsafePattern` (saying why) unless ``pattern`` runs under RE2."""
    if not isinstance(pattern, str):
        raise UnsafePattern(f"a pattern must be a string, not {type(pattern).__name__}")
    try:
        _re2(translate(pattern), False)
    except UnsafePattern as exc:
        raise UnsafePattern(_explain(pattern, str(exc))) from None


class SafeMatch:
    """A match found by RE2, read like ``re.Match`` (offsets in characters of the searched string)."""

    __slots__ = ("string", "_spans", "_names", "re")

    def __init__(self, regex: "SafeRegex", string: str, spans: list[tuple[int, int]], names: dict[str, int]):
        self.re = regex
        self.string = string
        self._spans = spans
        self._names = names

    def _index(self, group: int | str) -> int:
        return self._names[group] if isinstance(group, str) else group

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._spans[self._index(group)]

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def group(self, *groups: int | str):
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        s, e = self.span(groups[0] if groups else 0)
        return None if s < 0 else self.string[s:e]

    __getitem__ = group

    def groups(self, default=None) -> tuple:
        return tuple(default if self._spans[i][0] < 0 else self.group(i) for i in range(1, len(self._spans)))

    def groupdict(self, default=None) -> dict:
        return {name: default if self._spans[i][0] < 0 else self.group(i) for name, i in self._names.items()}

    def expand(self, template: str) -> str:
        """``template`` with ``\\1``..``\\99``, ``\\g<n>``, ``\\g<name>`` and ``\\n``, ``\\t``, ``\\\\`` ... replaced (as ``re.Match.expand``)."""
        return "".join(piece if kind == "text" else (self.group(piece) or "") for kind, piece in parse_template(template))

    def __repr__(self) -> str:
        return f"<SafeMatch span={self.span()} match={self.group()!r}>"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


@lru_cache(maxsize=256)
def parse_template(template: str) -> tuple[tuple[str, object], ...]:
    """A replacement template as ``("text", str)`` and ``("group", int | str)`` pieces; ``ValueError`` for an unknown escape."""
    pieces: list[tuple[str, object]] = []
    text: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch != "\\":
            text.append(ch)
            i += 1
            continue
        m = re.compile(r"\\(?:g<(\w+)>|([1-9][0-9]?)|(.))", re.S).match(template, i)
        if m is None:
            raise ValueError("replacement ends with a lone backslash")
        if m.group(3) is not None:
            if m.group(3) not in _ESCAPES:
                raise ValueError(f"replacement: unknown escape \\{m.group(3)}")
            text.append(_ESCAPES[m.group(3)])
        else:
            if text:
                pieces.append(("text", "".join(text)))
                text = []
            ref = m.group(1) or m.group(2)
            pieces.append(("group", int(ref) if ref.isdigit() else ref))
        i = m.end()
    if text:
        pieces.append(("text", "".join(text)))
    return tuple(pieces)


class SafeRegex:
    """A corpus regex compiled with RE2; ``search``/``match``/``fullmatch``/``finditer`` as on ``re.Pattern``.

    ``pos`` and ``endpos`` work as in ``re`` (``^`` and ``\\A`` match only at the
    real start, ``\\b`` sees the character before ``pos``), at the cost of
    encoding ``string[pos - 1:endpos]``: keep that window bounded in a loop.
    """

    def __init__(self, pattern: str, ignorecase: bool = False, *, source: str | None = None):
        self.pattern = source if source is not None else pattern
        self._compiled = _re2(pattern, ignorecase)
        self.groupindex = dict(self._compiled.groupindex)
        self.groups = self._compiled.groups
        self.flags = re.IGNORECASE if ignorecase else 0

    def __repr__(self) -> str:
        return f"SafeRegex({self.pattern!r})"

    def __reduce__(self):
        raise TypeError("a SafeRegex is rebuilt from its rule, not pickled")

    # --- the one search loop: over UTF-8 bytes, offsets converted in one pass
    def _iter(self, string: str, pos: int, endpos: int | None, anchor: str, step=None) -> Iterator[SafeMatch]:
        """Matches in ``string[pos:endpos]``; the window is encoded once. ``step(data, spans)``
        gives the byte offset of the next search (default: after the match), ``None`` to stop."""
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        pos = max(0, min(pos, endpos))
        base = pos - 1 if pos > 0 else 0  # one character of context before pos
        window = string[base:endpos]
        data = window.encode("utf-8", "surrogatepass")
        bpos = len(window[: pos - base].encode("utf-8", "surrogatepass"))
        at_b, at_c = 0, 0  # a byte offset and its character offset, moved by short steps

        def chars(b: int) -> int:
            nonlocal at_b, at_c
            if b >= at_b:
                at_c += len(data[at_b:b].decode("utf-8", "surrogatepass"))
            else:
                at_c -= len(data[b:at_b].decode("utf-8", "surrogatepass"))
            at_b = b
            return at_c

        method = {"search": self._compiled.search, "match": self._compiled.match,
                  "fullmatch": self._compiled.fullmatch, "iter": self._compiled.search}[anchor]
        while bpos is not None and bpos <= len(data):
            m = method(data, bpos)
            if m is None:
                return
            raw = [m.span(i) for i in range(self.groups + 1)]
            to_char = {b: chars(b) for b in sorted({b for span in raw for b in span if b >= 0})}
            yield SafeMatch(self, string, [(-1, -1) if s < 0 else (base + to_char[s], base + to_char[e]) for s, e in raw],
                            self.groupindex)
            if anchor != "iter":
                return
            bpos = (step or _after)(data, raw)


    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self._iter(string, pos, endpos, "search"), None)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self._iter(string, pos, endpos, "match"), None)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self._iter(string, pos, endpos, "fullmatch"), None)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[SafeMatch]:
        return self._iter(string, pos, endpos, "iter")


class BoundedRegex:
    """RE2's answer to ``(?<![\\w])LEAD(?:BODY)(?![\\w])``: a body matched as whole words, without lookarounds.

    RE2 cannot look around, so the word test is a character consumed on
    each side: the regex is ``(?:\\A|[^\\w])(BODY)(?:[^\\w]|\\z)`` (``\\w`` as
    in Python), and the match reported is the group ``BODY``. Leftmost-first
    matching then picks, at the leftmost start whose preceding character is
    not a word character, the first way (in Python's order of preference)
    of matching BODY that is followed by a non-word character or the end:
    the same match Python's lookarounds give. :meth:`finditer` starts each
    next search at the previous match's last character when that one is not
    a word character (it may be the next match's left edge), so no match is
    lost to the consumed characters. ``lead`` (RE2 syntax, no capturing group)
    replaces the left word test for an anchored ``match`` ("\\s+were\\s+...").
    """

    def __init__(self, body: str, ignorecase: bool = True, lead: str | None = None, *, source: str | None = None):
        self.pattern = source if source is not None else body
        word = WORD_CLASS
        tail = rf"(?:[^{word}]|\z)"
        if lead is None:
            self._first = SafeRegex(rf"({body}){tail}", ignorecase, source=self.pattern)  # anchored at the start
            self._next = SafeRegex(rf"[^{word}]({body}){tail}", ignorecase, source=self.pattern)
        else:
            self._first = self._next = SafeRegex(rf"{lead}({body}){tail}", ignorecase, source=self.pattern)
        self._lead = lead
        self.flags = self._first.flags

    def __repr__(self) -> str:
        return f"BoundedRegex({self.pattern!r})"

    @staticmethod
    def _core(m: SafeMatch) -> SafeMatch:
        spans = m._spans[1:]
        names = {k: v - 1 for k, v in m._names.items()}
        return SafeMatch(m.re, m.string, spans, names)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[SafeMatch]:
        """Whole-word matches in ``string[pos:endpos]``, left to right, not overlapping.

        Linear: the window is encoded once and each search starts at or one
        character before the end of the previous match.
        """

        def step(data: bytes, raw) -> int | None:
            s, e = raw[1]
            if e > s:
                last = _last_char_start(data, e)
                if not is_word_char(data[last:e].decode("utf-8", "surrogatepass")):
                    return last  # that character may be the next match's left edge
                return e
            if raw[0][0] < s:
                return e  # an empty match after a consumed edge: the next edge lies at e or later
            return None if e >= len(data) else e + _char_len(data, e)  # empty at the very start

        start = pos - 1  # the left edge may be the character before pos
        if pos <= 0:  # a match at the very start has no left edge to consume
            first = self._first.match(string, 0, endpos) if self._lead is None else None
            start = 0
            if first is not None:
                core = self._core(first)
                yield core
                s, e = core.span()
                start = e - 1 if e > s and not is_word_char(string[e - 1]) else e
        found = self._next._iter(string, start, endpos, "iter", step)
        for m in found:
            yield self._core(m)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> SafeMatch | None:
        """Anchored at ``pos`` (for a regex with a ``lead``); else the whole-word match starting at ``pos``."""
        if self._lead is not None:
            m = self._first.match(string, pos, endpos)
            return self._core(m) if m else None
        m = self.search(string, pos, endpos)
        return m if m is not None and m.start() == pos else None


def _after(data: bytes, raw) -> int | None:
    """The next search starts after the match; after an empty one, one character later."""
    s, e = raw[0]
    if e > s:
        return e
    if e >= len(data):
        return None
    return e + _char_len(data, e)


def _char_len(data: bytes, b: int) -> int:
    """Bytes in the UTF-8 character starting at ``data[b]``."""
    step = 1
    while b + step < len(data) and (data[b + step] & 0xC0) == 0x80:
        step += 1
    return step


def _last_char_start(data: bytes, e: int) -> int:
    """Byte offset of the character that ends at ``e``."""
    b = e - 1
    while b > 0 and (data[b] & 0xC0) == 0x80:
        b -= 1
    return b


_WORD_RE = re.compile(r"\w")


def is_word_char(ch: str) -> bool:
    """True if ``ch`` is what Python's ``re`` calls ``\\w`` in a ``str`` pattern (a letter or digit of any script, or ``_``)."""
    return _WORD_RE.match(ch) is not None


@lru_cache(maxsize=512)
def compile_safe(pattern: str, ignorecase: bool = False) -> SafeRegex:
    """A corpus regex for RE2 (see :func:`translate`); :class:`UnsafePattern` saying why if it cannot run there."""
    check(pattern)
    return SafeRegex(translate(pattern), ignorecase, source=pattern)


@lru_cache(maxsize=512)
def compile_bounded(body: str, ignorecase: bool = True, lead: str | None = None) -> BoundedRegex:
    """A corpus regex matched as whole words (see :class:`BoundedRegex`); ``body`` in Python syntax, ``lead`` in RE2 syntax."""
    check(body)
    return BoundedRegex(translate(body), ignorecase, lead, source=body)


# ---------------------------------------------------------------- where re and RE2 give the same matches

# With case ignored, Python's re and RE2 pair every cased character with the same others but these:
# re matches "i" and "I" with the Turkish dotted capital İ (U+0130) and dotless ı (U+0131), RE2 does not
# (it follows Unicode's simple case folding). Found by comparing both engines on every pair of characters
# that case mapping connects (tests/codebook/test_engines.py repeats it).
ENGINES_DISAGREE_ON = frozenset("\u0130\u0131")


def plain_ascii(pattern: str) -> bool:
    """True if ``pattern`` is written in ASCII and names no other character by an escape
    (``\\x``, ``\\u``, ``\\U``, ``\\N``, octal), and cannot match an empty string (after which
    the two engines resume a search at different places)."""
    if not pattern.isascii() or re.search(r"\\[xuUN0-7]", pattern):
        return False
    try:
        return re.fullmatch(pattern, "") is None
    except re.error:
        return False


def engines_agree_on(text: str) -> bool:
    """True if a :func:`plain_ascii` pattern finds the same matches in ``text`` on Python ``re`` and,
    translated (:func:`translate`), on RE2, case ignored or not.

    What could tell them apart is absent: the characters of :data:`ENGINES_DISAGREE_ON`, code
    points Python's Unicode database leaves unassigned (RE2's newer tables may call them letters or
    digits) and lone surrogates (no UTF-8 for RE2). Linear: one pass to collect the distinct characters."""
    for ch in set(text):
        if ch in ENGINES_DISAGREE_ON or (ch > "\x7f" and unicodedata.category(ch) in ("Cn", "Cs")):
            return False
    return True
