"""A corpus's own codebook regexes run in linear time (RE2) or are refused with their name."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from corpus_tools.codebook import CodebookError, codebook_problems, compile, default_codebook, merge_codebooks
from corpus_tools.codebook.safe import UnsafePattern, check, compile_bounded, compile_safe

EVIL = "(a+)+$"
LINE = "a" * 100_000 + "!"


def _corpus(tmp_path: Path, codebook: str, text: str) -> Path:
    folder = tmp_path / "c"
    folder.mkdir(parents=True)
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    (folder / "corpus.toml").write_text(
        '[corpus]\nname = "evil"\n\n[[documents]]\nid = "doc"\nfile = "doc.txt"\noutlet = "Outlet"\n'
        'published = "2025-02-12"\ntitle = "A title"\n\n' + codebook, encoding="utf-8")
    return folder


EVIL_CODEBOOK = f'''
[[codebook.boilerplate]]
name = "evil_chrome"
pattern = '{EVIL}'
where = "anywhere"
search = true

[[codebook.repair]]
name = "evil_repair"
pattern = '{EVIL}'
replacement = "x"

[[codebook.naming]]
name = "evil_naming"
terms = {{ a = ['{EVIL}'] }}
context = '{EVIL}'

[[codebook.claim_counts]]
name = "evil_count"
quantity = "killed"
cue = '{EVIL}'

[[codebook.claim_subjects]]
name = "evil_subject"
quantities = ["number"]
context = '{EVIL}'
cue = '{EVIL}'
'''


def _load_time(folder: Path) -> tuple[float, object]:
    from corpus_tools import load_corpus

    started = time.perf_counter()
    corpus = load_corpus(folder)
    corpus.table("naming")
    corpus.table("claims")
    return time.perf_counter() - started, corpus


def test_catastrophic_pattern_loads_a_100kb_adversarial_line_fast(tmp_path):
    text = "Some body text with 12 people killed.\n\n" + LINE + "\n\nMore text, 5 people.\n"
    baseline, _ = _load_time(_corpus(tmp_path / "plain", "", text))  # the same text, the package's rules only
    elapsed, corpus = _load_time(_corpus(tmp_path / "evil", EVIL_CODEBOOK, text))
    # Python re took past 200 s on 33 characters; on RE2 the corpus rules add well under a second.
    assert elapsed - baseline < 1.0, (elapsed, baseline)
    assert (corpus.table("removed")["rule"] != "evil_chrome").all()  # "$": the line ends with "!"
    assert "evil_naming" not in set(corpus.table("naming")["rule"])


def test_the_regexes_alone_finish_in_well_under_a_second():
    started = time.perf_counter()
    assert compile_safe(EVIL).search(LINE) is None
    assert list(compile_bounded(EVIL).finditer(LINE)) == []
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("pattern, why", [
    (r"(?<!x)war", "lookaround"), (r"war(?=s)", "lookaround"), (r"(a)\1", "backreference"),
    (r"(?P<n>a)(?P=n)", "backreference"), (r"(?>a)", "atomic"),
])
def test_lookarounds_and_backreferences_are_refused(pattern, why):
    with pytest.raises(UnsafePattern, match=why):
        check(pattern)


@pytest.mark.parametrize("section, rule, where", [
    ("naming", {"name": "bad_naming", "terms": {"war": [r"war(?!s)"]}}, "terms.war"),
    ("frames", {"name": "bad_frame", "frame": "x", "question": "?", "terms": {"t": ["t"]}, "context": r"(?<=a)b"}, "context"),
    ("boilerplate", {"name": "bad_chrome", "pattern": r"(\w+) \1"}, "pattern"),
    ("claim_subjects", {"name": "bad_subject", "cue": r"x(?=y)", "context": "z"}, "cue"),
    ("claim_units", {"name": "bad_unit", "pattern": r"(km)\1", "unit": "km", "unit_normalized": "km",
                     "quantity": "distance", "factor": 1.0}, "pattern"),
    ("speech_verbs", {"name": "bad_verb", "stance": "neutral", "pattern": "says"}, "pattern"),
])
def test_a_refused_rule_is_named(section, rule, where):
    problems = codebook_problems({section: [rule]})
    assert len(problems) == 1, problems
    assert f"[[codebook.{section}]]" in problems[0] and repr(rule["name"]) in problems[0] and where in problems[0]
    with pytest.raises(CodebookError, match=rule["name"]):
        compile(merge_codebooks(default_codebook(), {section: [rule]}))


def test_the_package_rules_are_vetted_and_pass():
    assert codebook_problems(default_codebook()) == []
    compile(default_codebook())


def test_validate_lists_the_refused_rule(tmp_path):
    from corpus_tools.load.corpus import examine_corpus

    codebook = '''
[[codebook.naming]]
name = "lookbehind_rule"
terms = { war = ['(?<!post-)war'] }

[[codebook.claim_subjects]]
name = "backref_rule"
quantities = ["number"]
context = 'x'
cue = '(a)\\1'
'''
    folder = _corpus(tmp_path, codebook, "A line of text about war.\n")
    problems = [str(p) for p in examine_corpus(folder).problems]
    assert any("lookbehind_rule" in p and "lookaround" in p and "corpus.toml" in p for p in problems), problems
    assert any("backref_rule" in p and "backreference" in p for p in problems), problems
    assert all("\n" not in p for p in problems)


def test_cli_validate_names_the_rule(tmp_path, capsys):
    from corpus_tools.cli import main

    folder = _corpus(tmp_path, '[[codebook.boilerplate]]\nname = "peek"\npattern = "x(?=y)"\n', "Text.\n")
    try:
        code = main(["validate", str(folder)])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    assert code != 0
    assert any("'peek'" in line and "lookaround" in line for line in (out.out + out.err).splitlines())


WORD = r"(?<![\w])"
END = r"(?![\w])"
TEXTS = ["war wars warsaw post-war war’s award", "Zelenskyy’s Zelensky, Zelenskiy!", "Київ війна війни", "$5 $ 5 x$y", "",
         "a b  ab ba aba", "counter-offensive offensives"]


@pytest.mark.parametrize("pattern", ["wars?", "war|warship", "a|ab|b", r"війн\w", r"\$\d+", r"\$", "counter-?offensives?",
                                     r"(?P<v>ab)|b", r"\w+", r"[\w’'-]+s"])
def test_whole_words_on_re2_match_python(pattern):
    python = re.compile(f"{WORD}(?:{pattern}){END}", re.I)
    safe = compile_bounded(pattern, True)
    plain = compile_safe(pattern, True)
    for text in TEXTS:
        for pos in range(len(text) + 1):
            assert [m.span() for m in safe.finditer(text, pos)] == [m.span() for m in python.finditer(text, pos) if m.end() > m.start()]
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in re.finditer(pattern, text, re.I)]


def test_python_unicode_classes_are_kept():
    assert compile_safe(r"\w+").search("  Київ").group() == "Київ"
    assert compile_safe(r"\d+").search("x ٣٤").group() == "٣٤"
    assert compile_safe(r"a\sb").search("a\u00a0b")
    assert compile_safe(r"(?P<value>[^,]+),").search("é, x").groupdict() == {"value": "é"}
    m = compile_safe(r"(?P<a>Ã©)(x)").search("zÃ©x")
    assert m.expand(r"é\2’") == "éx’" and m.span(2) == (3, 4)


def test_seeds_rules_go_through_re2_and_the_defaults_do_not():
    from corpus_tools.codebook.safe import BoundedRegex, SafeRegex
    from corpus_tools.load.corpus import read_manifest, seeds_path

    rules = compile(merge_codebooks(default_codebook(), read_manifest(seeds_path()).get("codebook", {})))
    by_name = {r.name: r for r in rules.naming}
    assert isinstance(by_name["zelensky_spelling"].terms[0][1], BoundedRegex) if "zelensky_spelling" in by_name else True
    assert any(isinstance(cue, SafeRegex) for _, cue, _ in rules.claims.subjects)
    assert all(isinstance(p, re.Pattern) for _, p in rules.claims.units)
