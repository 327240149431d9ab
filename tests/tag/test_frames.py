"""Frames: each frame's indicators on short texts, scores, span-exact hits."""
from __future__ import annotations

import pytest

from corpus_tools.tag import frames as F
from corpus_tools.codebook import default_codebook
from corpus_tools.load.corpus import process_document

RULES = default_codebook()["frames"]


def _doc(text: str):
    return process_document({"id": "t", "file": "t.txt"}, text.encode(), default_codebook())


@pytest.mark.parametrize("text, frame, rule, indicator", [
    ("Moscow rejected the offer outright.", "conflict", "conflict_disagreement", "reject"),
    ("Kyiv accused Moscow of lying.", "conflict", "conflict_reproach", "accuse"),
    ("A child was among the victims.", "human_interest", "human_face", "child"),
    ("It was a tragic night.", "human_interest", "human_emotion", "tragic"),
    ("The strike killed two people.", "human_interest", "human_affected", "killed"),
    ("The war has a huge cost.", "economic_consequences", "economic_cost", "cost"),
    ("They prayed for God to help.", "morality", "morality_religion", "god"),
    ("The proposal would swap land.", "responsibility", "responsibility_solution", "proposal"),
    ("Aid is urgently needed.", "responsibility", "responsibility_urgency", "urgent"),
])
def test_indicator_matches(text, frame, rule, indicator):
    hits = F.document_frame_hits(_doc(text + "\n"), RULES)
    assert (frame, rule, indicator) in {(h["frame"], h["rule"], h["indicator"]) for h in hits}


def test_questions_quote_the_codebook():
    questions = {r["name"]: r["question"] for r in RULES}
    assert questions["conflict_disagreement"] == \
        "Does the story reflect disagreement between parties-individuals-groups-countries?"
    assert {r["frame"] for r in RULES} == {"conflict", "human_interest", "economic_consequences", "morality", "responsibility"}


def test_score_is_share_of_questions_answered_yes():
    doc = _doc("Moscow rejected the plan. Kyiv accused Moscow. Both sides claim gains.\n")
    hits = F.document_frame_hits(doc, RULES)
    rows = {r["frame"]: r for r in F.document_frames("t", hits, RULES)}
    conflict = rows["conflict"]
    n_conflict = sum(1 for r in RULES if r["frame"] == "conflict")
    assert conflict["questions"] == n_conflict
    assert conflict["questions_answered_yes"] == n_conflict  # disagreement, reproach, sides, winners/losers
    assert conflict["score"] == 1.0
    assert rows["morality"]["score"] == 0.0 and rows["morality"]["hits"] == 0


def test_seed_hits_span_exact(seeds):
    hits = seeds.table("frame_hits")
    for doc in seeds:
        sub = hits[hits.doc_id == doc.doc_id]
        assert all(doc.clean_text[s:e] == t for s, e, t in zip(sub.start, sub.end, sub.text))
    frames = seeds.table("frames")
    assert len(frames) == len(seeds) * 5
    assert frames.score.between(0, 1).all()
