"""Outlets at a glance, from a dataset: the report's chapter for a corpus too large to hold in memory.

Past :data:`corpus_tools.compare.dataset.DATASET_ABOVE` documents the report
does not load the corpus into one process (``load_corpus`` holds about
160 KB a document); it writes a dataset (``compare/dataset.py``: every table as
Parquet, a chunk of documents at a time) and runs one chapter,
``notebooks/05-at-scale.ipynb``, on the functions here. Each reads only the
columns it needs and aggregates with pyarrow (:meth:`Dataset.count_by`,
:meth:`Dataset.mean_by`): those columns are held in Arrow's compact buffers
(a few bytes a row), and only the aggregates (one row per outlet and speaker
or source type) become pandas objects.

The tables equal those of the in-memory chapters where both exist
(:func:`speakers_by_outlet` equals ``findings.speakers_by_outlet``,
:func:`citation_table` equals ``findings.citation_table``; a test checks
both), and the findings are the same functions of them
(``findings.speaker_finding_from``, ``findings.vague_sources_from``,
``findings.tone_finding``). Tone differs in one way, stated in its docstring:
its interval is the normal approximation, not the bootstrap.
"""
from __future__ import annotations

import atexit
import math
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .dataset import Dataset, open_dataset, write_dataset
from . import findings as F

SPOKEN = ["direct", "partial", "indirect"]
"""Quote kinds that are speech (``findings.speech`` leaves out scare quotes)."""

Z95 = 1.959963984540054
"""The standard normal's 97.5th percentile: a 95% interval is the mean plus or minus this many standard errors."""


def dataset_for(corpus: str | Path | None = None, dataset: str | Path | None = None, jobs: int | None = 1) -> Dataset:
    """The dataset at ``dataset`` when given (written by ``corpus-tools dataset`` or the report); otherwise one
    written now for ``corpus`` (``None``: the embedded seeds) into a temporary folder removed when Python exits."""
    if dataset is not None:
        return open_dataset(dataset)
    scratch = Path(tempfile.mkdtemp(prefix="corpus-tools-dataset-"))
    atexit.register(shutil.rmtree, scratch, True)
    return open_dataset(write_dataset(corpus, scratch / "dataset", jobs=jobs))


def outlets(dataset: Dataset) -> list[str]:
    """The corpus's outlets, sorted (as ``findings.outlets``)."""
    return sorted(dataset.count_by("documents", ["outlet"])["outlet"])


def documents_by_outlet(dataset: Dataset) -> pd.DataFrame:
    """Per outlet: ``documents`` and their mean length in characters before (``raw_chars``) and after cleaning
    (``clean_chars``)."""
    raw = dataset.mean_by("documents", "raw_chars", ["outlet"])
    clean = dataset.mean_by("documents", "clean_chars", ["outlet"])
    return pd.DataFrame({"outlet": raw.outlet, "documents": raw.n, "raw_chars": raw.mean_raw_chars.round(0),
                         "clean_chars": clean.mean_clean_chars.round(0)}).set_index("outlet")


def _crosstab(counts: pd.DataFrame, column: str, columns: list[str], every_outlet: list[str]) -> pd.DataFrame:
    """Counts (``outlet``, ``column``, ``count``) as outlets x ``columns`` (0 where none), like ``findings.outlet_crosstab``."""
    table = counts.pivot_table(index="outlet", columns=column, values="count", aggfunc="sum", fill_value=0) \
        if len(counts) else pd.DataFrame()
    table = table.reindex(index=every_outlet, columns=columns, fill_value=0).fillna(0).astype(int)
    table.columns.name = None
    table.index.name = "outlet"
    return table


def _speech_counts(dataset: Dataset) -> pd.DataFrame:
    """Quotes that are speech, counted per outlet and speaker (``(unnamed)`` for an empty speaker)."""
    counts = dataset.count_by("quotes", ["outlet", "speaker"], where={"kind": SPOKEN})
    return counts.assign(speaker=counts.speaker.replace("", F.UNNAMED))


def speakers_by_outlet(dataset: Dataset, top: int = 7) -> pd.DataFrame:
    """Quotes per outlet (rows) and speaker (columns): the ``top`` speakers overall, then *others*; unnamed
    speakers are *(unnamed)*, ties in the ranking broken by name (``findings.speakers_by_outlet``'s rules)."""
    counts = _speech_counts(dataset)
    totals = counts.groupby("speaker")["count"].sum().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    kept = list(totals.index[:top])
    counts = counts.assign(speaker=counts.speaker.where(counts.speaker.isin(kept), F.OTHERS))
    columns = kept + ([F.OTHERS] if (counts.speaker == F.OTHERS).any() else [])
    return _crosstab(counts, "speaker", columns, outlets(dataset))


def speaker_finding(dataset: Dataset) -> F.Finding:
    """The most quoted named speaker over all outlets (``findings.speaker_finding`` from the counts)."""
    counts = _speech_counts(dataset)
    named = counts[counts.speaker != F.UNNAMED]
    return F.speaker_finding_from(named.groupby("speaker")["count"].sum(), int(counts["count"].sum()), named.outlet.nunique())


def citation_table(dataset: Dataset) -> pd.DataFrame:
    """Citations per outlet and source type (``findings.citation_table``)."""
    return _crosstab(dataset.count_by("citations", ["outlet", "source_type"]), "source_type", F.CITATION_TYPES, outlets(dataset))


def vague_sources_finding(dataset: Dataset) -> F.Finding:
    """Which outlet leans most on anonymous sources and hedges (``findings.vague_sources_from``)."""
    return F.vague_sources_from(citation_table(dataset))


def tone_by_outlet(dataset: Dataset) -> pd.DataFrame:
    """Per outlet: ``n`` scored stretches, ``mean_compound`` (VADER), and a 95% interval ``ci_low``/``ci_high``.

    The interval is the normal approximation, mean +- 1.96 standard errors
    (sample standard deviation over the square root of n), computed from
    pyarrow's count, mean and standard deviation without holding the rows.
    The in-memory chapter bootstraps instead (``tag/sentiment.py``); with the
    thousands of stretches per outlet a corpus this large has, the central
    limit theorem makes the two agree closely. With fewer than two stretches
    there is no interval (NaN).
    """
    table = dataset.with_outlet("sentiment", ["compound"])
    grouped = table.group_by(["outlet"], use_threads=False).aggregate(
        [([], "count_all"), ("compound", "mean"), ("compound", "stddev", _sample())])
    grouped = grouped.select(["outlet", "count_all", "compound_mean", "compound_stddev"]).to_pandas()
    grouped.columns = ["outlet", "n", "mean_compound", "sd"]
    grouped = grouped.sort_values("outlet", kind="stable").reset_index(drop=True)
    half = [Z95 * sd / math.sqrt(n) if n > 1 else math.nan for sd, n in zip(grouped.sd, grouped.n)]
    return pd.DataFrame({"outlet": grouped.outlet, "n": grouped.n, "mean_compound": grouped.mean_compound,
                         "ci_low": grouped.mean_compound - half, "ci_high": grouped.mean_compound + half})


def _sample():
    import pyarrow.compute as pc

    return pc.VarianceOptions(ddof=1)


def tone_finding(dataset: Dataset) -> F.Finding:
    """The most and least negative outlets by mean compound, and whether the intervals overlap (``findings.tone_finding``)."""
    found = F.tone_finding(tone_by_outlet(dataset))
    caveat = F.articles_caveat(documents_by_outlet(dataset)["documents"])
    return F.Finding(found.name, found.sentence + caveat, found.numbers, found.enough_data, found.title) if caveat else found


def readability_by_outlet(dataset: Dataset) -> pd.DataFrame:
    """Per outlet (rows): the mean of each grade formula of ``findings.GRADES`` over its documents (columns),
    and ``documents``. Higher grades mean harder text; read them as a range, since the formulas disagree."""
    means = {grade: dataset.mean_by("readability", grade, ["outlet"]) for grade in F.GRADES}
    first = means[F.GRADES[0]]
    table = pd.DataFrame({grade: frame[f"mean_{grade}"].to_numpy() for grade, frame in means.items()}, index=first.outlet)
    table.insert(0, "documents", first.n.to_numpy())
    table.index.name = "outlet"
    return table


def readability_finding(table: pd.DataFrame) -> F.Finding:
    """The outlets easiest and hardest to read by mean Flesch-Kincaid grade (ties named)."""
    grade = table["flesch_kincaid_grade"].dropna().round(1)
    if grade.empty:
        return F.Finding("readability-outlets", "No document could be scored.", table, False, "No document could be scored")
    easy, hard = F.leaders(grade, largest=False), F.leaders(grade)
    title = F.lead(easy, "{who} reads easiest", "{who} tie as easiest to read")
    sentence = (title + f" (mean Flesch-Kincaid grade {grade[easy[0]]:.1f}); "
                + F.lead(hard, "{who} hardest", "{who} tie as hardest") + f" ({grade[hard[0]]:.1f}).")
    return F.Finding("readability-outlets", sentence, table, True, title)


def naming_by_outlet(dataset: Dataset) -> pd.DataFrame:
    """Uses of each naming term per outlet: rows (group, term) in name order, one column per outlet, only
    the terms some outlet uses (the codebook's unused terms are not in a dataset)."""
    counts = dataset.count_by("naming", ["group", "term", "outlet"])
    if counts.empty:
        return pd.DataFrame(index=pd.MultiIndex.from_tuples([], names=["group", "term"]), columns=outlets(dataset))
    table = counts.pivot_table(index=["group", "term"], columns="outlet", values="count", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=outlets(dataset), fill_value=0).astype(int)
    table.columns.name = None
    return table
