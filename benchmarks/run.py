"""Benchmark the per-document pipeline on varied text: ms per document per stage, 1 and 2 processes, memory.

Usage (from the repository root)::

    .venv/bin/python benchmarks/run.py --n 1000 --jobs 2
    .venv/bin/python benchmarks/run.py --n 10000 --jobs 2 --json results.json
    .venv/bin/python benchmarks/run.py --corpus path/to/corpus        # an existing corpus

What it does:

1. writes a varied synthetic corpus of N documents (``benchmarks/make_corpus.py``:
   vocabulary-shuffled sentences of every test corpus, fixed seed), untimed;
2. with ``--jobs J`` > 1, builds every per-document table with
   :func:`corpus_tools.load.parallel.per_document_tables` in J worker
   processes (each worker loads a document and returns its rows) and notes
   the wall time. It runs first, in a child process of its own that sends
   back a digest of each table and its peak memory, so neither the tables it
   merges nor its peak count in the in-process phase below;
3. in this process, times :func:`corpus_tools.load_corpus` ("load": manifest,
   checksums, decoding, repair, extraction, cleaning, segmentation) and then
   each per-document table as a user builds it (``corpus.table(name)``), in
   dependency order, in CPU seconds;
4. times the instruments alone on the same text, as context (not a target):
   VADER's ``polarity_scores`` on every body sentence, and textstat's public
   formulas on every body;
5. checks that the pool's tables equal the in-process ones, and prints the
   speed-up, documents per second and peak resident memory.

Targets (issue "A codebase a newcomer can carry on"): at most 25 ms per
document of 4 KB per core for the whole per-document pipeline, at least
1.7x with 2 processes, under 2 GB at 10,000 documents.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus_tools  # noqa: E402
from corpus_tools.load.parallel import per_document_tables  # noqa: E402
from corpus_tools.tables import TABLES  # noqa: E402

# Per-document tables in the order a user's first calls would build them (quotes before the
# tables that read it); any per-document table not listed is timed after these.
ORDER = ["paragraphs", "sentences", "removed", "repairs", "documents", "mentions", "entities", "quotes", "citations",
         "sentiment", "sentiment_words", "actor_sentiment", "readability", "frame_hits", "frames", "naming", "claims"]


def per_document_names() -> list[str]:
    names = [n for n in ORDER if n in TABLES and TABLES[n].per_document]
    return names + sorted(n for n, s in TABLES.items() if s.per_document and n not in names)


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB (Linux: KB units)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def instruments(corpus) -> float:
    """CPU seconds of VADER on every body sentence plus textstat's public formulas on every body."""
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    formulas = [textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog, textstat.smog_index,
                textstat.coleman_liau_index, textstat.automated_readability_index, textstat.dale_chall_readability_score]
    t0 = time.process_time()
    for doc in corpus:
        body = []
        for s in doc.sentences:
            if s["kind"] == "body":
                text = doc.clean_text[s["start"]:s["end"]]
                vader.polarity_scores(text)
                body.append(text)
        joined = " ".join(body)
        for f in formulas:
            f(joined)
    return time.process_time() - t0


def table_digest(table) -> str:
    """SHA-256 of a table's columns, dtypes and every row's hash (pandas' public ``hash_pandas_object``):
    equal tables give equal digests, so two runs' tables can be compared without holding both."""
    import hashlib

    import pandas as pd

    digest = hashlib.sha256(repr((list(table.columns), [str(t) for t in table.dtypes])).encode())
    digest.update(pd.util.hash_pandas_object(table, index=True).to_numpy().tobytes())
    return digest.hexdigest()


def run(folder: Path, jobs: int) -> dict:
    names = per_document_names()
    result: dict = {"python": platform.python_version(), "jobs": jobs, "load_average": os.getloadavg()[0]}
    if jobs > 1:
        # The pool phase runs in a child process of its own: its parent merges every table the workers send,
        # and in this process that memory counted in the in-process phase's peak (2,275 MB against 1,508 MB
        # for the in-process phase alone at 10,000 documents). The child sends back its wall time, its peak
        # and a digest of each table.
        child = subprocess.run([sys.executable, __file__, "--pool-phase", str(folder), "--jobs", str(jobs)],
                               capture_output=True, text=True, check=True)
        phase = json.loads(child.stdout)
        result["pool_wall"], result["pool_parent_mb"], pooled = phase["wall"], phase["peak_mb"], phase["digests"]
    t_wall, t_cpu = time.perf_counter(), time.process_time()
    corpus = corpus_tools.load_corpus(folder)
    stages = {"load": time.process_time() - t_cpu}
    tables = {}
    for name in names:
        t0 = time.process_time()
        tables[name] = corpus.table(name)
        stages[name] = time.process_time() - t0
    result["wall_1"] = time.perf_counter() - t_wall
    result["stages"] = stages
    result["n"] = len(corpus)
    result["kb_per_doc"] = sum(len(d.raw_text.encode()) for d in corpus) / 1024 / max(1, len(corpus))
    result["instruments"] = instruments(corpus)
    if jobs > 1:
        result["pool_equal"] = all(pooled[n] == table_digest(tables[n]) for n in names)
    result["peak_mb"], result["peak_child_mb"] = peak_memory_mb()
    return result


def pool_phase(folder: Path, jobs: int) -> dict:
    """Every per-document table built by ``jobs`` worker processes: wall time, this process's peak and digests."""
    names = per_document_names()
    t0 = time.perf_counter()
    pooled = per_document_tables(folder, names, jobs=jobs)
    wall = time.perf_counter() - t0
    return {"wall": wall, "peak_mb": peak_memory_mb()[0], "digests": {n: table_digest(t) for n, t in pooled.items()}}


def report(r: dict) -> str:
    n = r["n"]
    total = sum(r["stages"].values())
    lines = [f"corpus: {n} documents, {r['kb_per_doc']:.1f} KB each on average; Python {r['python']}; load average {r['load_average']:.2f}",
             f"{'stage':<22}{'CPU s':>9}{'ms/doc':>9}{'share':>8}"]
    for stage, sec in r["stages"].items():
        lines.append(f"{stage:<22}{sec:>9.2f}{1000 * sec / n:>9.2f}{sec / total:>8.1%}")
    per_doc = 1000 * total / n
    per_4kb = per_doc * 4 / max(r["kb_per_doc"], 1e-9)
    lines.append(f"{'whole pipeline':<22}{total:>9.2f}{per_doc:>9.2f}   (wall {r['wall_1']:.1f} s; {per_4kb:.1f} ms per 4 KB; target <= 25)")
    lines.append(f"{'instruments alone':<22}{r['instruments']:>9.2f}{1000 * r['instruments'] / n:>9.2f}   (VADER + textstat public formulas, context only)")
    lines.append(f"documents per second, 1 process: {n / r['wall_1']:.1f} wall")
    if "pool_wall" in r:
        lines.append(f"{r['jobs']} processes: {r['pool_wall']:.1f} s wall, {n / r['pool_wall']:.1f} documents per second, "
                     f"speed-up {r['wall_1'] / r['pool_wall']:.2f}x (target >= 1.7); tables equal to 1 process: {r['pool_equal']}")
    pool = f", the pool phase's parent {r['pool_parent_mb']:.0f} MB" if "pool_parent_mb" in r else ""
    lines.append(f"peak memory: this process {r['peak_mb']:.0f} MB{pool}, largest child process {r['peak_child_mb']:.0f} MB "
                 "(target < 2048 MB at 10,000)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic documents (default: 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the pool run (default: 2; 1: none)")
    parser.add_argument("--corpus", help="benchmark this corpus folder instead of a synthetic one")
    parser.add_argument("--json", help="also write the numbers to this file")
    parser.add_argument("--pool-phase", metavar="DIR", help=argparse.SUPPRESS)  # the child of run(): see there
    args = parser.parse_args(argv)
    if args.pool_phase:
        print(json.dumps(pool_phase(Path(args.pool_phase), args.jobs)))
        return 0
    with tempfile.TemporaryDirectory(prefix="corpus-tools-bench-") as scratch:
        if args.corpus:
            folder = Path(args.corpus)
        else:
            from make_corpus import make_varied_corpus

            folder = make_varied_corpus(args.n, Path(scratch) / "corpus")
        r = run(folder, args.jobs)
    print(report(r))
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
