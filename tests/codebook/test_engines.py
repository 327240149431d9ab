"""Lexicon scans on RE2 find what they find on Python's re, wherever the package lets RE2 do them.

The package's own lexicon rules (naming, frames) first scan the whole text for
any term of a rule, to skip paragraphs without one. With case ignored, that
scan is three to four times faster on RE2. It runs there only for rules whose
patterns are plain ASCII (``plain_ascii``) and on texts where nothing could
tell the engines apart (``engines_agree_on``). These tests hold both sides of
that bargain.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from corpus_tools import load_corpus, seeds_path
from corpus_tools.codebook import default_codebook
from corpus_tools.codebook.compiled import compile_rule
from corpus_tools.codebook.safe import ENGINES_DISAGREE_ON, SafeRegex, engines_agree_on, plain_ascii
from corpus_tools.tag.lexicon import match_rule, text_units

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def rules() -> tuple:
    """The package's naming and frames rules, compiled (once: the generated test asks for every example)."""
    book = default_codebook()
    return tuple(compile_rule(r) for section in ("naming", "frames") for r in book.get(section, []))


def spans(pattern, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def corpora() -> list:
    """The seeds and two tunable blind sets: text people wrote."""
    return [load_corpus(folder) for folder in (seeds_path(), DATA / "blind_t", DATA / "blind_u")]


def test_most_package_rules_get_the_re2_scan():
    got = [r.name for r in rules() if r.any_term_re2 is not None]
    assert len(got) >= 20, got


def test_the_re2_scan_finds_what_re_finds_on_the_test_corpora(corpora):
    compared = 0
    for corpus in corpora:
        for doc in corpus:
            if not engines_agree_on(doc.clean_text):
                continue
            for rule in rules():
                if rule.any_term_re2 is not None:
                    assert spans(rule.any_term_re2, doc.clean_text) == spans(rule.any_term, doc.clean_text), (doc.doc_id, rule.name)
                    compared += 1
    assert compared > 500


def test_hits_are_the_same_whichever_engine_scans(corpora):
    hits = 0
    for corpus in corpora:
        for doc in corpus:
            units = text_units(doc)
            for rule in rules():
                on_re = match_rule(doc.clean_text, rule, units, engines_agree=False)
                assert match_rule(doc.clean_text, rule, units, engines_agree=True) == on_re, (doc.doc_id, rule.name)
                hits += len(on_re)
    assert hits > 100


TRICKY = ["war", "War", "WAR", "wars", "conflict", "Kyiv", "Kiev", "invasion", "offensive", "counteroffensive",
          "K", "ſ", "é", "ß", "ẞ", "İ", "ı", "I", "i", "_", "-", "’s", "1", " ", "\n", "post-war", "Ωmega", "\u0378"]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=25).map("".join))
def test_the_re2_scan_finds_what_re_finds_on_generated_text(text):
    agree = engines_agree_on(text)
    assert agree == (not (set(text) & (ENGINES_DISAGREE_ON | {"\u0378"})))
    if agree:
        for rule in rules():
            if rule.any_term_re2 is not None:
                assert spans(rule.any_term_re2, text) == spans(rule.any_term, text), rule.name


def test_engines_agree_on_names_what_tells_them_apart():
    assert engines_agree_on("Café Kraków ſ K ẞ “quoted” — plain")
    assert not engines_agree_on("İstanbul")
    assert not engines_agree_on("Diyarbakır")
    assert not engines_agree_on("x\u0378")  # unassigned in Python's Unicode database
    assert not engines_agree_on("x\ud800")  # a lone surrogate: no UTF-8 for RE2


@pytest.mark.parametrize("pattern, plain", [
    ("wars?", True), ("counter-?offensives?", True), ("(?:a|b)c", True),
    ("caf\\u00e9", False), ("café", False), ("\\x41", False), ("\\N{DASH}", False), ("\\101", False),
    ("x*", False), ("(?:a|)", False), ("(", False),
])
def test_plain_ascii(pattern, plain):
    assert plain_ascii(pattern) is plain


@pytest.mark.scale
def test_the_engines_disagree_on_no_other_case_pair():
    """Every pair of characters that Python's case mappings connect, compared on both engines with case
    ignored: they disagree only on pairs with a character of ENGINES_DISAGREE_ON (and "i", "I")."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for mapped in {c.lower(), c.upper(), c.casefold(), c.title()} - {c}:
            for ch in mapped:
                parent[find(c)] = find(ch)
    groups: dict[str, list[str]] = {}
    for c in list(parent):
        groups.setdefault(find(c), []).append(c)
    differ = set()
    for group in groups.values():
        for a in group:
            on_re, on_re2 = re.compile(re.escape(a), re.I), SafeRegex(re.escape(a), True)
            for b in group:
                m = on_re2.match(b)
                if (on_re.fullmatch(b) is not None) != (m is not None and m.end() == len(b)):
                    differ.update((a, b))
    assert len(groups) > 1000
    assert differ == set(ENGINES_DISAGREE_ON) | {"i", "I"}
