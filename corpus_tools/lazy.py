"""Lazy re-exports for the package's ``__init__`` files (PEP 562).

Each stage folder's ``__init__`` names its public functions and the module
that defines them; a name is imported the first time it is used. So
``import corpus_tools`` and ``corpus-tools --help`` stay fast (no pandas,
matplotlib or tagger is imported until something needs it), while
``from corpus_tools.tag import quotes_table`` works as an ordinary import.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any, Callable


def lazy_exports(package: str, exports: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``, whose ``exports`` map a public name to its module.

    The module is given relative to ``package`` (``".corpus"``) or absolute.
    A module itself may be exported by mapping its name to its own path.
    """

    def __getattr__(name: str) -> Any:
        target = exports.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = import_module(target, package)
        value = module if module.__name__.rsplit(".", 1)[-1] == name and not hasattr(module, name) else getattr(module, name)
        return value

    def __dir__() -> list[str]:
        return sorted(exports)

    return __getattr__, __dir__
