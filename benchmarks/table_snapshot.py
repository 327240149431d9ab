"""Save every table of several corpora, or compare them with a saved snapshot.

A guard for speed work: a faster stage must give exactly the same tables.

    .venv/bin/python benchmarks/table_snapshot.py save /tmp/snap
    .venv/bin/python benchmarks/table_snapshot.py compare /tmp/snap
    .venv/bin/python benchmarks/table_snapshot.py compare /tmp/snap --tables readability,sentiment

The corpora: the seeds, every corpus under ``tests/data`` and a synthetic
corpus of 150 documents (``make_corpus.py``, fixed seed; the cross-document
tables ``quote_groups`` and ``shared_passages`` are skipped there, they are
slow at that size). ``compare`` exits 1 and names each table that differs
(values, dtypes or column order; floats compared exactly).
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import pandas as pd  # noqa: E402

import corpus_tools  # noqa: E402
from corpus_tools.tables import TABLES  # noqa: E402

CROSS_DOCUMENT = {"quote_groups", "shared_passages"}
TEST_CORPORA = ["house_styles", "more_styles", "heldout", "bridge_story", "hostile"]


def corpora(scratch: Path) -> dict[str, tuple[Path, set[str]]]:
    import make_corpus

    synthetic = scratch / "synthetic-150"
    if not synthetic.exists():
        make_corpus.make_corpus(150, synthetic)
    out = {"seeds": (corpus_tools.seeds_path(), set())}
    out.update({name: (REPO / "tests" / "data" / name, set()) for name in TEST_CORPORA})
    out["synthetic-150"] = (synthetic, CROSS_DOCUMENT)
    return out


def snapshot(only: set[str] | None, scratch: Path) -> dict[tuple[str, str], pd.DataFrame]:
    tables = {}
    for cname, (path, skip) in corpora(scratch).items():
        t0 = time.process_time()
        corpus = corpus_tools.load_corpus(path)
        for tname in TABLES:
            if tname in skip or (only and tname not in only):
                continue
            tables[(cname, tname)] = corpus.table(tname)
        print(f"{cname}: {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
    return tables


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--tables", help="comma-separated table names (default: all)")
    args = ap.parse_args(argv)
    only = set(args.tables.split(",")) if args.tables else None
    scratch = Path(tempfile.gettempdir()) / "corpus-tools-snapshot-corpora"
    scratch.mkdir(exist_ok=True)
    tables = snapshot(only, scratch)
    if args.action == "save":
        args.folder.mkdir(parents=True, exist_ok=True)
        (args.folder / "tables.pkl").write_bytes(pickle.dumps(tables))
        print(f"saved {len(tables)} tables to {args.folder}")
        return 0
    saved = pickle.loads((args.folder / "tables.pkl").read_bytes())
    bad = 0
    for key, new in tables.items():
        old = saved.get(key)
        if old is None:
            print(f"{key}: not in the snapshot")
            bad += 1
            continue
        try:
            pd.testing.assert_frame_equal(new, old, check_exact=True)
        except AssertionError as exc:
            bad += 1
            print(f"{key[0]} / {key[1]}: DIFFERS: {str(exc).splitlines()[0:4]}")
    print(f"{len(tables) - bad} of {len(tables)} tables equal" + ("" if not bad else f"; {bad} differ"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
