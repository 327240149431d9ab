"""Tables for readers: human column labels, no row index, numbers rounded, "none found" when empty.

``readable(df)`` is what a notebook displays instead of a raw DataFrame. It
renders as an HTML table (every cell escaped, inside an element MathJax
ignores, so ``$`` in corpus text stays a dollar sign) and as plain text for
nbval; an empty table renders as one sentence saying nothing was found.
A long table shows its first :data:`MAX_ROWS` rows and says how many more
there are: a chapter on 10,000 documents stays a page a reader can scroll
(and nbconvert can render), and the whole table is one call away
(``corpus.table(...)``, or the CSV saved with each figure).
Column labels come from :data:`LABELS` (``ci_low`` -> "95% CI low"), else the
column name with spaces for underscores. A named or non-default index
(``outlet`` of a crosstab) becomes an ordinary first column.
"""
from __future__ import annotations

import html
import math
import re
from typing import Mapping

import pandas as pd

LABELS = {
    "doc_id": "document", "n": "n", "mean_compound": "mean tone", "ci_low": "95% CI low", "ci_high": "95% CI high",
    "n_resamples": "resamples", "share_negative": "negative share", "share_neutral": "neutral share",
    "share_positive": "positive share", "raw_chars": "raw characters", "clean_chars": "clean characters",
    "removed_chars": "characters removed", "share_removed": "share removed", "freq_target": "uses in outlet",
    "freq_reference": "uses elsewhere", "g2": "G²", "p_value": "p (uncorrected)", "log_ratio": "log ratio",
    "verb_stance": "stance", "source_type": "source type", "value_normalized": "value (normalised)",
    "unit_normalized": "unit (normalised)", "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade", "gunning_fog": "Gunning fog", "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau", "automated_readability_index": "ARI",
    "dale_chall_readability_score": "Dale-Chall", "words_per_sentence": "words per sentence",
    "syllables_per_word": "syllables per word", "textstat_version": "textstat version", "in_context": "in context",
    "questions_answered_yes": "questions answered yes", "news_outlet": "news outlet", "news_agency": "news agency",
    "human_interest": "human interest", "economic_consequences": "economic consequences",
}


MAX_ROWS = 100
"""Rows a displayed table shows at most; the rest are counted in a line under it."""


def column_label(name, labels: Mapping[str, str] | None = None) -> str:
    """The label a reader sees for column ``name``."""
    if isinstance(name, tuple):
        return " / ".join(column_label(n, labels) for n in name if str(n))
    name = str(name)
    if labels and name in labels:
        return labels[name]
    if name in LABELS:
        return LABELS[name]
    # a code-style name gets spaces; data used as a column (an outlet's name) stays as written
    return name.replace("_", " ") if re.fullmatch(r"[a-z0-9_]+", name) else name


def _cell(value, digits: int) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or getattr(getattr(value, "dtype", None), "kind", "") == "b":
        return "yes" if value else "no"
    if isinstance(value, int) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iu"):
        return f"{int(value):,}"
    if isinstance(value, float) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") == "f"):
        text = f"{float(value):,.{digits}f}"
        return "0" if text.strip("-0.,") == "" else text
    return str(value)


class Table:
    """A DataFrame as a reader sees it (see the module docstring)."""

    def __init__(self, frame: pd.DataFrame, digits: int = 3, empty: str = "None found.",
                 labels: Mapping[str, str] | None = None, caption: str = "", max_rows: int = MAX_ROWS):
        # a named index (outlet, subject) is data: a column; row numbers of a filtered table are not
        frame = frame.reset_index() if any(n is not None for n in frame.index.names) else frame.reset_index(drop=True)
        self.more = max(len(frame) - max_rows, 0)
        frame = frame.head(max_rows)
        self.frame = frame
        self.empty_text = empty
        self.caption = caption
        columns = [column_label(c, labels) for c in frame.columns]
        # offsets are positions, not quantities: no thousands separator
        offsets = [str(c).endswith(("start", "end")) for c in frame.columns]
        self.shown = pd.DataFrame([[str(v) if off and not pd.isna(v) else _cell(v, digits) for v, off in zip(row, offsets)]
                                   for row in frame.itertuples(index=False, name=None)], columns=columns)

    def _repr_mimebundle_(self, include=None, exclude=None):
        if self.frame.empty:
            return {"text/plain": self.empty_text,
                    "text/html": f'<p class="none-found tex2jax_ignore">{html.escape(self.empty_text, quote=False)}</p>'}
        head = "".join(f"<th>{html.escape(c, quote=False)}</th>" for c in self.shown.columns)
        numeric = [self.frame[c].dtype.kind in "iuf" for c in self.frame.columns]
        rows = "\n".join("<tr>" + "".join(
            ("<td class='num'>" if num else "<td>") + f"{html.escape(v, quote=False)}</td>" for v, num in zip(row, numeric)) + "</tr>"
            for row in self.shown.itertuples(index=False, name=None))
        caption = f"<caption>{html.escape(self.caption, quote=False)}</caption>" if self.caption else ""
        table = (f'<table class="readable tex2jax_ignore">{caption}<thead><tr>{head}</tr></thead>\n'
                 f"<tbody>\n{rows}\n</tbody></table>")
        text = self.shown.to_string(index=False)
        if self.more:
            more = f"… and {self.more:,} more {'row' if self.more == 1 else 'rows'} not shown."
            table += f'\n<p class="more-rows">{more}</p>'
            text += "\n" + more
        return {"text/plain": text, "text/html": table}


def readable(frame: pd.DataFrame, digits: int = 3, empty: str = "None found.", labels: Mapping[str, str] | None = None,
             caption: str = "", max_rows: int = MAX_ROWS) -> Table:
    """``frame`` ready for ``display``: human labels, no row index, floats to ``digits`` places,
    ``empty`` (a sentence, "No quotes found.") in place of an empty table, at most ``max_rows`` rows
    (a line under the table counts the rest)."""
    return Table(frame, digits, empty, labels, caption, max_rows)


class Prose:
    """A sentence for the reader (escaped), shown as a paragraph rather than program output."""

    def __init__(self, text: str):
        self.text = str(text)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self.text, "text/html": f'<p class="tex2jax_ignore">{html.escape(self.text, quote=False)}</p>'}


def prose(text: str) -> Prose:
    """``text`` displayed as a paragraph of prose (corpus text in it stays literal)."""
    return Prose(text)
