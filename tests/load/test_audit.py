"""The invariant: clean text + removed + repairs rebuild the raw text exactly (audit.py)."""
from __future__ import annotations

import pytest

import corpus_tools
from corpus_tools.load.audit import AuditError, check_document, rebuild_raw
from conftest import corpora_under_test


@pytest.mark.parametrize("folder", corpora_under_test(), ids=lambda p: p.name)
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
