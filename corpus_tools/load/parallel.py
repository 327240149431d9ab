"""Map a per-document function over many documents, in one process or a pool.

Every stage of the pipeline is a pure per-document function (document in,
rows out; see DESIGN.md), so the same function runs in a plain loop, in a
process pool (:func:`map_documents` with ``jobs > 1``) or on a cluster (see
``examples/dask_pipeline.py``). Results come back in input order, so a table
built from a pool is identical, row for row, to one built in a loop.
:func:`imap_documents` yields those results chunk by chunk as they arrive, and
:func:`table_chunks` uses it to stream one table (``corpus-tools export``):
workers load and tag a chunk of documents each and send back its rows, so
neither the documents nor the whole table ever sit in the parent.

The pool is :class:`multiprocessing.pool.Pool` fed in chunks: sending one
document per task would spend more time pickling than working. It is a
``multiprocessing`` pool rather than a ``concurrent.futures`` one because it
has a public ``terminate()``: on Ctrl-C, SIGTERM or an error the workers
are ended at once instead of finishing their queue as orphans (the signals
are noted and acted on between waits: :func:`_signals_deferred`). Workers ignore
SIGINT (the parent handles Ctrl-C for the whole process group, with one line)
and take SIGTERM's default action.
A progress bar (tqdm) appears only when asked for and when stderr is a
terminal, so notebooks and logs stay quiet.
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import os
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks per worker: several, so a slow chunk does not leave the other workers idle at the end.
CHUNKS_PER_JOB = 4
MAX_CHUNK = 256


def available_jobs() -> int:
    """Cores this process may use (respects CPU affinity where the OS reports it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a worker count: ``None``/``1`` -> 1, ``0`` or negative -> every available core."""
    if jobs is None:
        return 1
    if jobs <= 0:
        return available_jobs()
    return jobs


def chunk_size(n_items: int, jobs: int) -> int:
    """Items per task: about :data:`CHUNKS_PER_JOB` tasks per worker, at most :data:`MAX_CHUNK`."""
    return max(1, min(MAX_CHUNK, -(-n_items // (jobs * CHUNKS_PER_JOB))))


def stream_chunk_size(n_items: int, jobs: int) -> int:
    """Documents per chunk when documents are loaded and tagged a chunk at a time: :data:`STREAM_CHUNK`,
    fewer for a small corpus in a pool (so every worker has chunks)."""
    return STREAM_CHUNK if jobs == 1 else min(STREAM_CHUNK, chunk_size(n_items, jobs))


def _show_progress(progress: bool | None) -> bool:
    """Draw a bar only if asked (``None`` means: if stderr is a terminal) and stderr is a terminal."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stderr (notebooks, some runners)
        tty = False
    return tty if progress is None else bool(progress) and tty


# How often the parent, waiting for a chunk, looks whether Ctrl-C or SIGTERM arrived.
_POLL_SECONDS = 0.1


@contextlib.contextmanager
def _signals_deferred() -> Iterator[list[int]]:
    """While the pool runs, Ctrl-C and SIGTERM are only noted (in the yielded list), then re-raised on exit.

    Why: an exception raised by a signal handler in the middle of the pool's
    own locking (waiting on a result) can leave the pool's threads stuck, so
    ``terminate()`` never returns (seen under load). Noting the signal and
    acting on it between waits keeps every lock whole. On exit the former
    handlers come back and the signal is raised again
    (:func:`signal.raise_signal`), so the caller sees what it would have seen:
    ``KeyboardInterrupt``, the CLI's ``Terminated``, or the default action.
    Outside the main thread signals cannot be handled here and are left alone.
    """
    arrived: list[int] = []
    watched = (signal.SIGINT, signal.SIGTERM)
    try:
        previous = {sig: signal.signal(sig, lambda signum, frame: arrived.append(signum)) for sig in watched}
    except ValueError:  # not the main thread
        yield arrived
        return
    try:
        yield arrived
    finally:
        for sig, handler in previous.items():
            if handler is not None:  # None: a handler installed outside Python, which cannot be put back
                signal.signal(sig, handler)
    if arrived:
        signal.raise_signal(arrived[0])


# How long terminate() may take before the workers are killed directly.
# terminate() takes milliseconds when it can finish at all; when the feeder is stuck (below) it never does, and
# every second waited here is a second a user's Ctrl-C takes to exit (5 s twice made `export --jobs 2` take 10 s).
_TERMINATE_GRACE_SECONDS = 1.0


def _end_pool(pool: Any) -> None:
    """``pool.terminate()`` and ``join()``, bounded in time.

    Why: ``terminate()`` joins the pool's feeder thread, which can be blocked
    writing a large task into a pipe that no worker will read again (seen in CI
    under load), and then it never returns. So it runs in a helper thread; if
    it has not finished within :data:`_TERMINATE_GRACE_SECONDS`, the worker
    processes are killed (``multiprocessing.active_children``) and the parent
    goes on without waiting for the pool's threads (they are daemon threads).
    """
    import threading

    def end() -> None:
        pool.terminate()
        pool.join()

    ender = threading.Thread(target=end, name="corpus-tools-end-pool", daemon=True)
    ender.start()
    ender.join(_TERMINATE_GRACE_SECONDS)
    if ender.is_alive():
        for child in multiprocessing.active_children():
            child.kill()
        ender.join(_TERMINATE_GRACE_SECONDS)


def _worker_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker would inherit the parent's handler


def _pool_context(recycle: int | None) -> Any:
    """The ``multiprocessing`` context for a pool: the default (fork, on Linux), or, when workers are
    replaced during the run (``recycle``), the ``forkserver`` where the platform has it. A replacement
    worker is started while this process may be running other threads (pyarrow's, while a dataset is
    written), and forking a process with threads can deadlock the child (Python 3.12 warns of it); the
    fork server is a single-threaded process started at the beginning, which forks the workers instead.
    Its workers import what they need themselves (about a second, once per worker's life)."""
    if recycle and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


def _apply_chunk(fn: Callable[..., R], chunk: Sequence[Any], star: bool) -> list[R]:
    return [fn(*item) if star else fn(item) for item in chunk]


def map_documents(fn: Callable[..., R], items: Iterable[T], jobs: int | None = 1, progress: bool | None = None,
                  desc: str = "documents", star: bool = False, chunk: int | None = None) -> list[R]:
    """``[fn(item) for item in items]``, optionally in ``jobs`` worker processes.

    Results are in the order of ``items`` whatever the number of jobs. With
    ``jobs`` 1 (the default) nothing is spawned; with ``jobs`` > 1 the items
    are sent to a process pool in chunks (:func:`chunk_size`), so ``fn`` and
    every item must be picklable (a module-level function, plain data). A
    ``jobs`` of 0 or less uses every available core. ``star=True`` calls
    ``fn(*item)``. An exception raised by ``fn`` is raised here, unchanged.

    ``progress``: ``None`` shows a bar when stderr is a terminal, ``False``
    never, ``True`` when stderr is a terminal (never in a notebook or a log).
    ``chunk`` items go to a worker at a time (default :func:`chunk_size`; 1
    when each item is already a batch). :func:`imap_documents` gives the same
    results chunk by chunk, as they arrive.
    """
    with contextlib.closing(imap_documents(fn, items, jobs=jobs, progress=progress, desc=desc, star=star,
                                           chunk=chunk)) as parts:
        return [result for part in parts for result in part]


def imap_documents(fn: Callable[..., R], items: Iterable[T], jobs: int | None = 1, progress: bool | None = None,
                   desc: str = "documents", star: bool = False, chunk: int | None = None,
                   recycle: int | None = None) -> Iterator[list[R]]:
    """:func:`map_documents` as a stream: yields the results of each chunk of ``items``, in order, as it is done.

    The chunks hold ``chunk`` items each (default :func:`chunk_size`); joined,
    they are ``map_documents(fn, items, ...)``. With ``jobs`` > 1 at most
    ``jobs + 1`` chunks are in the pool at a time, so a consumer that writes
    each chunk away holds only a few chunks' results, however many items
    there are. While the generator is open, Ctrl-C and SIGTERM are deferred
    (:func:`_signals_deferred`) and raised again at the next chunk, after the
    workers are ended; close the generator (``contextlib.closing``) when
    stopping early, so the pool is ended and the signal handlers come back.

    ``recycle`` N replaces each worker process by a fresh one after it has
    done N chunks (``multiprocessing.Pool``'s ``maxtasksperchild``), so what
    a worker keeps between documents cannot grow with the corpus: pyphen,
    which textstat calls for words the CMU dictionary lacks, remembers every
    such word it has hyphenated, for the life of the process.
    """
    items = list(items)
    jobs = min(resolve_jobs(jobs), max(1, len(items)))
    size = chunk if chunk is not None else chunk_size(len(items), jobs)
    bar = None
    if _show_progress(progress) and len(items) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc=desc, unit="doc", file=sys.stderr)
    try:
        if jobs == 1:
            out: list[R] = []
            for item in items:
                out.append(fn(*item) if star else fn(item))
                if bar is not None:
                    bar.update(1)
                if len(out) == size:
                    yield out
                    out = []
            if out:
                yield out
            return
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        with _signals_deferred() as arrived:
            pool = _pool_context(recycle).Pool(processes=jobs, initializer=_worker_signals, maxtasksperchild=recycle)
            ended = False  # _end_pool has run: the pool must not be joined after it (see below)
            try:
                # At most jobs + 1 chunks are handed to the pool at a time: one for each worker and one
                # waiting for the first to finish. A longer backlog would sit in the pool's pipe, and
                # terminate() can hang while the pool's feeder thread is blocked writing a backlog
                # that no worker will read (seen with chunks of large documents under load).
                upcoming = iter(chunks)
                pending: collections.deque = collections.deque()
                for piece in itertools.islice(upcoming, jobs + 1):
                    pending.append(pool.apply_async(_apply_chunk, (fn, piece, star)))
                while pending and not arrived:
                    task = pending[0]  # in order: each chunk keeps the order of its items
                    while not task.ready() and not arrived:
                        task.wait(_POLL_SECONDS)
                    if arrived:
                        break
                    pending.popleft()
                    for piece in itertools.islice(upcoming, 1):
                        pending.append(pool.apply_async(_apply_chunk, (fn, piece, star)))
                    done = task.get()  # re-raises fn's exception, unchanged
                    if bar is not None:
                        bar.update(len(done))
                    yield done  # a signal during the consumer's work is noted, and acted on just below
                if not arrived:
                    pool.close()
            except BaseException:  # an error in fn, or the consumer closed the stream early: end the workers now
                _end_pool(pool)
                ended = True
                raise
            finally:
                # Never join a pool that _end_pool ended: when its feeder thread is stuck writing a task
                # no worker will read, _end_pool gives up waiting for it, and join() would wait for that
                # thread forever (seen: `export --jobs 2` interrupted in the writer hung make test).
                if ended:
                    pass
                elif arrived:  # Ctrl-C or SIGTERM: end the workers now; the signal is raised again below
                    _end_pool(pool)
                else:  # every task was handed out and done (close() above): nothing left to feed
                    pool.join()
    finally:
        if bar is not None:
            bar.close()


@contextlib.contextmanager
def run_beside(fn: Callable[..., R], *args: Any) -> Iterator[Callable[[], R]]:
    """``fn(*args)`` in one worker process while the caller goes on working.

    Yields a function that waits for the result and returns it (or raises
    ``fn``'s exception, unchanged). ``fn`` and ``args`` must be picklable,
    as for :func:`map_documents`. Leaving the block early (an error, Ctrl-C,
    the CLI's SIGTERM) ends the worker at once (:func:`_end_pool`); leaving
    it normally waits for the worker to finish.
    """
    pool = multiprocessing.Pool(processes=1, initializer=_worker_signals)
    try:
        yield pool.apply_async(fn, args).get
    except BaseException:
        _end_pool(pool)
        raise
    pool.close()
    pool.join()


# ---------------------------------------------------------------- tables in a pool


def _chunk_table(corpus: Any, name: str) -> Any:
    return corpus.table(name)


def corpus_table(corpus: Any, name: str, jobs: int | None = 1, progress: bool | None = None) -> Any:
    """``corpus.table(name)``, built over chunks of documents in ``jobs`` processes.

    Equal (``DataFrame.equals``) to ``corpus.table(name)``: chunks follow the
    corpus order and are concatenated in it. Only tables listed in
    ``per_document`` in :data:`corpus_tools.tables.TABLES` are split; any other table, or ``jobs`` 1, is
    built in this process.
    """
    import dataclasses

    import pandas as pd

    from ..tables import TABLES

    jobs = resolve_jobs(jobs)
    docs = list(corpus.documents)
    if jobs == 1 or not TABLES[name].per_document or len(docs) < 2:
        return corpus.table(name)
    size = chunk_size(len(docs), jobs)
    subs = [dataclasses.replace(corpus, documents=docs[i : i + size], _cache={}) for i in range(0, len(docs), size)]
    parts = map_documents(_chunk_table, [(sub, name) for sub in subs], jobs=jobs, progress=progress,
                          desc=f"{name} (chunks of {size} documents)", star=True)
    nonempty = [p for p in parts if len(p)]
    if not nonempty:
        return parts[0]
    return pd.concat(nonempty, ignore_index=True)


# ---------------------------------------------------------------- a whole corpus's per-document tables

# Documents per chunk when a table is streamed (:func:`table_chunks`): the parent holds at most
# jobs + 2 chunks' rows (those in the pool, and the one being written), and a chunk's fixed cost
# (its codebook travels with it: about 50 KB, 20 ms to unpickle) stays under 1% of its work.
STREAM_CHUNK = 32


# A document as a task carries it: its manifest entry, the file's path and the SHA-256 of the bytes the
# corpus check read. The worker reads the file itself; tasks stay a few hundred bytes a document.
DocumentTask = tuple[dict, str, str]


def _checked_tasks(folder: Any) -> tuple[Any, list[DocumentTask], Any]:
    """``(folder, [(entry, path, sha256)], compiled rules)``: the corpus checked as
    :func:`corpus_tools.load.corpus.checked_corpus` checks it, with each file's bytes
    replaced by their digest, so neither the parent nor the tasks hold the files."""
    folder, _, tasks, rules = checked_manifest_and_tasks(folder)
    return folder, tasks, rules


def checked_manifest_and_tasks(folder: Any) -> tuple[Any, dict, list[DocumentTask], Any]:
    """:func:`_checked_tasks` with the manifest as read, second: ``(folder, manifest, tasks, rules)``."""
    from .corpus import checked_corpus

    # digests, not bytes: the workers read each file again and compare it with the digest
    folder, manifest, digests, rules = checked_corpus(folder, keep_bytes=False)
    tasks = [(entry, str(folder / entry["file"]), digest) for entry, digest in digests]
    return folder, manifest, tasks, rules


def _read_checked(entry: dict, folder: str, path: str, digest: str) -> bytes:
    """The bytes of a document file, read again in the worker: confined to the corpus ``folder`` (as at
    the check) and equal, by SHA-256, to the bytes the check read; otherwise the one-line error naming the file."""
    from ..errors import DocumentError
    from .corpus import confined_file, sha256_hex

    file = Path(path)
    real, refused = confined_file(Path(folder), entry["file"], repr(entry.get("id", "")))
    if refused is not None:
        raise refused
    try:
        data = real.read_bytes()
    except OSError as exc:
        raise DocumentError(file, f"cannot be read ({exc.strerror})") from None
    if sha256_hex(data) != digest:
        raise DocumentError(file, "changed while the corpus was being loaded (its bytes differ from those checked)")
    return data


def per_document_names(names: Sequence[str] | None) -> list[str]:
    """``names`` checked to be per-document tables (a ``ValueError`` naming any other); ``None``: every per-document table."""
    from ..tables import TABLES

    names = [n for n, spec in TABLES.items() if spec.per_document] if names is None else list(names)
    not_per_document = [n for n in names if not TABLES[n].per_document]
    if not_per_document:
        raise ValueError(f"not per-document tables: {', '.join(not_per_document)}")
    return names


def per_document_tables(folder: Any, names: Sequence[str] | None = None, jobs: int | None = 1,
                        progress: bool | None = None) -> dict[str, Any]:
    """Every per-document table of the corpus in ``folder``, built in ``jobs`` worker processes.

    Workers load a chunk of documents each and return that chunk's rows of
    every table; the parent only checks the corpus (as
    :func:`corpus_tools.load_corpus` does) and concatenates, in corpus order,
    so the result equals ``load_corpus(folder).table(name)`` for every name.
    This is the path that scales with cores: no Document travels back to the
    parent, and each table is built once per chunk (a table built for one
    document at a time costs more in pandas than the tagging itself).
    ``names`` defaults to every table declared ``per_document``. The whole
    tables are held in memory; :func:`table_chunks` streams one table instead.
    """
    names = per_document_names(names)
    folder, items, rules = _checked_tasks(folder)
    jobs = resolve_jobs(jobs)
    size = stream_chunk_size(len(items), jobs)
    tasks = [(items[i : i + size], rules, str(folder), names) for i in range(0, len(items), size)]
    parts = map_documents(_chunk_tables, tasks, jobs=jobs, progress=progress, star=True, chunk=1,
                          desc=f"tables (chunks of {size} documents)")
    return {name: _merged(parts, name) for name in names}


# ---------------------------------------------------------------- one table, streamed chunk by chunk


def _chunk_tables(items: Sequence[DocumentTask], rules: Any, folder: str, names: Sequence[str]) -> dict[str, Any]:
    """Load a chunk of documents and build their rows of every table in ``names`` (all per-document):
    the worker's side of :func:`per_document_tables` and :func:`table_chunks`. Returns ``{name: DataFrame}``.

    The chunk is a corpus of its own documents; a per-document table built
    over it equals those documents' rows of the whole corpus's table.
    """
    return chunk_documents_and_tables(items, rules, folder, names)[1]


def chunk_documents_and_tables(items: Sequence[DocumentTask], rules: Any, folder: str,
                                names: Sequence[str]) -> tuple[list[Any], dict[str, Any]]:
    """``(documents, {name: DataFrame})`` of a chunk: the worker's side of :func:`load_tagged_corpus`
    and of ``compare/dataset.py: write_dataset``."""
    from .corpus import Corpus, process_document

    docs = [process_document(entry, _read_checked(entry, folder, path, digest), rules, path)
            for entry, path, digest in items]
    chunk = Corpus(name="", path=Path(folder), documents=docs, codebook=rules, manifest={})
    return docs, {name: chunk.table(name) for name in names}


def _merged(parts: Sequence[dict[str, Any]], name: str) -> Any:
    """Table ``name`` from its chunks, in order. Empty parts have untyped columns; leaving them out keeps
    the dtypes of the in-process table."""
    import pandas as pd

    from ..tables import TABLES

    nonempty = [p[name] for p in parts if len(p[name])]
    if nonempty:
        return pd.concat(nonempty, ignore_index=True)
    return parts[0][name] if parts else pd.DataFrame(columns=list(TABLES[name].columns))


def load_tagged_corpus(folder: Any, jobs: int | None = 1, progress: bool | None = None) -> Any:
    """``load_corpus(folder)`` holding every per-document table, loaded and tagged in one pass of ``jobs`` workers.

    Each worker loads a chunk of documents, builds that chunk's rows of every
    per-document table, and returns the documents and the rows together; the
    parent checks the corpus first (the same errors as
    :func:`corpus_tools.load_corpus`), then only concatenates, in corpus
    order. The documents and tables equal ``load_corpus(folder)`` and its
    ``table(name)`` (tests/load/test_prepared.py). This is what the report
    needs (every table, and the documents for the cross-document ones):
    loading with ``load_corpus(folder, jobs=...)`` and then calling
    :func:`per_document_tables` would load and clean every document twice.
    """
    from .corpus import assembled_corpus

    names = per_document_names(None)
    folder, manifest, items, rules = checked_manifest_and_tasks(folder)  # the workers read the files again
    jobs = resolve_jobs(jobs)
    size = stream_chunk_size(len(items), jobs)
    tasks = [(items[i : i + size], rules, str(folder), names) for i in range(0, len(items), size)]
    done = map_documents(chunk_documents_and_tables, tasks, jobs=jobs, progress=progress, star=True, chunk=1,
                         desc=f"loading and tagging (chunks of {size} documents)")
    corpus = assembled_corpus(folder, manifest, [d for docs, _ in done for d in docs], rules)
    parts = [tables for _, tables in done]
    corpus.keep_tables({name: _merged(parts, name) for name in names})
    return corpus


def _chunk_documents(items: Sequence[DocumentTask], rules: Any, folder: str) -> list[Any]:
    """A chunk's documents, loaded from their files: the worker's side of :func:`iter_documents`."""
    from .corpus import process_document

    return [process_document(entry, _read_checked(entry, folder, path, digest), rules, path) for entry, path, digest in items]


def iter_documents(folder: Any = None, jobs: int | None = 1, progress: bool | None = None) -> Iterator[Any]:
    """The documents of the corpus in ``folder`` (``None``: the embedded seeds), one at a time, in corpus order,
    without holding them: :func:`corpus_tools.load_corpus` for a corpus too large to keep in memory.

    The corpus is checked first, with the same errors as ``load_corpus``, and
    each file's bytes are let go once their digest is taken; the documents
    are then loaded :data:`STREAM_CHUNK` at a time (in ``jobs`` workers that
    read the files themselves), so at most ``jobs + 2`` chunks of documents
    are alive, however large the corpus. Each document equals
    ``load_corpus(folder)[doc_id]``. Close the iterator
    (``contextlib.closing``) if you stop early: with ``jobs`` > 1 that ends
    the pool.
    """
    folder, items, rules = _checked_tasks(folder)
    jobs = resolve_jobs(jobs)
    size = stream_chunk_size(len(items), jobs)
    tasks = [(items[i : i + size], rules, str(folder)) for i in range(0, len(items), size)]
    parts = imap_documents(_chunk_documents, tasks, jobs=jobs, progress=progress, star=True, chunk=1,
                           desc=f"documents (chunks of {size})")
    with contextlib.closing(parts):
        for part in parts:
            for docs in part:
                yield from docs


def _stream_chunk(items: Sequence[DocumentTask], rules: Any, folder: str, name: str) -> Any:
    """Table ``name``'s rows of a chunk of documents: the worker's side of :func:`table_chunks`."""
    return _chunk_tables(items, rules, folder, [name])[name]


def table_chunks(folder: Any, name: str, jobs: int | None = 1, progress: bool | None = None,
                 chunk: int | None = None) -> Iterator[Any]:
    """Table ``name`` (per-document) of the corpus in ``folder``, as DataFrames of a chunk of documents each, in corpus order.

    Concatenated, the chunks equal ``load_corpus(folder).table(name)``; a
    chunk whose documents have no rows is an empty DataFrame with the
    declared columns (its dtypes are those of an empty table, so a writer
    takes the types from the rows, not from it). There is always at least
    one chunk. The corpus is checked here, before the first chunk (the same
    errors as :func:`corpus_tools.load_corpus`); the documents are then
    loaded and tagged chunk by chunk, ``chunk`` documents at a time
    (default :data:`STREAM_CHUNK`, fewer for a small corpus in a pool), in
    this process or in ``jobs`` workers that read the files themselves and
    return rows only. Nothing holds the whole table, the loaded documents or
    the files' bytes: the parent keeps each file's path and digest and at
    most ``jobs + 1`` chunks of rows besides the one the consumer has. Close the iterator (``contextlib.closing``) if you stop
    early: with ``jobs`` > 1 that ends the pool (see :func:`imap_documents`).
    Cost: linear in the corpus, as the in-process table.
    """
    per_document_names([name])
    folder, items, rules = _checked_tasks(folder)
    jobs = resolve_jobs(jobs)
    size = chunk or stream_chunk_size(len(items), jobs)
    return _table_chunk_stream(items, rules, str(folder), name, jobs, progress, size)


def _table_chunk_stream(items: list, rules: Any, folder: str, name: str, jobs: int, progress: bool | None,
                        size: int) -> Iterator[Any]:
    if not items:
        yield _stream_chunk([], rules, folder, name)
        return
    if jobs > 1:  # import the builder's modules once, here: forked workers inherit them instead of each importing
        from ..tables import TABLES

        TABLES[name].builder_function()
    tasks = [(items[i : i + size], rules, folder, name) for i in range(0, len(items), size)]
    parts = imap_documents(_stream_chunk, tasks, jobs=jobs, progress=progress, star=True, chunk=1,
                           desc=f"{name} (chunks of {size} documents)")
    with contextlib.closing(parts):
        for part in parts:
            yield from part
