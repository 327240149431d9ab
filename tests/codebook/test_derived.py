"""What a tagger derives from the codebook is built once per compiled codebook (Rules.derived)."""
from __future__ import annotations

import pickle

import pytest

from corpus_tools.codebook import Rules, compile, default_codebook, derived_value
from corpus_tools.tag.mentions import mention_rules
from corpus_tools.tag.quotes.attribution import context_patterns, speech_verbs


def test_a_compiled_codebook_builds_each_derived_value_once():
    rules = compile(default_codebook())
    calls = []

    def build(codebook):
        calls.append(codebook)
        return len(codebook["speech_verbs"])

    first = derived_value(rules, "test.verb_count", build)
    assert derived_value(rules, "test.verb_count", build) == first == len(rules["speech_verbs"])
    assert calls == [rules]
    derived_value(rules, "test.other", build)  # another name is another value
    assert len(calls) == 2


def test_a_plain_mapping_is_built_for_every_call_and_never_annotated():
    book = {"speech_verbs": [{"name": "say", "forms": ["said"]}]}
    calls = []
    for _ in range(2):
        assert derived_value(book, "test.n", lambda cb: calls.append(1) or len(cb["speech_verbs"])) == 1
    assert len(calls) == 2
    assert set(book) == {"speech_verbs"}


def test_derived_values_do_not_travel_with_a_pickle():
    rules = compile(default_codebook())
    derived_value(rules, "test.marker", lambda cb: object())
    again = pickle.loads(pickle.dumps(rules))
    calls = []
    derived_value(again, "test.marker", lambda cb: calls.append(1))
    assert calls == [1]
    assert again.to_dict() == rules.to_dict()


def test_rules_stay_read_only():
    rules = compile(default_codebook())
    with pytest.raises(AttributeError):
        rules._derived = {}


def test_the_taggers_tables_are_kept_with_the_compiled_codebook():
    rules = compile(default_codebook())
    assert mention_rules(rules) is mention_rules(rules)
    assert speech_verbs(rules) is speech_verbs(rules)
    assert context_patterns(rules) is context_patterns(rules)
    # a plain codebook gives equal tables (the same lists, compiled through the contents-keyed caches)
    plain = default_codebook()
    assert mention_rules(plain) == mention_rules(rules)
    assert speech_verbs(plain)[0].pattern == speech_verbs(rules)[0].pattern


# ---------------------------------------------------------------- compiled once per receiving process

def test_a_process_compiles_rules_it_receives_once():
    """Every batch a worker receives carries the rules; the second and later batches get the copy compiled
    for the first, with the values derived from it (compiling took a fifth of a worker's time)."""
    book = default_codebook()
    book["frames"] = book["frames"][:3]  # rules no other test has sent: this test sees the first receipt
    blob = pickle.dumps(compile(book))
    first = pickle.loads(blob)
    first.derived("test.received", lambda r: object())
    again = pickle.loads(blob)
    assert again is first
    assert "test.received" in again._derived
    assert again.to_dict() == compile(book).to_dict()


def test_different_rules_are_compiled_apart():
    book = default_codebook()
    other = default_codebook()
    other["frames"] = other["frames"][:1]
    a, b = pickle.loads(pickle.dumps(compile(book))), pickle.loads(pickle.dumps(compile(other)))
    assert a is not b
    assert len(a.frames) == len(book["frames"]) and len(b.frames) == 1


def test_a_process_keeps_only_a_few_received_codebooks():
    from corpus_tools.codebook import loader

    for n in range(loader._RECEIVED_KEPT + 3):
        book = default_codebook()
        book["frames"] = book["frames"][: n + 1]
        pickle.loads(pickle.dumps(compile(book)))
    assert len(loader._RECEIVED) == loader._RECEIVED_KEPT
