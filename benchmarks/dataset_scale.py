"""Wall time, CPU and memory of ``corpus-tools dataset`` on varied synthetic corpora of several sizes.

Usage (from the repository root)::

    .venv/bin/python benchmarks/dataset_scale.py 10000 100000        # issue 15's sizes (100,000: about an hour)
    .venv/bin/python benchmarks/dataset_scale.py 2000 8000 --jobs 1

For each N it writes a varied synthetic corpus (``make_corpus.py``, fixed seed; untimed, into a scratch
folder), then runs the command line's ``dataset CORPUS OUT --jobs J`` as a user would, and prints:

* wall seconds, and CPU seconds of the command and every process under it (each process's own user and
  system time from ``/proc/PID/stat``, its last reading before it ended: the workers come from a fork
  server, which is not waited for, so ``RUSAGE_CHILDREN`` would miss them; a process that ends between
  two readings loses at most 0.2 s);
* **the peak of the memory of the whole process tree** (the command and its workers: the sum of their
  proportional set sizes, read from ``/proc`` every 0.2 s, so pages a forked worker shares with its
  parent count once: the number to hold against a machine's memory), and the peak resident size of the
  command's own process (the parent, which builds the cross-document tables at the end);
* the dataset's size on disk;

then the growth exponent of CPU time and of the summed peak between the first and last sizes. Linux only
(``/proc``). Run it on a quiet machine: wall time counts the neighbours' work too.
"""
from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, for every process visible in /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record in ``seen`` (pid -> seconds) the user plus system CPU time of ``root`` and every descendant now."""
    tree, todo = _children(), [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        seen[pid] = max(seen.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / TICK)  # utime, stime


def tree_pss(root: int) -> int:
    """Bytes of memory ``root`` and all its descendants hold now: the sum of their proportional set sizes
    (``Pss`` in ``/proc/PID/smaps_rollup``), which counts a page shared by n processes (a forked worker and
    its parent) as 1/n in each, so the sum is what the tree takes from the machine. Summing resident sizes
    would count every shared page once per process."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
    return total


def measure(n: int, jobs: int, scratch: Path) -> dict[str, float]:
    from make_corpus import make_varied_corpus

    folder = make_varied_corpus(n, scratch / f"corpus-{n}")
    out = scratch / f"dataset-{n}"
    cpu_of: dict[int, float] = {}
    t0 = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "corpus_tools", "dataset", str(folder), str(out), "--jobs", str(jobs)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss(process.pid))
        tree_cpu(process.pid, cpu_of)
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    stdout, stderr = process.communicate()
    if process.returncode:
        raise SystemExit(f"dataset on {n} documents failed: {stderr.strip().splitlines()[-1:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(cpu_of.values())
    size = sum(f.stat().st_size for f in out.iterdir())
    return {"n": n, "wall": seconds, "cpu": cpu, "peak_tree_mb": peak / 2**20, "parent_mb": after.ru_maxrss / 1024,
            "disk_mb": size / 2**20, "corpus_mb": sum(f.stat().st_size for f in folder.iterdir()) / 2**20}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="+", help="numbers of documents")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2, this machine's cores)")
    args = parser.parse_args(argv)
    print(f"{'documents':>10}{'corpus MB':>11}{'wall s':>9}{'CPU s':>9}{'peak tree MB':>14}{'parent MB':>12}{'dataset MB':>12}"
          f"   (jobs {args.jobs}; load average {os.getloadavg()[0]:.2f} at the start)", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="corpus-tools-dataset-scale-") as scratch:
        for n in args.sizes:
            r = measure(n, args.jobs, Path(scratch))
            rows.append(r)
            print(f"{n:>10}{r['corpus_mb']:>11.0f}{r['wall']:>9.1f}{r['cpu']:>9.1f}{r['peak_tree_mb']:>14.0f}{r['parent_mb']:>12.0f}"
                  f"{r['disk_mb']:>12.0f}   (load average {os.getloadavg()[0]:.2f})", flush=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        grow = math.log(b["n"] / a["n"])
        print(f"growth exponent {a['n']} -> {b['n']}: CPU {math.log(b['cpu'] / a['cpu']) / grow:.2f}, "
              f"peak tree memory {math.log(b['peak_tree_mb'] / a['peak_tree_mb']) / grow:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
