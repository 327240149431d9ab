"""Lexicon matching: the fast path (candidate starts from a scan) must give
exactly what the exact path (every term's regex over every paragraph) gives.

The fast path lists, for each regex, strings one of which begins every match
(``start_prefixes``), finds where they occur (``StartScanner``) and tries the
regex only there. A mistake there would silently drop hits, so these tests
compare both paths on every test corpus, on crafted texts (case, Unicode,
hyphens, apostrophes, character classes, anchors, lookarounds,
back-references) and on random texts, and check that every match of a regex
starts at one of its candidate positions.
"""
from __future__ import annotations

import random
import re

import pytest

import corpus_tools
from conftest import corpora_under_test
from corpus_tools.tag import lexicon as L
from corpus_tools.codebook import default_codebook


def exact(text, rules, units):
    """The reference: each rule through the exact path."""
    plan = L._plan_from_keys(rules)
    return [L._exact_rule_hits(text, rule, compiled, units) for rule, compiled in zip(rules, plan.rules)]


def fast(text, rules, units):
    """The public entry point, asserting that the fast path was really taken."""
    plan = L._plan_for(rules)
    found = plan.scanner.find(text)
    assert L._fast_path_units(text, units) is not None and None not in found, "fast path not taken"
    return L.match_each_rule(text, rules, units)


def whole_units(text):
    """One unit per line, as paragraphs are."""
    units, start = [], 0
    for line in text.split("\n"):
        units.append((start, start + len(line)))
        start += len(line) + 1
    return units


@pytest.mark.parametrize("folder", corpora_under_test(), ids=lambda p: p.name)
def test_fast_path_equals_exact_path_on_every_corpus(folder):
    corpus = corpus_tools.load_corpus(folder)
    for key in ("frames", "naming"):
        rules = corpus.codebook.get(key, [])
        for doc in corpus:
            units = L.text_units(doc)
            assert L.match_each_rule(doc.clean_text, rules, units) == exact(doc.clean_text, rules, units), (doc.doc_id, key)


RULES = [
    {"name": "war", "terms": {"war": ["wars?"], "warn": ["warn(?:s|ed|ing)?"], "warfare": ["warfare"]}},
    {"name": "sides", "terms": {"both sides": ["both sides", "both\\s+parties"], "vs": ["vs\\.?", "versus"]}},
    {"name": "classes", "terms": {"held": ["Russian[- ]held"], "criticize": ["critici[sz]e[sd]?"], "abc": ["[a-c]at"]}},
    {"name": "anchored", "terms": {"start": ["^war"], "end": ["end$"], "boundary": ["\\bpeace\\b"]}},
    {"name": "lookaround", "terms": {"war crimes": ["war(?= crimes)"], "the war": ["(?<=the )war"],
                                     "not cold": ["(?<!cold )war"]}},
    {"name": "backref", "terms": {"boom": ["(bo)\\1m"], "double": ["(?P<x>ta)(?P=x)"]}},
    {"name": "kyiv", "case_sensitive": True, "terms": {"Kyiv": ["Kyiv"], "Kiev": ["[K]iev"]}},
    {"name": "money", "terms": {"dollar": ["\\$\\d+", "\\d+ dollars?"], "euro": ["€\\s?\\d+"], "pound": ["£"]}},
    {"name": "unicode", "terms": {"ärger": ["ärger"], "kyiv cyr": ["київ"], "café": ["café"], "sofia": ["σοφια"]}},
    {"name": "apostrophe", "terms": {"russia's": ["Russia\\W?s"], "don't": ["don[’']t"]}},
    {"name": "context", "context": "Kursk", "terms": {"offensive": ["offensives?"]}},
    # literals whose case-insensitive matches lower to something else: the long s
    # matches "s", the micro sign matches Greek mu; and whitespace written twice
    {"name": "odd literals", "terms": {"sides": ["ſides"], "micro": ["µg"], "at least": ["at \\s*least"]}},
    {"name": "loose", "terms": {"ing": ["\\w+ing"], "any": [".ar"]}},  # no known start: exact path
]

TEXTS = [
    "War, war and WARS. Warnings: they warned; a warfare-like award. Post-war, war’s end.\nwar at the start",
    "Both sides, BOTH  SIDES, both\tparties; Kyiv vs. Moscow, KYIV versus kyiv, Kiev.",
    "Russian-held and russian held areas; they criticised, CRITICIZES; cat, bat, rat, Cat.",
    "war at the start of a line\nit will end\nthe peace, peaceful; war crimes and cold war and the war",
    "booboom boom boboom; tata tatata",
    "$5 and $ 5, 10 dollars, €5, € 20, £3, 2$; Ärger und ÄRGER; КИЇВ і Київ; CAFÉ, Café",
    "ΣΟΦΙΑ and σοφια and Σοφια; Russia's, Russia’s, Russias; DON'T, don’t",
    "In Kursk the offensive and offensives.\nAnother offensive elsewhere.",
    "singing and ringing, bar, car, war",
    "both sides, 5 μg and 5 µg and 5 ΜG; at least, at  least, AT\tLEAST",
    # odd case folds: the Kelvin sign, the long s, dotted and dotless i, the final sigma
    "\u212aYIV (Kelvin sign) and \u017fides: both \u017fides; WAR\u0130NG; wıth; ΟΔΥΣΣΕΑΣ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_crafted_texts_same_on_both_paths(text):
    units = whole_units(text)
    assert L.match_each_rule(text, RULES, units) == exact(text, RULES, units)
    for rule in RULES:
        assert L.match_rule(text, rule, units) == exact(text, [rule], units)[0]


def test_crafted_hits():
    text = TEXTS[0]
    hits = L.match_rule(text, RULES[0], whole_units(text))
    assert [h["text"] for h in hits] == ["War", "war", "WARS", "warned", "warfare", "war", "war", "war"]
    text = TEXTS[5]
    hits = [(h["term"], h["text"]) for h in L.match_rule(text, RULES[8], whole_units(text))]
    assert hits == [("ärger", "Ärger"), ("ärger", "ÄRGER"), ("kyiv cyr", "КИЇВ"), ("kyiv cyr", "Київ"),
                    ("café", "CAFÉ"), ("café", "Café")]
    assert [h["text"] for h in L.match_rule(text, RULES[7], whole_units(text))] == ["$5", "10 dollars", "€5", "€ 20"]  # not "£3": a digit follows


def test_fast_path_is_taken_where_it_should_be():
    text = TEXTS[0]
    assert fast(text, RULES[:3], whole_units(text)) == exact(text, RULES[:3], whole_units(text))
    assert L.start_prefixes(L.compile_rule(RULES[-1])[0][1]) is None  # \w+ing: could begin anywhere


def test_texts_whose_case_folding_is_not_trusted_take_the_exact_path():
    # The long s matches "s" under re.IGNORECASE but lowers to itself: comparing
    # lowered text with "s" would miss it, so such a text is not scanned.
    assert L._lowered("both \u017fides") is None and L._lowered("\u0130stanbul") is None
    assert L._lowered("ΟΔΥΣΣΕΑΣ") is None  # a capital sigma lowers by context
    assert L._lowered("Kyiv’s “war”") is not None
    text = "both \u017fides"
    assert [h["text"] for h in L.match_rule(text, RULES[1], [(0, len(text))])] == ["both \u017fides"]


def test_units_after_a_word_character_take_the_exact_path():
    text = "warwar war"
    units = [(0, 3), (3, 6), (6, 10)]  # the second unit begins right after "war"
    assert L._fast_path_units(text, units) is None
    assert [h["start"] for h in L.match_rule(text, RULES[0], units)] == [0, 3, 7]
    overlapping = [(0, 6), (3, 10)]
    assert L.match_each_rule(text, RULES, overlapping) == exact(text, RULES, overlapping)


def test_case_folding_of_ascii_is_plain_lower():
    # The fast path compares lowered text with lowered literals: for ASCII this
    # must be exactly what re.IGNORECASE does.
    for a in map(chr, range(128)):
        rx = re.compile(re.escape(a), re.IGNORECASE)
        for b in map(chr, range(128)):
            assert bool(rx.fullmatch(b)) == (a.lower() == b.lower()), (a, b)


def test_odd_characters_are_caught():
    assert not L._lower_ok("\u017f")  # long s ~ s
    assert not L._lower_ok("\u0131")  # dotless i ~ i
    assert not L._lower_ok("\u0130")  # capital I with dot: lowers to two characters
    assert not L._lower_ok("Σ")
    assert L._lower_ok("\u212a")  # Kelvin sign lowers to "k", which it matches
    assert L._lower_ok("É") and L._lower_ok("’")
    assert L._literal_fold("É") is None and L._literal_fold("é") == "é" and L._literal_fold("K") == "k"


# Random texts: every match of every regex must begin at one of its candidates.

PATTERNS = [p for rule in RULES[:-1] for _, p in L.compile_rule(rule)] + [
    re.compile(r"(?<![\w])(?:(?P<q>about|at\s+least|some)\s+)?(?P<cur>[$€£]\s?)?(?P<n>\d+|one|a\s+dozen)(?![\w])", re.I),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+(?P<m>Jan|Feb|May)(?!\w)"),
    re.compile(r"(?P<m>Jan(?:uary)?|Feb\.?)\s+(?P<d>\d{1,2})"),
    re.compile(r"(?<![\d,.$€£])(?P<y>(?:19|20)\d{2})(?![\d,%]|\.\d)"),
    re.compile(r"(?<![\w])(?:one\s+day|one-to-one|a)(?![\w])", re.I),
    re.compile(r"x{2,3}y|z*w"),
]
VOCABULARY = ["war", "WAR", "Warn", "both", "sides", "SIDES", "vs", "versus", "Kyiv", "kyiv", "Kiev", "held",
              "Russian", "cat", "Bat", "end", "peace", "crimes", "cold", "the", "boom", "bo", "ta", "$", "€", "£",
              "5", "20", "1999", "2024", "dollars", "ärger", "ÄRGER", "київ", "КИЇВ", "café", "CAFÉ", "σοφια",
              "Russia", "s", "don", "t", "about", "at", "least", "some", "one", "day", "a", "dozen", "Jan", "January",
              "Feb", "May", "xx", "xxxy", "zzw", "w", "K", "ſ", "ı", "µg", "μg", "ΜG"]
SEPARATORS = [" ", "  ", "-", "’", "'", ".", ",", "\n", "\t", "", "_", "$"]


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(VOCABULARY) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 40)))


def test_every_match_begins_at_a_candidate():
    rng = random.Random(20240811)
    scanner = L.StartScanner(PATTERNS)
    not_analysed = [p.pattern for k, p in enumerate(PATTERNS) if k not in scanner.analysed]
    assert not_analysed == [L.whole_words(["\u017fides"]).pattern]  # the long s: cannot be compared lowered
    checked = 0
    for _ in range(400):
        text = random_text(rng)
        found = scanner.find(text)
        for pattern, starts in zip(PATTERNS, found):
            if starts is None:  # the text's case folding is not trusted: the caller runs the regex everywhere
                continue
            for pos in range(len(text)):  # every match anywhere, not only finditer's
                m = pattern.match(text, pos)
                if m is not None and m.end() > m.start():
                    assert pos in starts, (pattern.pattern, text, pos)
                    checked += 1
            assert [(m.span(), m.groups()) for m in L.matches_from(pattern, text, starts)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text) if m.end() > m.start()]
    assert checked > 1000


def test_random_texts_same_on_both_paths():
    rng = random.Random(7)
    for _ in range(300):
        text = random_text(rng)
        units = whole_units(text)
        assert L.match_each_rule(text, RULES, units) == exact(text, RULES, units), text


def test_matches_from_replays_finditer_with_bounds():
    pattern = PATTERNS[-5]  # the number regex above
    text = "about 5 and at least € 20, some 1999; a dozen\nabout 7"
    starts = L.StartScanner([pattern]).find(text)[0]
    for pos in range(len(text)):
        for endpos in range(pos, len(text) + 1, 3):
            got = [(m.span(), m.groupdict()) for m in L.matches_from(pattern, text, starts, pos, endpos)]
            assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)], (pos, endpos)


def test_plan_follows_changes_to_the_rules():
    rules = [{"name": "r", "terms": {"a": ["alpha"], "b": ["alpha beta"]}}]
    text = "alpha beta"
    assert [h["term"] for h in L.match_each_rule(text, rules, [(0, 10)])[0]] == ["b"]
    rules[0]["terms"]["b"] = ["gamma"]  # changed in place: the cached plan must not be reused
    assert [h["term"] for h in L.match_each_rule(text, rules, [(0, 10)])[0]] == ["a"]
    rules[0]["terms"] = {"b": ["alpha"], "a": ["alpha"]}  # same contents, other order: "b" is now first
    assert [h["term"] for h in L.match_each_rule(text, rules, [(0, 10)])[0]] == ["b"]


def test_default_codebook_patterns_are_all_analysed():
    """Not required for correctness, but a rule that falls back to the exact path is slow."""
    codebook = default_codebook()
    for rule in codebook["frames"] + codebook["naming"]:
        for term, pattern in L.compile_rule(rule):
            assert L.start_prefixes(pattern) is not None, (rule["name"], term)


def test_match_rules_and_generators():
    text, units = TEXTS[0] + "\n" + TEXTS[1], whole_units(TEXTS[0] + "\n" + TEXTS[1])
    by_rule = exact(text, RULES[:3], units)
    expected = sorted(((hit, k) for k, hits in enumerate(by_rule) for hit in hits),
                      key=lambda pair: (pair[0]["start"], pair[1], pair[0]["end"]))
    assert L.match_rules(text, iter(RULES[:3]), units) == [hit for hit, _ in expected]
    assert L.match_each_rule(text, (rule for rule in RULES[:3]), units) == by_rule
