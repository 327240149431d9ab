"""The table registry: every tidy table's name, meaning and columns, in one place.

Each stage module describes the tables it produces with :func:`define_table`
when it is imported. The README's data dictionary (``corpus-tools tables
--markdown``) and the CLI's help are generated from this registry, so the
documentation cannot drift from the code. :func:`make_table` builds a
DataFrame with exactly the registered columns, in the registered order, and
refuses rows that carry unknown or missing columns.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import pandas as pd


@dataclass(frozen=True)
class TableSpec:
    """A table's name, one line on what a row is, and ``column -> meaning``."""

    name: str
    row: str
    columns: dict[str, str]
    module: str


TABLES: dict[str, TableSpec] = {}


def define_table(name: str, row: str, columns: Mapping[str, str], module: str) -> TableSpec:
    """Register a table. ``row`` says what one row is ("one row per sentence")."""
    spec = TableSpec(name, row, dict(columns), module)
    TABLES[name] = spec
    return spec


def make_table(name: str, rows: Iterable[Mapping]) -> pd.DataFrame:
    """Build table ``name`` from dict rows, columns in registry order.

    Raises ``KeyError`` if a row lacks a registered column or has an extra one,
    so a stage cannot silently produce an undocumented column.
    """
    spec = TABLES[name]
    cols = list(spec.columns)
    rows = list(rows)
    for row in rows:
        if set(row) != set(cols):
            missing = sorted(set(cols) - set(row))
            extra = sorted(set(row) - set(cols))
            raise KeyError(f"table {name!r}: row has missing {missing} / unregistered {extra} columns")
    return pd.DataFrame(rows, columns=cols)


def data_dictionary_markdown() -> str:
    """The data dictionary as Markdown: one section per table, one line per column."""
    out = []
    for name in sorted(TABLES):
        spec = TABLES[name]
        out.append(f"### `{name}`\n\n{spec.row[0].upper() + spec.row[1:]} (`{spec.module}`).\n")
        out.append("| column | meaning |\n|---|---|")
        for col, meaning in spec.columns.items():
            out.append(f"| `{col}` | {meaning} |")
        out.append("")
    return "\n".join(out)
