"""Benchmark the per-document pipeline against its floor (bare VADER + bare textstat).

Usage (from the repository root)::

    .venv/bin/python benchmarks/run.py --n 1000 --jobs 2
    .venv/bin/python benchmarks/run.py --n 10000 --jobs 2 --json results.json
    .venv/bin/python benchmarks/run.py --corpus path/to/corpus        # an existing corpus

What it does, in one process unless said otherwise:

1. writes a synthetic corpus of N documents (``benchmarks/make_corpus.py``,
   fixed seed) into a scratch folder, untimed;
2. with ``--jobs J`` > 1, runs the pipeline (untimed per stage) in a process
   pool of J workers (:func:`corpus_tools.load.parallel.map_documents`); each
   worker returns a document's table rows, not the document. This runs
   first, so the forked workers start from a small parent and their peak
   memory is their own;
3. runs the pipeline document by document, timing each stage with the
   package's own per-document functions: load (manifest, checksums,
   decoding: ``check_corpus`` plus what ``process_document`` does besides
   cleaning and segmenting), clean (encoding repair, cleaning rules, audit
   rows), segment, quotes, citations, sentiment, readability, framing, then
   naming and claims, and finally building the DataFrames from the rows. A
   stage whose module does not exist yet prints "n/a". The documents are
   kept, as a loaded ``Corpus`` keeps them;
4. times the floor on the same texts: VADER's ``polarity_scores`` on every
   body sentence plus textstat's seven formulas on every body text, i.e. the
   two libraries called bare, with nothing of ours around them;
5. checks that the pool's tables equal the one-process tables and reports
   the speed-up (wall time) of step 2 over step 3.

It prints seconds per stage, documents per second, the ratio
whole pipeline / floor (target: at most 1.5), the speed-up with J jobs
(target: close to J) and the peak resident memory of this process and its
children (target: under 2 GB at N = 10,000). One-time start-up (reading the
CMU dictionary and the VADER lexicon) is done before timing and printed
apart.
"""
from __future__ import annotations

import argparse
import importlib
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus_tools  # noqa: E402
from corpus_tools import clean, corpus as corpus_mod, parallel, readability, repair, segment, sentiment  # noqa: E402
from corpus_tools.codebook import default_codebook, merge_codebooks  # noqa: E402
from corpus_tools.tables import TABLES, make_table  # noqa: E402

STAGES = ["load", "clean", "segment", "quotes", "citations", "sentiment", "readability", "framing", "naming", "claims", "tables"]
ISSUE_STAGES = STAGES[:8]  # the stages issue 6 asks for; naming, claims and tables are timed as well


def optional(name: str):
    """``corpus_tools.<name>``, or ``None`` while that module is not written yet."""
    try:
        return importlib.import_module(f"corpus_tools.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"corpus_tools.{name}":
            return None
        raise


quotes_mod, citations_mod = optional("quotes"), optional("citations")
frames_mod, naming_mod, claims_mod = optional("frames"), optional("naming"), optional("claims")


# ---------------------------------------------------------------- timing inside process_document

class Clock:
    """Seconds per stage, accumulated; ``inner`` is time spent in wrapped functions of process_document."""

    def __init__(self) -> None:
        self.seconds = {s: 0.0 for s in STAGES}
        self.inner = 0.0
        self.active = False


CLOCK = Clock()


# Stages are timed in CPU seconds of this (single-threaded) process: on a shared machine
# wall time also counts other people's work, CPU time does not. Wall time is reported too.
cpu = time.process_time


def _wrap(module, name: str, stage: str) -> None:
    fn = getattr(module, name)

    def timed(*args, **kwargs):
        if not CLOCK.active:
            return fn(*args, **kwargs)
        t = cpu()
        try:
            return fn(*args, **kwargs)
        finally:
            dt = cpu() - t
            CLOCK.seconds[stage] += dt
            CLOCK.inner += dt

    setattr(module, name, timed)


# process_document looks these up on their modules at call time, so wrapping them
# splits its time into clean and segment without copying its code here.
for _module, _name, _stage in ((repair, "repair_text", "clean"), (clean, "find_cuts", "clean"), (clean, "apply_cuts", "clean"),
                               (corpus_mod, "_audit_rows", "clean"), (segment, "paragraphs", "segment"),
                               (segment, "sentences", "segment")):
    _wrap(_module, _name, _stage)


# ---------------------------------------------------------------- the pipeline, one document

def analyse(doc, codebook: dict, clock: Clock | None = None) -> dict[str, list]:
    """Every per-document table's rows for one processed document."""
    out: dict[str, list] = {}

    def stage(name, fn, *args):
        t = cpu()
        result = fn(*args)
        if clock is not None:
            clock.seconds[name] += cpu() - t
        return result

    q = stage("quotes", quotes_mod.document_quotes, doc, codebook) if quotes_mod else None
    if q is not None:
        out["quotes"] = q
    if citations_mod:
        out["citations"] = stage("citations", citations_mod.document_citations, doc, codebook, q)
    spans = ([(r["start"], r["end"]) for r in q if r["kind"] in sentiment.QUOTE_KINDS] if q is not None
             else sentiment.mark_quotes(doc))
    out["sentiment"] = stage("sentiment", sentiment.document_sentiment, doc, spans)
    out["readability"] = [stage("readability", readability.document_readability, doc)]
    if frames_mod:
        rules = codebook.get("frames", [])

        def framing(d):
            hits = frames_mod.document_frame_hits(d, rules)
            return hits, frames_mod.document_frames(d.doc_id, hits, rules)

        out["frame_hits"], out["frames"] = stage("framing", framing, doc)
    if naming_mod:
        out["naming"] = stage("naming", naming_mod.document_naming, doc, codebook.get("naming", []))
    if claims_mod:
        out["claims"] = stage("claims", claims_mod.document_claims, doc, codebook)
    return {name: as_tuples(name, table_rows) for name, table_rows in out.items() if name in TABLES}


def as_tuples(name: str, rows: list) -> list[tuple]:
    """Rows as tuples in the table's column order: what the DataFrame needs, at a third of a dict's memory.

    Checks the columns as :func:`make_table` does, so a stage still cannot add an undocumented one.
    """
    cols = list(TABLES[name].columns)
    want = set(cols)
    out = []
    for row in rows:
        if set(row) != want:
            make_table(name, [row])  # raises the registry's KeyError
        out.append(tuple([_SHARED.setdefault(v, v) if type(v) is str and len(v) <= 40 else v for v in (row[c] for c in cols)]))
    return out


# Short strings repeat across rows (ids, rule and term names, labels, matched words): keep one copy of each.
_SHARED: dict[str, str] = {}


def pipeline_document(entry: dict, data: bytes, codebook: dict, path: str) -> dict[str, list[tuple]]:
    """The whole pipeline for one document, untimed (what a pool worker runs).

    Returns every per-document table's rows as tuples, the corpus layer's
    (paragraphs, sentences, removed, repairs) included, and not the
    :class:`Document`: sending the rows back is all the tables need, and
    costs the parent far less unpickling than whole documents would.
    """
    doc = corpus_tools.process_document(entry, data, codebook, path)
    rows = analyse(doc, codebook)
    rows.update({name: as_tuples(name, getattr(doc, attr)) for name, attr in CORPUS_LAYER.items()})
    return rows


CORPUS_LAYER = {"paragraphs": "paragraphs", "sentences": "sentences", "removed": "removed", "repairs": "repairs"}


def build_tables(docs, rows: list[dict[str, list]]) -> dict:
    """DataFrames from the rows, equal to what ``Corpus.table`` builds (``rows`` is emptied on the way).

    ``rows`` holds each document's rows as tuples (:func:`as_tuples`). The corpus
    layer's tables are read from ``docs`` unless ``rows`` holds them (pool workers send them).
    """
    import pandas as pd

    merged: dict[str, list] = {}
    while rows:
        for name, table_rows in rows.pop().items():
            merged.setdefault(name, []).append(table_rows)
    tables = {}
    for name in sorted(set(merged) | set(CORPUS_LAYER)):
        cols = list(TABLES[name].columns)
        if name in CORPUS_LAYER and name not in merged:  # rows not made yet: read them from the documents
            flat = as_tuples(name, (r for d in docs for r in getattr(d, CORPUS_LAYER[name])))
        else:
            parts = merged.pop(name)
            flat = [r for part in reversed(parts) for r in part]
            del parts
        tables[name] = pd.DataFrame(flat, columns=cols)
        del flat
    return tables


def table_digests(tables: dict) -> dict[str, str]:
    """A SHA-256 per table (values and index), to compare runs without holding both in memory."""
    import hashlib

    import pandas as pd

    return {name: hashlib.sha256(pd.util.hash_pandas_object(t, index=True).values.tobytes()
                                 + ",".join(t.columns).encode()).hexdigest() for name, t in tables.items()}


# ---------------------------------------------------------------- the floor

def floor_document(doc) -> None:
    """Bare VADER on each body sentence plus bare textstat (seven formulas) on the body."""
    import textstat

    vader = sentiment.analyzer()
    for s in doc.sentences:
        if s["kind"] == "body":
            vader.polarity_scores(doc.clean_text[s["start"] : s["end"]])
    body = readability.body_text(doc)
    for name in readability.FORMULAS:
        getattr(textstat, name)(body)


def clear_textstat_caches() -> None:
    """textstat memoises per text (lru_cache); clear it so no phase profits from another's work."""
    import gc
    import functools

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("textstat"):
            obj.cache_clear()


def warm_up() -> float:
    """Load the one-time resources (CMU dictionary, VADER lexicon) before any timing."""
    t = time.perf_counter()
    readability.text_readability("The committee met on Tuesday. It agreed on a plan.", ["The committee met on Tuesday.", "It agreed on a plan."])
    sentiment.score("A fine, good day.")
    clear_textstat_caches()
    return time.perf_counter() - t


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident set size (MB) of this process and of its (waited-for) children."""
    scale = 1 / 1024 if platform.system() != "Darwin" else 1 / 1024 / 1024  # Linux reports kB, macOS bytes
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, kids


# ---------------------------------------------------------------- the run

def run(folder: Path, jobs: int) -> dict:
    import os

    results: dict = {"corpus": str(folder), "jobs": jobs, "cores": parallel.available_jobs(), "load_before": os.getloadavg()[0]}
    results["startup_s"] = warm_up()

    # 1. the pipeline in a pool, first: forked workers inherit the parent's memory, so
    #    forking from a small parent keeps their peak memory their own.
    if jobs > 1:
        clear_textstat_caches()
        t, kids0 = time.perf_counter(), os.times()
        manifest, loaded, problems = corpus_mod.check_corpus(folder)
        if problems:
            raise problems[0]
        codebook = merge_codebooks(default_codebook(), manifest.get("codebook", {}))
        items = [(entry, data, codebook, str(folder / entry["file"])) for entry, data in loaded]
        del loaded
        done = parallel.map_documents(pipeline_document, items, jobs=jobs, progress=False, star=True)
        del items
        pooled_tables = build_tables([], done)
        results["pool_s"] = time.perf_counter() - t
        kids1 = os.times()
        results["pool_workers_cpu_s"] = (kids1.children_user + kids1.children_system) - (kids0.children_user + kids0.children_system)
        pooled_digests = table_digests(pooled_tables)
        del pooled_tables
        results["peak_rss_children_mb"] = peak_memory_mb()[1]
        clear_textstat_caches()

    # 2. one process, per stage
    CLOCK.active = True
    t0, cpu0 = time.perf_counter(), cpu()
    t = cpu()
    manifest, loaded, problems = corpus_mod.check_corpus(folder)
    if problems:
        raise problems[0]
    codebook = merge_codebooks(default_codebook(), manifest.get("codebook", {}))
    CLOCK.seconds["load"] += cpu() - t
    docs, rows = [], []
    for entry, data in loaded:
        CLOCK.inner = 0.0
        t = cpu()
        doc = corpus_tools.process_document(entry, data, codebook, folder / entry["file"])
        CLOCK.seconds["load"] += cpu() - t - CLOCK.inner
        docs.append(doc)
        rows.append(analyse(doc, codebook, CLOCK))
    t = cpu()
    tables = build_tables(docs, rows)
    CLOCK.seconds["tables"] += cpu() - t
    one_job = time.perf_counter() - t0
    results["pipeline_cpu_s"] = cpu() - cpu0
    CLOCK.active = False
    n = len(docs)
    results.update(n=n, sentences=sum(len(d.sentences) for d in docs), stage_s=dict(CLOCK.seconds), pipeline_s=one_job,
                   rows={k: len(v) for k, v in tables.items()})

    # 3. the floor, on the same documents
    clear_textstat_caches()
    t, t_wall = cpu(), time.perf_counter()
    for doc in docs:
        floor_document(doc)
    results["floor_s"] = cpu() - t
    results["floor_wall_s"] = time.perf_counter() - t_wall
    results["ratio"] = results["pipeline_cpu_s"] / results["floor_s"]
    results["ratio_wall"] = one_job / results["floor_wall_s"]
    stage_sum = sum(CLOCK.seconds[s] for s in ("sentiment", "readability"))
    results["sentiment_readability_ratio"] = stage_sum / results["floor_s"]

    digests = table_digests(tables)
    del tables, docs
    if jobs > 1:
        results["speedup"] = one_job / results["pool_s"]  # wall / wall
        results["pool_equal"] = pooled_digests == digests
    results["load_after"] = os.getloadavg()[0]
    own, kids = peak_memory_mb()
    results.update(peak_rss_mb=own, peak_rss_children_mb=results.get("peak_rss_children_mb", kids))
    return results


def report(r: dict) -> str:
    n = r["n"]
    width = 28
    lines = [f"corpus: {r['n']} documents, {r['sentences']} sentences ({r['corpus']})",
             f"one-time start-up (CMU dictionary, VADER lexicon): {r['startup_s']:.2f} s, not counted below",
             "stages in CPU seconds of the one process (wall time on a busy machine also counts other work)", "",
             f"{'stage':<{width}} {'CPU s':>9} {'ms/doc':>8} {'share':>6}"]
    for stage in STAGES:
        module_missing = (stage == "quotes" and not quotes_mod) or (stage == "citations" and not citations_mod) or \
                         (stage == "framing" and not frames_mod) or (stage == "naming" and not naming_mod) or \
                         (stage == "claims" and not claims_mod)
        label = stage if stage in ISSUE_STAGES else f"{stage} (extra)"
        if module_missing:
            lines.append(f"{label:<{width}} {'n/a':>9}")
            continue
        s = r["stage_s"][stage]
        lines.append(f"{label:<{width}} {s:>9.2f} {1000 * s / n:>8.2f} {s / r['pipeline_cpu_s']:>6.1%}")
    other = r["pipeline_cpu_s"] - sum(r["stage_s"].values())
    lines.append(f"{'other (rows to tuples)':<{width}} {other:>9.2f} {1000 * other / n:>8.2f} {other / r['pipeline_cpu_s']:>6.1%}")
    lines += [f"{'whole pipeline, 1 process':<{width}} {r['pipeline_cpu_s']:>9.2f} {1000 * r['pipeline_cpu_s'] / n:>8.2f}"
              f"   (wall {r['pipeline_s']:.2f} s)",
              f"{'floor: VADER + textstat':<{width}} {r['floor_s']:>9.2f} {1000 * r['floor_s'] / n:>8.2f}"
              f"   (wall {r['floor_wall_s']:.2f} s)", "",
              f"documents per second, 1 process: {n / r['pipeline_cpu_s']:.1f} per CPU second, {n / r['pipeline_s']:.1f} wall",
              f"ratio whole pipeline / floor: {r['ratio']:.2f} CPU, {r['ratio_wall']:.2f} wall (target <= 1.5)",
              f"ratio sentiment + readability stages / floor: {r['sentiment_readability_ratio']:.2f}"]
    if "pool_s" in r:
        lines += [f"{r['jobs']} jobs: {r['pool_s']:.2f} s wall, {n / r['pool_s']:.1f} documents per second, "
                  f"speed-up {r['speedup']:.2f}x over 1 process wall (target close to {r['jobs']}x); "
                  f"tables equal to 1 process: {r['pool_equal']}",
                  f"  CPU seconds: 1 process {r['pipeline_cpu_s']:.2f}, pool workers {r['pool_workers_cpu_s']:.2f} in total "
                  f"(the difference is the pool's overhead)"]
    lines.append(f"machine: {r['cores']} cores; load average {r['load_before']:.2f} before, {r['load_after']:.2f} after "
                 "(other work on the machine slows the wall-clock numbers, the pool run most)")
    lines.append(f"peak memory (max RSS): this process {r['peak_rss_mb']:.0f} MB, largest child {r['peak_rss_children_mb']:.0f} MB "
                 "(target < 2048 MB)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the pipeline per stage against bare VADER + textstat.")
    parser.add_argument("--n", type=int, default=1000, help="synthetic documents to generate (default: 1000)")
    parser.add_argument("--corpus", help="benchmark this corpus folder instead of a synthetic one")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the pool run (default: 2; 1 skips it)")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the synthetic corpus (default: 2025)")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="corpus-tools-bench-") as scratch:
        if args.corpus:
            folder = Path(args.corpus)
        else:
            from make_corpus import make_corpus

            folder = make_corpus(args.n, Path(scratch) / f"synthetic-{args.n}", args.seed)
        results = run(folder, args.jobs)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
