"""Claims: units, conversion, qualifiers, fractions, dates, counts, subjects."""
from __future__ import annotations

import copy
import re

import pytest

import corpus_tools
from conftest import corpora_under_test
from corpus_tools.tag import claims as C
from corpus_tools.codebook import default_codebook, merge_codebooks
from corpus_tools.load.corpus import process_document

SUBJECTS = {"claim_subjects": [
    {"name": "area_held", "quantities": ["area", "fraction"], "context": "Kursk",
     "cue": r"still (?:controls?|holds?)|\blost\b"},
    {"name": "area_taken", "quantities": ["area", "fraction"], "context": "Kursk", "cue": r"seiz\w*|captur\w*"},
]}
CODEBOOK = merge_codebooks(default_codebook(), SUBJECTS)
SQ_MI_KM2 = 1.609344 ** 2  # the international mile is 1,609.344 m exactly


def claims(text: str):
    doc = process_document({"id": "t", "file": "t.txt"}, (text + "\n").encode(), CODEBOOK)
    rows = C.document_claims(doc, CODEBOOK)
    assert all(doc.clean_text[r["start"]:r["end"]] == r["text"] for r in rows)
    return rows


def test_square_mile_factor():
    unit = next(u for u in default_codebook()["claim_units"] if u["name"] == "area_square_miles")
    assert unit["factor"] == pytest.approx(SQ_MI_KM2, rel=1e-6)


@pytest.mark.parametrize("text, claim, value, unit, km2, qualifier", [
    ("Ukraine seized roughly 500 square miles in Kursk.", "roughly 500 square miles", 500, "square miles", 500 * SQ_MI_KM2, "roughly"),
    ("Ukraine captured around 1,300 square kilometers in Kursk.", "around 1,300 square kilometers", 1300, "square kilometers", 1300, "around"),
    ("They had seized more than 400 square miles of Kursk.", "more than 400 square miles", 400, "square miles", 400 * SQ_MI_KM2, "more than"),
])
def test_areas_normalized_to_km2(text, claim, value, unit, km2, qualifier):
    (row,) = [r for r in claims(text) if r["quantity"] == "area"]
    assert (row["text"], row["value"], row["unit"], row["qualifier"]) == (claim, value, unit, qualifier)
    assert row["value_normalized"] == pytest.approx(km2, rel=1e-6) and row["unit_normalized"] == "km²"
    assert row["subject"] == "area_taken"


@pytest.mark.parametrize("text, claim, value, subject", [
    ("In Kursk, Ukraine still controls more than half of the land.", "more than half", 0.5, "area_held"),
    ("Ukrainian forces have since lost roughly half of Kursk.", "roughly half", 0.5, "area_held"),
    ("Russia controls around a fifth of Ukraine.", "around a fifth", 0.2, ""),
    ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, ""),
])
def test_fractions_in_words(text, claim, value, subject):
    (row,) = [r for r in claims(text) if r["quantity"] == "fraction"]
    assert row["text"] == claim and row["value"] == pytest.approx(value, rel=1e-5) and row["subject"] == subject


@pytest.mark.parametrize("text, claim, quantity, value", [
    ("Missiles struck Kyiv, killing at least one person and injuring three others.", "at least one person", "killed", 1),
    ("Missiles struck Kyiv, killing at least one person and injuring three others.", "three others", "wounded", 3),
    ("The attack left one deceased and at least four others wounded.", "at least four others", "wounded", 4),
    ("The air force downed six missiles and 71 of the 123 drones.", "six missiles", "missiles", 6),
    ("The air force downed six missiles and 71 of the 123 drones.", "71 of the 123 drones", "drones", 71),
    ("Both sides have reported tens of thousands of casualties.", "tens of thousands of casualties", "casualties", 10000),
    ("The war has lasted nearly three years.", "nearly three years", "duration", 3),
    ("Turnout was 45% this time.", "45%", "percent", 45),
    ("The deal is worth $1.5 billion to them.", "$1.5 billion", "money", 1.5e9),
])
def test_counted_quantities(text, claim, quantity, value):
    rows = {r["text"]: r for r in claims(text)}
    assert rows[claim]["quantity"] == quantity and rows[claim]["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, claim, date", [
    ("He spoke on Feb. 11 in Kyiv.", "Feb. 11", "--02-11"),
    ("The anniversary falls on 24 February.", "24 February", "--02-24"),
    ("It began in August 2024 with a raid.", "August 2024", "2024-08"),
    ("It launched its invasion in 2022.", "2022", "2022"),
])
def test_dates(text, claim, date):
    (row,) = [r for r in claims(text) if r["quantity"] == "date"]
    assert (row["text"], row["date"]) == (claim, date)


def test_number_words_alone_and_idioms_are_not_claims():
    assert claims("We will swap one territory for another, and maybe one day peace will come.") == []


def test_side_by_side_on_seeds(seeds):
    table = C.side_by_side(seeds)
    assert {"kursk_area_taken", "kursk_area_held"} <= set(table.index)
    taken = " ".join(table.loc["kursk_area_taken"])
    for figure in ("roughly 500 square miles", "more than 400 square miles", "around 1,300 square kilometers"):
        assert figure in taken
    held = " ".join(table.loc["kursk_area_held"])
    for figure in ("more than half", "less than 200 square miles", "roughly half [lost]"):
        assert figure in held


# ---- cost: linear in the text, whatever it holds

@pytest.mark.scale  # a time measurement: `make scale` and CI run it, `make test` leaves it out
def test_many_figures_in_one_paragraph_scale_linearly():
    from conftest import cpu_seconds

    def seconds(n):
        text = " ".join(f"{i} km and {i % 28 + 1} May 2024, a fifth;" for i in range(n)) + "\n"
        doc = process_document({"id": "t", "file": "t.txt"}, text.encode(), CODEBOOK)
        assert len(C.document_claims(doc, CODEBOOK)) >= 3 * n
        return min(cpu_seconds(lambda: C.document_claims(doc, CODEBOOK)) for _ in range(3))

    small, large = seconds(1000), seconds(4000)
    assert large / small < 4 ** 1.3, (small, large)  # quadratic would be 16x


def test_sentences_in_unsorted():
    class Doc:
        sentences = [{"start": 12, "end": 20}, {"start": 0, "end": 5}, {"start": 5, "end": 12}]

    assert C._sentences_in(Doc, [(0, 10), (10, 20)]) == [[(0, 5), (5, 12)], [(12, 20)]]


def test_compiled_rules_follow_changes_to_the_codebook():
    codebook = copy.deepcopy(CODEBOOK)
    doc = process_document({"id": "t", "file": "t.txt"}, b"They walked 5 leagues.\n", codebook)
    assert [r["rule"] for r in C.document_claims(doc, codebook)] == ["bare_number"]
    codebook["claim_units"].append({"name": "leagues", "pattern": "leagues?", "unit": "leagues", "quantity": "distance",
                                    "unit_normalized": "km", "factor": 4.828})
    assert [r["rule"] for r in C.document_claims(doc, codebook)] == ["leagues"]
