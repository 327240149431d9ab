"""Lexicon matching shared by naming, frames and claims: rules as data in, spans out.

A lexicon rule is a codebook entry (TOML) of this shape::

    [[naming]]
    name = "war_or_conflict"             # recorded in every row the rule makes
    description = "..."
    terms = { war = ['wars?'], conflict = ['conflicts?'] }
    case_sensitive = false               # optional, default false
    context = 'Kursk'                    # optional: a hit counts only in a
                                         # paragraph where this regex also matches

Each term maps to a list of Python regular expressions. They are matched as
whole words: a match may not start or end inside a word (``war`` does not
match "award" or "warning", but does match "war’s" and "post-war"). Matching
runs paragraph by paragraph over the clean text, so offsets are exact and a
hit never spans two paragraphs. Overlapping hits of different terms in one
rule are resolved leftmost-longest, so "counteroffensive" is not also
counted as "offensive".

The helpers here are pure functions: text and rules in, rows out.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

WORD_BEFORE = r"(?<![\w])"
WORD_AFTER = r"(?![\w])"


def whole_words(patterns: Iterable[str], case_sensitive: bool = False) -> re.Pattern:
    """One regex matching any of ``patterns`` as whole words."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"{WORD_BEFORE}(?:{body}){WORD_AFTER}", 0 if case_sensitive else re.IGNORECASE)


def compile_rule(rule: Mapping) -> list[tuple[str, re.Pattern]]:
    """``[(term, pattern), ...]`` for a lexicon rule; raises ``ValueError`` naming a bad rule."""
    name = rule.get("name", "?")
    terms = rule.get("terms")
    if not isinstance(terms, Mapping) or not terms:
        raise ValueError(f"lexicon rule {name!r}: 'terms' must be a table of term = [patterns]")
    out = []
    for term, patterns in terms.items():
        if isinstance(patterns, str):
            patterns = [patterns]
        try:
            out.append((term, whole_words(patterns, bool(rule.get("case_sensitive", False)))))
        except re.error as exc:
            raise ValueError(f"lexicon rule {name!r}, term {term!r}: bad regex ({exc})") from None
    return out


def text_units(doc, kinds: Sequence[str] = ("body", "heading")) -> list[tuple[int, int]]:
    """``(start, end)`` of the document's paragraphs of the given kinds."""
    return [(p["start"], p["end"]) for p in doc.paragraphs if p["kind"] in kinds]


def _frozen(rule: Mapping) -> tuple:
    """A hashable copy of what matching a rule depends on (the cache key of :func:`_compiled`)."""
    terms = rule.get("terms")
    if not isinstance(terms, Mapping) or not terms:
        compile_rule(rule)  # raises the ValueError that names the rule
    terms = tuple((t, p if isinstance(p, str) else tuple(p)) for t, p in terms.items())
    return (rule.get("name", "?"), terms, bool(rule.get("case_sensitive", False)), rule.get("context") or "")


def _context_free(pattern: str) -> bool:
    """True if whether ``pattern`` matches a stretch of text depends on that stretch
    alone: no anchors, word boundaries or lookarounds (judged conservatively)."""
    if re.search(r"\\[bBAZ]", pattern):
        return False
    bare = re.sub(r"\\.", "", pattern)  # escaped characters are literals
    return not re.search(r"(?<!\[)\^|\$|\(\?[=!<]", bare)


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=256)
def _compiled(key: tuple) -> tuple[list[tuple[str, re.Pattern]], re.Pattern | None, re.Pattern | None, bool]:
    """Per rule, compiled once (not once per document): its terms, its context,
    ``any_term``, one regex for all the rule's terms used only to skip text where
    no term can match (``None`` if the patterns cannot be joined safely), and
    whether every pattern is context-free (see :func:`match_rule`)."""
    name, terms, case_sensitive, context = key
    rule = {"name": name, "terms": dict(terms), "case_sensitive": case_sensitive}
    compiled = compile_rule(rule)
    patterns = [p for _, ps in terms for p in ([ps] if isinstance(ps, str) else ps)]
    any_term = None
    # A numbered back-reference would point at another term's group once joined.
    if not any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):
        try:
            any_term = whole_words(patterns, case_sensitive)
        except re.error:
            any_term = None
    return (compiled, (re.compile(context, re.IGNORECASE) if context else None), any_term,
            all(_context_free(p) for p in patterns))


def _edges_are_breaks(text: str, units: Sequence[tuple[int, int]]) -> bool:
    """True if no unit of ``text`` has a word character right before or after it."""
    return not any((s > 0 and _WORD_CHAR.match(text, s - 1)) or _WORD_CHAR.match(text, e) for s, e in units)


def _units_with_hits(text: str, units: Sequence[tuple[int, int]], any_term: re.Pattern):
    """Indices of the units where a term of the rule may match, from one scan of the
    whole text instead of one per unit and term; every unit when that is not safe.

    Safe when the rule's patterns are context-free (see :func:`_context_free`), the
    units are in order, do not overlap and are bounded by non-word characters:
    then a hit inside a unit on its own is also a match in the whole text, and
    the scan finds a match starting at it or covering it. A match that is not
    inside one unit (it spans a paragraph break) would hide what follows, so
    then every unit is searched, as before.
    """
    everything = range(len(units))
    if any(b[0] < a[1] for a, b in zip(units, units[1:])) or not _edges_are_breaks(text, units):
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


def match_rule(text: str, rule: Mapping, units: Sequence[tuple[int, int]]) -> list[dict]:
    """Hits of one lexicon rule: dicts with ``start``, ``end``, ``text``, ``term``, ``rule``.

    ``units`` are ``(start, end)`` windows of ``text`` (paragraphs) searched
    one at a time. Within a window, hits of the rule's terms do not overlap:
    the leftmost, then longest, wins.
    """
    key = _frozen(rule)
    try:
        compiled, context, any_term, context_free = _compiled(key)
    except TypeError:  # an unhashable pattern value: compile without the cache
        compiled, context, any_term, context_free = _compiled.__wrapped__(key)
    candidates = range(len(units))
    if any_term is not None and context_free:
        candidates = _units_with_hits(text, units, any_term)
    rows = []
    for i in candidates:
        ustart, uend = units[i]
        window = text[ustart:uend]
        if context is not None and not context.search(window):
            continue
        found = []
        for order, (term, pattern) in enumerate(compiled):
            for m in pattern.finditer(window):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), order, term, m.end()))
        last_end = -1
        for s, _neg_len, _order, term, e in sorted(found):
            if s < last_end:
                continue
            rows.append({"start": ustart + s, "end": ustart + e, "text": window[s:e], "term": term,
                         "rule": rule["name"]})
            last_end = e
    return rows


def match_rules(text: str, rules: Iterable[Mapping], units: Sequence[tuple[int, int]]) -> list[dict]:
    """:func:`match_rule` for several rules, rows sorted by position then rule order."""
    rows = []
    for order, rule in enumerate(rules):
        rows.extend(dict(r, _order=order) for r in match_rule(text, rule, units))
    rows.sort(key=lambda r: (r["start"], r["_order"], r["end"]))
    for r in rows:
        del r["_order"]
    return rows


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
