"""Measure one ``corpus-tools export`` run: the parent's peak memory, CPU seconds (parent and workers) and wall time.

Usage (from the repository root)::

    .venv/bin/python benchmarks/make_corpus.py 2000 /tmp/varied-2000
    .venv/bin/python benchmarks/export_memory.py sentences /tmp/varied-2000 --jobs 1
    .venv/bin/python benchmarks/export_memory.py quotes /tmp/varied-1000 --jobs 1 --jobs 2 --repeat 2

Each run is a fresh ``python -c`` process that calls :func:`corpus_tools.cli.main`
with ``export TABLE CORPUS -o FILE --jobs N`` and then reports its own peak
resident memory (``ru_maxrss`` of RUSAGE_SELF: the parent alone, not its
workers) and the CPU seconds of itself and of its (joined) worker processes.
The output goes to a scratch file (``--format``, default csv), deleted after.

CPU seconds are the fair measure on a shared machine; wall time also counts
other people's work, so the load average is printed next to it. The speed-up
of ``--jobs 2`` is reported both ways: wall time 1 job / wall time 2 jobs, and
"CPU-bound speed-up", a range: (CPU seconds of 1 job) over the wall time the
2-job run's work would take on 2 cores of its own, at worst (every second of
the parent's is serial: parent CPU + worker CPU / 2) and at best (the parent's
work overlaps the workers': max(parent CPU, (parent + worker CPU) / 2)). Extra
work in the pool (pickling, start-up) counts against both.

``PYTHONPATH=/path/to/an/older/checkout`` measures another version of the
package the same way (the "before" numbers of issue 15 were taken on
``git archive`` of the commit before streaming).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, resource, sys, time
from corpus_tools.cli import main
t = time.perf_counter()
code = main(sys.argv[1:])
wall = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": wall, "peak_mb": me.ru_maxrss / 1024,
                  "cpu_parent": me.ru_utime + me.ru_stime, "cpu_workers": kids.ru_utime + kids.ru_stime}))
"""


def run_once(table: str, corpus: str, jobs: int, fmt: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, f"out.{fmt}")
        argv = ["export", table, corpus, "-o", out, "--format", fmt, "--jobs", str(jobs)]
        load = os.getloadavg()[0]
        proc = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"export failed: {proc.stderr.strip()}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result.update(jobs=jobs, load_before=load, load_after=os.getloadavg()[0], bytes=os.path.getsize(out))
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("table")
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, action="append", help="worker processes (repeat to compare; default 1)")
    parser.add_argument("--format", default="csv", choices=["csv", "json", "jsonl", "parquet"])
    parser.add_argument("--repeat", type=int, default=1, help="runs per job count (the fastest wall time is kept)")
    args = parser.parse_args()
    best: dict[int, dict] = {}
    for jobs in args.jobs or [1]:
        for _ in range(args.repeat):
            r = run_once(args.table, args.corpus, jobs, args.format)
            print(f"jobs {jobs}: wall {r['wall']:.1f} s, CPU parent {r['cpu_parent']:.1f} s + workers {r['cpu_workers']:.1f} s, "
                  f"parent peak RSS {r['peak_mb']:.0f} MB, {r['bytes']:,} bytes, load {r['load_before']:.1f}->{r['load_after']:.1f}",
                  flush=True)
            if jobs not in best or r["wall"] < best[jobs]["wall"]:
                best[jobs] = r
    if 1 in best:
        one = best[1]
        cpu_one = one["cpu_parent"] + one["cpu_workers"]
        for jobs, r in sorted(best.items()):
            if jobs == 1:
                continue
            worst = r["cpu_parent"] + r["cpu_workers"] / jobs
            best_case = max(r["cpu_parent"], (r["cpu_parent"] + r["cpu_workers"]) / jobs)
            print(f"speed-up of {jobs} jobs: wall {one['wall'] / r['wall']:.2f}x, "
                  f"CPU-bound {cpu_one / worst:.2f}x to {cpu_one / best_case:.2f}x "
                  f"(1 job {cpu_one:.1f} CPU s; {jobs} jobs: parent {r['cpu_parent']:.1f} s, workers {r['cpu_workers']:.1f} s)")


if __name__ == "__main__":
    main()
