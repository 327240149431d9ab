"""Paragraphs and sentences (segment.py)."""
from __future__ import annotations

import random
import re
import time

import pytest

from corpus_tools import default_codebook
from corpus_tools.load.segment import SegmentRows, paragraphs, quotation_spans, sentences


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
    # a clock time ends a sentence before a new subject, not before its day or time zone (round 16)
    ("It was announced after 5 p.m. Her aide said so.", ["It was announced after 5 p.m.", "Her aide said so."]),
    ("The vote is at 5 p.m. Friday in Kelby.", ["The vote is at 5 p.m. Friday in Kelby."]),
    ("Polls close at 8 p.m. Eastern, officials said.", ["Polls close at 8 p.m. Eastern, officials said."]),
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


# ---------------------------------------------------------------- linear splitter = the former one

def _reference_paragraphs(text, codebook):
    """The former splitter: splitlines() and strip(), one dict per line (quadratic nowhere, but 60x the memory)."""
    from corpus_tools.load.clean import looks_like_title

    heading = codebook["heading"]
    rows, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            kind = "heading" if looks_like_title(stripped, heading, heading["min_words"]) else "body"
            rows.append({"paragraph": len(rows), "start": start, "end": start + len(stripped), "kind": kind})
        pos += len(line)
    return rows


def _reference_sentences(text, paras, codebook):
    """The former sentence splitter, quadratic on long punctuation runs and on quotation-dense paragraphs."""
    boundary = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
    abbreviations = set(codebook["segmentation"]["abbreviations"])
    rows = []
    for para in paras:
        t = text[para["start"]:para["end"]]
        protected = [(o, c) for o, c in quotation_spans(t)
                     if (t[c - 1] if c > 0 else "") in ",—–" or t[c + 1:c + 3].lstrip()[:1].islower()]
        cuts = []
        for m in boundary.finditer(t):
            dot = m.start() + len(m.group(0).rstrip("\"”’)]")) - 1
            if t[dot] == ".":
                start = dot
                while start > 0 and not t[start - 1].isspace() and t[start - 1] not in "([“\"":
                    start -= 1
                token = t[start:dot + 1]
                longest = max(map(len, abbreviations), default=0) + 2
                if token in abbreviations or (len(token) <= longest + 1 and re.fullmatch(r"(?:[A-Z]\.)+", token)):
                    continue
            if any(o < m.end() - 1 < c for o, c in protected):
                continue
            cuts.append(m.end())
        bounds = [0] + cuts + [len(t)]
        for a, b in zip(bounds, bounds[1:]):
            seg = t[a:b]
            s, e = para["start"] + a + len(seg) - len(seg.lstrip()), para["start"] + a + len(seg.rstrip())
            if e > s:
                rows.append({"paragraph": para["paragraph"], "sentence": len(rows), "start": s, "end": e, "kind": para["kind"]})
    return rows


PIECES = ["A", "b", "Mr.", "U.S.", "J.", "A.K.", "Lindqvist", "Feb.", " ", "  ", "\n", "\r\n", "\x0b", "\x1c", "\u2028", "\x85", "\xa0",
          "\u3000", ".", "...", "!", "?", "…", '"', "“", "”", "’", ")", "]", "(", "[", ",", "—", "x", "The", "Big",
          "Title", "Word", "9", "\t", "said", "he"]


@pytest.mark.parametrize("seed", range(4))
def test_same_rows_as_the_former_splitter_on_random_text(seed):
    codebook = default_codebook()
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))
        expected_paras = _reference_paragraphs(text, codebook)
        paras = paragraphs(text, codebook)
        assert list(paras) == expected_paras, text
        expected = _reference_sentences(text, expected_paras, codebook)
        assert list(sentences(text, paras, codebook)) == expected, text
        assert list(sentences(text, expected_paras, codebook)) == expected, text  # dict rows work too


def test_rows_read_like_the_former_lists_of_dicts():
    codebook = default_codebook()
    text = "A Short Heading Line Here\nFirst one. Second one.\n\n  Third.  "
    paras = paragraphs(text, codebook)
    assert isinstance(paras, SegmentRows) and len(paras) == 3
    assert paras[0] == {"paragraph": 0, "start": 0, "end": 25, "kind": "heading"}
    assert paras[-1] == {"paragraph": 2, "start": 52, "end": 58, "kind": "body"}
    assert paras[1:2] == [paras[1]]
    sents = sentences(text, paras, codebook)
    assert list(sents[1]) == ["paragraph", "sentence", "start", "end", "kind"]
    assert [text[s["start"]:s["end"]] for s in sents] == ["A Short Heading Line Here", "First one.", "Second one.", "Third."]
    assert sents == list(sents) and list(sents.kinds()) == ["heading", "body", "body", "body"]
    with pytest.raises(IndexError):
        sents[4]


@pytest.mark.parametrize("text,expected", [
    ("." * 100_000 + " end.", 1),                       # one punctuation run: read once, not from each dot
    ("“Yes. No,” he said. " * 10_000, 10_000),           # many protected quotations: swept, not searched per end
    ("Word. " * 20_000, 20_000),
    ("“" + "A quote. Still " * 5_000 + "it,” he said.", 1),  # one protected quotation over thousands of candidate ends
    ("“Open. " * 20_000, 20_000),                        # unbalanced: nothing protected
])
def test_hostile_paragraphs_split_fast(text, expected):
    codebook = default_codebook()
    start = time.process_time()
    assert len(sentences(text, paragraphs(text, codebook), codebook)) == expected
    assert time.process_time() - start < 5


@pytest.mark.parametrize("name", ["A.K. Lindqvist", "J.R. Okafor", "É.M. Roy"])
def test_initials_before_a_surname_do_not_end_a_sentence(name):
    codebook = default_codebook()
    text = f"The report was written by {name} of the institute. She said it was late."
    rows = list(sentences(text, paragraphs(text, codebook), codebook))
    assert [text[r["start"]:r["end"]] for r in rows] == [
        f"The report was written by {name} of the institute.", "She said it was late."]
