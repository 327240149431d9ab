"""A corpus too large to hold: every table written to Parquet once, then read a column or an aggregate at a time.

``load_corpus`` keeps every document and every table in one process: about
160 KB a document, so 16 GB at 100,000 documents. Past the size the README
names (20,000 documents), use a *dataset* instead:

1. :func:`write_dataset` (``corpus-tools dataset CORPUS OUT --jobs N``)
   loads and tags the documents a chunk at a time, in this process or in
   ``jobs`` worker processes that read the files themselves and send back the
   chunk's rows of every per-document table. The parent only appends each
   chunk's rows to one Parquet file per table (``OUT/<table>.parquet``, a row
   group per chunk, through :class:`ParquetStream`) and adds the chunk's word
   counts for keyness. Neither the documents nor a whole per-document table
   is ever held: the parent holds at most ``jobs + 2`` chunks of rows, plus
   the word counts (which grow with the corpus's vocabulary). Workers are
   replaced every :data:`RECYCLE_CHUNKS` chunks, so their caches do not grow
   with the corpus either.
2. The four cross-document tables are then built from the written columns
   they need, read back through pyarrow: ``quote_groups`` from the quotes,
   ``people`` from the entities, quotes and each document's outlet,
   ``shared_passages`` from the body sentences' offsets and each document's
   clean text, ``keyness`` from the summed word counts. Their rows equal
   ``load_corpus(CORPUS).table(name)``'s (``tests/compare/test_dataset.py``).
   **This step grows with the corpus**, and sets the command's peak:
   ``find_passages`` and ``group_quotes`` keep the text columns in Arrow
   and hold a few bytes of working arrays per word (see ``reuse.py``), but
   keyness's word counts grow with the vocabulary and ``people`` holds a
   row per distinct name. On 100,000 varied documents the whole command
   (parent and workers) peaked at 3.6 GB, 4,049 CPU seconds, against
   16 GB for ``load_corpus`` holding every table
   (``benchmarks/dataset_scale.py``; the numbers are in
   ``benchmarks/README.md``). The corpus check before it reads every file
   once and keeps its SHA-256, not its bytes.
3. ``OUT`` is built in a fresh folder beside it and swapped in whole, under a
   lock (``corpus_tools/atomic.py``), so an interrupted run leaves the
   previous dataset, and a folder of other files is never replaced.
   ``OUT/dataset.json`` says which corpus (name, documents, the manifest's
   SHA-256), which package version, and how many rows each table has;
   ``OUT/.corpus-tools-dataset`` marks the folder as one this command may
   replace (:data:`MARKER`).

:func:`open_dataset` reads it back: :meth:`Dataset.table` returns a table
(only the ``columns`` asked for: pyarrow reads those alone from the file),
:meth:`Dataset.batches` streams it in record batches, and
:meth:`Dataset.count_by` / :meth:`Dataset.mean_by` compute the per-outlet
aggregates the notebooks chart (speakers, citation types, naming terms,
sentiment, readability) with ``pyarrow.Table.group_by``: the columns they
need are read into Arrow's compact buffers, and never become Python objects
row by row. Each file is an ordinary Parquet file: pandas,
``pyarrow.dataset`` and DuckDB read it as it is.

Every document's audit trail is checked as it is loaded (the clean text plus
the cuts and repairs rebuild the raw text, :func:`corpus_tools.load.audit.check_document`),
since the documents themselves are not kept to check later.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# The file in every dataset folder this package writes: what the folder holds.
INFO = "dataset.json"
# The file that marks a folder as a dataset this package wrote, so writing a dataset replaces only such a
# folder (or an empty one), never a folder of someone else's files that happens to hold a dataset.json.
MARKER = ".corpus-tools-dataset"

# The corpus size past which the README suggests a dataset instead of load_corpus (one process holding
# every table peaked at 3,475 MB for 20,000 varied documents: benchmarks/corpus_scale.py).
DATASET_ABOVE = 20_000


# Chunks a worker process handles before a fresh one replaces it (imap_documents' ``recycle``): a worker's
# per-process caches (pyphen's hyphenated words, through textstat: ~44 new words a varied document) then stop
# growing with the corpus, at ~45 MB. At 32 documents a chunk a worker lives for 4,096 documents (~3 CPU
# minutes); a fresh one costs 3-5 s of start-up (imports, the CMU dictionary), about 2%.
RECYCLE_CHUNKS = 128


class ColumnTypeChanged(ValueError):
    """A table's column has values of one type in some chunks' rows and of another in later ones."""


class ParquetStream:
    """One Parquet file written a DataFrame at a time (:class:`pyarrow.parquet.ParquetWriter`, a row group per frame).

    The schema is that of the first rows (``pyarrow.Table.from_pandas``, as
    ``DataFrame.to_parquet`` makes it), never of an empty frame, whose
    columns have no type; frames are held back only while some column has had
    no value yet (all null: its type is unknown). Read back, the file equals
    ``pd.concat(frames).to_parquet``'s; with no rows at all it is that of
    the first (empty) frame. A later frame whose column cannot take the
    schema's type (floats after integers) raises :class:`ColumnTypeChanged`
    rather than casting silently: the registry declares no dtypes, so the
    first rows decide. Call :meth:`close` (or use it as a context manager)
    to finish the file.
    """

    def __init__(self, out: Any) -> None:
        self.out = out  # a path or a binary file object
        self.writer = None
        self.first = None
        self.held: list = []

    def write(self, frame: "pd.DataFrame") -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.first = frame if self.first is None else self.first
        if not len(frame):
            return
        if self.writer is not None:
            try:
                table = pa.Table.from_pandas(frame, schema=self.writer.schema, preserve_index=False)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:  # a builder whose column type varies by document
                raise ColumnTypeChanged(f"a column changes type between documents ({exc})") from None
            self.writer.write_table(table)
            return
        self.held.append(frame)
        table = pa.Table.from_pandas(pd.concat(self.held, ignore_index=True) if len(self.held) > 1 else frame,
                                     preserve_index=False)
        if any(pa.types.is_null(f.type) for f in table.schema):
            return
        self.writer = pq.ParquetWriter(self.out, table.schema)
        self.writer.write_table(table)
        self.held = []

    def close(self) -> None:
        """Write what is held back and finish the file (with no rows at all: the first frame's columns)."""
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            if self.writer is None:
                rest = pd.concat(self.held, ignore_index=True) if len(self.held) > 1 else (self.held[0] if self.held else self.first)
                if rest is None:
                    raise ValueError("no frame was written: the columns are unknown")
                table = pa.Table.from_pandas(rest, preserve_index=False)
                self.writer = pq.ParquetWriter(self.out, table.schema)
                self.writer.write_table(table)
        finally:
            if self.writer is not None:
                self.writer.close()

    def __enter__(self) -> "ParquetStream":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        elif self.writer is not None:  # an error: let go of the file; the caller removes it
            self.writer.close()


# ---------------------------------------------------------------- writing


def _dataset_chunk(items: Sequence[Any], rules: Any, folder: str, names: Sequence[str]) -> tuple[dict[str, Any], dict[str, Counter]]:
    """A chunk's rows of every per-document table in ``names`` and its word counts per outlet (for keyness),
    its documents' audit trails checked: the worker's side of :func:`write_dataset`."""
    from .keyness import outlet_word_counts
    from ..load.audit import check_document
    from ..load.corpus import Corpus
    from ..load.parallel import chunk_documents_and_tables

    docs, tables = chunk_documents_and_tables(items, rules, folder, names)
    for doc in docs:
        check_document(doc)
    chunk = Corpus(name="", path=Path(folder), documents=docs, codebook=rules, manifest={})
    return tables, outlet_word_counts(chunk)


def write_dataset(corpus: str | Path | None, out: str | Path, jobs: int | None = 1,
                  progress: bool | None = None) -> Path:
    """Write every table of the corpus in ``corpus`` (``None``: the embedded seeds) to ``out`` as Parquet.

    See the module docstring for what is held when. Returns ``out``. Raises
    the corpus's :class:`~corpus_tools.errors.CorpusError` before anything is
    written; :class:`corpus_tools.atomic.FolderBusy` when another process is
    writing to ``out``; ``FileExistsError`` when ``out`` is a folder of other
    files (or a file). Cost: the per-document pipeline's (linear in the
    corpus, split over ``jobs`` processes) plus the cross-document tables'.

    With ``jobs`` > 1 the workers are started by ``multiprocessing``'s fork
    server (see ``load/parallel.py: _pool_context``), which imports the
    calling script again in each worker: call this from a script under
    ``if __name__ == "__main__":``, as any multiprocessing code needs on
    macOS and Windows (the command line and notebooks need nothing).
    """
    from ..atomic import folder_lock, replaceable_folder, swap_folder_in
    from ..load.parallel import checked_manifest_and_tasks, per_document_names, resolve_jobs, stream_chunk_size

    folder, manifest, items, rules = checked_manifest_and_tasks(corpus)
    out = Path(out).resolve()
    if not out.name:
        raise FileExistsError(f"{out} is the root folder: choose a folder for the dataset")
    out.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(out):
        if not replaceable_folder(out, MARKER):
            raise FileExistsError(f"{out} exists and is not a corpus-tools dataset: choose another folder")
        new = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        try:
            names = per_document_names(None)
            jobs = resolve_jobs(jobs)
            size = stream_chunk_size(len(items), jobs)
            counts = _write_per_document(new, items, rules, str(folder), names, jobs, size, progress)
            rows = {name: _rows_in(new / f"{name}.parquet") for name in names}
            # keyness first, and its word counts let go before the other tables are built: on varied text
            # they hold an entry per outlet and word (about 80 a document), so they must not add to that peak
            rows["keyness"] = _write_keyness(new, counts)
            del counts
            rows.update(_write_cross_document(new, rules))
            info = {"corpus": str(manifest.get("corpus", {}).get("name", folder.name)), "documents": len(items),
                    "manifest_sha256": hashlib.sha256((folder / "corpus.toml").read_bytes()).hexdigest(),
                    "corpus_tools": _version(), "tables": dict(sorted(rows.items()))}
            (new / INFO).write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            (new / MARKER).write_text("written by corpus-tools dataset; the folder is replaced whole on the next run\n",
                                      encoding="utf-8")
            swap_folder_in(new, out)
        finally:
            shutil.rmtree(new, ignore_errors=True)  # gone after the swap; a half-built folder on failure or Ctrl-C
    return out


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("corpus-tools")
    except metadata.PackageNotFoundError:
        return "unknown"


def _write_per_document(new: Path, items: list, rules: Any, folder: str, names: Sequence[str], jobs: int, size: int,
                        progress: bool | None) -> dict[str, Counter]:
    """Stream every per-document table into ``new/<table>.parquet``; return the summed word counts per outlet."""
    from ..load.parallel import imap_documents

    if jobs > 1:  # import the builders' modules once, here: forked workers inherit them instead of each importing
        from ..tables import TABLES

        for name in names:
            TABLES[name].builder_function()
    tasks = [(items[i : i + size], rules, folder, names) for i in range(0, len(items), size)] or [([], rules, folder, names)]
    counts: dict[str, Counter] = {}
    with contextlib.ExitStack() as stack:
        streams = {name: stack.enter_context(ParquetStream(new / f"{name}.parquet")) for name in names}
        parts = stack.enter_context(contextlib.closing(imap_documents(
            _dataset_chunk, tasks, jobs=jobs, progress=progress, star=True, chunk=1, recycle=RECYCLE_CHUNKS,
            desc=f"dataset (chunks of {size} documents)")))
        for part in parts:
            for tables, chunk_counts in part:
                for name in names:
                    streams[name].write(tables[name])
                for outlet, counter in chunk_counts.items():  # outlets keep the order they first appear in
                    counts.setdefault(outlet, Counter()).update(counter)
    return counts


def _rows_in(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _read(path: Path, columns: Sequence[str] | None = None) -> "pd.DataFrame":
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=list(columns) if columns is not None else None).to_pandas()


def _write_table(new: Path, name: str, frame: "pd.DataFrame") -> int:
    """Write a whole table as ``new/<name>.parquet``; its number of rows."""
    with ParquetStream(new / f"{name}.parquet") as stream:
        stream.write(frame)
    return len(frame)


def _write_keyness(new: Path, counts: dict[str, Counter]) -> int:
    """The keyness table from the summed word counts per outlet (``compare/keyness.py``); its rows."""
    from .keyness import MIN_FREQ, keyness
    from ..tables import make_table

    return _write_table(new, "keyness", make_table("keyness", keyness(counts, MIN_FREQ)))


def _write_cross_document(new: Path, rules: Any) -> dict[str, int]:
    """Build quote_groups, people and shared_passages from the per-document files in ``new`` and write them
    beside; returns their row counts. Each reads only the columns it needs, and lets them go before the next."""
    from .people import people_frame
    from .reuse import find_passages, group_quotes

    write = functools.partial(_write_table, new)
    rows = {}
    # the columns group_quotes and people_frame read (not the speaker's words, verbs, ...)
    quotes = _read(new / "quotes.parquet", ["doc_id", "start", "end", "text", "kind", "quote_id", "speaker"])
    rows["quote_groups"] = write("quote_groups", group_quotes(quotes))
    documents = _read(new / "documents.parquet", ["doc_id", "outlet"])
    # the columns people_frame reads (not entity_id, gender, roles)
    entities = _read(new / "entities.parquet", ["doc_id", "name", "kind", "aliases", "mentions", "start", "end"])
    rows["people"] = write("people", people_frame(entities, quotes, documents, rules))
    del entities
    del quotes
    sentences = _read(new / "sentences.parquet", ["doc_id", "start", "end", "text", "kind"])
    # each clean text read from disk only while its passages are cut from it, not all held at once
    texts = _column_pairs(new / "documents.parquet", "doc_id", "clean_text")
    rows["shared_passages"] = write("shared_passages", find_passages(sentences, texts))
    return rows


def _column_pairs(path: Path, key: str, value: str, rows: int = 1024) -> Iterator[tuple[Any, Any]]:
    """``(key, value)`` for each row of a Parquet file, read ``rows`` at a time."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as handle:
        for batch in handle.iter_batches(batch_size=rows, columns=[key, value]):
            yield from zip(batch.column(key).to_pylist(), batch.column(value).to_pylist())


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Dataset:
    """A dataset folder written by :func:`write_dataset`.

    ``info`` is its ``dataset.json``: ``corpus`` (name), ``documents``,
    ``manifest_sha256``, ``corpus_tools`` (the version that wrote it) and
    ``tables`` (rows per table).
    """

    path: Path
    info: dict

    @property
    def tables(self) -> list[str]:
        """The tables it holds, by name."""
        return sorted(self.info["tables"])

    def file(self, name: str) -> Path:
        """The Parquet file of table ``name`` (a ``KeyError`` naming the known tables if there is none)."""
        if name not in self.info["tables"]:
            raise KeyError(f"no table {name!r} in dataset {self.path.name}; it has: {', '.join(self.tables)}")
        return self.path / f"{name}.parquet"

    def arrow(self, name: str, columns: Sequence[str] | None = None) -> "pa.Table":
        """Table ``name`` as a :class:`pyarrow.Table`, only ``columns`` (all by default), in corpus order.

        A column that never had a value (every column of an empty table) is
        stored with Parquet's null type; it is read as text, so a join or a
        filter on it works as on a column with values."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pq.read_table(self.file(name), columns=list(columns) if columns is not None else None)
        if any(pa.types.is_null(f.type) for f in table.schema):
            table = table.cast(pa.schema([f.with_type(pa.large_string()) if pa.types.is_null(f.type) else f for f in table.schema],
                                         metadata=table.schema.metadata))  # pandas' metadata: the same dtypes come back
        return table

    def table(self, name: str, columns: Sequence[str] | None = None) -> "pd.DataFrame":
        """Table ``name`` as a DataFrame, only ``columns`` (all by default): the rows
        ``load_corpus(CORPUS).table(name)`` gives, as Parquet stores them."""
        return self.arrow(name, columns).to_pandas()

    def batches(self, name: str, columns: Sequence[str] | None = None, rows: int = 65_536) -> Iterator["pd.DataFrame"]:
        """Table ``name`` as DataFrames of at most ``rows`` rows each, in order: for a pass over a table too large to hold."""
        import pyarrow.parquet as pq

        with pq.ParquetFile(self.file(name)) as handle:
            for batch in handle.iter_batches(batch_size=rows, columns=list(columns) if columns is not None else None):
                yield batch.to_pandas()

    def with_outlet(self, name: str, columns: Sequence[str]) -> "pa.Table":
        """Table ``name``'s ``columns`` (a :class:`pyarrow.Table`) with each row's document's ``outlet``
        joined on (a hash join in pyarrow; the row order is not kept)."""
        return self._with_outlet(name, [*columns, "outlet"])

    def _with_outlet(self, name: str, columns: Sequence[str]) -> "pa.Table":
        """Table ``name``'s ``columns``, with the ``outlet`` of each row's document joined on when asked for."""
        import pyarrow.parquet as pq

        own = set(pq.read_schema(self.file(name)).names)
        join = "outlet" in columns and "outlet" not in own  # keyness and documents have an outlet of their own
        if join and "doc_id" not in own:
            raise KeyError(f"table {name!r} has neither an outlet nor a doc_id to find it by")
        wanted = [c for c in columns if c != "outlet" or not join]
        table = self.arrow(name, list(dict.fromkeys(wanted + (["doc_id"] if join else []))))
        if join:
            table = table.join(self._outlets(table.schema.field("doc_id").type), "doc_id", join_type="left outer")
        return table

    def _outlets(self, key_type: "pa.DataType") -> "pa.Table":
        """``doc_id`` and ``outlet`` of every document, ``doc_id`` cast to ``key_type`` (a join needs one type)."""
        import pyarrow as pa

        table = self.arrow("documents", ["doc_id", "outlet"])
        return table.cast(pa.schema([table.schema.field("doc_id").with_type(key_type), table.schema.field("outlet")]))

    def count_by(self, name: str, by: Sequence[str], where: Mapping[str, Iterable[Any]] | None = None) -> "pd.DataFrame":
        """Rows of table ``name`` counted per distinct value of the ``by`` columns (``outlet`` is joined on
        from ``documents``): a DataFrame with the ``by`` columns and ``count``, sorted by them. ``where``
        keeps only rows whose column holds one of the values given, e.g. ``{"kind": ["direct", "partial",
        "indirect"]}``. Computed by ``pyarrow.Table.group_by``: the rows never become Python objects."""
        return self._aggregate(name, list(by), where, [([], "count_all")], ["count"])

    def mean_by(self, name: str, column: str, by: Sequence[str], where: Mapping[str, Iterable[Any]] | None = None) -> "pd.DataFrame":
        """Mean of ``column`` of table ``name`` per distinct value of the ``by`` columns, with the number of
        rows (nulls are left out of the mean, as pandas' ``mean`` leaves out NaN): a DataFrame with the
        ``by`` columns, ``n`` and ``mean_<column>``, sorted by ``by``. ``where`` as in :meth:`count_by`."""
        return self._aggregate(name, list(by), where, [([], "count_all"), (column, "mean")], ["n", f"mean_{column}"])

    def _aggregate(self, name: str, by: list[str], where: Mapping[str, Iterable[Any]] | None, aggregations: list,
                   labels: list[str]) -> "pd.DataFrame":
        import pyarrow as pa
        import pyarrow.compute as pc

        where = dict(where or {})
        for column, allowed in where.items():
            if isinstance(allowed, (str, bytes)):  # a bare string would be read as its characters
                raise TypeError(f"where={{{column!r}: ...}} needs a list of values, not the string {allowed!r}")
        values = [column for column, _ in aggregations if column]
        table = self._with_outlet(name, list(dict.fromkeys(by + values + list(where))))
        for column, allowed in where.items():
            table = table.filter(pc.is_in(table[column], value_set=pa.array(list(allowed), type=table.schema.field(column).type)))
        grouped = table.group_by(by, use_threads=False).aggregate(aggregations)
        frame = grouped.select([*by, *(c for c in grouped.column_names if c not in by)]).to_pandas()
        frame.columns = [*by, *labels]
        return frame.sort_values(by, kind="stable").reset_index(drop=True) if by else frame


def open_dataset(path: str | Path) -> Dataset:
    """The dataset in folder ``path`` (a ``FileNotFoundError`` naming it if it holds no ``dataset.json``)."""
    path = Path(path)
    info_file = path / INFO
    if not info_file.is_file():
        raise FileNotFoundError(f"{path}: not a corpus-tools dataset (no {INFO}); write one with corpus-tools dataset")
    return Dataset(path, json.loads(info_file.read_text(encoding="utf-8")))
