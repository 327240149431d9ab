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


def match_rule(text: str, rule: Mapping, units: Sequence[tuple[int, int]]) -> list[dict]:
    """Hits of one lexicon rule: dicts with ``start``, ``end``, ``text``, ``term``, ``rule``.

    ``units`` are ``(start, end)`` windows of ``text`` (paragraphs) searched
    one at a time. Within a window, hits of the rule's terms do not overlap:
    the leftmost, then longest, wins.
    """
    compiled = compile_rule(rule)
    context = re.compile(rule["context"], re.IGNORECASE) if rule.get("context") else None
    rows = []
    for ustart, uend in units:
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
