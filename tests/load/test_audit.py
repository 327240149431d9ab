"""The invariant: clean text + removed + repairs rebuild the raw text exactly (audit.py)."""
from __future__ import annotations

import pytest

import corpus_tools
from corpus_tools.load.audit import AuditError, check_document, rebuild_raw
from conftest import corpus_params


@pytest.mark.parametrize("folder", corpus_params())
def test_every_document_rebuilds_its_raw_text(folder):
    corpus = corpus_tools.load_corpus(folder)
    for doc in corpus:
        check_document(doc)
        assert rebuild_raw(doc.clean_text, doc.removed, doc.repairs) == doc.raw_text


def test_rebuild_from_exported_tables(seeds):
    """The tables alone (as a user would export them) rebuild each raw text."""
    docs = seeds.table("documents").set_index("doc_id")
    removed, repairs = seeds.table("removed"), seeds.table("repairs")
    for doc_id, row in docs.iterrows():
        rebuilt = rebuild_raw(row.clean_text, removed[removed.doc_id == doc_id].to_dict("records"),
                              repairs[repairs.doc_id == doc_id].to_dict("records"))
        assert rebuilt == row.raw_text


def test_a_wrong_offset_is_caught(seeds):
    doc = seeds["real-news-not-bs"]
    bad = [dict(r) for r in doc.removed]
    bad[2]["start"] += 1
    with pytest.raises(AuditError):
        rebuild_raw(doc.clean_text, bad, doc.repairs)


def test_a_dropped_row_is_caught(seeds):
    doc = seeds["freebase-news"]
    with pytest.raises(AuditError):
        rebuild_raw(doc.clean_text, doc.removed[1:], doc.repairs)


def test_removed_and_repairs_read_as_dicts_kept_as_columns(seeds):
    import pickle

    from corpus_tools.load.corpus import AuditTable, RemovedRow, RepairRow

    doc = seeds["freebase-news"]
    assert isinstance(doc.removed, AuditTable) and isinstance(doc.repairs, AuditTable)
    first = doc.repairs[0]
    assert type(first) is RepairRow and type(doc.removed[0]) is RemovedRow
    assert list(first) == ["doc_id", "start", "end", "raw_start", "raw_end", "before", "after", "rule"]
    assert first["before"] == doc.raw_text[first.raw_start:first.raw_end] == first.before
    assert first["after"] == doc.clean_text[first.start:first.end]
    cut = doc.removed[0]
    assert cut["text"] == doc.raw_text[cut["raw_start"]:cut["raw_end"]] and cut["field"] == "updated"
    assert doc.removed == [dict(r) for r in doc.removed] and doc.removed[-1] == doc.removed[len(doc.removed) - 1]
    assert doc.repairs.chars() == sum(len(r["before"]) for r in doc.repairs)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and list(again.repairs) == list(doc.repairs)
    assert pickle.loads(pickle.dumps(first)) == dict(first)


@pytest.mark.slow  # ~10 s: trafilatura under tracemalloc
@pytest.mark.scale  # a memory measurement: `make scale` and CI run it, `make test` leaves it out
def test_entity_rows_keep_offsets_not_strings():
    """A page with an entity every few characters: a repair row each, held as columns (was ~150 bytes a row)."""
    import tracemalloc

    from corpus_tools.load.corpus import process_document

    body = " ".join(f"word{k}&nbsp;and&rsquo;s" for k in range(11_000))  # over RESET_CACHES_AT
    page = f"<html><body><article><p>{body}</p></article></body></html>".encode()
    codebook = corpus_tools.default_codebook()
    process_document({"id": "t", "file": "t.html"}, page[:2000], codebook)  # imports and first-call set-up
    tracemalloc.start()
    try:
        doc = process_document({"id": "t", "file": "t.html"}, page, codebook)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(doc.repairs) >= 22_000
    # raw text 1x, clean text 2x (UCS-2: it holds ’), 20 bytes a repair row 1.5x; dict rows alone were 20x the page
    assert held < 5 * len(page)
