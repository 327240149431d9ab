"""Outlets at a glance from a dataset (compare/overview.py): the same tables and findings as the in-memory chapters."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from conftest import DATA
from corpus_tools.compare import findings as F
from corpus_tools.compare import overview as O
from corpus_tools.load.corpus import load_corpus
from corpus_tools.compare.dataset import open_dataset, write_dataset
from corpus_tools.tag import sentiment

FOLDERS = [None, DATA / "bridge_story", DATA / "house_styles"]
IDS = ["seeds", "bridge_story", "house_styles"]


@pytest.fixture(scope="module", params=FOLDERS, ids=IDS)
def both(request, tmp_path_factory):
    """(the corpus in memory, its dataset)."""
    out = tmp_path_factory.mktemp("dataset") / "out"
    return load_corpus(request.param), open_dataset(write_dataset(request.param, out))


def test_speakers_and_citations_equal_the_in_memory_tables(both):
    corpus, dataset = both
    pd.testing.assert_frame_equal(O.speakers_by_outlet(dataset), F.speakers_by_outlet(corpus))
    pd.testing.assert_frame_equal(O.speakers_by_outlet(dataset, top=2), F.speakers_by_outlet(corpus, top=2))
    pd.testing.assert_frame_equal(O.citation_table(dataset), F.citation_table(corpus))
    assert O.outlets(dataset) == F.outlets(corpus)


def test_findings_are_the_in_memory_sentences(both):
    corpus, dataset = both
    assert O.speaker_finding(dataset).sentence == F.speaker_finding(corpus).sentence
    assert O.vague_sources_finding(dataset).sentence == F.vague_sources_finding(corpus).sentence


def test_tone_means_equal_and_the_interval_is_the_normal_one(both):
    corpus, dataset = both
    scored = F.with_outlet(corpus, corpus.table("sentiment"))
    boot = sentiment.summarize(scored, "outlet")
    tone = O.tone_by_outlet(dataset)
    assert tone.outlet.tolist() == boot.outlet.tolist() and tone.n.tolist() == boot.n.tolist()
    assert tone.mean_compound.round(12).tolist() == boot.mean_compound.round(12).tolist()
    for outlet, rows in scored.groupby("outlet"):
        row = tone[tone.outlet == outlet].iloc[0]
        half = O.Z95 * rows.compound.std(ddof=1) / math.sqrt(len(rows))
        assert row.ci_high - row.mean_compound == pytest.approx(half, rel=1e-9)
    in_memory = F.tone_finding(boot, corpus).sentence
    assert O.tone_finding(dataset).sentence.split(" (95% CI")[0] == in_memory.split(" (95% CI")[0]
    assert O.tone_finding(dataset).sentence.endswith(F.articles_caveat(corpus.table("documents").groupby("outlet").size())
                                                     or ".")


def test_readability_and_documents_are_per_outlet_means(both):
    corpus, dataset = both
    read = F.with_outlet(corpus, corpus.table("readability"))
    expected = read.groupby("outlet")[F.GRADES].mean()
    got = O.readability_by_outlet(dataset)
    pd.testing.assert_frame_equal(got[F.GRADES], expected, check_names=False)
    assert got.documents.tolist() == read.groupby("outlet").size().tolist()
    docs = corpus.table("documents")
    assert O.documents_by_outlet(dataset).clean_chars.tolist() == docs.groupby("outlet").clean_chars.mean().round(0).tolist()


def test_naming_counts_the_terms_in_use(both):
    corpus, dataset = both
    expected = F.naming_used(corpus).sort_index()
    got = O.naming_by_outlet(dataset)
    if expected.empty:
        assert got.empty
    else:
        pd.testing.assert_frame_equal(got, expected, check_names=False, check_dtype=False)


def test_a_tie_in_readability_is_named_as_a_tie():
    table = pd.DataFrame({"flesch_kincaid_grade": [9.04, 9.0, 12.0]}, index=pd.Index(["A", "B", "C"], name="outlet"))
    assert O.readability_finding(table).sentence.startswith("A and B tie as easiest to read")
