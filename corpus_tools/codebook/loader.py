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
"""
from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

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


def default_codebook() -> Codebook:
    """A fresh copy of the package's default codebook (all TOML files merged)."""
    return copy.deepcopy(_default_codebook())


def merge_codebooks(base: Mapping[str, Any], extra: Mapping[str, Any]) -> Codebook:
    """Return ``base`` with ``extra`` merged in (see the module docstring)."""
    out: Codebook = copy.deepcopy(dict(base))
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list) and _named(old + value):
            by_name = {item["name"]: i for i, item in enumerate(old)}
            merged = list(old)
            for item in value:
                if item["name"] in by_name:
                    merged[by_name[item["name"]]] = copy.deepcopy(item)
                else:
                    merged.append(copy.deepcopy(item))
            out[key] = merged
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + copy.deepcopy(value)
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge_codebooks(old, value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _named(items: list) -> bool:
    return all(isinstance(i, dict) and "name" in i for i in items)


# Sections whose rules are regular expressions applied by cleaning and repair.
_PATTERN_SECTIONS = {"boilerplate": ("name", "pattern"), "metadata": ("name", "pattern", "field"),
                     "repair": ("name", "pattern", "replacement")}


def codebook_problems(extra: Any) -> list[str]:
    """Problems in a corpus's ``[codebook]`` table, one short phrase each.

    Checks that it is a table, that cleaning and repair rules carry their
    required keys, and that every ``pattern``/``patterns`` value anywhere in
    it compiles as a regular expression, so a bad rule is reported by
    ``validate`` rather than failing half-way through a load.
    """
    import re

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

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("pattern", "patterns"):
                    for pattern in value if isinstance(value, list) else [value]:
                        try:
                            re.compile(str(pattern).replace("{outlet}", "x"))
                        except re.error as exc:
                            problems.append(f"codebook {where or 'table'}: bad pattern {str(pattern)[:40]!r}: {exc}")
                else:
                    walk(value, f"{where}.{key}" if where else key)
        elif isinstance(node, list):
            for n, item in enumerate(node, start=1):
                name = item.get("name", n) if isinstance(item, dict) else n
                walk(item, f"{where}[{name}]")

    walk(extra, "")
    return problems
