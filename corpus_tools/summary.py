"""Corpus at a glance: lengths before and after cleaning, what was cut and repaired.

Small views over the corpus-layer tables, used by ``00-corpus.ipynb`` and the
report. Each returns a tidy DataFrame; nothing here changes a table.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .corpus import Corpus
from .plots import color_for, hatch_for


def lengths_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document: raw and clean length in characters, and the share cut.

    ``share_removed`` is removed raw characters / raw characters (0 = nothing
    cut, 0.5 = half the captured file was page chrome or metadata).
    """
    docs = corpus.table("documents")
    out = docs[["doc_id", "outlet", "published", "raw_chars", "clean_chars", "removed_chars", "repairs", "paragraphs", "sentences"]].copy()
    out["share_removed"] = (out["removed_chars"] / out["raw_chars"]).round(3)
    return out


def removed_by_rule(corpus: Corpus) -> pd.DataFrame:
    """Characters and cuts per document and cleaning rule (wide: one column per rule)."""
    removed = corpus.table("removed")
    removed["chars"] = removed["text"].str.len()
    counts = removed.groupby(["doc_id", "rule"], sort=False)["chars"].agg(["count", "sum"]).reset_index()
    counts.columns = ["doc_id", "rule", "cuts", "chars"]
    order = {d: i for i, d in enumerate(corpus.doc_ids)}
    return counts.sort_values(["doc_id", "rule"], key=lambda s: s.map(order) if s.name == "doc_id" else s).reset_index(drop=True)


def repairs_view(corpus: Corpus, context: int = 25) -> pd.DataFrame:
    """Each repair with the clean text around it, so a reader sees it in place."""
    repairs = corpus.table("repairs")
    rows = []
    for r in repairs.itertuples():
        clean = corpus[r.doc_id].clean_text
        rows.append({"doc_id": r.doc_id, "start": r.start, "before": r.before, "after": r.after, "rule": r.rule,
                     "in_context": clean[max(0, r.start - context): r.end + context].replace("\n", " ")})
    return pd.DataFrame(rows, columns=["doc_id", "start", "before", "after", "rule", "in_context"])


def plot_lengths(lengths: pd.DataFrame):
    """Horizontal bars: clean body vs removed characters per outlet. Returns (fig, plotted values)."""
    data = lengths[["outlet", "clean_chars", "removed_chars"]].copy()
    fig, ax = plt.subplots(figsize=(7.5, 0.5 + 0.55 * len(data)))
    y = range(len(data))
    ax.barh(y, data["clean_chars"], color=color_for(0), label="kept (clean body)")
    ax.barh(y, data["removed_chars"], left=data["clean_chars"], color=color_for(1), hatch=hatch_for(1),
            edgecolor="white", label="removed (chrome and metadata)")
    ax.set_yticks(list(y), data["outlet"])
    ax.invert_yaxis()
    ax.set_xlabel("characters in the captured file")
    most = data.assign(share=data.removed_chars / (data.clean_chars + data.removed_chars)).sort_values("share").iloc[-1]
    ax.set_title(f"Cleaning cut up to {most.share:.0%} of a capture ({most.outlet})")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, frameon=False)
    return fig, data
