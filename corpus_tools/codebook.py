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
