"""Time the two cross-document tables (``quote_groups``, ``shared_passages``) at several corpus sizes.

Usage (from the repository root)::

    .venv/bin/python benchmarks/reuse_scale.py                      # N = 100 300 1000
    .venv/bin/python benchmarks/reuse_scale.py 100 300 1000 3000
    git show <commit>:corpus_tools/reuse.py > /tmp/reuse_old.py
    .venv/bin/python benchmarks/reuse_scale.py 100 300 --old /tmp/reuse_old.py --timeout 900
    .venv/bin/python benchmarks/reuse_scale.py 1000 --old /tmp/reuse_old.py --skip-new --tables shared_passages

For each N it writes a synthetic corpus (``make_corpus.py``, fixed seed;
kept in a scratch folder and reused) and, for each table and each
implementation (the package's, and with ``--old FILE`` another ``reuse.py``,
e.g. an earlier commit's), runs a fresh child process that loads the corpus,
builds the inputs (the ``quotes`` table; the body sentences) untimed, then
builds the table and reports:

* ``cpu_s``: CPU seconds of that build (``time.process_time``: the machine's
  cores are shared, so wall time would measure the neighbours too);
* ``rss_mb``: how far the process's peak resident memory rose above its
  resident memory just before the build (Linux: the peak is reset through
  ``/proc/self/clear_refs``); it counts everything, Arrow string buffers too;
* ``py_mb``: the peak of Python allocations during the build
  (``tracemalloc``, a second child: tracing slows the code down, so it is
  not timed together);
* ``rows``: the table's length. ``shared_passages`` has one row per pair of
  near-identical sentences, so on these corpora (sentences copied into many
  documents) the table itself grows as N², whatever the method.

A child still running after ``--timeout`` seconds is stopped and shown as
``>TIMEOUT``. ``--json FILE`` also writes the results.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLES = ("quote_groups", "shared_passages")


def child(corpus_path: str, impl: str, table: str, trace: bool) -> dict:
    """Build one table once in this process and measure it (run through ``--child``)."""
    import importlib.util
    import time
    import tracemalloc

    sys.path.insert(0, str(REPO))
    import corpus_tools
    from corpus_tools import reuse
    from corpus_tools.tables import make_table

    if impl == "new":
        mod = reuse
    else:  # another reuse.py, loaded as a sibling module so that its relative imports work
        spec = importlib.util.spec_from_file_location("corpus_tools._reuse_other", impl)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    corpus = corpus_tools.load_corpus(corpus_path)
    if table == "quote_groups":
        data = corpus.table("quotes")
        build = lambda: mod.group_quotes(data)  # noqa: E731
    else:
        s = corpus.table("sentences")
        data = s[s.kind == "body"]
        if hasattr(mod, "_shared_passages_frame"):
            build = lambda: mod._shared_passages_frame(data)  # noqa: E731
        else:
            build = lambda: make_table("shared_passages", mod.find_shared_passages(data))  # noqa: E731
    if trace:
        tracemalloc.start()
        out = build()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return {"rows": len(out), "py_mb": peak / 1e6}
    rss_before = _status_kb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to the current RSS
    except OSError:
        pass
    t0 = time.process_time()
    out = build()
    cpu = time.process_time() - t0
    return {"rows": len(out), "cpu_s": cpu, "rss_mb": max(0, _status_kb("VmHWM") - rss_before) / 1024}


def _status_kb(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))


def run_child(corpus_path: Path, impl: str, table: str, trace: bool, timeout: float) -> dict | None:
    cmd = [sys.executable, __file__, "--child", str(corpus_path), impl, table] + (["--trace"] if trace else [])
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        sys.exit(f"child failed: {' '.join(cmd)}\n{exc.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="*", default=[100, 300, 1000], help="corpus sizes (default: 100 300 1000)")
    ap.add_argument("--old", help="another reuse.py to measure as well (e.g. an earlier commit's)")
    ap.add_argument("--tables", default=",".join(TABLES), help="comma-separated tables (default: both)")
    ap.add_argument("--skip-new", action="store_true", help="measure only the --old implementation")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed to one child (default: 600)")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc children (py_mb)")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--child", nargs=3, metavar=("CORPUS", "IMPL", "TABLE"), help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child, trace=args.trace)))
        return 0

    sys.path.insert(0, str(REPO / "benchmarks"))
    import make_corpus

    scratch = Path(tempfile.gettempdir()) / "corpus-tools-reuse-scale"
    impls = ([] if args.skip_new else [("new", "new")]) + ([("old", str(Path(args.old).resolve()))] if args.old else [])
    results = []
    print("| N | table | impl | rows | CPU s | peak RSS rise MB | peak Python MB |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for n in args.n:
        folder = scratch / f"synthetic-{n}"
        if not (folder / "corpus.toml").exists():
            make_corpus.make_corpus(n, folder)
        for table in args.tables.split(","):
            for label, impl in impls:
                timed = run_child(folder, impl, table, False, args.timeout)
                traced = None if args.no_trace or timed is None else run_child(folder, impl, table, True, args.timeout)
                row = {"n": n, "table": table, "impl": label, **(timed or {}), **(traced or {})}
                results.append(row)
                cells = [f"{row['cpu_s']:.2f}" if timed else f">{args.timeout:.0f} (TIMEOUT)",
                         f"{row['rss_mb']:.1f}" if timed else "",
                         f"{row['py_mb']:.1f}" if traced else ""]
                print(f"| {n} | {table} | {label} | {row.get('rows', '')} | " + " | ".join(cells) + " |", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
