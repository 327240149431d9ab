"""Per-outlet summaries and findings the notebooks show.

Corpus at a glance: lengths before and after cleaning, what was cut and
repaired. Small views over the corpus-layer tables, used by
``00-corpus.ipynb`` and the report. Each returns a tidy DataFrame; nothing
here changes a table.
"""
from __future__ import annotations

import pandas as pd

from ..load.corpus import Corpus


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
