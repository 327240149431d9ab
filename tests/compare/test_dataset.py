"""Every table written to Parquet a chunk at a time, and read back a column or an aggregate at a time (compare/dataset.py)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading

import pandas as pd
import pyarrow as pa
import pytest

import corpus_tools
from conftest import DATA
from corpus_tools.atomic import FolderBusy, folder_lock
from corpus_tools.load.corpus import load_corpus, seeds_path
from corpus_tools.compare.dataset import INFO, open_dataset, write_dataset
from corpus_tools.tables import TABLES


def _as_stored(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as a Parquet file gives it back (pyarrow's types), to compare with a dataset's table."""
    return pa.Table.from_pandas(frame, preserve_index=False).to_pandas()


@pytest.mark.parametrize("folder, jobs", [(None, 1), (DATA / "bridge_story", 2), (DATA / "house_styles", 1)],
                         ids=["seeds", "bridge_story-2-jobs", "house_styles"])
def test_every_table_equals_the_in_memory_one(tmp_path, folder, jobs):
    """Per-document tables streamed chunk by chunk, and the four cross-document tables built from the written
    columns, hold the rows load_corpus builds (same order, same values)."""
    dataset = open_dataset(write_dataset(folder, tmp_path / "out", jobs=jobs))
    corpus = load_corpus(folder)
    assert dataset.tables == sorted(TABLES)
    for name in TABLES:
        expected = corpus.table(name)
        if expected.empty:  # no value gives a column its type: stored as null, read as text (Dataset.arrow)
            assert dataset.table(name).empty and list(dataset.table(name).columns) == list(expected.columns)
        else:
            pd.testing.assert_frame_equal(dataset.table(name), _as_stored(expected), obj=name)
        assert dataset.info["tables"][name] == len(expected)
    assert dataset.info["documents"] == len(corpus) and dataset.info["corpus"] == corpus.name


def test_small_chunks_give_the_same_tables(tmp_path, monkeypatch):
    """Chunks of one document (so every cross-chunk join is exercised) write the same files' rows."""
    from corpus_tools.load import parallel

    whole = open_dataset(write_dataset(DATA / "house_styles", tmp_path / "whole"))
    monkeypatch.setattr(parallel, "STREAM_CHUNK", 1)
    pieces = open_dataset(write_dataset(DATA / "house_styles", tmp_path / "pieces"))
    for name in TABLES:
        pd.testing.assert_frame_equal(pieces.table(name), whole.table(name), obj=name)


def test_columns_and_batches_read_part_of_a_table(tmp_path):
    dataset = open_dataset(write_dataset(None, tmp_path / "out"))
    sentences = dataset.table("sentences")
    assert list(dataset.table("sentences", ["doc_id", "start"]).columns) == ["doc_id", "start"]
    batches = list(dataset.batches("sentences", ["doc_id", "text"], rows=40))
    assert [len(b) for b in batches] == [40, 40, len(sentences) - 80]
    pd.testing.assert_frame_equal(pd.concat(batches, ignore_index=True), sentences[["doc_id", "text"]])
    with pytest.raises(KeyError, match="no table 'nope'"):
        dataset.table("nope")


def test_aggregates_equal_pandas_on_the_whole_table(tmp_path):
    """count_by and mean_by (pyarrow group_by, outlet joined from documents) equal pandas on the whole tables."""
    dataset = open_dataset(write_dataset(None, tmp_path / "out"))
    corpus = load_corpus()
    outlet = dict(zip(corpus.table("documents").doc_id, corpus.table("documents").outlet))

    quotes = corpus.table("quotes").assign(outlet=lambda q: q.doc_id.map(outlet))
    quoted = quotes[quotes.kind.isin(["direct", "partial"])]
    expected = quoted.groupby(["outlet", "speaker"]).size().rename("count").reset_index()
    got = dataset.count_by("quotes", ["outlet", "speaker"], where={"kind": ["direct", "partial"]})
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert 0 < got["count"].sum() < len(quotes)  # the filter took the reported speech out

    sentiment = corpus.table("sentiment").assign(outlet=lambda s: s.doc_id.map(outlet))
    expected = sentiment.groupby(["outlet", "voice"]).compound.agg(["size", "mean"]).reset_index()
    got = dataset.mean_by("sentiment", "compound", ["outlet", "voice"])
    assert list(got.columns) == ["outlet", "voice", "n", "mean_compound"]
    assert got[["outlet", "voice"]].values.tolist() == expected[["outlet", "voice"]].values.tolist()
    assert got.n.tolist() == expected["size"].tolist()
    assert got.mean_compound.round(12).tolist() == expected["mean"].round(12).tolist()


def test_a_failed_run_leaves_the_previous_dataset(tmp_path):
    out = tmp_path / "out"
    write_dataset(None, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "broken"
    shutil.copytree(DATA / "bridge_story", broken)
    victim = next(p for p in broken.iterdir() if p.suffix in (".txt", ".html"))
    victim.write_bytes(victim.read_bytes() + b"changed after the manifest was written")
    with pytest.raises(corpus_tools.CorpusError, match=victim.name):
        write_dataset(broken, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.new-")] == []


def test_a_folder_of_other_files_is_never_replaced(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not a corpus-tools dataset"):
        write_dataset(None, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_second_writer_to_the_same_folder_refuses(tmp_path):
    out = tmp_path / "out"
    held, release = threading.Event(), threading.Event()

    def hold():
        with folder_lock(out):
            held.set()
            release.wait(10)

    other = threading.Thread(target=hold)
    other.start()
    try:
        held.wait(10)
        with pytest.raises(FolderBusy):
            write_dataset(None, out)
    finally:
        release.set()
        other.join()
    assert not out.exists()


def test_open_dataset_names_a_folder_that_is_not_one(tmp_path):
    with pytest.raises(FileNotFoundError, match=f"not a corpus-tools dataset \\(no {INFO}\\)"):
        open_dataset(tmp_path)


def test_the_info_file_names_no_machine_path(tmp_path):
    out = write_dataset(DATA / "bridge_story", tmp_path / "out")
    text = (out / INFO).read_text(encoding="utf-8")
    assert str(tmp_path) not in text and str(DATA) not in text
    assert set(json.loads(text)) == {"corpus", "documents", "manifest_sha256", "corpus_tools", "tables"}


def test_iter_documents_yields_what_load_corpus_holds():
    corpus = load_corpus(DATA / "house_styles")
    streamed = list(corpus_tools.iter_documents(DATA / "house_styles", jobs=2))
    assert [d.doc_id for d in streamed] == corpus.doc_ids
    for doc in streamed:
        kept = corpus[doc.doc_id]
        assert (doc.raw_text, doc.clean_text, list(doc.sentences)) == (kept.raw_text, kept.clean_text, list(kept.sentences))


@pytest.mark.slow
def test_the_command_writes_a_dataset_and_says_one_line_on_a_mistake(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "corpus_tools", "dataset", *args], capture_output=True, text=True,
                              cwd=tmp_path)

    done = run(str(DATA / "bridge_story"), "out", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert open_dataset(tmp_path / "out").info["documents"] == 3
    for args, message in [((str(tmp_path / "missing"), "out2"), "corpus folder not found"),
                          ((str(seeds_path()), "a", "b"), "give one corpus folder and one output folder")]:
        done = run(*args)
        assert done.returncode == 2 and message in done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 3
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x.txt").write_text("x", encoding="utf-8")
    done = run("taken")
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        f"corpus-tools: error: {tmp_path / 'taken'} exists and is not a corpus-tools dataset: choose another folder"]


def test_a_folder_with_a_dataset_json_of_its_own_is_not_ours_to_replace(tmp_path):
    out = tmp_path / "theirs"
    out.mkdir()
    (out / "dataset.json").write_text("{}", encoding="utf-8")
    (out / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not a corpus-tools dataset"):
        write_dataset(None, out)
    assert (out / "precious.txt").exists()


def test_an_interrupted_swap_puts_the_previous_dataset_back(tmp_path, monkeypatch):
    """Ctrl-C between the two renames of the swap (old folder aside, new one not yet in place)."""
    import pathlib

    out = tmp_path / "out"
    write_dataset(None, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    rename = pathlib.Path.rename

    def interrupted(self, target):
        if self.name.startswith(".out.new-"):
            raise KeyboardInterrupt
        return rename(self, target)

    monkeypatch.setattr(pathlib.Path, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_dataset(None, out)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")) == [".out.lock"]


def test_the_folder_gets_the_permissions_mkdir_would_give(tmp_path):
    import os
    import stat

    mask = os.umask(0o022)
    try:
        out = write_dataset(DATA / "bridge_story", tmp_path / "out")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755


def test_aggregates_of_a_table_with_an_outlet_of_its_own(tmp_path):
    dataset = open_dataset(write_dataset(None, tmp_path / "out"))
    keyness = dataset.table("keyness")
    got = dataset.count_by("keyness", ["outlet"])
    assert got.set_index("outlet")["count"].to_dict() == keyness.groupby("outlet").size().to_dict()
    with pytest.raises(TypeError, match="needs a list of values"):
        dataset.count_by("quotes", ["outlet"], where={"kind": "direct"})


@pytest.mark.slow
def test_recycled_workers_give_the_same_tables(tmp_path, monkeypatch):
    """Workers replaced after every chunk (started by the fork server) write the same rows."""
    from corpus_tools.compare import dataset as module

    whole = open_dataset(write_dataset(DATA / "house_styles", tmp_path / "whole"))
    monkeypatch.setattr(module, "RECYCLE_CHUNKS", 1)
    recycled = open_dataset(write_dataset(DATA / "house_styles", tmp_path / "recycled", jobs=2))
    for name in TABLES:
        pd.testing.assert_frame_equal(recycled.table(name), whole.table(name), obj=name)
