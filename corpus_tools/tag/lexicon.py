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

Speed: running every term's regex over every paragraph is the reference
(:func:`_exact_rule_hits`), but slow. :func:`match_each_rule` first lists,
for each regex, the strings one of which must begin any match
(:func:`start_prefixes`, read from re's own parse of the regex), finds where
they occur in one scan of the text (:class:`StartScanner`) and tries each
regex only there. The same scanner serves :mod:`corpus_tools.claims`. When a
regex or a text is beyond what this can handle safely, the reference runs
instead; ``tests/test_lexicon.py`` checks that both give the same rows.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from re import _constants as _sre, _parser as _sre_parse  # re's own parser: Python is pinned to 3.11
from typing import Iterable, Mapping, NamedTuple, Sequence

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
_DIGIT = re.compile(r"\d")


class _Rule:
    """A lexicon rule compiled once (not once per document), see :func:`_compiled`."""

    __slots__ = ("compiled", "context", "any_term", "context_free")

    def __init__(self, compiled, context, any_term, context_free):
        self.compiled = compiled          # [(term, whole-word regex), ...]
        self.context = context            # regex a paragraph must match, or None
        self.any_term = any_term          # all terms in one regex (exact path's skip), or None
        self.context_free = context_free  # every pattern context-free (exact path's skip)


@lru_cache(maxsize=256)
def _compiled(key: tuple) -> _Rule:
    """Per rule, compiled once: its terms, its context, ``any_term``, one regex for
    all the rule's terms used only to skip text where no term can match (``None``
    if the patterns cannot be joined safely), and whether every pattern is
    context-free (see :func:`_exact_rule_hits`)."""
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
    return _Rule(compiled, re.compile(context, re.IGNORECASE) if context else None, any_term,
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


def _keep_leftmost_longest(found: list[tuple], window: str, ustart: int, name: str, rows: list[dict]) -> None:
    """Append to ``rows`` the hits of one unit that survive overlap resolution.

    ``found`` holds ``(start, -length, term order, term, end)`` per match, in
    window offsets; sorted, the leftmost then longest (then first term) wins
    and hits overlapping a kept one are dropped.
    """
    last_end = -1
    for s, _neg_len, _order, term, e in sorted(found):
        if s < last_end:
            continue
        rows.append({"start": ustart + s, "end": ustart + e, "text": window[s:e], "term": term, "rule": name})
        last_end = e


def _exact_rule_hits(text: str, rule: Mapping, compiled: _Rule, units: Sequence[tuple[int, int]]) -> list[dict]:
    """The reference matcher: every term's regex run over every unit that may hold a hit.

    Used for rules (or texts) the fast path of :func:`match_each_rule` cannot
    handle; the fast path must give exactly what this gives.
    """
    candidates = range(len(units))
    if compiled.any_term is not None and compiled.context_free:
        candidates = _units_with_hits(text, units, compiled.any_term)
    rows: list[dict] = []
    for i in candidates:
        ustart, uend = units[i]
        window = text[ustart:uend]
        if compiled.context is not None and not compiled.context.search(window):
            continue
        found = []
        for order, (term, pattern) in enumerate(compiled.compiled):
            for m in pattern.finditer(window):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), order, term, m.end()))
        _keep_leftmost_longest(found, window, ustart, rule["name"], rows)
    return rows


def _rule_hits_from_starts(text: str, rule: Mapping, compiled: _Rule, term_starts: Sequence[Sequence[int]],
                           units: Sequence[tuple[int, int]], unit_starts: Sequence[int]) -> list[dict]:
    """The hits :func:`_exact_rule_hits` finds, trying each term's regex only where
    a match of it may start (``term_starts``, from :class:`StartScanner`).

    Per unit and term this replays ``finditer`` on the unit's text: the leftmost
    match at or after the end of the previous one. Trying the candidate starts
    in order gives the same matches, because no match starts anywhere else and
    none is empty. Units must be sorted and must not overlap (``unit_starts``
    are their starts) for the position-to-unit lookup.
    """
    by_unit: dict[int, list[tuple[int, int]]] = {}
    for order, positions in enumerate(term_starts):
        for p in positions:
            u = bisect_right(unit_starts, p) - 1
            if u >= 0 and p < units[u][1]:  # a start outside every unit cannot be a hit
                by_unit.setdefault(u, []).append((order, p))
    rows: list[dict] = []
    for u in sorted(by_unit):
        ustart, uend = units[u]
        window = text[ustart:uend]
        if compiled.context is not None and not compiled.context.search(window):
            continue
        found = []
        current, resume = -1, 0
        for order, p in by_unit[u]:  # grouped by term, positions increasing within a term
            if order != current:
                current, resume = order, 0
            p -= ustart
            if p < resume:  # inside the previous match of this term: finditer would not look here
                continue
            term, pattern = compiled.compiled[order]
            m = pattern.match(window, p)
            if m is not None:
                found.append((p, -(m.end() - p), order, term, m.end()))
                resume = m.end()
        _keep_leftmost_longest(found, window, ustart, rule["name"], rows)
    return rows


class _Plan:
    """A list of rules compiled for :func:`match_each_rule`: each rule's
    :class:`_Rule`, and one :class:`StartScanner` for all their terms."""

    def __init__(self, keys: Sequence[tuple]):
        self.rules = [_compiled(k) if _hashable(k) else _compiled.__wrapped__(k) for k in keys]
        self.slots: list[range] = []  # per rule: its terms' indices in the scanner
        patterns: list[re.Pattern] = []
        for rule in self.rules:
            self.slots.append(range(len(patterns), len(patterns) + len(rule.compiled)))
            patterns.extend(pattern for _, pattern in rule.compiled)
        self.scanner = StartScanner(patterns)


def _hashable(key) -> bool:
    try:
        hash(key)
    except TypeError:  # an unhashable pattern value: compile without the cache
        return False
    return True


@lru_cache(maxsize=32)
def _cached_plan(keys: tuple) -> _Plan:
    """The :class:`_Plan` of rules frozen by :func:`_frozen`, built once per distinct rule set."""
    return _Plan(keys)


def _plan_from_keys(rules: Sequence[Mapping]) -> _Plan:
    keys = tuple(_frozen(rule) for rule in rules)
    return _cached_plan(keys) if _hashable(keys) else _Plan(keys)


_PLANS_BY_ID: dict[int, tuple] = {}


def _term_orders(rules: Sequence[Mapping]) -> list:
    """Each rule's term names in order: the order decides which of two equally long hits wins."""
    return [list(rule.get("terms") or ()) for rule in rules]


def _plan_for(rules: Sequence[Mapping]) -> _Plan:
    """The :class:`_Plan` for ``rules``.

    Freezing every rule into a cache key costs more than matching a short
    text, so the plan is also kept under the list's identity, with a deep
    copy of the rules: it is reused only while the list still equals that
    copy (and its terms are in the same order, which == on dicts ignores).
    """
    cached = _PLANS_BY_ID.get(id(rules))
    if cached is not None:
        snapshot, orders, plan = cached
        try:
            if snapshot == rules and orders == _term_orders(rules):
                return plan
        except Exception:  # noqa: BLE001 - not comparable: build it the plain way
            pass
    plan = _plan_from_keys(rules)
    try:
        entry = (copy.deepcopy(rules), _term_orders(rules), plan)
    except Exception:  # noqa: BLE001 - cannot be copied: do not keep it
        return plan
    if len(_PLANS_BY_ID) >= 16:
        _PLANS_BY_ID.clear()
    _PLANS_BY_ID[id(rules)] = entry
    return plan


def _fast_path_units(text: str, units: Sequence[tuple[int, int]]) -> list[int] | None:
    """Unit starts if the fast path may be used for these units, else ``None``.

    The scan sees a unit's first character as a word start only if the
    character before it (in the whole text) is not a word character, while
    matching inside the unit alone sees nothing before it; so a unit that
    begins right after a word character, or units out of order or
    overlapping, send the text to the exact path.
    """
    starts = [s for s, _ in units]
    for i, (s, e) in enumerate(units):
        if (s > 0 and _WORD_CHAR.match(text, s - 1)) or (i and s < units[i - 1][1]):
            return None
    return starts


def match_each_rule(text: str, rules: Sequence[Mapping], units: Sequence[tuple[int, int]]) -> list[list[dict]]:
    """``[match_rule(text, rule, units) for rule in rules]``, from one scan of the text.

    The scan (:class:`StartScanner`) finds, for every term of every rule, the
    positions where a match may start; each term's regex is then tried only
    there. A rule with a term whose regex cannot be analysed (see
    :func:`start_prefixes`), or a text whose case folding cannot be trusted
    (see :func:`_lowered`), takes the exact path instead, which runs every
    term's regex over every unit; both give the same rows.
    """
    if not isinstance(rules, Sequence):  # e.g. a generator: it is read more than once
        rules = list(rules)
    return _match_each(text, rules, units, _plan_for(rules))


def _match_each(text: str, rules: Sequence[Mapping], units: Sequence[tuple[int, int]], plan: _Plan) -> list[list[dict]]:
    """:func:`match_each_rule` with the rules' :class:`_Plan` given."""
    unit_starts = _fast_path_units(text, units)
    found = plan.scanner.find(text) if unit_starts is not None else None
    out = []
    for rule, compiled, slot in zip(rules, plan.rules, plan.slots):
        term_starts = None if found is None else [found[k] for k in slot]
        if term_starts is None or any(starts is None for starts in term_starts):
            out.append(_exact_rule_hits(text, rule, compiled, units))
        else:
            out.append(_rule_hits_from_starts(text, rule, compiled, term_starts, units, unit_starts))
    return out


def match_rule(text: str, rule: Mapping, units: Sequence[tuple[int, int]]) -> list[dict]:
    """Hits of one lexicon rule: dicts with ``start``, ``end``, ``text``, ``term``, ``rule``.

    ``units`` are ``(start, end)`` windows of ``text`` (paragraphs) searched
    one at a time. Within a window, hits of the rule's terms do not overlap:
    the leftmost, then longest, wins. (:func:`match_each_rule` does several
    rules with one scan of the text.)
    """
    return _match_each(text, [rule], units, _plan_from_keys([rule]))[0]


def match_rules(text: str, rules: Iterable[Mapping], units: Sequence[tuple[int, int]]) -> list[dict]:
    """:func:`match_rule` for several rules, rows sorted by position then rule order."""
    rules = list(rules)
    rows = []
    for order, hits in enumerate(_match_each(text, rules, units, _plan_from_keys(rules))):
        rows.extend(dict(r, _order=order) for r in hits)
    rows.sort(key=lambda r: (r["start"], r["_order"], r["end"]))
    for r in rows:
        del r["_order"]
    return rows


# ---------------------------------------------------------------- where a match can start
#
# Why this exists: Python's re skips ahead to promising positions only when a
# regex begins with a literal character or set, and not for case-insensitive
# letters. A rule's regex begins with the lookbehind (?<![\w]) and usually
# ignores case, so every term of every rule used to be tried at every
# character of every paragraph. Instead, each regex is taken apart with re's
# own parser to list strings one of which must begin any match ("reject" for
# 'reject(?:s|ed|ing|ion)?'); one scan of the text finds where those strings
# occur (at the start of a word, for whole-word regexes), and the regex is
# tried only there. Anything the analysis does not understand makes it give
# up for that regex (the caller then runs the plain regex), so it can only be
# too cautious, never drop a match: every step keeps a superset of the
# possible matches.

_MAX_STRINGS = 256  # give up when a regex allows more starting strings than this
_MAX_STEPS = 10_000  # ... or takes more work than this to analyse
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_IS_DIGIT = "digit"  # what _atom returns for exactly \d
_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r"\s+")
# In the strings of start_prefixes, " " stands for "one or more \s characters":
# every whitespace character or \s of a regex is read so (it allows more), and
# runs of them are merged, so "at\s+least" and "at least" both give "at least".
_WS = " "


class _GiveUp(Exception):
    pass


@lru_cache(maxsize=None)
def _literal_fold(c: str) -> str | None:
    """How a literal character ``c`` of a case-insensitive regex is compared: ``c.lower()``.

    Texts are compared after ``text.lower()``, so this is valid only if every
    character that ``re.IGNORECASE`` lets match ``c`` lowers to the same
    character. Checked here for ASCII text characters; non-ASCII ones are
    checked per text (:func:`_lower_ok`, :func:`_pair_ok`). ``None`` if ``c``
    cannot be used: its lower case is longer than one character, or ``c`` is
    a non-ASCII character that is not already lower case.
    """
    low = c.lower()
    if len(low) != 1 or (not c.isascii() and low != c):
        return None
    same = re.compile(re.escape(c), re.IGNORECASE)
    if any(same.fullmatch(chr(code)) and chr(code).lower() != low for code in range(128)):
        return None
    return low


def _atom(op, av, ignorecase: bool):
    """The characters one LITERAL or IN item matches (as compared, see
    :func:`_literal_fold`; whitespace as ``_WS``), ``_IS_DIGIT`` for exactly
    ``\\d``, or ``None`` if they cannot be listed (negated sets, other
    categories, big ranges)."""
    if op is _sre.LITERAL:
        items = [(_sre.LITERAL, av)]
    elif op is _sre.IN:
        items = av
        if items == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
            return _IS_DIGIT
        if items == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
            return {_WS}
    else:
        return None
    chars = set()
    for kind, value in items:
        if kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:  # [\s-] and the like
            chars.add(_WS)
            continue
        if kind is _sre.LITERAL:
            codes = (value,)
        elif kind is _sre.RANGE and value[1] - value[0] < 64:
            codes = range(value[0], value[1] + 1)
        else:
            return None
        for code in codes:
            c = _literal_fold(chr(code)) if ignorecase else chr(code)
            if c is None:
                return None
            chars.add(_WS if _SPACE.match(c) else c)
    return chars


def _join(c: str, s: str) -> str:
    """``c + s`` with a whitespace run not written twice (see ``_WS``)."""
    return s if c == _WS and s.startswith(_WS) else c + s


def _prefixes(items: list, ignorecase: bool, budget: list[int]) -> tuple[set[str], bool]:
    """``(strings, digit)`` for a parsed regex sequence: every match of it begins
    with one of ``strings``, or (if ``digit``) with a ``\\d`` character.

    ``""`` among the strings means "may begin with anything". Lookarounds and
    anchors are skipped (they consume nothing, so ignoring them only allows
    more). A repeat is represented by its first round only, and anything not
    understood by ``""``: both keep a superset of what can match.
    """
    budget[0] -= 1
    if budget[0] < 0:
        raise _GiveUp
    if not items:
        return {""}, False
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _prefixes(rest, ignorecase, budget)
    if op is _sre.LITERAL or op is _sre.IN:
        chars = _atom(op, av, ignorecase)
        if chars is None:
            return {""}, False
        if chars is _IS_DIGIT:
            return set(), True
        after, digit = _prefixes(rest, ignorecase, budget)
        out = {_join(c, s) for c in chars for s in after}
        if digit:  # "c" then a digit: all we keep is "c"
            out |= chars
        if len(out) > _MAX_STRINGS:
            return {""}, False
        return out, False
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:...) and the like: not analysed
            return {""}, False
        return _prefixes(list(sub) + rest, ignorecase, budget)
    if op is _sre.BRANCH:
        out, digit = set(), False
        for alternative in av[1]:
            s, d = _prefixes(list(alternative) + rest, ignorecase, budget)
            out |= s
            digit = digit or d
        if len(out) > _MAX_STRINGS:
            return {""}, False
        return out, digit
    if op in _REPEATS:
        low, _high, body = av
        if len(body) == 1 and body[0][0] in (_sre.LITERAL, _sre.IN) and _atom(*body[0], ignorecase) == {_WS}:
            # \s+, \s*, " +": whitespace, then what follows
            after, digit = _prefixes(rest, ignorecase, budget)
            out = {_join(_WS, s) for s in after} | ({_WS} if digit else set())
            return (out | after, digit) if low == 0 else (out, False)
        out, digit = _prefixes(list(body), ignorecase, budget)
        if low == 0:  # the repeat may match nothing: the match may begin with what follows
            s, d = _prefixes(rest, ignorecase, budget)
            out, digit = out | s, digit or d
        return out, digit
    return {""}, False  # back-references, atomic groups, ANY, NOT_LITERAL ...


def _is_word_before(item) -> bool:
    """True for the parsed form of :data:`WORD_BEFORE`."""
    op, av = item
    return (op is _sre.ASSERT_NOT and av[0] == -1
            and list(av[1]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])])


def _parsed(pattern: re.Pattern) -> list | None:
    """The top-level items of ``pattern`` as re's parser sees them, or ``None``
    if the analysis does not apply (bytes, ASCII or LOCALE matching)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        return list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - any surprise means: do not analyse
        return None


class Starts(NamedTuple):
    """How every match of a regex begins (see :func:`start_prefixes`)."""

    strings: frozenset[str]  # with one of these (lower case if the regex ignores case; " " is any whitespace run) ...
    digit: bool  # ... or, if True, with a \d character
    word_start: bool  # the regex begins with WORD_BEFORE: no word character comes right before a match


@lru_cache(maxsize=1024)
def start_prefixes(pattern: re.Pattern) -> Starts | None:
    """Where a match of ``pattern`` can begin: :class:`Starts`, or ``None`` if that
    cannot be worked out safely (or a match could begin with anything).

    ``strings`` are lower-cased if the regex ignores case, and only the
    shortest are kept ("war" covers "wars"). ``word_start`` is true for
    regexes that begin with :data:`WORD_BEFORE`, as :func:`whole_words` makes
    them (its lookbehind is skipped like any other).
    """
    items = _parsed(pattern)
    if not items:
        return None
    try:
        strings, digit = _prefixes(items, bool(pattern.flags & re.IGNORECASE), [_MAX_STEPS])
    except (_GiveUp, RecursionError):
        return None
    if "" in strings or not (strings or digit) or any(s.startswith(_WS) for s in strings):
        return None  # a match could begin anywhere (or with whitespace: not handled)
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return Starts(frozenset(kept), digit, _is_word_before(items[0]))


# ---------------------------------------------------------------- case folding of the text

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_AS_LITERAL = None  # [(ASCII character, regex matching it case-insensitively)], built on first use


@lru_cache(maxsize=None)
def _lower_ok(t: str) -> bool:
    """True if ``t.lower()`` can stand in for the non-ASCII text character ``t``.

    That needs: one character, whatever the neighbours (``str.lower`` turns a
    final capital sigma into ``ς``, not ``σ``); the same word/digit class as
    ``t`` (the scan looks for ``\\W`` and ``\\d`` in the lowered text); and for
    every ASCII literal that ``re.IGNORECASE`` lets ``t`` match (the Kelvin
    sign matches "k", the long s "s"), the lower case of that literal.
    """
    global _ASCII_AS_LITERAL
    low = t.lower()
    if len(low) != 1 or ("A" + t).lower() != "a" + low or ("A" + t + "A").lower() != "a" + low + "a":
        return False
    for rx in (_WORD_CHAR, _DIGIT, _SPACE):
        if bool(rx.match(t)) != bool(rx.match(low)):
            return False
    if _ASCII_AS_LITERAL is None:
        _ASCII_AS_LITERAL = [(chr(i), re.compile(re.escape(chr(i)), re.IGNORECASE)) for i in range(128)]
    return all(a.lower() == low for a, rx in _ASCII_AS_LITERAL if rx.fullmatch(t))


@lru_cache(maxsize=None)
def _pair_ok(t: str, c: str) -> bool:
    """True unless ``re.IGNORECASE`` lets text character ``t`` match the
    (non-ASCII, lower-case) literal ``c`` while ``t.lower()`` is not ``c``."""
    return not re.fullmatch(re.escape(c), t, re.IGNORECASE) or t.lower() == c


_last_lowered: tuple = (None, None)


def _lowered(text: str) -> tuple[str, frozenset[str]] | None:
    """``(text.lower(), the distinct non-ASCII characters of text)``, or ``None``
    if ``text.lower()`` cannot be compared with case-insensitive literals in
    place of ``text`` (a character fails :func:`_lower_ok`).

    The last result is kept: frames, naming and claims ask for the same text.
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    if text.isascii():
        result = (text.lower(), frozenset())
    else:
        odd = frozenset(c for c in set(text) if c > "\x7f")  # distinct non-ASCII characters, no list of every one
        lowered = text.lower() if all(_lower_ok(t) for t in odd) else None
        result = (lowered, odd) if lowered is not None and len(lowered) == len(text) else None
    _last_lowered = (text, result)
    return result


def _comparable(text: str, ignorecase: bool, odd_literals: frozenset[str]) -> str | None:
    """The text to compare literals with: ``text`` itself, or for case-insensitive
    literals its lower case (``None`` when that is not safe, see :func:`_lowered`)."""
    if not ignorecase:
        return text
    lowered = _lowered(text)
    if lowered is None:
        return None
    if odd_literals and not all(_pair_ok(t, c) for t in lowered[1] for c in odd_literals):
        return None
    return lowered[0]


_last_digits: tuple = (None, None)


def _digit_positions(text: str) -> list[int]:
    """Positions of the ``\\d`` characters of ``text`` (the last result is kept)."""
    global _last_digits
    last = _last_digits
    if last[0] is not text:
        last = _last_digits = (text, [m.start() for m in _DIGIT.finditer(text)])
    return last[1]


def _trie_regex(strings: Iterable[str]) -> str:
    """A regex matching any of ``strings``, the longest one where several match
    at the same place, written as a trie ("war|warn" -> "war(?:n)?"); ``_WS``
    is written ``\\s+``."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def regex(node: dict) -> str:
        branches = [(r"\s+" if ch == _WS else re.escape(ch)) + regex(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return regex(trie)


def _first_char_regex(strings: Iterable[str], word_start: bool) -> str:
    """A regex whose match is the first character of one of ``strings`` (with
    the rest, longest first, captured in a lookahead group), so that re can
    skip straight to those characters; ``word_start`` adds the condition that
    no word character comes before."""
    by_first: dict[str, list[str]] = {}
    for s in strings:
        by_first.setdefault(s[0], []).append(s[1:])
    branches = []
    for c in sorted(by_first):
        guard = rf"(?<!\w{re.escape(c)})" if word_start else ""
        branches.append(rf"{re.escape(c)}{guard}(?=({_trie_regex(by_first[c])}))")
    return "|".join(branches)


class _Scan:
    """One scan for the regexes of a :class:`StartScanner` that share case
    sensitivity and word-start-ness (see :meth:`StartScanner.find`)."""

    def __init__(self, entries: list[tuple[int, Starts]], ignorecase: bool, word_start: bool):
        self.ids = [k for k, _ in entries]
        self.ignorecase = ignorecase
        owners: dict[str, set[int]] = {}
        digit_owners = []
        for k, starts in entries:
            for s in starts.strings:
                owners.setdefault(s, set()).add(k)
            if starts.digit:
                digit_owners.append(k)
        # Where string s is the longest found, every string that is a prefix of s occurs too.
        self._owners = {s: tuple(sorted(set().union(*(owners[p] for p in owners if s.startswith(p)))))
                        for s in owners}
        self._digit_owners = tuple(digit_owners)
        self._both = frozenset(k for k in digit_owners if any(k in o for o in owners.values()))
        self._odd = frozenset(c for s in owners for c in s if not c.isascii()) if ignorecase else frozenset()
        self._word_start = word_start
        self._after_non_word = self._at_text_start = self._first_chars = None
        if not owners:
            self._first_chars = re.compile("(?!)()")  # finds nothing
        elif word_start and any(s[0].islower() for s in owners):
            # Lower-case first letters are everywhere; looking only after non-word
            # characters visits far fewer places.
            trie = _trie_regex(owners)
            self._after_non_word = re.compile(rf"\W(?=({trie}))")
            self._at_text_start = re.compile(f"({trie})")
        else:  # capitals, digits, symbols: let re skip to them
            self._first_chars = re.compile(_first_char_regex(owners, word_start))

    def run(self, text: str, out: list) -> bool:
        """Append to ``out[k]`` the candidate starts for each regex ``k``; False
        if the text cannot be compared safely (see :func:`_lowered`)."""
        s = _comparable(text, self.ignorecase, self._odd)
        if s is None:
            return False
        owners = self._owners
        if self._first_chars is not None:
            hits = [(m.start(), s[m.start():m.end(m.lastindex)]) for m in self._first_chars.finditer(s)]
        else:
            m = self._at_text_start.match(s)
            hits = [(0, m.group(1))] if m is not None else []
            hits += [(m.end(), m.group(1)) for m in self._after_non_word.finditer(s)]
        for i, found in hits:
            ks = owners.get(found)
            if ks is None:  # whitespace other than one space: written as _WS to look it up
                ks = owners[_SPACE_RUN.sub(_WS, found)]
            for k in ks:
                out[k].append(i)
        if self._digit_owners:
            positions = _digit_positions(text)
            if self._word_start:
                positions = [i for i in positions if i == 0 or not _WORD_CHAR.match(text, i - 1)]
            for k in self._digit_owners:
                out[k].extend(positions)
            for k in self._both:  # strings and digits: merge the two sorted runs
                out[k] = sorted(set(out[k]))
        return True


class StartScanner:
    """Where matches of several regexes may start, from one scan of a text (or a
    few: one per case sensitivity and word-start-ness).

    For each regex :func:`start_prefixes` gives strings one of which begins
    every match (and perhaps "a digit"). The scan looks for those strings (on
    the lower-cased text for case-insensitive regexes, see :func:`_lowered`),
    after a non-word character if the regex begins with :data:`WORD_BEFORE`.
    At each place it reports the longest string found; every shorter string
    of the set that is a prefix of it occurs there too, so each regex gets
    all its candidate starts. :func:`matches_from` then tries the regex there.
    """

    def __init__(self, patterns: Sequence[re.Pattern]):
        self.size = len(patterns)
        groups: dict[tuple[bool, bool], list[tuple[int, Starts]]] = {}
        for k, pattern in enumerate(patterns):
            starts = start_prefixes(pattern)
            if starts is not None:
                groups.setdefault((bool(pattern.flags & re.IGNORECASE), starts.word_start), []).append((k, starts))
        self.analysed = frozenset(k for entries in groups.values() for k, _ in entries)
        self._scans = [_Scan(entries, ignorecase, word_start) for (ignorecase, word_start), entries in groups.items()]

    def find(self, text: str) -> list[list[int] | None]:
        """Per regex, the sorted positions in ``text`` where a match may start;
        ``None`` for a regex that could not be analysed, or whose scan could
        not be done safely on this text (then run the regex everywhere)."""
        out: list = [[] if k in self.analysed else None for k in range(self.size)]
        for scan in self._scans:
            if not scan.run(text, out):
                for k in scan.ids:
                    out[k] = None
        return out


def matches_from(pattern: re.Pattern, text: str, starts: Sequence[int], pos: int = 0,
                 endpos: int | None = None):
    """The matches of ``pattern.finditer(text, pos, endpos)``, trying the regex only
    at ``starts`` (sorted): valid when every match begins at one of them and
    none is empty, as :class:`StartScanner` ensures for a regex it analysed.

    ``finditer`` takes the leftmost match at or after the end of the previous
    one; so does this, skipping candidates inside a match.
    """
    endpos = len(text) if endpos is None else endpos
    i, n = bisect_left(starts, pos), len(starts)
    while i < n and starts[i] < endpos:
        m = pattern.match(text, starts[i], endpos)
        if m is None:
            i += 1
        else:
            yield m
            i = bisect_left(starts, m.end(), i + 1)


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
