"""Generic news frames after Semetko & Valkenburg (2000), answered from lexicons.

Semetko & Valkenburg ("Framing European politics: a content analysis of
press and television news", Journal of Communication 50(2), 2000) coded
five generic frames (conflict, human interest, economic consequences,
morality, attribution of responsibility) with 20 yes/no questions; a
frame's score is the share of its questions answered yes (0 to 1).

Here a human coder is replaced by indicator lexicons, one per question, in
``codebook/frames.toml`` (a corpus may add or replace rules as
``[[codebook.frames]]``). A question counts as answered yes for a document
when at least one of its indicators occurs in it. That is cruder than a
coder: a word list misses paraphrase, cannot tell "attack" as fact from
"attack" as accusation, and sees no pictures (the visual human-interest
question is left out). So every hit is kept, with its span, in
``frame_hits``; read them before reading a score.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import pandas as pd

from ..load.corpus import Corpus, Document
from .lexicon import compiled_section, match_each_rule, text_units
from ..tables import make_table


def document_frame_hits(doc: Document, rules: Sequence[Mapping]) -> list[dict]:
    """Rows of ``frame_hits`` for one document (pure: document and frame rules in)."""
    rules = rules if isinstance(rules, Sequence) else list(rules)
    rows = []
    for rule, hits in zip(rules, match_each_rule(doc.clean_text, rules, text_units(doc))):
        for hit in hits:
            rows.append({"doc_id": doc.doc_id, "start": hit["start"], "end": hit["end"], "text": hit["text"],
                         "frame": rule["frame"], "question": rule["question"], "indicator": hit["term"],
                         "rule": rule["name"]})
    rows.sort(key=lambda r: (r["start"], r["end"], r["rule"]))
    return rows


def document_frames(doc_id: str, hits: Sequence[Mapping], rules: Sequence[Mapping]) -> list[dict]:
    """Rows of ``frames`` for one document: one per frame in the rules.

    ``score`` = questions answered yes / questions for that frame, 0 to 1:
    higher means more of the frame's questions find an indicator in the
    text, not that the frame is "stronger" in any felt sense.
    """
    questions: dict[str, list[str]] = {}
    for rule in rules:
        questions.setdefault(rule["frame"], []).append(rule["name"])
    rows = []
    for frame, names in questions.items():
        own = [h for h in hits if h["frame"] == frame]
        yes = {h["rule"] for h in own}
        rows.append({"doc_id": doc_id, "frame": frame, "questions_answered_yes": len(yes & set(names)),
                     "questions": len(names), "score": len(yes & set(names)) / len(names), "hits": len(own)})
    return rows




def frame_hits_table(corpus: Corpus) -> pd.DataFrame:
    rules = compiled_section(corpus.codebook, "frames")
    return make_table("frame_hits", (r for doc in corpus for r in document_frame_hits(doc, rules)))


def frames_table(corpus: Corpus) -> pd.DataFrame:
    rules = compiled_section(corpus.codebook, "frames")
    hits = corpus.table("frame_hits").to_dict("records")
    by_doc: dict[str, list[dict]] = {}
    for h in hits:
        by_doc.setdefault(h["doc_id"], []).append(h)
    return make_table("frames", (r for doc in corpus for r in document_frames(doc.doc_id, by_doc.get(doc.doc_id, []), rules)))


def frames_by_outlet(corpus: Corpus) -> pd.DataFrame:
    """Mean frame score per outlet (rows) and frame (columns), 0-1.

    With one document per outlet this is that document's score. Higher
    means more of the frame's questions answered yes.
    """
    frames = corpus.table("frames")
    outlets = corpus.table("documents").set_index("doc_id")["outlet"]
    frames["outlet"] = frames["doc_id"].map(outlets)
    order = list(dict.fromkeys(frames["frame"]))
    return frames.pivot_table(index="outlet", columns="frame", values="score", aggfunc="mean")[order]


def question_answers(corpus: Corpus) -> pd.DataFrame:
    """Question x outlet: how many indicator hits answered each question
    (0 = answered no). The evidence behind :func:`frames_by_outlet`."""
    hits = corpus.table("frame_hits")
    outlets = corpus.table("documents").set_index("doc_id")["outlet"]
    hits["outlet"] = hits["doc_id"].map(outlets)
    rules = compiled_section(corpus.codebook, "frames")
    index = pd.MultiIndex.from_tuples([(r["frame"], r["name"]) for r in rules], names=["frame", "rule"])
    counts = hits.groupby(["frame", "rule", "outlet"]).size().unstack("outlet")
    return counts.reindex(index=index, columns=sorted(outlets.unique())).fillna(0).astype(int)
