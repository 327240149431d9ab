"""Cleaning on lines in place (clean.py): the same cuts as on sliced lines, without copying long lines."""
from __future__ import annotations

import re
import tracemalloc

import pytest

import corpus_tools
from corpus_tools.load import clean, segment
from conftest import corpus_params


@pytest.mark.parametrize("pattern,in_place", [
    (r"\s*skip (to|navigation)\s*", True),
    (r"\s*!\[[^\]]*\]\([^)]*\)\s*", True),   # a negated class is no anchor
    (r"[]^]x", True),                       # nor a literal ^ in a class
    (r"x[a\]^]y", True),
    (r"(?P<value>.+?)\s*", True),
    (r"^by .*", False),                     # ^ matches only at the text's start with pos
    (r"a|^b", False),
    (r"\Aby", False),
    (r"(?<=[A-Za-z])x", False),             # a lookbehind sees the line break before pos
    (r"(?<!\w)x", False),
    (r"\\A", True),                         # an escaped backslash, then a letter A
])
def test_runs_in_place(pattern, in_place):
    assert clean.runs_in_place(pattern) is in_place


@pytest.mark.parametrize("folder", corpus_params())
def test_rules_in_place_match_as_on_the_sliced_line(folder):
    """Every package rule that runs in place finds the same on every line of every test corpus."""
    codebook = corpus_tools.default_codebook()
    rules = [(r, clean._compile(r, "Example Times", section), r.get("search"))
             for section in ("boilerplate", "metadata") for r in codebook.get(section, [])]
    rules = [(r, rx, search) for r, rx, search in rules if isinstance(rx, re.Pattern) and clean.runs_in_place(rx.pattern)]
    assert len(rules) >= 8
    lines = 0
    for doc in corpus_tools.load_corpus(folder):
        text = doc.raw_text
        for m in re.finditer(r"[^\n]+", text):
            s, e = m.span()
            lines += 1
            for rule, rx, search in rules:
                find = rx.search if search else rx.fullmatch
                a, b = find(text, s, e), find(text[s:e])
                assert (a and a.groupdict()) == (b and b.groupdict()), (rule["name"], text[s:e][:80])
    assert lines > 20


def test_a_long_line_is_not_copied():
    """A 1 MB line of curly quotes (2 bytes a character): no copy of it in cleaning or in paragraphs."""
    codebook = corpus_tools.default_codebook()
    text = "“Ka ri to men sa, lu ber. " * 40_000 + "\n"
    clean.find_cuts(text[:1000], codebook, "Example Times", "A title")  # compile the rules first
    tracemalloc.start()
    try:
        cuts = clean.find_cuts(text, codebook, "Example Times", "A title")
        paras = segment.paragraphs(text, codebook)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert cuts == [] and len(paras) == 1
    assert peak < 0.2 * 2 * len(text), peak  # a copy would be 2 bytes a character
