"""Bad corpora: each gives a clear one-line error naming the file (API and CLI)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.cli import main
from corpus_tools import CorpusError, CorpusProblems, DocumentError, ManifestError

GOOD = "Kremlin spokesman Dmitry Peskov rejected the offer on Wednesday. “Russia has never discussed it,” he said.\n"


def write_corpus(folder: Path, files: dict[str, bytes], entries: list[dict] | None = None, manifest: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if manifest is None:
        if entries is None:
            entries = [{"id": Path(n).stem, "file": n, "sha256": hashlib.sha256(d).hexdigest()} for n, d in files.items()]
        lines = ['[corpus]\nname = "fixture"\n']
        for e in entries:
            lines.append("[[documents]]\n" + "".join(f'{k} = "{v}"\n' for k, v in e.items()))
        manifest = "\n".join(lines)
    if manifest != "<none>":
        (folder / "corpus.toml").write_text(manifest, encoding="utf-8")
    return folder


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


CASES = {
    "empty file": (lambda f: write_corpus(f, {"a.txt": b""}), DocumentError, "a.txt", "empty file"),
    "binary file": (lambda f: write_corpus(f, {"a.txt": b"\x00\x01\x02PK\x03\x04" * 50}), DocumentError, "a.txt", "binary file"),
    "undecodable": (lambda f: write_corpus(f, {"a.txt": bytes(range(128, 256)) * 4}), DocumentError, "a.txt", "not valid UTF-8"),
    "not in manifest": (lambda f: write_corpus(f, {"a.txt": GOOD.encode(), "stray.txt": GOOD.encode()},
                                              entries=[{"id": "a", "file": "a.txt"}]), DocumentError, "stray.txt", "not listed"),
    "missing file": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()},
                                           entries=[{"id": "a", "file": "a.txt"}, {"id": "b", "file": "gone.txt"}]),
                     DocumentError, "gone.txt", "missing"),
    "checksum mismatch": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, entries=[{"id": "a", "file": "a.txt", "sha256": "0" * 64}]),
                          DocumentError, "a.txt", "SHA-256 mismatch"),
    "duplicate id": (lambda f: write_corpus(f, {"a.txt": GOOD.encode(), "b.txt": GOOD.encode()},
                                           entries=[{"id": "same", "file": "a.txt"}, {"id": "same", "file": "b.txt"}]),
                     ManifestError, "corpus.toml", "duplicate document id 'same'"),
    "malformed toml": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, manifest="[[documents]\nid = 'a'\n"),
                       ManifestError, "corpus.toml", "malformed TOML"),
    "missing manifest": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, manifest="<none>"),
                         ManifestError, "corpus.toml", "missing manifest"),
    "bad codebook pattern": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, manifest=(
        f'[[documents]]\nid = "a"\nfile = "a.txt"\nsha256 = "{sha(GOOD.encode())}"\n'
        '[[codebook.boilerplate]]\nname = "bad"\npattern = "(unclosed"\n')),
                             ManifestError, "corpus.toml", "bad pattern '(unclosed'"),
    "codebook rule without pattern": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, manifest=(
        f'[[documents]]\nid = "a"\nfile = "a.txt"\nsha256 = "{sha(GOOD.encode())}"\n'
        '[[codebook.boilerplate]]\nname = "empty"\n')),
                                      ManifestError, "corpus.toml", "rule 'empty' lacks pattern"),
    "corpus not a table": (lambda f: write_corpus(f, {"a.txt": GOOD.encode()}, manifest='corpus = "x"\n[[documents]]\nid = "a"\nfile = "a.txt"\n'),
                           ManifestError, "corpus.toml", "[corpus] must be a table"),
    "entry without file": (lambda f: write_corpus(f, {}, manifest='[[documents]]\nid = "a"\n'),
                           ManifestError, "corpus.toml", "lacks file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_api_raises_a_named_one_line_error(tmp_path, case):
    make, exc_type, filename, problem = CASES[case]
    folder = make(tmp_path / "corpus")
    with pytest.raises(exc_type) as info:
        corpus_tools.load_corpus(folder)
    message = str(info.value)
    assert "\n" not in message
    assert filename in message and problem in message


@pytest.mark.parametrize("case", sorted(CASES))
def test_cli_prints_one_line_and_exits_2(tmp_path, capsys, case):
    make, _, filename, problem = CASES[case]
    folder = make(tmp_path / "corpus")
    for command in (["info", str(folder)], ["export", "sentences", str(folder)]):
        assert main(command) == 2  # an uncaught exception would fail the test here
        out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        assert len(lines) == 1 and filename in lines[0] and problem in lines[0]
        assert out == ""


def test_cli_shows_no_traceback_in_a_real_process(tmp_path):
    folder = CASES["malformed toml"][0](tmp_path / "corpus")
    run = subprocess.run([sys.executable, "-m", "corpus_tools", "info", str(folder)], capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.startswith("corpus-tools: error: ") and len(run.stderr.strip().splitlines()) == 1


def test_validate_lists_every_problem_at_once(tmp_path, capsys):
    good = GOOD.encode()
    folder = write_corpus(tmp_path / "c", {"a.txt": good, "empty.txt": b"", "stray.txt": good, "b.txt": good},
                          entries=[{"id": "a", "file": "a.txt", "sha256": sha(good)}, {"id": "e", "file": "empty.txt"},
                                   {"id": "a", "file": "b.txt"}, {"id": "m", "file": "missing.txt"},
                                   {"id": "x", "file": "b.txt", "sha256": "f" * 64}])
    problems = corpus_tools.validate_corpus(folder, allow_incomplete=True)  # the entries have no outlet or date
    found = sorted(p.problem.split(" (")[0].split(":")[0] for p in problems)
    assert len(problems) == 5, found
    with pytest.raises(CorpusProblems) as info:
        corpus_tools.load_corpus(folder)
    assert len(info.value.problems) == 5 and "and 4 more problem(s)" in str(info.value)
    assert main(["validate", str(folder), "--allow-incomplete"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len([line for line in lines if not line.startswith("warning: ")]) == 6  # five problems and the count


def test_validate_says_ok_for_the_seeds(capsys):
    assert main(["validate", str(corpus_tools.seeds_path())]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_non_utf8_file_that_decodes_is_loaded_and_recorded(tmp_path):
    data = ("Kremlin spokesman Dmitry Peskov said the café talks were “impossible”. " * 4).encode("cp1252")
    folder = write_corpus(tmp_path / "c", {"a.txt": data})
    corpus = corpus_tools.load_corpus(folder)
    doc = corpus["a"]
    assert "café talks were “impossible”" in doc.clean_text
    assert corpus.table("documents").encoding[0].endswith("(detected)")
    corpus_tools.check_document(doc)


def test_error_types_share_a_base():
    assert issubclass(DocumentError, CorpusError) and issubclass(ManifestError, CorpusError)


def test_documentation_files_are_not_documents(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD.encode(), "README.md": b"# about", "SOURCES.md": b"where from"})
    (folder / "corpus.toml").write_text((folder / "corpus.toml").read_text().replace('name = "fixture"', 'name = "fixture"\nignore = ["notes-*.txt"]'))
    (folder / "notes-1.txt").write_text("my notes")
    (folder / "README.md").unlink()
    (folder / "README.md").write_text("# about")
    assert corpus_tools.validate_corpus(folder, allow_incomplete=True) == []


def test_unwritable_output_is_one_line(tmp_path, capsys):
    assert main(["export", "documents", "-o", str(tmp_path / "no" / "such" / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("corpus-tools: error: ") and "x.csv: No such file or directory" in err
    assert len(err.strip().splitlines()) == 1
