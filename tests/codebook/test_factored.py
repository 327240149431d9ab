"""``factor_alternations`` keeps every match, span and group of the patterns it rewrites."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from corpus_tools import load_corpus, seeds_path
from corpus_tools.codebook import default_codebook
from corpus_tools.codebook.factored import factor_alternations
from corpus_tools.tag.speakers import normalise

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def package_patterns() -> tuple[tuple[str, str, int], ...]:
    """``(name, pattern, flags)`` of every rule the citation tagger compiles through ``factor_alternations``."""
    book = default_codebook()
    out = []
    for rule in book.get("source_patterns", ()):
        out.append((rule.get("name", "?"), rule["pattern"], 0 if rule.get("case_sensitive") else re.I))
        if rule.get("not_after"):
            out.append((rule.get("name", "?") + ".not_after", rule["not_after"], re.I))
    for ref in book.get("source_backreferences", ()):
        out.append(("backreference " + ref["type"], ref["pattern"], re.I))
    return tuple(out)


def found(pattern: str, flags: int, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in re.compile(pattern, flags).finditer(text)]


@pytest.mark.parametrize("pattern, factored", [
    ("(?:prosecutors|paramedics|officials|officers)", "(?:p(?:rosecutors|aramedics)|o(?:fficials|fficers))"),
    ("(?:a|an|one|another)", "(?:a(?:|n|nother)|one)"),
    ("x(?:said|says|told)y", "x(?:s(?:aid|ays)|told)y"),
    ("(?:spokes(?:man|woman|person)|staff|aides)", "(?:s(?:pokes(?:man|woman|person)|taff)|aides)"),
    # inside a capturing group, a named one, a lookaround or a scoped flag: the group stays, its branches regroup
    ("(said|says|told)", "(s(?:aid|ays)|told)"),
    ("(?P<n>one|two|three)", "(?P<n>one|t(?:wo|hree))"),
    ("(?=said|says|told)", "(?=s(?:aid|ays)|told)"),
    ("(?-i:said|says|told)", "(?-i:s(?:aid|ays)|told)"),
    ("(?i)(?:ab|ac|d)", "(?i)(?:a(?:b|c)|d)"),
    # left as written: two branches, a capturing group, a quantified first letter, a non-letter first, verbose
    ("(?:said|says)", "(?:said|says)"),
    ("(?:s(x)|s|t)", "(?:s(x)|s|t)"),
    ("(?:a?b|ac|ad)", "(?:a?b|ac|ad)"),
    (r"(?:\d+|ab|ac)", r"(?:\d+|ab|ac)"),
    ("(?x)(?:ab|ac|ad)", "(?x)(?:ab|ac|ad)"),
    ("(?:ab|ac|ad)(?#x|y)", "(?:ab|ac|ad)(?#x|y)"),
    ("(a)(?:b|c|d)(?P=x)", "(a)(?:b|c|d)(?P=x)"),
    # "S" and "s" may differ where case matters: kept apart, in order
    ("(?:Sa|sb|t)", "(?:Sa|sb|t)"),
    # classes, escapes and parentheses inside them are read as such
    (r"(?:a[|]|a\)|b)", r"(?:a(?:[|]|\))|b)"),
    (r"(?:a[(]|a\)|b)", r"(?:a[(]|a\)|b)"),  # a "(" in a class is taken for a group: left as written (safe side)
    ("[(?:ab|ac|ad)]", "[(?:ab|ac|ad)]"),
])
def test_factored_forms(pattern, factored):
    assert factor_alternations(pattern) == factored


def test_an_unreadable_pattern_is_left_as_it_is():
    assert factor_alternations("(?:ab|ac|[ad") == "(?:ab|ac|[ad"


def test_the_costliest_pattern_is_factored():
    name, pattern, flags = next(p for p in package_patterns() if p[0] == "vague_speakers")
    assert factor_alternations(pattern, flags) != pattern


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Normalised documents of the seeds and two tunable blind sets (what the citation tagger scans)."""
    return [normalise(doc.clean_text) for folder in (seeds_path(), DATA / "blind_t", DATA / "blind_u")
            for doc in load_corpus(folder)]


def test_every_package_pattern_finds_the_same_on_the_test_corpora(texts):
    matched = 0
    for name, pattern, flags in package_patterns():
        factored = factor_alternations(pattern, flags)
        for text in texts:
            expected = found(pattern, flags, text)
            assert found(factored, flags, text) == expected, name
            matched += len(expected)
    assert matched > 20


WORDS = ["two", "officials", "Officials", "said", "told", "an", "another", "aide", "spokesman", "spokeswoman", "the",
         "agency", "news", "reports", "suggest", "according", "to", "of", "Kremlin", "K", "ſ", "İ", "ı", "5", "’", ",", "“"]


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(WORDS), max_size=18).map(" ".join))
def test_every_package_pattern_finds_the_same_on_generated_text(text):
    for (name, pattern, flags), factored in zip(package_patterns(), factored_patterns()):
        assert found(factored, flags, text) == found(pattern, flags, text), name


@lru_cache(maxsize=1)
def factored_patterns() -> tuple[str, ...]:
    return tuple(factor_alternations(pattern, flags) for _, pattern, flags in package_patterns())


BRANCH = st.text(alphabet="abAB", min_size=1, max_size=3)


@settings(max_examples=400, derandomize=True, deadline=None, database=None)
@given(st.sampled_from(["(?:", "(", "(?P<g>", "(?=", "(?-i:"]), st.lists(BRANCH, min_size=3, max_size=7), st.sampled_from(["", "b?", "x", "(?:a|b|ab)", "(b)"]),
       st.text(alphabet="abABx ", max_size=30), st.sampled_from([0, re.I]))
def test_generated_alternations_find_the_same(opener, branches, suffix, text, flags):
    pattern = opener + "|".join(branches) + ")" + suffix
    assert found(factor_alternations(pattern, flags), flags, text) == found(pattern, flags, text), pattern
