"""Tables for readers (present/readable.py): labels, escaping, and a length a page can hold."""
from __future__ import annotations

import pandas as pd

from corpus_tools.present.readable import MAX_ROWS, readable


def _bundle(frame, **kwargs):
    return readable(frame, **kwargs)._repr_mimebundle_()


def test_a_long_table_shows_its_first_rows_and_counts_the_rest():
    frame = pd.DataFrame({"doc_id": [f"d{k}" for k in range(MAX_ROWS + 7)], "n": range(MAX_ROWS + 7)})
    shown = _bundle(frame)
    assert shown["text/html"].count("<tr>") == MAX_ROWS + 1  # the header row and MAX_ROWS rows
    assert f"d{MAX_ROWS - 1}<" in shown["text/html"] and f"d{MAX_ROWS}<" not in shown["text/html"]
    assert shown["text/plain"].endswith("… and 7 more rows not shown.")
    assert "… and 7 more rows not shown." in shown["text/html"]


def test_a_table_of_max_rows_or_fewer_is_shown_whole():
    frame = pd.DataFrame({"doc_id": [f"d{k}" for k in range(MAX_ROWS)]})
    shown = _bundle(frame)
    assert shown["text/html"].count("<tr>") == MAX_ROWS + 1 and "not shown" not in shown["text/plain"]
    assert "1 more row not shown" in _bundle(frame, max_rows=MAX_ROWS - 1)["text/plain"]


def test_cells_are_escaped_and_an_empty_table_is_a_sentence():
    shown = _bundle(pd.DataFrame({"outlet": ["<b>Money $x$</b>"]}))
    assert "&lt;b&gt;Money $x$&lt;/b&gt;" in shown["text/html"] and "tex2jax_ignore" in shown["text/html"]
    assert _bundle(pd.DataFrame({"outlet": []}), empty="No outlets.")["text/plain"] == "No outlets."
