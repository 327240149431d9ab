"""The manifest schema (load/schema.py): validate lists every problem; export and info give one line (issues 13, 14)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.cli import main
from corpus_tools.load.repair import decode_document

TEXT = "The council voted on Tuesday. \u201cIt is a good budget,\u201d the mayor said. Critics disagreed.\n"


def corpus(folder: Path, body: str, files: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = files if files is not None else {"a.txt": TEXT.encode()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "corpus.toml").write_text(body, encoding="utf-8")
    return folder


def entry(doc_id="a", file="a.txt", data=TEXT.encode(), **extra) -> str:
    fields = {"id": doc_id, "file": file, "sha256": hashlib.sha256(data).hexdigest(), "outlet": "Gazette",
              "published": "2025-02-12", **extra}
    lines = []
    for k, v in fields.items():
        lines.append(f"{k} = {v}" if isinstance(v, int) or (isinstance(v, str) and v.startswith("@")) else f'{k} = "{v}"')
    return "[[documents]]\n" + "\n".join(l.replace("= @", "= ") for l in lines) + "\n"


# name -> (manifest, a phrase validate must print, whether a load (export) still runs)
CASES = {
    "misspelled key": (entry(outlett="Gazette"), "unknown key 'outlett'; did you mean 'outlet'?", True),
    "date in words": (entry(published="4 March 2026"), "'4 March 2026' is not an ISO 8601 date", True),
    "yesterday": (entry(published="yesterday"), "'yesterday' is not an ISO 8601 date", True),
    "duplicate url": (entry(url="https://x.example/a") + entry("b", url="https://x.example/a"), "is also the url of documents entry 1", True),
    "outlet spellings": (entry(outlet="The Gazette") + entry("b", outlet="the  gazette"), "one outlet spelled 2 ways", True),
    "encoding = 7": (entry(encoding=7), "encoding must be a string, not integer 7", False),
    "unknown encoding": (entry(encoding="klingon"), "unknown encoding 'klingon'", False),
    "encoding with NUL": (entry(encoding="\\u0000"), "unknown encoding '\\x00'", False),
    "bytes-to-bytes codec": (entry(encoding="base64"), "unknown encoding 'base64'", False),
    "pattern = 5": (entry() + '[[codebook.boilerplate]]\nname = "x"\npattern = 5\n', "pattern must be a string, not integer 5", False),
    "actor without name": (entry() + '[[codebook.actors]]\naliases = ["Doe"]\n', "codebook.actors entry 1: lacks name", False),
    "aliases not strings": (entry() + '[[codebook.actors]]\nname = "Jane"\naliases = [1, 2]\n', "aliases must be an array of strings", False),
    "id with newline": (entry(doc_id="a\\nb"), "id contains a control character ('\\n')", False),
    "id with NUL": (entry(doc_id="a\\u0000b"), "id contains a control character ('\\x00')", False),
    "title a number": (entry(title=12), "title must be a string, not integer 12", False),
    "deep nesting": (entry() + "[codebook]\nx = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply", False),
    "moderate nesting": (entry() + "[codebook]\nx = " + "[" * 40 + "]" * 40 + "\n", "nested too deeply", False),
    "unknown codebook section": (entry() + '[[codebook.actorz]]\nname = "x"\n', "unknown section 'actorz'; did you mean 'actors'?", True),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_validate_and_export(tmp_path, capsys, case):
    body, phrase, loads = CASES[case]
    folder = corpus(tmp_path / "c", body, {"a.txt": TEXT.encode(), "b.txt": TEXT.encode()} if "entry(\"b\"" in case or "b" in body.split("id = ")[-1][:3] else None)
    if 'id = "b"' in body:
        (folder / "b.txt").write_bytes(TEXT.encode())
        (folder / "corpus.toml").write_text(body.replace('file = "a.txt"\nsha256', 'file = "a.txt"\nsha256', 1).replace(
            'id = "b"\nfile = "a.txt"', 'id = "b"\nfile = "b.txt"'), encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    err = capsys.readouterr().err
    assert phrase in err, err
    assert "Traceback" not in err
    code = main(["export", "documents", str(folder)])
    out, err = capsys.readouterr()
    if loads:
        assert code == 0 and out.startswith("doc_id,")
        warnings = err.strip().splitlines()
        assert warnings and all(w.startswith("corpus-tools: warning: ") for w in warnings)
    else:
        assert code == 2 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("corpus-tools: error: ") and "corpus.toml" in lines[0]


def test_init_blanks_fail_validate_unless_allowed(tmp_path, capsys):
    src = tmp_path / "story.txt"
    src.write_text(TEXT)
    assert main(["init", str(tmp_path / "c"), str(src)]) == 0
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    for key in ("outlet", "published", "url", "title", "description"):
        assert f"{key} is blank" in err
    assert main(["validate", str(tmp_path / "c"), "--allow-incomplete"]) == 0
    captured = capsys.readouterr()
    assert "ok" in captured.out and "warning: " in captured.err
    assert main(["export", "documents", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    kinds = [line.split(": ")[3] for line in err]
    assert len(kinds) == len(set(kinds))  # one line per kind of problem


def test_init_with_odd_file_names_is_one_line_and_leaves_nothing(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    bad = os_bytes_name(src, b"caf\xe9.txt")
    run = subprocess.run([sys.executable, "-m", "corpus_tools", "init", str(tmp_path / "c").encode(), bad], capture_output=True)
    assert run.returncode == 2 and b"Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert b"not valid UTF-8" in run.stderr and not (tmp_path / "c" / "corpus.toml").exists()
    good = src / "caf\u00e9.txt"
    good.write_text(TEXT)
    assert main(["init", str(tmp_path / "d"), str(good)]) == 0
    assert corpus_tools.validate_corpus(tmp_path / "d", allow_incomplete=True) == []


def os_bytes_name(folder: Path, name: bytes) -> bytes:
    import os

    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as fh:
        fh.write(TEXT.encode())
    return path


def test_a_non_utf8_corpus_path_is_one_line(tmp_path):
    import os

    folder = os.path.join(os.fsencode(tmp_path), b"corp\xffus")
    run = subprocess.run([sys.executable, "-m", "corpus_tools", "info", folder], capture_output=True)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1 and b"corpus folder not found" in run.stderr
    out = os.path.join(os.fsencode(tmp_path), b"out\xff.csv")
    run = subprocess.run([sys.executable, "-m", "corpus_tools", "export", "documents", "-o", out], capture_output=True)
    assert run.returncode == 0, run.stderr
    assert os.path.exists(out)


# ---------------------------------------------------------------- decoding (issue 13 item 4, issue 14 item 6)

def test_one_bad_byte_in_utf8_stays_utf8_with_a_recorded_repair():
    text = ("\u201cWe will not,\u201d he said. Caf\u00e9 talks went on. " * 20)
    data = text.encode("utf-8")
    data = data.replace(b" talks", b" \x93talks", 1)  # one stray cp1252 quote mark
    decoded = decode_document(data, "x.txt")
    assert decoded.note.startswith("utf-8 (1 invalid")
    assert decoded.text.count("\ufffd") == 1 and "\u201cWe will not,\u201d" in decoded.text
    assert len(decoded.invalid) == 1 and decoded.invalid[0].guess == "\u201c" and decoded.invalid[0].data == b"\x93"
    assert data.decode("utf-8", errors="replace") == decoded.text  # the recorded decoding gives the raw text back


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_32_without_a_bom_are_detected(codec):
    decoded = decode_document(TEXT.encode(codec), "x.txt")
    assert decoded.text == TEXT and decoded.note.startswith(codec)


def test_cp1252_is_preferred_to_cp1250_and_the_guess_is_named(tmp_path, capsys):
    text = "The bridge will cost \u00a312.4 million, said Ana\u00efs Dupont. Caf\u00e9 \u00e0 la cr\u00e8me.\n"
    data = text.encode("cp1252")
    decoded = decode_document(data, "x.txt")
    assert decoded.text == text and decoded.note == "cp1252 (detected)" and 0 < decoded.confidence <= 1
    folder = corpus(tmp_path / "c", entry(data=data), {"a.txt": data})
    assert main(["validate", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "encoding guessed as cp1252" in err and "\u00a3" in err and "a.txt" in err
