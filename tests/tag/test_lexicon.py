"""Lexicon matching (naming, frames): whole words, leftmost-longest, per paragraph.

The reference here is the plain definition, written out in the test: every
term's regex run with ``finditer`` over every paragraph, overlaps resolved
leftmost, then longest, then first term. The package's matcher skips
paragraphs a joined regex shows to have no hit; it must give the same rows.
"""
from __future__ import annotations

import re

import pytest

import corpus_tools
from conftest import corpus_params
from corpus_tools.codebook import compile as compile_codebook, default_codebook
from corpus_tools.tag import lexicon as L


def exact(text, rules, units):
    """The definition: each term's regex over each unit, leftmost-longest, no shortcuts."""
    out = []
    for rule in rules:
        rule = dict(rule)
        flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
        context = re.compile(rule["context"], re.IGNORECASE) if rule.get("context") else None
        rows = []
        for us, ue in units:
            window = text[us:ue]
            if context is not None and not context.search(window):
                continue
            found = []
            for order, (term, patterns) in enumerate(rule["terms"].items()):
                patterns = [patterns] if isinstance(patterns, str) else patterns
                regex = re.compile("(?<![\\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")(?![\\w])", flags)
                found += [(m.start(), -(m.end() - m.start()), order, term, m.end()) for m in regex.finditer(window) if m.end() > m.start()]
            last = -1
            for s, _, _, term, e in sorted(found):
                if s >= last:
                    rows.append({"start": us + s, "end": us + e, "text": window[s:e], "term": term, "rule": rule["name"]})
                    last = e
        out.append(rows)
    return out


def whole_units(text):
    """One unit per line, as paragraphs are."""
    units, start = [], 0
    for line in text.split("\n"):
        units.append((start, start + len(line)))
        start += len(line) + 1
    return units


@pytest.mark.parametrize("folder", corpus_params())
def test_matcher_equals_the_definition_on_every_corpus(folder):
    corpus = corpus_tools.load_corpus(folder)
    for key in ("naming", "frames"):
        compiled = L.compiled_section(corpus.codebook, key)
        assert compiled is getattr(corpus.codebook, key)  # compiled once, with the corpus
        raw = corpus.codebook.get(key, ())
        for doc in corpus:
            units = L.text_units(doc)
            assert L.match_each_rule(doc.clean_text, compiled, units) == exact(doc.clean_text, raw, units), (doc.doc_id, key)


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
def test_crafted_texts_match_the_definition(text):
    units = whole_units(text)
    assert L.match_each_rule(text, RULES, units) == exact(text, RULES, units)
    for rule in RULES:
        assert L.match_rule(text, rule, units) == exact(text, [rule], units)[0]


def test_a_match_across_a_paragraph_break_does_not_hide_hits():
    rule = {"name": "r", "terms": {"both sides": ["both\\s+sides"], "war": ["war"]}}
    text = "they said both\nsides of the war"
    assert L.match_rule(text, rule, whole_units(text)) == exact(text, [rule], whole_units(text))[0]
    assert [h["text"] for h in L.match_rule(text, rule, whole_units(text))] == ["war"]


@pytest.mark.parametrize("rule,message", [
    ({"name": "bad", "terms": {"x": ["(unclosed"]}}, "lexicon rule 'bad', term 'x': bad regex"),
    ({"name": "empty", "terms": {}}, "lexicon rule 'empty': 'terms' must be a table"),
    ({"name": "num", "terms": {"x": [5]}}, "lexicon rule 'num', term 'x': patterns must be strings"),
    ({"name": "ctx", "context": "(", "terms": {"x": ["x"]}}, "lexicon rule 'ctx': bad context regex"),
])
def test_bad_rules_are_named(rule, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        L.compile_rule(rule)


def test_codebook_compiles_every_lexicon_rule_once():
    rules = compile_codebook(default_codebook())
    assert [r.name for r in rules.naming] == [r["name"] for r in default_codebook()["naming"]]
    assert all(isinstance(r, L.LexiconRule) for r in rules.frames)
    with pytest.raises(TypeError):
        rules["naming"][0]["terms"]["new"] = ["x"]  # frozen: a tagger cannot change the rules


def test_crafted_hits():
    text = TEXTS[0]
    hits = L.match_rule(text, RULES[0], whole_units(text))
    assert [h["text"] for h in hits] == ["War", "war", "WARS", "warned", "warfare", "war", "war", "war"]
    text = TEXTS[5]
    hits = [(h["term"], h["text"]) for h in L.match_rule(text, RULES[8], whole_units(text))]
    assert hits == [("ärger", "Ärger"), ("ärger", "ÄRGER"), ("kyiv cyr", "КИЇВ"), ("kyiv cyr", "Київ"),
                    ("café", "CAFÉ"), ("café", "Café")]
    assert [h["text"] for h in L.match_rule(text, RULES[7], whole_units(text))] == ["$5", "10 dollars", "€5", "€ 20"]  # not "£3": a digit follows


def test_match_rules_and_generators():
    text, units = TEXTS[0] + "\n" + TEXTS[1], whole_units(TEXTS[0] + "\n" + TEXTS[1])
    by_rule = exact(text, RULES[:3], units)
    expected = sorted(((hit, k) for k, hits in enumerate(by_rule) for hit in hits),
                      key=lambda pair: (pair[0]["start"], pair[1], pair[0]["end"]))
    assert L.match_rules(text, iter(RULES[:3]), units) == [hit for hit, _ in expected]
    assert L.match_each_rule(text, (rule for rule in RULES[:3]), units) == by_rule


@pytest.mark.parametrize("text", TEXTS)
def test_crafted_texts_on_re2_match_the_definition(text):
    """A corpus's rule runs on RE2 (whole words without lookarounds): the same rows as the definition on re."""
    from corpus_tools.codebook.compiled import compile_rule
    from corpus_tools.codebook.safe import UnsafePattern, check

    def runs_on_re2(rule):
        try:
            for pats in rule["terms"].values():
                for p in [pats] if isinstance(pats, str) else pats:
                    check(p)
            return True
        except UnsafePattern:
            return False

    if "\u0130" in text:
        pytest.xfail("RE2 folds case by Unicode simple case folding: 'İ' does not match 'i' as in Python re (documented)")
    units = whole_units(text)
    safe = [rule for rule in RULES if runs_on_re2(rule)]
    assert len(safe) >= len(RULES) - 2
    for rule in safe:
        assert L.match_rule(text, compile_rule(rule, trusted=False), units) == exact(text, [rule], units)[0], rule["name"]
