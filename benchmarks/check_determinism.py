"""Run the report twice and compare every file it writes, byte for byte.

Usage (from the repository root)::

    .venv/bin/python benchmarks/check_determinism.py [--corpus DIR] [--keep DIR]

Runs ``corpus-tools report`` twice, each time into its own fresh folder and
with a different ``PYTHONHASHSEED`` (so anything that depends on set or dict
hash order shows up), on a copy of the corpus (default: the embedded seeds),
so the repository's ``figures/`` is not touched. Then it compares, by SHA-256:

* every figure (PNG) and the CSV of its plotted values;
* every HTML page (the rendered notebook outputs and the index);
* for the seeds, each figure and CSV with the one stored in ``figures/``
  (what the stored notebooks produced: a fresh clone gives the same bytes).

Prints one line per differing file and a summary; exits 1 if anything differs.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 for every file under ``folder``."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def run_report(corpus: Path, out: Path, hash_seed: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    cli = BIN / "corpus-tools"
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-m", "corpus_tools"]
    result = subprocess.run(cmd + ["report", "--corpus", str(corpus), "--out", str(out)], env=env, cwd=REPO,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"report failed (PYTHONHASHSEED={hash_seed}):\n{result.stdout}{result.stderr}")


def compare(a: dict[str, str], b: dict[str, str], label_a: str, label_b: str) -> list[str]:
    problems = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            problems.append(f"{name}: only in {label_a if name in a else label_b}")
        elif a[name] != b[name]:
            problems.append(f"{name}: differs between {label_a} and {label_b}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the report twice and compare its files byte for byte.")
    parser.add_argument("--corpus", help="corpus folder (default: the embedded seeds)")
    parser.add_argument("--keep", help="keep both runs in this folder (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    source = Path(args.corpus) if args.corpus else REPO / "seeds"
    with tempfile.TemporaryDirectory(prefix="corpus-tools-determinism-") as scratch:
        work = Path(args.keep) if args.keep else Path(scratch)
        corpus = work / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.copytree(source, corpus)
        runs = []
        for n, seed in enumerate(("1", "2"), start=1):
            out = work / f"run{n}"
            shutil.rmtree(out, ignore_errors=True)
            print(f"run {n} (PYTHONHASHSEED={seed}) ...", flush=True)
            run_report(corpus, out, seed)
            runs.append(tree(out))
        problems = compare(runs[0], runs[1], "run 1", "run 2")
        figures = {k: v for k, v in runs[0].items() if k.startswith("figures/")}
        pages = [k for k in runs[0] if k.endswith(".html")]
        print(f"compared {len(runs[0])} files: {len(figures)} figure files (PNG + CSV), {len(pages)} HTML pages")
        if not args.corpus:
            stored = {f"figures/{k}": v for k, v in tree(REPO / "figures").items()}
            produced = {k: v for k, v in figures.items()}
            shared = set(stored) & set(produced)
            stale = compare({k: stored[k] for k in shared}, {k: produced[k] for k in shared}, "figures/", "the report")
            problems += stale
            missing = sorted(set(produced) - set(stored))
            print(f"compared {len(shared)} figure files with the stored figures/ ({len(missing)} not stored: "
                  f"{', '.join(missing) or 'none'})")
    for problem in problems:
        print("DIFFERS:", problem)
    print("deterministic: byte-identical" if not problems else f"NOT deterministic: {len(problems)} file(s) differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
