"""The package's own ``re`` patterns, rewritten to be tried faster with the same matches.

Python's ``re`` tries the branches of an alternation one after another at
every position it considers. When case is ignored it cannot even skip a
branch by its first letter, so a pattern such as ``vague_speakers``
(sources.toml), with a hundred group nouns, tries each of them at each word:
about 5 ms a document, the costliest rule of the citation tagger.

:func:`factor_alternations` regroups the branches of each ``(?:…|…)`` group by
their first letter: ``(?:prosecutors|paramedics|officials|officers)`` becomes
``(?:p(?:rosecutors|aramedics)|o(?:fficials|fficers))``. The same matches,
spans and groups, because

* two branches that start with different ASCII letters can never match at the
  same place (no ASCII letter is another's case variant), so the order between
  letters does not matter;
* branches with the same first letter keep their order, so the first that
  matches is the same one;
* only non-capturing groups are added, and a group is left as written when a
  branch holds a capturing group (its number would change), starts with
  anything but a plain ASCII letter, or puts a quantifier on that letter.

Linear in the length of the pattern; used once per pattern (the compiled
pattern is cached). ``tests/codebook/test_factored.py`` compares every
package pattern with its factored form on the test corpora and on generated
text.
"""
from __future__ import annotations

import re

__all__ = ["factor_alternations"]

_QUANTIFIERS = ("?", "*", "+", "{")


def _class_end(pattern: str, i: int) -> int:
    """The index just past the character class that starts at ``pattern[i] == "["``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a "]" first in a class is a literal
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _past_escape_or_class(pattern: str, j: int) -> int:
    """The index after the escape or character class that starts at ``j``; ``j`` if neither does."""
    if pattern[j] == "\\":
        return j + 2
    if pattern[j] == "[":
        return _class_end(pattern, j)
    return j


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` that closes the group opened at ``pattern[i] == "("``."""
    depth, j = 0, i
    while True:
        if (past := _past_escape_or_class(pattern, j)) != j:
            j = past
            continue
        if pattern[j] == "(":
            depth += 1
        elif pattern[j] == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1


def _branches(body: str) -> list[str]:
    """``body`` split at its top-level ``|`` (not inside a group, a class or an escape)."""
    parts, start, j = [], 0, 0
    while j < len(body):
        if (past := _past_escape_or_class(body, j)) != j:
            j = past
        elif body[j] == "(":
            j = _group_end(body, j) + 1
        else:
            if body[j] == "|":
                parts.append(body[start:j])
                start = j + 1
            j += 1
    parts.append(body[start:])
    return parts


def _captures(branch: str) -> bool:
    """True if ``branch`` may hold a capturing group (an unescaped ``(`` not followed by ``?``, or ``(?P<``)."""
    return re.search(r"(?<!\\)\((?!\?)|\(\?P<", branch) is not None


def _regrouped(branches: list[str]) -> str:
    """The branches, those with the same first letter joined under it (in their order)."""
    by_letter: dict[str, list[str]] = {}
    for b in branches:
        by_letter.setdefault(b[0].lower(), []).append(b)
    alternatives = []
    for same in by_letter.values():
        if len(same) == 1 or len({b[0] for b in same}) > 1:
            alternatives.extend(same)  # one branch, or "S…" and "s…" (case matters where the group is case-sensitive)
        else:
            alternatives.append(same[0][0] + "(?:" + "|".join(b[1:] for b in same) + ")")
    return "|".join(alternatives)


# What opens a group with a body: (  (?:  (?P<name>  (?=  (?!  (?<=  (?<!  (?>  and scoped flags such as (?-i:
_OPENER = re.compile(r"\((?:\?(?:[aiLmsux]*(?:-[imsx]+)?:|P<\w+>|=|!|<=|<!|>))?")


def _factor(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        opener = _OPENER.match(pattern, i) if ch == "(" else None
        if (past := _past_escape_or_class(pattern, i)) != i:
            out.append(pattern[i:past])
            i = past
        elif opener is not None and not pattern.startswith(("(?P=", "(?#", "(?("), i):
            end = _group_end(pattern, i)
            branches = [_factor(b) for b in _branches(pattern[opener.end():end])]
            if len(branches) > 2 and all(b[:1].isascii() and b[:1].isalpha() and b[1:2] not in _QUANTIFIERS
                                         and not _captures(b) for b in branches):
                out.append(opener.group() + _regrouped(branches) + ")")
            else:
                out.append(opener.group() + "|".join(branches) + ")")
            i = end + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def factor_alternations(pattern: str, flags: int = 0) -> str:
    """``pattern`` with the branches of each non-capturing group regrouped by first letter (see the
    module docstring); ``pattern`` unchanged if it is verbose (``(?x)`` or ``re.X``: its
    whitespace and comments are not read here) or cannot be read or compiled."""
    if flags & re.VERBOSE or re.search(r"\(\?[a-zA-Z]*x", pattern) or "(?#" in pattern or "(?(" in pattern:
        return pattern
    try:
        factored = _factor(pattern)
        re.compile(factored, flags)
    except (IndexError, re.error, RecursionError):
        return pattern
    return factored
