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
    assert corpus_tools.validate_corpus(tmp_path / "c") == []
    # a second init does not overwrite
    assert main(["init", str(tmp_path / "c"), str(seed)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_init_rejects_unknown_files(tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "a.pdf")]) == 2
    assert "unsupported file type '.pdf'" in capsys.readouterr().err
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "missing.txt")]) == 2
    assert "file not found" in capsys.readouterr().err
