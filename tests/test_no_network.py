"""Offline, beyond the test process: no network calls in our code, and notebook kernels refuse connections.

``conftest.py`` refuses non-local connections inside the test process. Here:
the package's source and the notebooks' code never call a downloader (an
AST scan, so a hidden download is caught even on a path no test runs), and a
notebook kernel started with :mod:`offline_kernel`'s IPython profile refuses
connections too, and the corpus notebook runs under it.
"""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from offline_kernel import offline_ipython_dir

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "corpus_tools"
NOTEBOOKS = REPO / "notebooks"

# Modules whose import means network code, and calls that download.
NETWORK_MODULES = {"requests", "httpx", "aiohttp", "urllib3", "http.client", "urllib.request", "ftplib", "smtplib",
                   "socket", "websocket", "websockets", "huggingface_hub"}
NETWORK_CALLS = {"urlopen", "urlretrieve", "download", "download_shell", "hf_hub_download", "snapshot_download"}


def _sources() -> list[tuple[str, list[tuple[str, str]]]]:
    """``(file, [(where, python source)])`` for each package module and each notebook's code cells."""
    out = [(str(p.relative_to(REPO)), [("", p.read_text(encoding="utf-8"))]) for p in sorted(PACKAGE.rglob("*.py"))]
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = []
        for n, cell in enumerate(json.loads(nb.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "code":
                # IPython magics are not Python; shell escapes (`!pip`) are kept and reported.
                lines = [ln for ln in "".join(cell["source"]).splitlines() if not ln.lstrip().startswith("%")]
                cells.append((f"cell {n}", "\n".join(lines)))
        out.append((str(nb.relative_to(REPO)), cells))
    return out


def network_uses(source: str) -> list[str]:
    """Imports of network modules and calls of download functions in ``source``."""
    found = []
    for line in source.splitlines():
        if line.lstrip().startswith("!"):
            found.append(f"shell escape {line.strip()!r}")
    source = "\n".join("" if ln.lstrip().startswith("!") else ln for ln in source.splitlines())
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name in NETWORK_MODULES or a.name.split(".")[0] in {"requests", "httpx"}]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in NETWORK_MODULES or node.module.split(".")[0] in {"requests", "httpx"}:
                found.append(f"from {node.module} import ...")
            found += [f"from {node.module} import {a.name}" for a in node.names if a.name in NETWORK_CALLS]
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
            if name in NETWORK_CALLS:
                found.append(f"call {ast.unparse(fn)}(...)")
    return found


@pytest.mark.parametrize("source, expected", [
    ("import nltk\nnltk.download('cmudict')", ["call nltk.download(...)"]),
    ("from urllib.request import urlopen\nurlopen('http://x')", ["from urllib.request import ...", "from urllib.request import urlopen", "call urlopen(...)"]),
    ("import requests", ["import requests"]),
    ("!pip install textstat", ["shell escape '!pip install textstat'"]),
    ("import textstat\ntextstat.flesch_reading_ease('A text.')", []),
])
def test_the_scanner_finds_downloads(source, expected):
    assert network_uses(source) == expected


@pytest.mark.parametrize("path, parts", _sources(), ids=[path for path, _ in _sources()])
def test_no_network_code_in_the_package_or_notebooks(path, parts):
    found = [f"{where} {use}".strip() for where, source in parts for use in network_uses(source)]
    assert found == [], path


# ---------------------------------------------------------------- kernels

PROBE = """\
import socket, urllib.request
try:
    socket.create_connection(("192.0.2.1", 80), timeout=1)
    print("connected")
except socket.NetworkBlocked:
    print("blocked")
try:
    urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    print("fetched")
except Exception as exc:
    print("blocked" if "NetworkBlocked" in repr(exc) or isinstance(exc, socket.NetworkBlocked) else repr(exc))
"""


def test_a_kernel_with_the_offline_profile_refuses_connections(tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("IPYTHONDIR", str(offline_ipython_dir(tmp_path)))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)])
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    assert nb.cells[0].outputs[0]["text"].split() == ["blocked", "blocked"]


# nbval runs every notebook in this offline profile in `make test`; this is the report's papermill path.
@pytest.mark.scale
def test_the_corpus_notebook_runs_offline(tmp_path, monkeypatch):
    import papermill

    monkeypatch.setenv("IPYTHONDIR", str(offline_ipython_dir(tmp_path)))
    papermill.execute_notebook(str(NOTEBOOKS / "00-corpus.ipynb"), str(tmp_path / "out.ipynb"),
                               parameters={"CORPUS": None, "FIGURES": str(tmp_path / "figures")},
                               cwd=str(NOTEBOOKS), progress_bar=False, log_output=False, kernel_name="python3")
    assert any((tmp_path / "figures").glob("*.png"))
