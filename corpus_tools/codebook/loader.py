"""The codebook: rules as data, read from TOML.

The package's defaults live in ``corpus_tools/codebook/*.toml`` (cleaning
rules, speech verbs, sources, naming lexicons, frame indicators...). A corpus
adds to them or overrides them in the ``[codebook]`` table of its own
``corpus.toml``. Merging is by section:

* a list of named rules (``[[boilerplate]]``, ``[[actors]]`` ...): a corpus rule
  with the same ``name`` replaces the default one, other rules are appended;
* a table: merged key by key, recursively;
* anything else: the corpus value wins.

Every rule keeps its ``name``; table rows made by a rule record it.

:func:`compile` validates the merged codebook and compiles it once per corpus
into a frozen :class:`Rules`, which every tagger receives: the raw rules read
like a read-only mapping (``rules["actors"]``), and the compiled lexicon and
claims rules are attributes (``rules.naming``, ``rules.frames``,
``rules.claims``), so nothing is compiled again per document.
"""
from __future__ import annotations

import copy
import hashlib
import pickle
import re
import tomllib
from collections import OrderedDict
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterator, Mapping

Codebook = dict[str, Any]


@lru_cache(maxsize=1)
def _default_codebook() -> Codebook:
    merged: Codebook = {}
    folder = resources.files("corpus_tools") / "codebook"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            with entry.open("rb") as fh:
                merged = merge_codebooks(merged, tomllib.load(fh))
    return merged


class FrozenTable(dict):
    """A codebook table that cannot be changed (a ``dict`` for every reader: json, ``isinstance``)."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("codebook rules are read-only: copy them with dict(...) or merge_codebooks(...)")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __deepcopy__(self, memo):  # immutable all the way down: sharing is safe
        return self

    def __copy__(self):
        return self

    def __reduce__(self):
        return (FrozenTable, (dict(self),))


def _freeze(value: Any) -> Any:
    """A read-only deep copy: tables become :class:`FrozenTable`, lists become tuples."""
    if isinstance(value, Mapping):
        return FrozenTable({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value



def _thaw(value: Any) -> Any:
    """The plain-data copy of a frozen value (dicts and lists), e.g. for pickling."""
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


def default_codebook() -> Codebook:
    """A fresh copy of the package's default codebook (all TOML files merged)."""
    return copy.deepcopy(_default_codebook())


def merge_codebooks(base: Mapping[str, Any], extra: Mapping[str, Any]) -> Codebook:
    """Return ``base`` with ``extra`` merged in (see the module docstring)."""
    out: Codebook = _thaw(base)  # a plain copy, also of a frozen Rules
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list) and _named(old + value):
            by_name = {item["name"]: i for i, item in enumerate(old)}
            merged = list(old)
            for item in value:
                if item["name"] in by_name:
                    merged[by_name[item["name"]]] = _thaw(item)
                else:
                    merged.append(_thaw(item))
            out[key] = merged
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + _thaw(value)
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge_codebooks(old, value)
        else:
            out[key] = _thaw(value)
    return out


def vetted(section: str, rule: Any) -> bool:
    """True if ``rule`` is, word for word, the package's own rule of that name in ``section``.

    The package's rules (``corpus_tools/codebook/*.toml``) are the vetted set
    and run on Python ``re``; any other rule comes from a corpus and its
    regexes run on RE2 (:mod:`corpus_tools.codebook.safe`).
    """
    if not isinstance(rule, Mapping):
        return False
    default = _default_index().get(section, {}).get(rule.get("name"))
    return default is not None and _thaw(rule) == default


@lru_cache(maxsize=1)
def _default_index() -> dict[str, dict[str, dict]]:
    return {section: {r["name"]: r for r in value if isinstance(r, dict) and "name" in r}
            for section, value in _default_codebook().items() if isinstance(value, list)}


def _named(items: list) -> bool:
    return all(isinstance(i, dict) and "name" in i for i in items)


# Sections whose rules are regular expressions applied by cleaning and repair.
_PATTERN_SECTIONS = {"boilerplate": ("name", "pattern"), "metadata": ("name", "pattern", "field"),
                     "repair": ("name", "pattern", "replacement")}


def codebook_problems(extra: Any) -> list[str]:
    """Problems in a corpus's ``[codebook]`` table, one short phrase each.

    Checks that it is a table, that cleaning and repair rules carry their
    required keys, and that every regex it brings runs in linear time
    (:func:`unsafe_rules`), so a bad rule is reported by ``validate`` rather
    than failing (or hanging) half-way through a load.
    """

    if not isinstance(extra, dict):
        return ["[codebook] must be a table"]
    problems: list[str] = []
    for section, required in _PATTERN_SECTIONS.items():
        rules = extra.get(section, [])
        if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
            problems.append(f"[[codebook.{section}]] must be a list of tables")
            continue
        for n, rule in enumerate(rules, start=1):
            missing = [k for k in required if k not in rule]
            if missing:
                problems.append(f"codebook.{section} rule {rule.get('name', n)!r} lacks {', '.join(missing)}")

    problems += unsafe_rules(extra)
    return problems


# Where a corpus's rules hold regexes: section -> keys. ``terms`` maps each term to patterns.
REGEX_KEYS: dict[str, tuple[str, ...]] = {
    "boilerplate": ("pattern",), "metadata": ("pattern",), "repair": ("pattern",),
    "naming": ("terms", "context"), "frames": ("terms", "context"),
    "claim_units": ("pattern",), "claim_counts": ("cue",), "claim_subjects": ("cue", "context"),
}
# Sections whose regexes a tagger still runs with Python ``re``: a corpus may not bring its own there.
PYTHON_RE_SECTIONS = ("speech_verbs", "source_patterns", "source_backreferences")


def _rule_regexes(section: str, rule: Mapping) -> Iterator[tuple[str, Any]]:
    """``(where, pattern)`` for every regex in one rule (``where``: "pattern", "terms.war" ...)."""
    keys = REGEX_KEYS.get(section, ("pattern", "patterns"))
    for key in keys:
        if key not in rule:
            continue
        value = rule[key]
        if key == "terms" and isinstance(value, Mapping):
            for term, pats in value.items():
                for p in pats if isinstance(pats, (list, tuple)) else [pats]:
                    yield f"terms.{term}", p
        elif key == "context" and not value:
            continue
        else:
            for p in value if isinstance(value, (list, tuple)) else [value]:
                yield key, p


def unsafe_rules(extra: Any, manifest: str = "") -> list[str]:
    """One line per regex of a corpus's ``[codebook]`` that cannot run in linear time, naming
    the manifest, section, rule and why (see :mod:`corpus_tools.codebook.safe`).

    A rule identical to the package's rule of the same name is vetted and not checked.
    """
    from .safe import UnsafePattern, check

    if not isinstance(extra, Mapping):
        return []
    problems: list[str] = []
    prefix = f"{manifest} " if manifest else ""
    for section, rules in extra.items():
        if not isinstance(rules, (list, tuple)):
            continue
        for n, rule in enumerate(rules, start=1):
            if not isinstance(rule, Mapping) or vetted(section, rule):
                continue
            name = rule.get("name", f"#{n}")
            for where, pattern in _rule_regexes(section, rule):
                if section in PYTHON_RE_SECTIONS:
                    problems.append(f"{prefix}[[codebook.{section}]] rule {name!r}: {where} refused: a corpus may not "
                                    f"bring its own regex here yet (its tagger runs Python re, which is not linear time)")
                    continue
                try:
                    check(str(pattern).replace("{outlet}", "x") if isinstance(pattern, str) else pattern)
                except UnsafePattern as exc:
                    problems.append(f"{prefix}[[codebook.{section}]] rule {name!r}: bad pattern {str(pattern)[:40]!r} in {where}, refused: {exc}")
    return problems


# ---------------------------------------------------------------- compiled once

class CodebookError(ValueError):
    """A codebook that cannot be compiled; ``problems`` lists every problem, one phrase each."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


class Rules(Mapping[str, Any]):
    """The codebook, validated and compiled once, read-only.

    Read the raw rules as a mapping (``rules["speech_verbs"]``,
    ``rules.get("actors", ())``: tables are read-only mappings and lists are
    tuples). The compiled rules are attributes:

    * ``naming``, ``frames``: tuples of :class:`corpus_tools.codebook.compiled.LexiconRule`, in codebook order;
    * ``claims``: :class:`corpus_tools.codebook.compiled.ClaimRules`.

    Pickling (for a process pool) sends the raw rules and a SHA-256 digest of
    them. The receiving process compiles them the first time it sees that
    digest and hands back that same compiled copy (derived values included)
    for every later batch of documents: compiling is 0.14 s, and once per
    batch of 32 documents it cost a worker about a fifth of its time.

    A tagger that derives its own compiled form from the rules (word lists as
    frozensets, say) keeps it with them through :meth:`derived`, so it is
    built once per corpus rather than once per document.
    """

    __slots__ = ("_data", "naming", "frames", "claims", "_derived", "_wire")

    def __init__(self, codebook: Mapping[str, Any]):
        from .compiled import ClaimRules, compile_rule

        problems: list[str] = unsafe_rules(codebook)  # every corpus regex must run on RE2

        def lexicon(section: str) -> tuple:
            out = []
            for rule in codebook.get(section, []) or []:
                try:
                    out.append(compile_rule(rule, trusted=vetted(section, rule)))
                except (ValueError, TypeError, AttributeError) as exc:
                    problems.append(f"codebook {section}: {exc}")
            return tuple(out)

        object.__setattr__(self, "_data", _freeze(codebook))
        object.__setattr__(self, "_derived", {})
        object.__setattr__(self, "_wire", None)
        if problems:  # refused before anything is compiled from them
            raise CodebookError(problems)
        object.__setattr__(self, "naming", lexicon("naming"))
        object.__setattr__(self, "frames", lexicon("frames"))
        try:
            claims = ClaimRules(codebook, trusted=vetted)
        except (re.error, KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"codebook claims: {type(exc).__name__}: {exc}")
            claims = None
        object.__setattr__(self, "claims", claims)
        if problems:
            raise CodebookError(problems)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Rules are read-only")

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Rules({', '.join(self._data)})"

    def __reduce__(self):
        # derived values are not sent: they are rebuilt where needed, once per process (see _received_rules)
        if self._wire is None:
            raw = _thaw(self._data)
            object.__setattr__(self, "_wire", (hashlib.sha256(pickle.dumps(raw, protocol=5)).hexdigest(), raw))
        return (_received_rules, self._wire)

    def derived(self, name: str, build: Callable[["Rules"], Any]) -> Any:
        """``build(self)``, computed the first time ``name`` is asked for and kept with these rules.

        The rules are read-only, so a value derived from them stays valid for
        their lifetime. ``name`` must identify what ``build`` makes (one name
        per builder; the tagger's module name is a good prefix).
        """
        try:
            return self._derived[name]
        except KeyError:
            value = self._derived[name] = build(self)
            return value

    def to_dict(self) -> Codebook:
        """The raw rules as plain, mutable data (a copy)."""
        return _thaw(self._data)


_RECEIVED: "OrderedDict[str, Rules]" = OrderedDict()  # digest of the raw rules -> compiled, in this process
_RECEIVED_KEPT = 4


def _received_rules(digest: str, codebook: Codebook) -> Rules:
    """The :class:`Rules` a pickle carries: compiled the first time this process receives ``digest``,
    the same object afterwards (the few most recent codebooks are kept)."""
    rules = _RECEIVED.get(digest)
    if rules is None:
        rules = _RECEIVED[digest] = Rules(codebook)
        while len(_RECEIVED) > _RECEIVED_KEPT:
            _RECEIVED.popitem(last=False)
    else:
        _RECEIVED.move_to_end(digest)
    return rules


def derived_value(codebook: Mapping[str, Any], name: str, build: Callable[[Mapping[str, Any]], Any]) -> Any:
    """``build(codebook)``, kept with ``codebook`` when it is compiled :class:`Rules` (see :meth:`Rules.derived`).

    A plain mapping (a codebook passed by hand to one tagger) is not
    annotated: ``build`` runs on every call, and should then cache on the
    lists' contents itself if it is costly.
    """
    if isinstance(codebook, Rules):
        return codebook.derived(name, build)
    return build(codebook)


def compile(codebook: Mapping[str, Any]) -> Rules:  # noqa: A001 - the codebook's verb, read as codebook.compile
    """Validate and compile a merged codebook once (see :class:`Rules`).

    Raises :class:`CodebookError` listing every rule that cannot be compiled,
    each named.
    """
    return Rules(codebook)
