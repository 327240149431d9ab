"""Wall time and peak memory of ``corpus-tools report`` on varied synthetic corpora of several sizes.

Usage (from the repository root)::

    .venv/bin/python benchmarks/report_scale.py 300 1000
    .venv/bin/python benchmarks/report_scale.py 10000          # issue 15's size (target: under 10 minutes)
    .venv/bin/python benchmarks/report_scale.py 1000 --jobs 1  # one worker process

For each N it writes a varied synthetic corpus (``make_corpus.py``, fixed seed; untimed), then runs the
command line's ``report --jobs 2`` on it into a scratch folder, as a user would, and prints the wall time (the
report runs each notebook in a kernel of its own, so CPU time of this process would miss them), the
peak resident memory of the largest child process (the command or a kernel), and the growth exponent
of the time between the sizes. Run it on a quiet machine: wall time counts the neighbours' work too.
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


def measure(n: int, jobs: int = 2) -> tuple[float, float]:
    """Seconds of wall time and peak child memory (MB) of one report on N varied documents."""
    from make_corpus import make_varied_corpus

    with tempfile.TemporaryDirectory(prefix="corpus-tools-report-scale-") as scratch:
        folder = make_varied_corpus(n, Path(scratch) / "corpus")
        command = [sys.executable, "-m", "corpus_tools", "report", "--corpus", str(folder), "--out", str(Path(scratch) / "out"),
                   "--jobs", str(jobs)]
        t0 = time.perf_counter()
        # A fresh process per size, so the largest child's peak is this size's (RUSAGE_CHILDREN keeps the maximum).
        probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]).returncode; "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r)")
        done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, env=os.environ)
        seconds = time.perf_counter() - t0
        if done.returncode:
            raise SystemExit(f"report on {n} documents failed: {done.stderr.strip().splitlines()[-1:]}")
        peak_mb = int(done.stdout.split()[-1]) / 1024
    return seconds, peak_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="+", help="numbers of documents")
    parser.add_argument("--jobs", type=int, default=2, help="the report's worker processes (default: 2, this machine's cores)")
    args = parser.parse_args(argv)
    rows = []
    print(f"{'documents':>10}{'wall s':>10}{'peak MB':>10}   (load average {os.getloadavg()[0]:.2f} at the start)")
    for n in args.sizes:
        seconds, peak = measure(n, args.jobs)
        rows.append((n, seconds))
        print(f"{n:>10}{seconds:>10.1f}{peak:>10.0f}", flush=True)
    if len(rows) > 1:
        (n1, t1), (n2, t2) = rows[0], rows[-1]
        print(f"growth exponent of the wall time between {n1} and {n2}: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
