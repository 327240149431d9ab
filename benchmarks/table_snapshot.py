"""Save every table of several corpora, or compare them with a saved snapshot.

A guard for speed work: a faster stage must give exactly the same tables.

    .venv/bin/python benchmarks/table_snapshot.py save /path/to/snap
    .venv/bin/python benchmarks/table_snapshot.py compare /path/to/snap
    .venv/bin/python benchmarks/table_snapshot.py compare /path/to/snap --tables readability,sentiment
    .venv/bin/python benchmarks/table_snapshot.py save              # into a new private folder (printed)

The corpora: the seeds, every corpus under ``tests/data`` and a synthetic
corpus of 150 documents (``make_corpus.py``, fixed seed; the cross-document
tables ``quote_groups`` and ``shared_passages`` are skipped there, they are
slow at that size). ``compare`` exits 1 and names each table that differs
(values, dtypes or column order; floats compared exactly).

The snapshot is data, never code: one Parquet file per table (read back
with pyarrow, which runs nothing from the file) and ``index.json`` naming
them, in the folder given. Without a folder, ``save`` makes a private one
(``tempfile.mkdtemp``: mode 0700, a fresh name) and prints it. The
synthetic corpus is written inside the snapshot folder (``corpora/``), so
``compare`` tags the same bytes ``save`` did and nothing is read from a
shared temporary path another user could have planted.
"""
from __future__ import annotations

import argparse
import json
import re
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


INDEX = "index.json"
FORMAT = "corpus-tools table snapshot, parquet v1"


def _file_name(cname: str, tname: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{cname}__{tname}") + ".parquet"


def save(tables: dict[tuple[str, str], pd.DataFrame], folder: Path) -> None:
    """Write each table to ``folder`` as Parquet, then ``index.json`` (written last: a partial save has no index)."""
    entries = []
    for (cname, tname), table in tables.items():
        name = _file_name(cname, tname)
        table.to_parquet(folder / name, index=True)
        entries.append({"corpus": cname, "table": tname, "file": name})
    tmp = folder / (INDEX + ".tmp")
    tmp.write_text(json.dumps({"format": FORMAT, "tables": entries}, indent=1), encoding="utf-8")
    tmp.replace(folder / INDEX)


def load(folder: Path) -> dict[tuple[str, str], pd.DataFrame]:
    """Read a snapshot written by :func:`save` (Parquet only; file names must be the index's own)."""
    index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    if index.get("format") != FORMAT:
        raise SystemExit(f"{folder / INDEX}: not a table snapshot ({index.get('format')!r})")
    saved = {}
    for entry in index["tables"]:
        name = entry["file"]
        if name != _file_name(entry["corpus"], entry["table"]):
            raise SystemExit(f"{folder / INDEX}: unexpected file name {name!r}")
        saved[(entry["corpus"], entry["table"])] = pd.read_parquet(folder / name)
    return saved


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("folder", type=Path, nargs="?",
                    help="the snapshot's folder (save: default a new private temporary folder)")
    ap.add_argument("--tables", help="comma-separated table names (default: all)")
    args = ap.parse_args(argv)
    only = set(args.tables.split(",")) if args.tables else None
    if args.folder is None:
        if args.action == "compare":
            ap.error("compare needs the folder a save wrote")
        args.folder = Path(tempfile.mkdtemp(prefix="corpus-tools-snapshot-"))
    if args.action == "compare" and not (args.folder / INDEX).is_file():
        print(f"{args.folder}: no {INDEX}; run save first", file=sys.stderr)
        return 2
    args.folder.mkdir(parents=True, exist_ok=True)
    scratch = args.folder / "corpora"
    scratch.mkdir(exist_ok=True)
    tables = snapshot(only, scratch)
    if args.action == "save":
        save(tables, args.folder)
        print(f"saved {len(tables)} tables to {args.folder}")
        return 0
    saved = load(args.folder)
    bad = 0
    for key, new in tables.items():
        old = saved.get(key)
        if old is None:
            print(f"{key}: not in the snapshot")
            bad += 1
            continue
        try:
            # Parquet gives back what pandas gave it, except that a column of lists comes back as arrays.
            pd.testing.assert_frame_equal(_roundtrip(new), old, check_exact=True)
        except AssertionError as exc:
            bad += 1
            print(f"{key[0]} / {key[1]}: DIFFERS: {str(exc).splitlines()[0:4]}")
    print(f"{len(tables) - bad} of {len(tables)} tables equal" + ("" if not bad else f"; {bad} differ"))
    return 1 if bad else 0


def _roundtrip(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as Parquet gives it back, so a fresh table compares like for like with a saved one."""
    import io

    buffer = io.BytesIO()
    table.to_parquet(buffer, index=True)
    buffer.seek(0)
    return pd.read_parquet(buffer)


if __name__ == "__main__":
    sys.exit(main())
