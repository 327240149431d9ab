"""The command line (cli.py)."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from corpus_tools.cli import main


def test_info_lists_every_document(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "corpus kursk-swap-2025: 5 documents"
    assert out[1].startswith("real-news-not-bs") and "Real News Not BS" in out[1]
    assert "Russia Dismisses Proposal" in out[3]


@pytest.mark.parametrize("table", ["documents", "paragraphs", "sentences", "removed", "repairs"])
def test_export_csv_matches_the_table(capsys, seeds, table):
    assert main(["export", table]) == 0
    exported = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
    assert list(exported.columns) == list(seeds.table(table).columns)
    assert len(exported) == len(seeds.table(table))


def test_export_json_and_parquet(tmp_path, seeds):
    assert main(["export", "documents", "--format", "json", "-o", str(tmp_path / "d.json")]) == 0
    records = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in records] == seeds.doc_ids
    assert records[3]["url"].startswith("https://kyivindependent.com/")
    assert main(["export", "sentences", "--format", "parquet", "-o", str(tmp_path / "s.parquet")]) == 0
    assert pd.read_parquet(tmp_path / "s.parquet").equals(seeds.table("sentences"))


@pytest.mark.parametrize("argv,message", [
    (["export", "nope"], "unknown table 'nope'"),
    (["export", "sentences", "--format", "parquet"], "needs -o FILE"),
    (["info", "/no/such/folder"], "corpus folder not found"),
])
def test_usage_mistakes_are_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_tables_markdown_describes_every_column(capsys):
    from corpus_tools import TABLES

    assert main(["tables", "--markdown"]) == 0
    out = capsys.readouterr().out
    for name, spec in TABLES.items():
        assert f"### `{name}`" in out
        for col in spec.columns:
            assert f"| `{col}` |" in out


def test_console_script_and_module_agree():
    from pathlib import Path

    script = Path(sys.executable).parent / "corpus-tools"
    a = subprocess.run([str(script), "tables"], capture_output=True, text=True)
    b = subprocess.run([sys.executable, "-m", "corpus_tools", "tables"], capture_output=True, text=True)
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and "sentences:" in a.stdout
