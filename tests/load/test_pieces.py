"""The pieces between loading's stages: held as columns, read back as they came, and the memory they take."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpus_tools.load.pieces import Piece, PieceColumns, TextBuilder

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
import html_memory  # noqa: E402
import scaling  # noqa: E402


@pytest.mark.parametrize("parts", [
    [],
    ["one"],
    ["a", "’", "", "b"] * 5000,  # more parts than are joined at a time
    ["x" * 70_000, "y", "z" * 200_000, "’"],  # long parts go onto the text as they are
])
def test_text_builder_gives_the_joined_parts(parts):
    builder = TextBuilder()
    for part in parts:
        builder.add(part)
    assert builder.value() == "".join(parts)
    assert builder.value() == ""  # empty after it


def test_text_builder_returns_a_single_part_itself():
    """A text file with nothing to repair or cut keeps one string for its raw, repaired and clean text."""
    for text in ("short", "long " * 50_000):
        builder = TextBuilder()
        builder.add(text)
        assert builder.value() is text


def test_text_builder_holds_the_text_about_once():
    """The text grows in place (``+=`` on its only reference): the traced peak stays near the text's size,
    where ``"".join`` of the parts, or a ``+=`` that copies, holds it twice."""
    import tracemalloc

    parts = ["word’s " if k % 7 == 0 else "word " for k in range(400_000)]  # 2 bytes a character
    size = 2 * sum(map(len, parts))
    tracemalloc.start()
    try:
        builder = TextBuilder()
        for part in parts:
            builder.add(part)
        text = builder.value()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == "".join(parts)
    assert peak < 1.4 * size, peak / size


PIECES = [
    Piece("<p>", "", "html_markup", "remove"),
    Piece("The city", "The city"),
    Piece("&rsquo;", "’", "html_text", "repair"),
    Piece("s mayor", "s mayor"),
    Piece(" said", " said"),  # two kept pieces in a row: one stretch in the columns
    Piece("", "\n", "html_text", "repair"),
    Piece("Ã©", "é", "ftfy_encoding", "repair"),
    Piece("</p>", "", "html_markup", "remove"),
    Piece(" end", " end"),
]


def test_piece_columns_give_the_pieces_back_with_kept_stretches_joined():
    raw = "".join(p.raw for p in PIECES)
    columns = PieceColumns(raw, iter(PIECES))
    assert len(columns) == 5  # the changes; kept text is what lies between them
    back = [(p.raw, p.text, p.rule, p.kind) for p in columns]
    assert back == [("<p>", "", "html_markup", "remove"), ("The city", "The city", None, "keep"),
                    ("&rsquo;", "’", "html_text", "repair"), ("s mayor said", "s mayor said", None, "keep"),
                    ("", "\n", "html_text", "repair"), ("Ã©", "é", "ftfy_encoding", "repair"),
                    ("</p>", "", "html_markup", "remove"), (" end", " end", None, "keep")]
    assert list(columns) == list(columns)  # read as often as needed
    assert columns.text() == "".join(p.text for p in PIECES)


def test_piece_columns_of_an_unchanged_text_hold_nothing_but_the_text():
    raw = "Nothing to repair here.\n" * 10
    columns = PieceColumns(raw, [Piece(raw, raw)])
    assert len(columns) == 0
    assert columns.text() is raw
    assert [p.raw for p in columns] == [raw] and next(iter(columns)).raw is raw


def test_our_part_of_loading_an_html_page_stays_under_3x_the_page():
    """Issue 14: everything after trafilatura returns (alignment, repair, cleaning, the audit tables, up to the
    Document) peaks under 3x the page plus a constant, traced by tracemalloc on the benchmark's page with a
    character reference every ~16 characters (``benchmarks/html_memory.py`` measures it up to 19 MB: 2.75x).
    As a list of Piece objects it peaked at 15.6x."""
    html_memory.measure(scaling.make_text("html", 5_000)[1].encode("utf-8"))  # imports and first-call set-up
    page = scaling.make_text("html", 100_000)[1].encode("utf-8")  # 120 KB
    peaks = html_memory.measure(page)
    assert peaks["ours"] < 3 * len(page) + 256_000, {k: round(v / len(page), 2) for k, v in peaks.items()}
    assert peaks["kept"] < 1.5 * len(page) + 64_000  # the Document: the clean text and a repair row per reference
