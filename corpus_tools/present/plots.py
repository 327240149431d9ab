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


LABEL_WIDTH = 40
"""Longest label (characters) drawn on a figure; longer ones end in an ellipsis (the CSV keeps them whole)."""
TITLE_WIDTH = 70
"""Title lines wrap at this width; a title is cut after two lines."""


def literal(text) -> str:
    """Corpus text for a figure, drawn literally: ``$`` escaped, so matplotlib never reads ``$...$`` as maths."""
    return str(text).replace("$", r"\$")


def label(text, width: int = LABEL_WIDTH) -> str:
    """A tick or legend label: one line, at most ``width`` characters (an ellipsis marks a cut), drawn literally.

    A 3,000-character outlet name stays a short label, so a figure keeps its
    size; the full name is in the CSV saved with the figure.
    """
    text = " ".join(str(text).split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return literal(text)


def title_text(text, width: int = TITLE_WIDTH, lines: int = 2) -> str:
    """A figure title: wrapped at ``width``, at most ``lines`` lines (ellipsis), drawn literally."""
    import textwrap

    wrapped = textwrap.wrap(" ".join(str(text).split()), width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return literal("\n".join(wrapped))


def unescape(text: str) -> str:
    """A label or title as a reader reads it (the ``$`` escapes of :func:`literal` undone)."""
    return text.replace(r"\$", "$").replace("\n", " ")


def use_house_style() -> None:
    """Apply the house style to matplotlib (every notebook calls this first)."""
    matplotlib.rcParams.update(HOUSE_STYLE)


def color_for(i: int) -> str:
    """The ``i``-th house colour (cycles)."""
    return PALETTE[i % len(PALETTE)]


def hatch_for(i: int) -> str:
    """The ``i``-th hatch pattern, a second cue besides colour."""
    return HATCHES[i % len(HATCHES)]


class SavedFigure:
    """A figure saved to disk, displayed in a notebook as exactly the saved PNG.

    Its plain-text form, ``Figure: <title> ...``, is what nbval compares and
    what the HTML report turns into the image's alt text and caption. It
    unpacks as ``png, csv = save_figure(...)``.
    """

    def __init__(self, png: Path, csv: Path, title: str, alt: str):
        self.png, self.csv, self.title, self.alt = png, csv, title, alt

    def __iter__(self):
        return iter((self.png, self.csv))

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64

        text = f"Figure: {self.alt} [saved as {self.png.name}, plotted values in {self.csv.name}]"
        return {"image/png": base64.b64encode(self.png.read_bytes()).decode("ascii"), "text/plain": text}


def describe(fig) -> str:
    """Alt text for a figure: its title, then what each axis shows."""
    parts = []
    for ax in fig.get_axes():
        if not ax.get_visible() or not (ax.get_title() or ax.get_xlabel() or ax.get_ylabel()):
            continue  # colour bars and empty helper axes
        bits = [unescape(ax.get_title()).rstrip(".") + "." if ax.get_title() else ""]
        bits += [f"{name} axis: {unescape(text)}." for name, text in (("Horizontal", ax.get_xlabel()), ("Vertical", ax.get_ylabel())) if text]
        parts.append(" ".join(b for b in bits if b))
    suptitle = unescape(fig._suptitle.get_text()) if getattr(fig, "_suptitle", None) else ""
    return " ".join(p for p in [suptitle] + parts if p) or "Figure."


def save_figure(fig, name: str, data: pd.DataFrame, folder: str | Path = "figures") -> SavedFigure:
    """Save ``fig`` as ``<name>.png`` and ``data`` as ``<name>.csv`` in ``folder``.

    ``data`` should hold exactly the values the figure plots. The PNG has no
    timestamp or version metadata (byte-identical on re-run); the CSV uses
    ``\\n`` line ends and a fixed float format. The returned object displays
    the saved PNG in a notebook, with alt text from :func:`describe`; the
    figure is closed so it is not drawn a second time.
    """
    import matplotlib.pyplot as plt

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    fig.savefig(png, format="png", metadata={"Software": None}, bbox_inches="tight")
    data.to_csv(csv, index=False, lineterminator="\n", float_format="%.6g")
    alt = describe(fig)
    title = unescape(fig.get_axes()[0].get_title()) if fig.get_axes() else name
    plt.close(fig)
    return SavedFigure(png, csv, title, alt)


# ---------------------------------------------------------------- chart types used by the notebooks
# Each returns a matplotlib Figure; the caller saves it with save_figure and
# the values it plotted. Colour is never the only cue: bars carry hatches,
# points carry markers, heatmap cells carry their numbers.

MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]


def stacked_bars(table: pd.DataFrame, title: str, xlabel: str):
    """Horizontal stacked bars: one bar per row of ``table``, one segment per column."""
    import numpy as np

    fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(table) + 1.8))
    left = np.zeros(len(table))
    positions = np.arange(len(table))
    for i, col in enumerate(table.columns):
        values = table[col].to_numpy(dtype=float)
        ax.barh(positions, values, left=left, color=color_for(i), hatch=hatch_for(i),
                edgecolor="white", label=label(col))
        left += values
    ax.set_yticks(positions, [label(i) for i in table.index])
    ax.set_title(title_text(title))
    ax.set_xlabel(xlabel)
    ax.invert_yaxis()
    if len(table.columns):
        ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return fig


def annotated_heatmap(table: pd.DataFrame, title: str, xlabel: str, ylabel: str, fmt: str = "{:d}", cmap: str = "Blues"):
    """A heatmap whose cells carry their numbers (the second cue besides colour)."""
    import numpy as np

    values = table.to_numpy(dtype=float)
    fig, ax = plt.subplots(figsize=(7.5, 0.32 * len(table) + 1.6))
    ax.imshow(values, aspect="auto", cmap=cmap, vmin=0)
    ax.grid(False)
    top = np.nanmax(values) if values.size else 0
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, fmt.format(int(v) if fmt == "{:d}" else v), ha="center", va="center",
                color="white" if v > 0.6 * top else "black", fontsize=8)
    ax.set_xticks(range(table.shape[1]), [label(c) for c in table.columns], rotation=20, ha="right")
    ax.set_yticks(range(len(table)), [label(" / ".join(map(str, i)) if isinstance(i, tuple) else i) for i in table.index])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title_text(title))
    return fig


def interval_plot(labels: list[str], means, lows, highs, title: str, xlabel: str, band: float | None = None):
    """One point per row with its confidence interval; a shaded ``±band`` around 0 if given."""
    fig, ax = plt.subplots()
    for i, (mean, low, high) in enumerate(zip(means, lows, highs)):
        ax.errorbar(mean, i, xerr=[[mean - low], [high - mean]], fmt=MARKERS[i % len(MARKERS)], color=color_for(i),
                    capsize=4, markersize=7)
    ax.axvline(0, color="0.4", linewidth=1, linestyle="--")
    if band:
        ax.axvspan(-band, band, color="0.9", zorder=0)
    ax.set_yticks(range(len(labels)), [label(x, 55) for x in labels])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title_text(title))
    return fig


def grouped_bars(table: pd.DataFrame, title: str, ylabel: str, errors: tuple[pd.DataFrame, pd.DataFrame] | None = None,
                 horizontal: bool = False, legend_title: str | None = None):
    """Bars grouped by row of ``table``, one bar (colour + hatch) per column.

    ``errors`` = (lower, upper) tables of the same shape draw interval whiskers.
    """
    import numpy as np

    fig, ax = plt.subplots()
    n = max(len(table.columns), 1)
    width = 0.8 / n
    positions = np.arange(len(table))
    for j, col in enumerate(table.columns):
        offset = positions + (j - (n - 1) / 2) * width
        values = table[col].to_numpy(dtype=float)
        draw = ax.barh if horizontal else ax.bar
        draw(offset, values, width, color=color_for(j), hatch=hatch_for(j), edgecolor="white", label=label(col))
        if errors is not None:
            low, high = errors[0][col].to_numpy(dtype=float), errors[1][col].to_numpy(dtype=float)
            err = [values - low, high - values]
            if horizontal:
                ax.errorbar(values, offset, xerr=err, fmt="none", ecolor="0.2", capsize=3)
            else:
                ax.errorbar(offset, values, yerr=err, fmt="none", ecolor="0.2", capsize=3)
    labels = [label(i) for i in table.index]
    if horizontal:
        ax.axvline(0, color="0.4", linewidth=1)
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
    else:
        ax.set_xticks(positions, labels, rotation=20, ha="right")
        ax.set_ylabel(ylabel)
    # outside the axes, right of them: a legend never covers a bar
    if len(table.columns):
        ax.legend(fontsize=8, title=legend_title, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    ax.set_title(title_text(title))
    return fig


def plot_lengths(lengths: pd.DataFrame, title: str | None = None, max_bars: int = 30):
    """Horizontal bars: clean body vs removed characters per outlet. Returns (fig, plotted values).

    ``title`` states the finding (``chrome_finding(corpus).title``); without it, the largest share cut.
    Past ``max_bars`` documents, one bar per outlet (its documents' characters summed), so the figure
    keeps a readable size at any corpus size; the plotted values say which.
    """
    data = lengths[["outlet", "clean_chars", "removed_chars"]].copy()
    summed = len(data) > max_bars
    if summed:
        data = data.groupby("outlet", sort=False)[["clean_chars", "removed_chars"]].sum().reset_index()
    fig, ax = plt.subplots(figsize=(7.5, 0.5 + 0.55 * len(data)))
    y = range(len(data))
    ax.barh(y, data["clean_chars"], color=color_for(0), label="kept (clean body)")
    ax.barh(y, data["removed_chars"], left=data["clean_chars"], color=color_for(1), hatch=hatch_for(1),
            edgecolor="white", label="removed (chrome and metadata)")
    ax.set_yticks(list(y), [label(o) for o in data["outlet"]])
    ax.invert_yaxis()
    ax.set_xlabel("characters in the captured files, summed per outlet" if summed else "characters in the captured file")
    if title is None:
        share = (data.removed_chars / (data.clean_chars + data.removed_chars).where(lambda t: t > 0)).fillna(0)
        title = f"Cleaning cut up to {share.max():.0%} of a capture"
    ax.set_title(title_text(title))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, frameon=False)
    return fig, data
