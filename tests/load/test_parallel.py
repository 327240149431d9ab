"""The process pool: same results in the same order, whatever the number of jobs."""
from __future__ import annotations

from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.load import parallel
from corpus_tools.cli import main
from corpus_tools.errors import DocumentError
from corpus_tools.tables import TABLES


def _square(x: int) -> int:
    return x * x


def _add(a: int, b: int) -> int:
    return a + b


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three is not allowed")
    return x


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_documents_keeps_order(jobs):
    items = list(range(53))
    assert parallel.map_documents(_square, items, jobs=jobs) == [x * x for x in items]


def test_map_documents_star_and_empty():
    assert parallel.map_documents(_add, [(1, 2), (3, 4)], jobs=2, star=True) == [3, 7]
    assert parallel.map_documents(_square, [], jobs=2) == []


def test_an_error_in_a_worker_is_raised_unchanged():
    with pytest.raises(ValueError, match="three is not allowed"):
        parallel.map_documents(_fail_on_three, range(10), jobs=2)


@pytest.mark.parametrize("n,jobs,expected", [(1, 2, 1), (8, 2, 1), (100, 2, 13), (10_000, 2, 256), (5, 1, 2)])
def test_chunk_size(n, jobs, expected):
    assert parallel.chunk_size(n, jobs) == expected


def test_no_progress_bar_without_a_terminal(capsys):
    parallel.map_documents(_square, range(5), progress=True)
    assert capsys.readouterr().err == ""  # pytest's captured stderr is not a TTY, like a notebook's


def test_resolve_jobs():
    assert parallel.resolve_jobs(None) == 1
    assert parallel.resolve_jobs(3) == 3
    assert parallel.resolve_jobs(0) == parallel.available_jobs() >= 1


def test_load_corpus_with_two_jobs_equals_one(seeds):
    pooled = corpus_tools.load_corpus(jobs=2)
    assert pooled.doc_ids == seeds.doc_ids
    for name in ("documents", "paragraphs", "sentences", "removed", "repairs"):
        assert pooled.table(name).equals(seeds.table(name)), name


# Every call starts a pool whose workers import the taggers (2-13 s a table on 2 cores): `make test` checks a
# table of each kind (split by sentence, by quote, by mention; one that is not per-document), `make scale` all.
IN_MAKE_TEST = {"sentences", "quotes", "mentions", "quote_groups"}


@pytest.mark.parametrize("name", [n if n in IN_MAKE_TEST else pytest.param(n, marks=pytest.mark.scale)
                                  for n in sorted(TABLES)])
def test_every_table_in_a_pool_equals_the_table_in_process(seeds, name):
    assert parallel.corpus_table(seeds, name, jobs=2).equals(seeds.table(name))


def test_export_with_jobs_gives_the_same_bytes(capsys):
    assert main(["export", "sentences"]) == 0
    one = capsys.readouterr().out
    assert main(["export", "sentences", "--jobs", "2"]) == 0
    two = capsys.readouterr()
    assert two.out == one
    assert two.err == ""  # no progress bar when stderr is not a terminal


def test_export_refuses_zero_jobs(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "sentences", "--jobs", "0"])
    assert exc.value.code == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_imap_documents_yields_chunks_in_order(jobs):
    parts = list(parallel.imap_documents(_square, range(23), jobs=jobs, chunk=5))
    assert [len(p) for p in parts] == [5, 5, 5, 5, 3]
    assert [x for p in parts for x in p] == [x * x for x in range(23)]


def test_closing_imap_documents_early_ends_the_pool_and_restores_signals():
    import contextlib
    import multiprocessing
    import signal

    before = signal.getsignal(signal.SIGINT)
    with contextlib.closing(parallel.imap_documents(_square, range(40), jobs=2, chunk=2)) as parts:
        assert next(parts) == [0, 1]
        assert signal.getsignal(signal.SIGINT) is not before  # deferred while the pool runs
    assert multiprocessing.active_children() == []
    assert signal.getsignal(signal.SIGINT) is before



def _slow_square(x: int) -> int:
    import time

    time.sleep(30)
    return x * x


def test_run_beside_returns_the_worker_s_result_while_the_caller_works():
    import multiprocessing
    import os

    with parallel.run_beside(_add, 20, 22) as result:
        here = os.getpid()  # the caller goes on meanwhile
        assert result() == 42
    assert here == os.getpid() and multiprocessing.active_children() == []


def test_run_beside_raises_the_worker_s_error_and_ends_it():
    import multiprocessing

    with pytest.raises(ValueError, match="three is not allowed"):
        with parallel.run_beside(_fail_on_three, 3) as result:
            result()
    assert multiprocessing.active_children() == []


def test_leaving_run_beside_early_ends_the_worker_without_waiting_for_it():
    import multiprocessing
    import time

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        with parallel.run_beside(_slow_square, 3):
            raise KeyboardInterrupt  # Ctrl-C while the caller builds its own tables
    assert multiprocessing.active_children() == []
    assert time.monotonic() - started < 20  # the 30 s task was ended, not waited for

# ---------------------------------------------------------------- tasks carry paths, not bytes

def test_tasks_carry_each_file_s_path_and_digest_not_its_bytes():
    folder, tasks, _ = parallel._checked_tasks(corpus_tools.seeds_path())
    assert len(tasks) == 5
    for entry, path, digest in tasks:
        assert not any(isinstance(x, (bytes, bytearray)) for x in (entry, path, digest))
        assert Path(path).read_bytes() and len(digest) == 64


def test_a_file_changed_after_the_check_is_an_error_naming_it(tmp_path):
    for p in corpus_tools.seeds_path().iterdir():
        (tmp_path / p.name).write_bytes(p.read_bytes())
    folder, tasks, rules = parallel._checked_tasks(tmp_path)
    entry, path, digest = tasks[0]
    Path(path).write_bytes(Path(path).read_bytes() + b" changed")
    with pytest.raises(DocumentError, match=f"{Path(path).name}.*changed while the corpus was being loaded"):
        parallel._chunk_tables([tasks[0]], rules, str(folder), ["documents"])
