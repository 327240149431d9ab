"""Streaming export (issue 15): a per-document table is written chunk by chunk, with the bytes of the whole table.

The reference is what ``export`` wrote before it streamed: the whole table
built in memory (``corpus.table(name)``) and written at once. Chunks are made
small here (one or two documents) so the seeds' five documents cross chunk
boundaries, and some chunks have no rows at all.
"""
from __future__ import annotations

import errno
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

import corpus_tools
from corpus_tools import cli
from corpus_tools.cli import main
from corpus_tools.load import parallel

# repairs: rows in the second document only (the first chunk is empty); removed: none in the last one;
# claims: floats with NaN (dates); documents: the whole texts.
TABLES = ["sentences", "quotes", "claims", "readability", "repairs", "removed", "documents"]


def whole_table_bytes(table: pd.DataFrame, fmt: str) -> bytes:
    """What export wrote before it streamed (cli.py at a42c52d)."""
    if fmt == "csv":
        return table.to_csv(index=False, lineterminator="\n").encode("utf-8")
    records = json.loads(table.to_json(orient="records", date_format="iso"))
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return (json.dumps(records, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(parallel, "STREAM_CHUNK", 2)


@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])  # 2: a worker pool
@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_streamed_export_equals_the_whole_table(tmp_path, seeds, small_chunks, fmt, jobs):
    # every table once (csv, one job); otherwise a tagged table, one empty at first, and one with floats and NaN
    for name in TABLES if (fmt, jobs) == ("csv", "1") else ["quotes", "repairs", "claims"]:
        target = tmp_path / f"{name}.{fmt}"
        assert main(["export", name, "-o", str(target), "--jobs", jobs]) == 0
        if fmt == "parquet":
            expected = seeds.table(name)
            got = pd.read_parquet(target)
            assert got.equals(expected), name
            buf = io.BytesIO()
            expected.to_parquet(buf, index=False)
            assert pq.read_table(target).equals(pq.read_table(io.BytesIO(buf.getvalue())), check_metadata=True), name
        else:
            assert target.read_bytes() == whole_table_bytes(seeds.table(name), fmt), name


def test_standard_output_streams_the_same_bytes(capsys, seeds, small_chunks):
    assert main(["export", "claims", "--format", "json"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == whole_table_bytes(seeds.table("claims"), "json")


@pytest.mark.parametrize("jobs", [1, 2])
def test_table_chunks_follow_the_corpus_and_keep_empty_chunks(seeds, jobs):
    chunks = list(parallel.table_chunks(corpus_tools.seeds_path(), "repairs", jobs=jobs, chunk=1))
    assert [len(c) for c in chunks] == [0, 2, 0, 0, 0]
    assert all(list(c.columns) == list(seeds.table("repairs").columns) for c in chunks)
    assert pd.concat([c for c in chunks if len(c)], ignore_index=True).equals(seeds.table("repairs"))


# ---------------------------------------------------------------- chunk boundaries, on the writers alone

def _frames():
    full = pd.DataFrame({"doc_id": ["a", "b", "c"], "start": [0, 5, 9], "value": [1.0, float("nan"), 2.5],
                         "text": ["x, y", 'say "hi"', "ü/é"]})
    empty = pd.DataFrame([], columns=list(full.columns))  # as an empty chunk comes: untyped columns
    return full, empty


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
@pytest.mark.parametrize("split", [
    lambda full, empty: [empty, full.iloc[:1], empty, full.iloc[1:], empty],
    lambda full, empty: [full.iloc[:2], full.iloc[2:]],
    lambda full, empty: [empty, empty],
])
def test_text_writers_ignore_chunk_boundaries(fmt, split):
    full, empty = _frames()
    frames = split(full, empty)
    whole = pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else empty
    out = io.StringIO()
    cli.WRITERS[fmt](iter(frames), out)
    assert out.getvalue().encode("utf-8") == whole_table_bytes(whole, fmt)


def test_parquet_types_come_from_rows_not_from_empty_or_all_null_chunks():
    full, empty = _frames()
    nulls = full.iloc[:1].copy()
    nulls["text"] = pd.Series([None], dtype=object)  # this chunk says nothing about the column's type
    out = io.BytesIO()
    cli.write_parquet(iter([empty, nulls, empty, full.iloc[1:]]), out)
    got = pq.read_table(io.BytesIO(out.getvalue()))
    assert str(got.schema.field("text").type) in ("string", "large_string")
    assert str(got.schema.field("start").type) == "int64" and str(got.schema.field("value").type) == "double"
    assert got.column("text").to_pylist() == [None, 'say "hi"', "ü/é"]
    out = io.BytesIO()
    cli.write_parquet(iter([empty, empty]), out)  # no rows at all: the empty table, as to_parquet writes it
    buf = io.BytesIO()
    empty.to_parquet(buf, index=False)
    assert pq.read_table(io.BytesIO(out.getvalue())).equals(pq.read_table(io.BytesIO(buf.getvalue())), check_metadata=True)


def test_parquet_refuses_a_column_whose_type_changes_midway():
    first = pd.DataFrame({"doc_id": ["a"], "start": [1]})
    later = pd.DataFrame({"doc_id": ["b"], "start": [1.5]})
    with pytest.raises(cli.UserError, match="changes type between documents"):
        cli.write_parquet(iter([first, later]), io.BytesIO())


# ---------------------------------------------------------------- atomic: an error midway keeps the old file

@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])  # 2: a worker pool
def test_an_error_after_the_first_chunk_keeps_the_old_file(tmp_path, capsys, monkeypatch, small_chunks, jobs):
    target = tmp_path / "quotes.csv"
    target.write_text("the earlier result\n", encoding="utf-8")
    real_to_csv = pd.DataFrame.to_csv
    calls = []

    def full_disk_at_the_second_chunk(self, *args, **kwargs):
        calls.append(len(self))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_to_csv(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk_at_the_second_chunk)
    assert main(["export", "quotes", "-o", str(target), "--jobs", jobs]) == 2
    assert capsys.readouterr().err == f"corpus-tools: error: {target}: No space left on device\n"
    assert len(calls) == 2  # the first chunk was written to the temporary file, then the disk was full
    assert target.read_text(encoding="utf-8") == "the earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.csv"]


def test_ctrl_c_while_writing_parquet_keeps_the_old_file(tmp_path, capsys, monkeypatch, small_chunks):
    target = tmp_path / "s.parquet"
    target.write_bytes(b"old")
    real_write = pq.ParquetWriter.write_table
    calls = []

    def interrupted_at_the_second_chunk(self, table, *args, **kwargs):
        calls.append(table.num_rows)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_write(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", interrupted_at_the_second_chunk)
    assert main(["export", "sentences", "-o", str(target), "--jobs", "2"]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["s.parquet"]
