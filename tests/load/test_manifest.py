"""corpus-tools init: a starter manifest that validates (manifest.py)."""
from __future__ import annotations

import tomllib

import corpus_tools
from corpus_tools.cli import main
from test_extract import PAGE
from conftest import REPO


def test_init_writes_a_manifest_that_validates(tmp_path, capsys):
    page = tmp_path / "src" / "Mayor Story.html"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    seed = REPO / "seeds" / "001_155c69f4b61cf4ba.txt"
    assert main(["init", str(tmp_path / "c"), str(page), str(seed)]) == 0
    manifest = tomllib.loads((tmp_path / "c" / "corpus.toml").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in manifest["documents"]}
    assert set(docs) == {"mayor-story", "001-155c69f4b61cf4ba"}
    assert docs["001-155c69f4b61cf4ba"]["outlet"] == "FreeBase News"  # from "Discover more from FreeBase News"
    assert docs["mayor-story"]["title"] == "Mayor rejects bridge plan"
    assert (tmp_path / "c" / "001_155c69f4b61cf4ba.txt").read_bytes() == seed.read_bytes()
    assert corpus_tools.validate_corpus(tmp_path / "c", allow_incomplete=True) == []
    # what init could not guess is blank, and validate lists every blank
    blanks = corpus_tools.validate_corpus(tmp_path / "c")
    assert blanks and all("blank" in p.problem or "missing" in p.problem for p in blanks)
    assert main(["validate", str(tmp_path / "c")]) == 1
    capsys.readouterr()
    # a second init does not overwrite
    assert main(["init", str(tmp_path / "c"), str(seed)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_init_rejects_unknown_files(tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "a.pdf")]) == 2
    assert "unsupported file type '.pdf'" in capsys.readouterr().err
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "missing.txt")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_init_refuses_two_files_with_one_name(tmp_path, capsys):
    for sub, text in (("s1", "First story. It is long enough."), ("s2", "Second story, not the same.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(text)
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "s1" / "story.txt"), str(tmp_path / "s2" / "story.txt")]) == 2
    assert "has the same file name as" in capsys.readouterr().err
    assert not (tmp_path / "c" / "story.txt").exists()  # nothing copied


def test_init_never_overwrites_a_different_file(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "story.txt").write_text("The article already in the corpus.")
    (tmp_path / "story.txt").write_text("Another article with the same name.")
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "story.txt")]) == 2
    assert "already exists with other content" in capsys.readouterr().err
    assert (tmp_path / "c" / "story.txt").read_text() == "The article already in the corpus."
