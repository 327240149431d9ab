"""Decoding and encoding repair (repair.py)."""
from __future__ import annotations

import re

import pytest

from corpus_tools import DocumentError, default_codebook
from corpus_tools.load.repair import decode_bytes, repair_text

THAI = re.compile("[\u0e00-\u0e7f]")


def _repaired(text: str) -> str:
    return "".join(p.text for p in repair_text(text, default_codebook()["repair"]))


def test_no_thai_letter_left_in_any_clean_text(seeds):
    for doc in seeds:
        assert not THAI.search(doc.clean_text), doc.doc_id
    assert THAI.search(seeds["freebase-news"].raw_text)


def test_seed_001_repairs_are_recorded(seeds):
    repairs = seeds.table("repairs")
    assert list(repairs.doc_id.unique()) == ["freebase-news"]
    assert sorted(zip(repairs.before, repairs.after, repairs.rule)) == [
        ("ย ", "\u00a0", "cp874_no_break_space"), ("โ", "’", "cp874_right_single_quote")]
    doc = seeds["freebase-news"]
    assert "I don’t know, we will see." in doc.clean_text
    for row in repairs.itertuples():
        assert doc.clean_text[row.start:row.end] == row.after
        assert doc.raw_text[row.raw_start:row.raw_end] == row.before


@pytest.mark.parametrize("damaged,fixed", [
    ("Ukraineโs Kursk holdings", "Ukraine’s Kursk holdings"),
    ("governance.ย Russia supported", "governance.\u00a0Russia supported"),
    ("donâ€™t know", "don’t know"),  # UTF-8 read as cp1252: ftfy's own repair
    ("â€œWe will swap one territory for another,â€\x9d he said", "“We will swap one territory for another,” he said"),
])
def test_mojibake_is_repaired(damaged, fixed):
    assert _repaired(damaged) == fixed


@pytest.mark.parametrize("text", [
    "“We will swap one territory for another,” Zelensky said.",  # curly quotes are house style: kept
    "He said \"no\" -- and left...",
    "ภาษาไทย กรุงเทพ",  # real Thai text is left alone
    "ﬁnal ＡＢＣ",  # ligatures and full-width forms are not normalised
])
def test_clean_text_is_left_alone(text):
    assert _repaired(text) == text


def test_decode_cp1252_is_detected_and_recorded(tmp_path):
    data = "Zelensky’s “swap” offer, café, naïve — 5 km²".encode("cp1252", errors="replace") * 3
    text, note = decode_bytes(data, tmp_path / "a.txt")
    assert "Zelensky’s “swap” offer" in text
    assert note.endswith("(detected)")


def test_declared_encoding_is_used(tmp_path):
    data = "Peskov’s answer: «non»".encode("cp1252")
    text, note = decode_bytes(data, tmp_path / "a.txt", declared="cp1252")
    assert text == "Peskov’s answer: «non»" and note == "cp1252 (declared)"


@pytest.mark.parametrize("data,problem", [
    (b"", "empty file"),
    (b"  \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_unreadable_bytes_raise(tmp_path, data, problem):
    with pytest.raises(DocumentError, match=problem):
        decode_bytes(data, tmp_path / "bad.txt")


def test_declared_utf16_is_not_mistaken_for_binary(tmp_path):
    data = "Peskov said the swap was “impossible”.".encode("utf-16")
    text, note = decode_bytes(data, tmp_path / "a.txt", declared="utf-16")
    assert text == "Peskov said the swap was “impossible”." and note == "utf-16 (declared)"


# ftfy is only asked about lines it could change (repair._ftfy_cannot_change):
# the shortcut must never skip a line ftfy would have fixed.
MOJIBAKE_LINES = [
    "donâ€™t know\n", "â€œWe will swap,â€\x9d he said", "cafÃ©", "SchrÃ¶dinger", "a\x85b", "Ã\xa0 la carte",
    "x\ud800y", "naÃ¯ve rÃ©sumÃ©", "Ð Ð¾Ñ\x81Ñ\x81Ð¸Ñ\x8f",
]


def _corpus_lines():
    from pathlib import Path

    import corpus_tools

    here = Path(__file__).resolve().parents[1] / "data"
    for folder in [corpus_tools.seeds_path(), *(here / n for n in ("house_styles", "more_styles", "heldout", "bridge_story", "hostile"))]:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html", ".md") and path.name not in ("README.md", "SOURCES.md"):
                yield from path.read_bytes().decode("utf-8", "surrogateescape").splitlines(keepends=True)


def test_ftfy_shortcut_never_skips_a_line_ftfy_would_change():
    import ftfy

    from corpus_tools.load.repair import _FTFY_CONFIG, _ftfy_cannot_change

    lines = [*_corpus_lines(), *MOJIBAKE_LINES]
    assert len(lines) > 500
    skipped = 0
    for line in lines:
        if _ftfy_cannot_change(line):
            skipped += 1
            assert ftfy.fix_text(line, config=_FTFY_CONFIG) == line, repr(line)
    assert skipped > 0.9 * len(lines)  # the shortcut does save work on real text
    for line in MOJIBAKE_LINES:  # and does not skip what needs fixing
        assert not _ftfy_cannot_change(line), repr(line)
        assert ftfy.fix_text(line, config=_FTFY_CONFIG) != line, repr(line)


def test_ftfy_fix_equals_ftfy_line_by_line():
    import ftfy

    from corpus_tools.load.repair import _FTFY_CONFIG, _ftfy_fix

    text = "".join([*_corpus_lines(), *MOJIBAKE_LINES])
    pieces = _ftfy_fix(text)
    assert "".join(p.raw for p in pieces) == text
    assert "".join(p.text for p in pieces) == "".join(ftfy.fix_text(line, config=_FTFY_CONFIG) for line in text.splitlines(keepends=True))


def test_a_bad_line_is_found_after_a_clean_first_line():
    # ftfy's badness regex has an alternative anchored at the start (^[ÃÂ] ), so a
    # text can look clean as a whole while one of its lines is not.
    text = "Talks resumed on Monday.\nÂ The minister said nothing.\n"
    assert _repaired(text) == "Talks resumed on Monday.\n\u00a0The minister said nothing.\n"
