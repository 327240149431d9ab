"""The HTML report (report.py): every notebook on another corpus, stored notebooks untouched."""
from __future__ import annotations

import hashlib
import re

import nbformat
import pytest

from conftest import DATA, REPO
from corpus_tools.present.report import build_report, notebook_paths


def _hashes(paths):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def bridge_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    before = _hashes(notebook_paths())
    status = build_report(corpus=DATA / "bridge_story", out=out)
    return status, out, before


def test_report_builds_on_a_second_corpus(bridge_report):
    status, out, _ = bridge_report
    assert status == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    for doc_id in ("harbour-post", "valley-courier", "river-news"):
        assert doc_id in index
    for nb in notebook_paths():
        assert f'href="{nb.stem}.html"' in index
        page = (out / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert "<h1" in page and "Traceback" not in page
    assert "pandas" in index and "textstat" in index  # versions that produced it


def test_report_never_rewrites_the_stored_notebooks(bridge_report):
    _, _, before = bridge_report
    assert _hashes(notebook_paths()) == before


def test_figures_go_to_the_report_folder_with_alt_text(bridge_report):
    _, out, _ = bridge_report
    assert (out / "figures" / "length-raw-vs-clean-by-outlet.png").exists()
    assert (out / "figures" / "length-raw-vs-clean-by-outlet.csv").exists()
    page = (out / "00-corpus.html").read_text(encoding="utf-8")
    assert re.search(r'<img [^>]*alt="Cleaning cut up to', page) and 'src="data:image/png;base64,' in page
    assert "<figcaption>" in page
    assert str(REPO) not in page  # no path of this machine in what a reader sees


def test_code_is_hidden(bridge_report):
    _, out, _ = bridge_report
    page = (out / "02-framing.html").read_text(encoding="utf-8")
    assert "load_corpus(CORPUS)" not in page


def test_a_failing_notebook_is_named_with_its_cell(tmp_path, capsys):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Broken"),
        nbformat.v4.new_code_cell("CORPUS = None\nFIGURES = 'figs'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('the table is empty')"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    path = tmp_path / "99-broken.ipynb"
    nbformat.write(nb, path)
    assert build_report(out=tmp_path / "out", notebooks=[path]) == 1
    err = capsys.readouterr().err
    assert "99-broken.ipynb: code cell 3: ValueError: the table is empty" in err
