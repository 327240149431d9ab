"""Codebook rules compiled once per corpus: lexicon rules (naming, frames) and the claims rules.

:func:`corpus_tools.codebook.compile` builds these when a corpus is loaded;
the taggers in ``corpus_tools/tag/`` receive them ready to match, so no
regex is compiled per document. The package's own (vetted) rules compile
with Python ``re``; a rule a corpus brings compiles with RE2
(:mod:`corpus_tools.codebook.safe`: :class:`~corpus_tools.codebook.safe.BoundedRegex`
for whole words, :class:`~corpus_tools.codebook.safe.SafeRegex` otherwise),
which answers ``finditer``/``search``/``match`` like ``re.Pattern``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from .safe import BoundedRegex, UnsafePattern, check, compile_bounded, compile_safe, plain_ascii, translate

WORD_BEFORE = r"(?<![\w])"
WORD_AFTER = r"(?![\w])"


def whole_words(patterns: Iterable[str], case_sensitive: bool = False) -> re.Pattern:
    """One regex matching any of ``patterns`` as whole words."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"{WORD_BEFORE}(?:{body}){WORD_AFTER}", 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True)
class LexiconRule:
    """A lexicon rule compiled: its ``name``, ``(term, whole-word regex)`` pairs in
    term order, the ``context`` regex a paragraph must match (or ``None``),
    ``any_term`` (all terms joined, used only to skip paragraphs without a
    hit; ``None`` when the patterns cannot be joined safely), whether every
    pattern is ``context_free`` (see :func:`_context_free`), and the codebook
    entry itself as ``rule`` (its other keys: ``group``, ``frame``, ``question``).

    ``any_term_re2`` is ``any_term`` on RE2, for the package's own rules when
    every pattern is :func:`~corpus_tools.codebook.safe.plain_ascii`: on a text
    where :func:`~corpus_tools.codebook.safe.engines_agree_on` holds it finds
    the same matches three to four times faster (with case ignored, Python's
    ``re`` tries an alternation one branch at a time at every word start).
    """

    name: str
    terms: tuple[tuple[str, re.Pattern | BoundedRegex], ...]
    context: object | None  # re.Pattern, or a SafeRegex for a corpus's rule
    any_term: re.Pattern | BoundedRegex | None
    context_free: bool
    rule: Mapping
    any_term_re2: BoundedRegex | None = None

    def __getitem__(self, key: str):
        return self.rule[key]

    def get(self, key: str, default=None):
        return self.rule.get(key, default)


def _context_free(pattern: str) -> bool:
    """True if whether ``pattern`` matches a stretch of text depends on that stretch
    alone: no anchors, word boundaries or lookarounds (judged conservatively)."""
    if re.search(r"\\[bBAZz]", pattern):
        return False
    bare = re.sub(r"\\.", "", pattern)  # escaped characters are literals
    return not re.search(r"(?<!\[)\^|\$|\(\?[=!<]", bare)


def _safe_whole_words(patterns: list[str], case_sensitive: bool) -> BoundedRegex:
    """:func:`whole_words` for a corpus's patterns, on RE2 (each pattern checked alone, so an error names it)."""
    for p in patterns:
        check(p)
    return compile_bounded("|".join(f"(?:{p})" for p in patterns), not case_sensitive)


def compile_rule(rule: Mapping, trusted: bool = True) -> LexiconRule:
    """A codebook lexicon rule compiled; raises ``ValueError`` naming the rule and term of a bad regex.

    ``trusted``: a rule written by the package or by the programmer calling
    this (Python ``re``). :func:`corpus_tools.codebook.compile` passes ``False``
    for a rule a corpus brings: its regexes then run on RE2, and one RE2
    refuses is a ``ValueError`` saying why.
    """
    if isinstance(rule, LexiconRule):
        return rule
    name = rule.get("name", "?")
    terms = rule.get("terms")
    if not isinstance(terms, Mapping) or not terms:
        raise ValueError(f"lexicon rule {name!r}: 'terms' must be a table of term = [patterns]")
    case_sensitive = bool(rule.get("case_sensitive", False))
    compiled, patterns = [], []
    for term, value in terms.items():
        term_patterns = [value] if isinstance(value, str) else list(value)
        if not all(isinstance(p, str) for p in term_patterns):
            raise ValueError(f"lexicon rule {name!r}, term {term!r}: patterns must be strings")
        try:
            compiled.append((term, whole_words(term_patterns, case_sensitive) if trusted
                             else _safe_whole_words(term_patterns, case_sensitive)))
        except (re.error, UnsafePattern) as exc:
            raise ValueError(f"lexicon rule {name!r}, term {term!r}: bad regex ({exc})") from None
        patterns.extend(term_patterns)
    any_term = None
    # A numbered back-reference would point at another term's group once joined.
    if not trusted:
        any_term = _safe_whole_words(patterns, case_sensitive)
    elif not any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):
        try:
            any_term = whole_words(patterns, case_sensitive)
        except re.error:
            any_term = None
    any_term_re2 = None
    if trusted and any_term is not None and all(_context_free(p) and plain_ascii(p) for p in patterns):
        try:
            any_term_re2 = _safe_whole_words(patterns, case_sensitive)
        except (UnsafePattern, ValueError):
            pass  # a pattern RE2 cannot run: the rule keeps re alone
    context = rule.get("context") or None
    try:
        if not context:
            context_re = None
        else:
            context_re = re.compile(context, re.IGNORECASE) if trusted else compile_safe(context, True)
    except (re.error, UnsafePattern) as exc:
        raise ValueError(f"lexicon rule {name!r}: bad context regex ({exc})") from None
    return LexiconRule(name, tuple(compiled), context_re, any_term, all(_context_free(p) for p in patterns), rule,
                       any_term_re2)



# ---------------------------------------------------------------- claims

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # a figure in digits: 1,300 / 12.5 / 5


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class ClaimRules:
    """The claims codebook compiled once per corpus (by :func:`corpus_tools.codebook.compile`).

    Read from ``[claims]`` (number words, vague plurals, multipliers,
    fractions, qualifiers, idioms to ignore), ``[[claim_units]]``,
    ``[[claim_counts]]`` and ``[[claim_subjects]]``.
    """

    def __init__(self, codebook: Mapping, trusted: Callable[[str, Mapping], bool] | None = None):
        """``trusted(section, rule)``: run that rule on Python ``re`` (default: every rule, for a
        codebook the programmer wrote); :func:`corpus_tools.codebook.compile` passes its vetting."""
        if trusted is None:
            trusted = lambda section, rule: True  # noqa: E731
        cfg = codebook.get("claims", {})
        self.words = {k.lower(): float(v) for k, v in cfg.get("number_words", {}).items()}
        self.vague = {k.lower(): float(v) for k, v in cfg.get("vague", {}).items()}
        self.mult = {k.lower(): float(v) for k, v in cfg.get("multipliers", {}).items()}
        self.fractions = {k.lower(): float(v) for k, v in cfg.get("fractions", {}).items()}
        qual = rf"(?:(?P<q>{_alternation(cfg.get('qualifiers', []))})\s+)?" if cfg.get("qualifiers") else "(?P<q>)"
        num = rf"(?P<n>{_alternation(self.vague)}|{DIGITS}|{_alternation(self.words)})"
        mult = rf"(?:\s+(?P<x>{_alternation(self.mult)}))?" if self.mult else "(?P<x>)"
        self.number = re.compile(rf"{WORD_BEFORE}{qual}(?P<cur>[$€£]\s?)?{num}{mult}(?![\w]|[.,]\d)", re.IGNORECASE)
        self.fraction = re.compile(rf"{WORD_BEFORE}{qual}(?:(?P<k>a|one|two|three|four)[\s-]+)?(?P<f>{_alternation(self.fractions)}){WORD_AFTER}", re.IGNORECASE)
        self.units = [(u, self._unit(u, trusted("claim_units", u))) for u in codebook.get("claim_units", [])]
        self.counts = [(c, re.compile(rf"{WORD_BEFORE}(?:{c['cue']}){WORD_AFTER}", re.IGNORECASE) if trusted("claim_counts", c)
                        else compile_bounded(c["cue"], True)) for c in codebook.get("claim_counts", [])]
        # What may follow a counted noun ("killed", "were wounded"), per count rule; its group 1 is the cue.
        self.count_after = [re.compile(rf"\s+(?:were\s+|was\s+)?({cue.pattern})", re.IGNORECASE) if isinstance(cue, re.Pattern)
                            else _Group1(compile_bounded(c["cue"], True, translate(r"\s+(?:were\s+|was\s+)?")))
                            for c, cue in self.counts]
        self.ignore = re.compile(rf"{WORD_BEFORE}(?:{_alternation(cfg['ignore'])}){WORD_AFTER}", re.IGNORECASE) if cfg.get("ignore") else None
        self.subjects = [(s, re.compile(s["cue"], re.IGNORECASE), re.compile(s.get("context", ""), re.IGNORECASE))
                         if trusted("claim_subjects", s) else
                         (s, compile_safe(s["cue"], True), compile_safe(s.get("context", ""), True))
                         for s in codebook.get("claim_subjects", [])]

    @staticmethod
    def _unit(u: Mapping, trusted: bool):
        """A unit's regex, matched right after a number (``match`` at its end)."""
        gap = int(u.get("gap", 0) or 0)
        lead = (rf"(?:\s+of)?(?:\s+the)?\s*(?:\d[\d,.]*\s+)?(?:[\w’'-]+\s+){{0,{gap}}}?" if u.get("gap") else r"[\s-]*")
        if trusted:
            return re.compile(rf"{lead}(?:{u['pattern']}){WORD_AFTER}", re.IGNORECASE)
        return _Whole(compile_bounded(u["pattern"], True, translate(lead)))


class _Whole:
    """A lead-anchored :class:`BoundedRegex` read like the ``re`` unit regex: the match
    runs from where ``match`` started to the end of the pattern (its group 0)."""

    def __init__(self, regex: BoundedRegex):
        self.regex = regex
        self.pattern = regex.pattern

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        m = self.regex._first.match(string, pos, endpos)
        return None if m is None else _Span(string, pos, m.end(1))


class _Group1(_Whole):
    """``count_after`` on RE2: ``match`` whose group 1 is the cue."""

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        m = self.regex._first.match(string, pos, endpos)
        return None if m is None else _Span(string, pos, m.end(1), m.span(1))


class _Span:
    """The little of ``re.Match`` the claims tagger reads: ``start``, ``end``, ``group(0)``, ``group(1)``."""

    __slots__ = ("string", "_spans")

    def __init__(self, string: str, start: int, end: int, group1: tuple[int, int] | None = None):
        self.string = string
        self._spans = [(start, end)] + ([group1] if group1 else [])

    def start(self, g: int = 0) -> int:
        return self._spans[g][0]

    def end(self, g: int = 0) -> int:
        return self._spans[g][1]

    def group(self, g: int = 0) -> str:
        s, e = self._spans[g]
        return self.string[s:e]


