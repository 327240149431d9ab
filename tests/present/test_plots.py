"""The house style and figure saving (plots.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools.present import plots

TABLE = pd.DataFrame({"a": [1, 2], "b": [3, 0]}, index=["Outlet A", "Outlet B"])


@pytest.mark.parametrize("make", [
    lambda: plots.stacked_bars(TABLE, "B leads", "quotes (count)"),
    lambda: plots.annotated_heatmap(TABLE, "B leads", "term", "outlet"),
    lambda: plots.grouped_bars(TABLE, "B leads", "quotes (count)", errors=(TABLE - 1, TABLE + 1)),
    lambda: plots.interval_plot(["A", "B"], [0.1, -0.2], [0.0, -0.3], [0.2, -0.1], "B leads", "compound", band=0.05),
])
def test_every_chart_saves_with_alt_text(tmp_path, make):
    plots.use_house_style()
    saved = plots.save_figure(make(), "chart", TABLE.reset_index(), tmp_path)
    png, csv = saved
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pd.read_csv(csv).shape == (2, 3)
    bundle = saved._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Figure: B leads.")
    assert "[saved as chart.png, plotted values in chart.csv]" in bundle["text/plain"]
    assert str(tmp_path) not in bundle["text/plain"]  # no machine path in a stored output


def test_png_has_no_software_or_date_metadata(tmp_path):
    png, _ = plots.save_figure(plots.stacked_bars(TABLE, "t", "x"), "m", TABLE, tmp_path)
    head = png.read_bytes()[:400]
    assert b"Software" not in head and b"matplotlib" not in head.lower() and b"Date" not in head


def test_palette_is_colour_blind_safe_and_distinct_in_grey():
    from matplotlib.colors import to_rgb

    greys = sorted(round(0.299 * r + 0.587 * g + 0.114 * b, 2) for r, g, b in map(to_rgb, plots.PALETTE[:4]))
    assert len(set(greys)) == 4  # the first four colours differ in lightness too


@pytest.mark.parametrize("name", ["Money $\\foo$ Daily", "$x$", "A" * 3000, "Price $5 and $6"])
def test_corpus_text_is_drawn_literally_and_short(tmp_path, name):
    table = pd.DataFrame({"a": [1, 2]}, index=[name, "Other"])
    fig = plots.stacked_bars(table, f"{name} leads", "quotes (count)")
    saved = plots.save_figure(fig, "chart", table.reset_index(), tmp_path)
    from PIL import Image

    width, height = Image.open(saved.png).size
    assert width * height < 2_000_000  # a 3,000-character name stays a short label
    assert pd.read_csv(saved.csv)["index"][0] == name  # the CSV keeps the full name
    assert saved.title.startswith(name[:30])  # the alt text reads the name as written, not escaped


def test_label_cuts_with_an_ellipsis_and_escapes_dollars():
    assert plots.label("x" * 100).endswith("…") and len(plots.label("x" * 100)) == plots.LABEL_WIDTH
    assert plots.label("Money $\\foo$ Daily") == "Money \\$\\foo\\$ Daily"
    assert plots.unescape(plots.title_text("Money $\\foo$ Daily")) == "Money $\\foo$ Daily"
