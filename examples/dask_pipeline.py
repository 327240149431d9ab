"""The per-document pipeline on Dask: from one laptop to a cluster without new code.

Usage (needs the optional extra: ``pip install corpus-tools[dask]``)::

    python examples/dask_pipeline.py CORPUS OUT                       # local processes
    python examples/dask_pipeline.py CORPUS OUT --scheduler threads   # or: sync, processes
    python examples/dask_pipeline.py CORPUS OUT --scheduler tcp://scheduler:8786   # a dask.distributed cluster

What it does:

1. The driver reads only the manifest (``corpus.toml``) and merges the
   codebook. It never reads the articles: with a million documents their
   bytes belong on the workers.
2. A ``dask.bag`` holds one small item per document (position, manifest
   entry, file path), split into partitions.
3. Each partition runs on a worker: it reads its files, checks each SHA-256
   against the manifest (a mismatch is an error naming the file, as in
   :func:`corpus_tools.load_corpus`), runs :func:`corpus_tools.process_document`
   (decode, repair, clean, segment) on each, and builds every per-document
   table over those documents with the package's own table builders. The
   same functions run in a loop, a process pool and here.
4. Each partition writes ``OUT/<table>/part-<first document's position>.parquet``.
   Reading a table's folder with ``pandas.read_parquet(OUT / table)`` (files in
   name order) gives the rows in corpus order, the same table
   ``load_corpus(CORPUS).table(name)`` builds in one process
   (``tests/test_dask.py`` checks it).

Only tables whose rows depend on their own document are built this way
(``per_document`` in :data:`corpus_tools.tables.TABLES`); tables that compare
documents or outlets (keyness, text reuse) are built afterwards from these,
in one process. The corpus folder must be readable by every worker (a shared
file system or object store path that the workers can open).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

import corpus_tools
from corpus_tools.codebook import default_codebook, merge_codebooks
from corpus_tools.load.corpus import MANIFEST, Corpus, checksum_problem, read_manifest
from corpus_tools.errors import DocumentError
from corpus_tools.tables import TABLES


def table_names() -> list[str]:
    """The per-document tables declared in ``corpus_tools/tables.py``, in name order."""
    return sorted(name for name, spec in TABLES.items() if spec.per_document)


def document_items(folder: str | Path) -> tuple[list[tuple[int, dict, str]], dict, dict]:
    """``([(position, entry, path)], codebook, manifest)`` from the manifest alone."""
    folder = Path(folder).resolve()
    manifest = read_manifest(folder)
    codebook = merge_codebooks(default_codebook(), manifest.get("codebook", {}))
    items = [(i, dict(entry), str(folder / entry["file"])) for i, entry in enumerate(manifest["documents"])]
    return items, codebook, manifest


def read_document(entry: dict, path: str) -> bytes:
    """The file's bytes, checked against the manifest's SHA-256."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"listed in {MANIFEST} as {entry.get('id')!r} but unreadable: {exc.strerror}") from None
    mismatch = checksum_problem(entry, data, path)
    if mismatch:
        raise mismatch
    return data


def partition_tables(items: Sequence[tuple[int, dict, str]], codebook: dict, names: Sequence[str]) -> dict[str, pd.DataFrame]:
    """Every table in ``names`` over the documents of one partition (pure: items in, tables out)."""
    documents = [corpus_tools.process_document(entry, read_document(entry, path), codebook, path) for _, entry, path in items]
    part = Corpus(name="partition", path=Path(items[0][2]).parent if items else Path("."), documents=documents,
                  codebook=codebook, manifest={})
    return {name: part.table(name) for name in names}


def write_partition(items: list, codebook: dict, names: Sequence[str], out: str) -> list[dict]:
    """Run :func:`partition_tables` and write one Parquet file per table; return what was written."""
    items = list(items)
    if not items:
        return []
    first = items[0][0]
    written = []
    for name, table in partition_tables(items, codebook, names).items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{first:09d}.parquet"
        table.to_parquet(path, index=False)
        written.append({"table": name, "file": str(path), "rows": len(table), "documents": len(items)})
    return written


def run(corpus: str | Path, out: str | Path, scheduler: str = "processes", partitions: int | None = None,
        names: Sequence[str] | None = None, num_workers: int | None = None) -> pd.DataFrame:
    """Map the pipeline over ``corpus`` with dask.bag and write Parquet under ``out``.

    ``scheduler`` is a local Dask scheduler (``"processes"``, ``"threads"``,
    ``"sync"``) or the address of a ``dask.distributed`` scheduler. Returns
    one row per file written: ``table``, ``file``, ``rows``, ``documents``.
    """
    import dask
    import dask.bag as db

    items, codebook, _ = document_items(corpus)
    names = list(names) if names is not None else table_names()
    npartitions = partitions or max(1, min(len(items), 64, -(-len(items) // 100)))
    bag = db.from_sequence(items, npartitions=npartitions)
    written = bag.map_partitions(write_partition, codebook, names, str(Path(out).resolve()))
    if "://" in scheduler:
        from dask.distributed import Client  # needs dask[distributed]

        with Client(scheduler):
            records = written.compute()
    else:
        options = {"num_workers": num_workers} if num_workers else {}
        with dask.config.set(scheduler=scheduler, **options):
            records = written.compute()
    return pd.DataFrame(records, columns=["table", "file", "rows", "documents"])


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """A table written by :func:`run`, its partitions concatenated in corpus order."""
    parts = sorted((Path(out) / name).glob("part-*.parquet"))
    frames = [pd.read_parquet(p) for p in parts]
    nonempty = [f for f in frames if len(f)]
    return pd.concat(nonempty, ignore_index=True) if nonempty else frames[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the per-document pipeline with dask.bag and write Parquet.")
    parser.add_argument("corpus", help="corpus folder with corpus.toml (readable by every worker)")
    parser.add_argument("out", help="output folder: one sub-folder of Parquet files per table")
    parser.add_argument("--scheduler", default="processes", help="processes, threads, sync, or tcp://host:port")
    parser.add_argument("--partitions", type=int, help="number of partitions (default: about 100 documents each)")
    args = parser.parse_args(argv)
    written = run(args.corpus, args.out, args.scheduler, args.partitions)
    summary = written.groupby("table", sort=True)[["rows", "documents"]].sum()
    print(summary.to_string())
    print(f"wrote {len(written)} Parquet files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
