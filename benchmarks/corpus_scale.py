"""Every stage and every table at several corpus sizes, with the growth exponent of each.

Usage (from the repository root)::

    .venv/bin/python benchmarks/corpus_scale.py 1000 4000
    .venv/bin/python benchmarks/corpus_scale.py 2000 20000 --json scale.json    # issue 15's sizes (about 25 min)

For each N it writes a varied synthetic corpus (``make_corpus.py``:
vocabulary-shuffled sentences of every test corpus, fixed seed; untimed) and
runs, in a fresh child process:

1. ``load_corpus`` (manifest, checksums, decoding, repair, extraction,
   cleaning, segmentation);
2. every per-document table, as a user builds it (``corpus.table(name)``),
   in dependency order (``run.py``'s order);
3. every cross-document table (``people``, ``keyness``, ``quote_groups``,
   ``shared_passages``).

Each is timed in CPU seconds (``time.process_time``: the machine's cores may
be shared, so wall time would count the neighbours' work), and the child's
peak resident memory is reported. Then the growth exponent of each stage
between the sizes (the least-squares slope of log time on log N: 1 is linear,
2 quadratic). Stages under 0.05 s at the smallest size are too short for an
exponent to mean anything; they are shown as "-".

Memory: the child holds the whole corpus and every table (as a notebook
does), so its peak grows with N; the streaming paths (``corpus-tools export``,
``per_document_tables`` with workers) hold far less.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def measure(folder: Path) -> dict:
    """CPU seconds of each stage on the corpus in ``folder``, and the peak resident memory (MB)."""
    import corpus_tools
    from corpus_tools.tables import TABLES
    from run import per_document_names

    stages: dict[str, float] = {}
    t0 = time.process_time()
    corpus = corpus_tools.load_corpus(folder)
    stages["load"] = time.process_time() - t0
    for name in per_document_names() + sorted(n for n, s in TABLES.items() if not s.per_document):
        t0 = time.process_time()
        corpus.table(name)
        stages[name] = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return {"n": len(corpus), "stages": stages, "peak_mb": peak}


def _child(folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(folder)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{folder}: the measurement failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> str:
    from scaling import exponent

    from corpus_tools.tables import TABLES

    sizes = [r["n"] for r in results]
    names = list(results[0]["stages"])
    head = f"{'stage':<18}{'kind':>8}" + "".join(f"{f'CPU s @{n}':>14}" for n in sizes) + f"{'exponent':>10}"
    lines = [head]
    for name in names:
        values = [r["stages"][name] for r in results]
        grows = "-" if values[0] < 0.05 else f"{exponent(sizes, values):.2f}"
        kind = "doc" if name == "load" or TABLES[name].per_document else "cross"
        lines.append(f"{name:<18}{kind:>8}" + "".join(f"{v:>14.2f}" for v in values) + f"{grows:>10}")
    totals = [sum(r["stages"].values()) for r in results]
    lines.append(f"{'all':<18}{'':>8}" + "".join(f"{v:>14.2f}" for v in totals) + f"{exponent(sizes, totals):>10.2f}")
    lines.append(f"{'peak memory (MB)':<18}{'':>8}" + "".join(f"{r['peak_mb']:>14.0f}" for r in results)
                 + f"{exponent(sizes, [r['peak_mb'] for r in results]):>10.2f}")
    lines.append("doc: a per-document stage; cross: a cross-document table. CPU seconds, one process.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 4000], help="corpus sizes (documents)")
    parser.add_argument("--json", help="also write the numbers to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        import corpus_tools

        measure(corpus_tools.seeds_path())  # untimed warm-up: imports and first-call set-up are not the corpus's cost
        print(json.dumps(measure(Path(args.child))))
        return 0
    if len(args.sizes) < 2:
        parser.error("give at least two sizes, to fit an exponent")
    from make_corpus import make_varied_corpus

    results = []
    for n in sorted(args.sizes):
        with tempfile.TemporaryDirectory(prefix="corpus-tools-scale-") as scratch:
            folder = make_varied_corpus(n, Path(scratch) / "corpus")
            results.append(_child(folder))
        print(f"{n} documents measured", file=sys.stderr)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
