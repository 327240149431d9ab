"""``_nominal_matches`` finds what the one regex it replaced found.

The nominal finder once compiled, for every document, one pattern with every
head noun as an alternative (the heads include the document's own body names,
so the pattern differed from document to document and cost some 14 ms each).
It now looks heads up in a set. The regex below is that pattern, kept here as
the oracle: on the test corpora and on generated text, both must give the same
matches, groups and spans.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tools import load_corpus, seeds_path
from corpus_tools.tag.mentions import NominalMatch, _nominal_matches

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402


def oracle(text: str, heads: tuple[str, ...]) -> list[NominalMatch]:
    """The matches of the former per-document pattern (longest head first)."""
    alts = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    pattern = re.compile(rf"\b([Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[A-Z][a-z]+(?:ish|ian|ese|ch|an|ic|i)\s+)?"
                         rf"(?:(?!(?:the|an?|its|his|her|their)\s)[a-z][\w-]*\s+){{0,2}}?"
                         rf"({alts})\b(?!['’]s)(?:\s+(spokesman|spokeswoman|spokesperson)\b)?")
    return [NominalMatch(m.group(1), m.group(2), m.group(3), m.start(), m.end()) for m in pattern.finditer(text)]


HEADS = ("company", "club", "minister", "prime minister", "ministry", "union", "co", "chief executive", "fire service",
         "non", "non-profit", "spokesman", "court", "Finnish")


@pytest.mark.parametrize("text", [
    "The Finnish manufacturer said. The company said it would.",
    "the prime minister and the minister met; a move the union has said",
    "The club’s chairman spoke; the club spokesman said; the clubs said",
    "Their new chief executive, the non-profit and the non profit.",
    "An angry old union official; the the company; its co-owner; the co.",
    "Dutch company; a Dutch company; the Dutch big bad company spokeswoman; the Finnish company; the Finnish said",
    "the\u00a0company\tspokesperson; The  Nigerian  ministry",
    "her company's; the company'sx; the company’s; the companyX; the company_1",
])
def test_same_matches_as_the_regex_on_written_cases(text):
    assert list(_nominal_matches(text, HEADS)) == oracle(text, HEADS)


def test_cases_above_do_find_nominals():
    # (so the equality above is not two empty lists)
    found = list(_nominal_matches("The Finnish manufacturer said. The Dutch big bad company spokeswoman", HEADS + ("manufacturer",)))
    assert [(m.det, m.head, m.spokes) for m in found] == [("The", "manufacturer", None), ("The", "company", "spokeswoman")]


DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    """Every document of the seeds and of two tunable blind sets (text people wrote, not generated)."""
    return [doc.clean_text for folder in (seeds_path(), DATA / "blind_t", DATA / "blind_u") for doc in load_corpus(folder)]


def test_same_matches_on_the_test_corpora(corpus_texts):
    heads = HEADS + ("government", "agency", "police", "council", "spokeswoman", "official", "president")
    total = 0
    for text in corpus_texts:
        got = list(_nominal_matches(text, heads))
        assert got == oracle(text, heads)
        total += len(got)
    assert total > 50


WORDS = ["the", "The", "a", "An", "its", "his", "Her", "their", "company", "club", "minister", "prime", "Finnish",
         "Dutch", "big", "non-profit", "non", "co", "’s", "'s", "spokesman", "chief", "executive", "x1", "é", "_"]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\t", "\u00a0", "", ", ", ". ", "-"])),
                max_size=30),
       st.sets(st.sampled_from(HEADS + ("", "Company", "Finnish", "big company", "club’s")), min_size=1))
def test_same_matches_on_generated_text(pieces, heads):
    text = "".join(w + sep for w, sep in pieces)
    heads = tuple(sorted(heads))
    assert list(_nominal_matches(text, heads)) == oracle(text, heads)


# ---------------------------------------------------------------- aliases as whole words, without a regex each

from corpus_tools.tag.citations import _alias_re, _alias_spans  # noqa: E402
from corpus_tools.tag.speakers import occurrences  # noqa: E402

ALIAS_TEXT = st.lists(st.sampled_from(["Reuters", "AP", "the AP", "APs", "-", " ", "é", "_", "Reuters-Ipsos", "x", "\n",
                                       "on Reuters", "on ", "AP-"]), max_size=25).map("".join)


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(ALIAS_TEXT, st.sampled_from(["Reuters", "AP", "APAP", "on Reuters", "-", "é", "AP-", ""]))
def test_alias_spans_are_the_regex_matches(text, alias):
    expected = [m.span() for m in _alias_re(alias).finditer(text)]
    assert list(_alias_spans(alias, text)) == expected
    if alias:
        assert list(_alias_spans(alias, text, occurrences(text, (alias,)))) == expected


def test_alias_spans_find_whole_words_only():
    assert list(_alias_spans("AP", "AP said; APs; the AP-Ipsos poll; AP")) == [(0, 2), (33, 35)]
