"""The per-document pipeline on Dask (examples/dask_pipeline.py) gives the in-process tables.

Skipped unless the optional extra is installed (``pip install .[dask]``).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.bag")

import corpus_tools  # noqa: E402
from corpus_tools.errors import DocumentError  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "examples"))
import dask_pipeline  # noqa: E402

pytestmark = pytest.mark.slow  # see pyproject's markers: `make check` leaves these out


def _assert_same(written: pd.DataFrame, out: Path, corpus) -> None:
    for name in dask_pipeline.table_names():
        expected = corpus.table(name)
        got = dask_pipeline.read_table(out, name)
        # Parquet keeps values and column order; it may store a column of an empty table with another dtype.
        pd.testing.assert_frame_equal(got, expected, check_dtype=len(expected) > 0, obj=name)
        assert written[written.table == name].rows.sum() == len(expected)


@pytest.mark.parametrize("partitions", [1, 3])
def test_sync_scheduler_gives_the_in_process_tables(seeds, tmp_path, partitions):
    written = dask_pipeline.run(corpus_tools.seeds_path(), tmp_path, scheduler="sync", partitions=partitions)
    assert written.groupby("table").documents.sum().eq(len(seeds)).all()
    _assert_same(written, tmp_path, seeds)


@pytest.mark.scale  # starts worker processes (~7 s): `make scale` and CI run it
def test_local_processes_give_the_in_process_tables(tmp_path):
    """Worker processes: the items, the codebook and the functions must all travel by pickle."""
    folder = REPO / "tests" / "data" / "hostile"
    written = dask_pipeline.run(folder, tmp_path, scheduler="processes", partitions=2, num_workers=2)
    _assert_same(written, tmp_path, corpus_tools.load_corpus(folder))


def test_a_changed_file_is_an_error_naming_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in corpus_tools.seeds_path().iterdir():
        (corpus / p.name).write_bytes(p.read_bytes())
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_bytes(victim.read_bytes() + b"tampered\n")
    with pytest.raises(DocumentError, match=victim.name):
        dask_pipeline.run(corpus, tmp_path / "out", scheduler="sync")


@pytest.mark.scale
def test_a_distributed_cluster_of_two_workers_gives_the_in_process_tables(tmp_path):
    """The documented cluster path: a dask.distributed scheduler with two worker processes, reached by
    its address as a real cluster would be (loopback only), writing partitioned Parquet."""
    distributed = pytest.importorskip("dask.distributed")
    folder = REPO / "tests" / "data" / "house_styles"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        assert len(cluster.workers) == 2
        written = dask_pipeline.run(folder, tmp_path, scheduler=cluster.scheduler_address, partitions=2)
    assert set(written.file.map(lambda f: Path(f).parent.name)) == set(dask_pipeline.table_names())
    _assert_same(written, tmp_path, corpus_tools.load_corpus(folder))
