"""Lexicon matching shared by naming and frames: rules as data in, spans out.

A lexicon rule is a codebook entry (TOML) of this shape::

    [[naming]]
    name = "war_or_conflict"             # recorded in every row the rule makes
    description = "..."
    terms = { war = ['wars?'], conflict = ['conflicts?'] }
    case_sensitive = false               # optional, default false
    context = 'Kursk'                    # optional: a hit counts only in a
                                         # paragraph where this regex also matches

Each term maps to a list of regular expressions. They are matched as whole
words: a match may not start or end inside a word (``war`` does not match
"award" or "warning", but does match "war’s" and "post-war"). Matching runs
paragraph by paragraph over the clean text, so offsets are exact and a hit
never spans two paragraphs. Overlapping hits of different terms in one rule
are resolved leftmost-longest, so "counteroffensive" is not also counted as
"offensive".

A rule is compiled once per corpus (:func:`corpus_tools.codebook.compiled.compile_rule`,
called by :func:`corpus_tools.codebook.compile`) into a ``LexiconRule``; matching
is then plain ``finditer`` with public ``re``. Cost per document: one scan of
the text with the rule's joined regex to find the paragraphs that hold a hit,
then each term's regex over those paragraphs only, so O(text length x terms)
in the worst case and about O(text length) when hits are rare.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Mapping, Sequence

from ..codebook.compiled import WORD_AFTER, WORD_BEFORE, LexiconRule, compile_rule, whole_words  # noqa: F401  (re-exported)
from ..codebook.safe import engines_agree_on


def compiled_section(codebook: Mapping, section: str) -> tuple[LexiconRule, ...]:
    """The compiled lexicon rules of ``section`` ("naming", "frames"): taken from a
    compiled :class:`corpus_tools.codebook.Rules`, or compiled here from a plain codebook."""
    compiled = getattr(codebook, section, None)
    if isinstance(compiled, tuple):
        return compiled
    return tuple(compile_rule(rule) for rule in codebook.get(section, []) or [])


def text_units(doc, kinds: Sequence[str] = ("body", "heading")) -> list[tuple[int, int]]:
    """``(start, end)`` of the document's paragraphs of the given kinds."""
    return [(p["start"], p["end"]) for p in doc.paragraphs if p["kind"] in kinds]


_WORD_CHAR = re.compile(r"\w")


def _units_with_hits(text: str, units: Sequence[tuple[int, int]], any_term) -> Sequence[int]:
    """Indices of the units where a term of the rule may match, from one scan of the
    whole text instead of one per unit and term; every unit when that is not safe.

    Safe when the rule's patterns are context-free (see :func:`_context_free`), the
    units are in order, do not overlap and are bounded by non-word characters:
    then a hit inside a unit on its own is also a match in the whole text, and
    the scan finds a match starting at it or covering it. A match that is not
    inside one unit (it spans a paragraph break) would hide what follows, so
    then every unit is searched.
    """
    everything = range(len(units))
    if any(b[0] < a[1] for a, b in zip(units, units[1:])):
        return everything
    if any((s > 0 and _WORD_CHAR.match(text, s - 1)) or _WORD_CHAR.match(text, e) for s, e in units):
        return everything
    starts = [s for s, _ in units]
    found: list[int] = []
    for m in any_term.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        inside = i >= 0 and m.start() < units[i][1] and m.end() <= units[i][1]
        if not inside:
            if m.end() > m.start():
                return everything
            continue
        if not found or found[-1] != i:
            found.append(i)
    return found


def match_rule(text: str, rule: Mapping | LexiconRule, units: Sequence[tuple[int, int]],
               engines_agree: bool | None = None) -> list[dict]:
    """Hits of one lexicon rule: dicts with ``start``, ``end``, ``text``, ``term``, ``rule``.

    ``units`` are ``(start, end)`` windows of ``text`` (paragraphs) searched
    one at a time. Within a window, hits of the rule's terms do not overlap:
    the leftmost, then longest (then first term) wins. ``rule`` is a
    :class:`LexiconRule` or a codebook entry (compiled here, for one-off use).
    ``engines_agree``: :func:`~corpus_tools.codebook.safe.engines_agree_on`
    of ``text``, if the caller has it (else computed here when needed); the
    scan for paragraphs with a hit then runs on RE2, with the same result.
    """
    compiled = compile_rule(rule)
    candidates: Sequence[int] = range(len(units))
    if compiled.any_term is not None and compiled.context_free:
        any_term = compiled.any_term
        if compiled.any_term_re2 is not None and (engines_agree if engines_agree is not None else engines_agree_on(text)):
            any_term = compiled.any_term_re2
        candidates = _units_with_hits(text, units, any_term)
    rows: list[dict] = []
    for i in candidates:
        ustart, uend = units[i]
        window = text[ustart:uend]
        if compiled.context is not None and not compiled.context.search(window):
            continue
        found = []
        for order, (term, pattern) in enumerate(compiled.terms):
            for m in pattern.finditer(window):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), order, term, m.end()))
        last_end = -1
        for s, _neg_len, _order, term, e in sorted(found):
            if s < last_end:
                continue
            rows.append({"start": ustart + s, "end": ustart + e, "text": window[s:e], "term": term, "rule": compiled.name})
            last_end = e
    return rows


def match_each_rule(text: str, rules: Iterable[Mapping | LexiconRule], units: Sequence[tuple[int, int]]) -> list[list[dict]]:
    """``[match_rule(text, rule, units) for rule in rules]``."""
    agree = engines_agree_on(text)  # once for all the rules
    return [match_rule(text, rule, units, agree) for rule in rules]


def match_rules(text: str, rules: Iterable[Mapping | LexiconRule], units: Sequence[tuple[int, int]]) -> list[dict]:
    """:func:`match_rule` for several rules, rows sorted by position then rule order."""
    rows = []
    for order, hits in enumerate(match_each_rule(text, rules, units)):
        rows.extend((r["start"], order, r["end"], r) for r in hits)
    rows.sort(key=lambda t: t[:3])
    return [r for *_, r in rows]


def actor_patterns(codebook: Mapping) -> list[tuple[str, re.Pattern]]:
    """``[(actor name, whole-word regex of its name and aliases)]`` from ``[[actors]]``.

    Matching is case-sensitive: names are proper nouns, and "Kremlin" should
    not match inside a lower-case common word.
    """
    out = []
    for actor in codebook.get("actors", []):
        names = sorted({actor["name"], *actor.get("aliases", [])}, key=len, reverse=True)
        out.append((actor["name"], whole_words([re.escape(n) for n in names], case_sensitive=True)))
    return out
