"""The corpus a report loads and tags once for all its chapters (load/prepared.py)."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from conftest import DATA
from corpus_tools.load.corpus import load_corpus, seeds_path
from corpus_tools.load.prepared import PREPARED_ENV, load_prepared, write_prepared
from corpus_tools.tables import TABLES


def _private_folder(tmp_path):
    folder = tmp_path / "scratch"
    folder.mkdir(mode=0o700)
    return folder


def _marked(folder):
    """A loaded corpus whose ``documents`` table carries a marker column no fresh load has."""
    corpus = load_corpus(folder)
    documents = corpus.table("documents")
    documents["marker"] = "from the prepared file"
    corpus.keep_tables({"documents": documents})
    return corpus


def _came_from_the_file(corpus) -> bool:
    return "marker" in corpus.table("documents").columns


def test_a_kernel_reads_the_prepared_corpus_of_its_folder(tmp_path, monkeypatch):
    path = write_prepared(_marked(seeds_path()), _private_folder(tmp_path))
    monkeypatch.setenv(PREPARED_ENV, str(path))
    assert _came_from_the_file(load_corpus())
    assert _came_from_the_file(load_corpus(seeds_path()))
    monkeypatch.delenv(PREPARED_ENV)
    assert not _came_from_the_file(load_corpus())


def test_another_folder_or_a_changed_manifest_loads_afresh(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "house_styles", folder)
    monkeypatch.setenv(PREPARED_ENV, str(write_prepared(_marked(folder), _private_folder(tmp_path))))
    assert _came_from_the_file(load_corpus(folder))
    assert not _came_from_the_file(load_corpus(DATA / "house_styles"))  # same files, another folder
    manifest = folder / "corpus.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('name = "house-styles"', 'name = "edited"', 1),
                        encoding="utf-8")
    assert not _came_from_the_file(load_corpus(folder))


@pytest.mark.parametrize("what, mode", [("file", 0o620), ("file", 0o602), ("folder", 0o777), ("folder", 0o770)])
def test_a_file_others_could_have_written_is_never_unpickled(tmp_path, monkeypatch, what, mode):
    folder = _private_folder(tmp_path)
    path = write_prepared(_marked(seeds_path()), folder)
    (path if what == "file" else folder).chmod(mode)
    monkeypatch.setenv(PREPARED_ENV, str(path))
    assert not _came_from_the_file(load_corpus())


@pytest.mark.parametrize("value", ["", "relative/prepared-corpus.pickle", "/nonexistent/prepared-corpus.pickle"])
def test_an_unusable_variable_is_ignored(monkeypatch, value):
    monkeypatch.setenv(PREPARED_ENV, value)
    assert load_corpus().doc_ids == load_corpus(seeds_path()).doc_ids


@pytest.mark.slow
@pytest.mark.scale  # every table twice (about 15 s); the report test runs the same path on another corpus
def test_prepared_tables_in_a_pool_equal_the_in_process_ones():
    alone = load_corpus(DATA / "house_styles")
    pooled = load_prepared(DATA / "house_styles", jobs=2)  # documents and tables from one pass of two workers
    assert (pooled.name, pooled.manifest, pooled.doc_ids) == (alone.name, alone.manifest, alone.doc_ids)
    assert [(d.raw_text, d.clean_text, d.sentences) for d in pooled] == [(d.raw_text, d.clean_text, d.sentences) for d in alone]
    for name in TABLES:
        pd.testing.assert_frame_equal(pooled.table(name), alone.table(name), check_exact=True, obj=name)


def test_keep_tables_refuses_an_unknown_name():
    with pytest.raises(KeyError, match="unknown table 'nope'"):
        load_corpus().keep_tables({"nope": pd.DataFrame()})


def test_a_file_that_does_not_unpickle_is_a_cache_miss(tmp_path, monkeypatch):
    path = write_prepared(_marked(seeds_path()), _private_folder(tmp_path))
    path.write_bytes(path.read_bytes()[:1000])
    monkeypatch.setenv(PREPARED_ENV, str(path))
    assert not _came_from_the_file(load_corpus())
