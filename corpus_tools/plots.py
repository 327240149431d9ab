"""The house style for figures, and saving them reproducibly.

One look for every notebook: a colour-blind-safe palette (Okabe & Ito 2008,
"Color Universal Design") that also differs in lightness so it survives
greyscale printing, hatching available as a second cue, titles that state
the finding, and axis labels with units.

:func:`save_figure` writes each figure as a PNG *and* the CSV of the values it
plots, under a name that says what it is. PNG metadata carries no software
version or date, so re-running a notebook gives byte-identical files.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed; also the deterministic raster backend
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

# Okabe-Ito, ordered so neighbours differ in lightness as well as hue.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
HATCHES = ["", "//", "..", "xx", "\\\\", "--", "oo", "++"]

HOUSE_STYLE = {
    "figure.figsize": (7.5, 4.2),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "svg.hashsalt": "corpus-tools",  # fixed ids in SVG output
    "path.simplify": True,
}


def use_house_style() -> None:
    """Apply the house style to matplotlib (every notebook calls this first)."""
    matplotlib.rcParams.update(HOUSE_STYLE)


def color_for(i: int) -> str:
    """The ``i``-th house colour (cycles)."""
    return PALETTE[i % len(PALETTE)]


def hatch_for(i: int) -> str:
    """The ``i``-th hatch pattern, a second cue besides colour."""
    return HATCHES[i % len(HATCHES)]


def save_figure(fig, name: str, data: pd.DataFrame, folder: str | Path = "figures") -> tuple[Path, Path]:
    """Save ``fig`` as ``<name>.png`` and ``data`` as ``<name>.csv`` in ``folder``.

    ``data`` should hold exactly the values the figure plots. Returns the two
    paths. The PNG has no timestamp or version metadata (byte-identical on
    re-run); the CSV uses ``\\n`` line ends and a fixed float format.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    fig.savefig(png, format="png", metadata={"Software": None}, bbox_inches="tight")
    data.to_csv(csv, index=False, lineterminator="\n", float_format="%.6g")
    return png, csv
