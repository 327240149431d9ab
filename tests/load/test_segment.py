"""Paragraphs and sentences (segment.py)."""
from __future__ import annotations

import pytest

from corpus_tools import default_codebook
from corpus_tools.load.segment import paragraphs, quotation_spans, sentences


def split(text: str) -> list[str]:
    codebook = default_codebook()
    paras = paragraphs(text, codebook)
    return [text[s["start"]:s["end"]] for s in sentences(text, paras, codebook)]


@pytest.mark.parametrize("text,expected", [
    ("Trump took office on Jan. 20. Talks began.", ["Trump took office on Jan. 20.", "Talks began."]),
    ("Published on Feb. 11, it drew replies. Mr. Peskov said no.",
     ["Published on Feb. 11, it drew replies.", "Mr. Peskov said no."]),
    ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
    ("“This is how [Russian President Vladimir] Putin wants to end the war,” he wrote. Fires broke out.",
     ["“This is how [Russian President Vladimir] Putin wants to end the war,” he wrote.", "Fires broke out."]),
    # a quote of several sentences attributed after it stays whole with its attribution
    ("“I don’t know, we will see. But all our territories are important, there is no priority,” the leader told The Guardian. Peskov disagreed.",
     ["“I don’t know, we will see. But all our territories are important, there is no priority,” the leader told The Guardian.",
      "Peskov disagreed."]),
    ('"I don\'t know, we will see. But all our territories are important," he said.',
     ['"I don\'t know, we will see. But all our territories are important," he said.']),
    # attribution first: the quoted sentences split normally
    ('He added, "I hope it\'s fast. Every day, people are dying."', ['He added, "I hope it\'s fast.', 'Every day, people are dying."']),
    ("Is this it? Yes! It is.", ["Is this it?", "Yes!", "It is."]),
    ("Gen. J. D. Vance met Dr. Smith.", ["Gen. J. D. Vance met Dr. Smith."]),
    ("No punctuation at all in this line of text", ["No punctuation at all in this line of text"]),
])
def test_sentence_split(text, expected):
    assert split(text) == expected


def test_sentences_do_not_cross_paragraphs():
    text = "First paragraph without a stop\nSecond one. Two sentences."
    assert split(text) == ["First paragraph without a stop", "Second one.", "Two sentences."]


@pytest.mark.parametrize("text,spans", [
    ("a “b” c “d", [(2, 4)]),  # the unclosed mark yields nothing
    ('x "y" z "w"', [(2, 4), (8, 10)]),
    ("no quotes", []),
])
def test_quotation_spans(text, spans):
    assert quotation_spans(text) == spans


def test_offsets_point_at_the_text(seeds):
    for table in ("paragraphs", "sentences"):
        for row in seeds.table(table).itertuples():
            assert seeds[row.doc_id].clean_text[row.start:row.end] == row.text
            assert row.text == row.text.strip() and row.text


def test_seed_sentences_keep_tricky_cases_whole(seeds):
    texts = set(seeds.table("sentences").text)
    assert "Talk of ending Russia's full-scale invasion of Ukraine has increased as U.S. President-elect Donald Trump took office on Jan. 20." in texts
    assert "“This is how [Russian President Vladimir] Putin wants to end the war,” he wrote on Telegram." in texts
    assert "As news of Fogel’s release travels, Mr. Peskov hinted at a mutual agreement between the two nations regarding the terms of the exchange, though he dampened expectations regarding any drastic thaw in relations." in texts
