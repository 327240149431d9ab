"""The HTML report (report.py): every notebook on another corpus, stored notebooks untouched."""
from __future__ import annotations

import hashlib
import html
import re
import tempfile
from pathlib import Path

import nbformat
import pytest

from conftest import DATA, REPO
from corpus_tools.compare.findings import chapter_findings
from corpus_tools.load.corpus import load_corpus
from corpus_tools.present.report import MARKER, build_report, notebook_paths

pytestmark = [pytest.mark.slow, pytest.mark.scale]  # see pyproject's markers: `make check` and `make test` leave these out

SEED_NAMES = ("Zelensky", "Peskov", "Kursk", "Axadle", "Kremlin", "FreeBase", "Kyiv", "Guardian", "Putin")


def _hashes(paths):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def bridge_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    before = _hashes(notebook_paths())
    # Two workers: the chapters then read tables built in the pool (load/prepared.py), and every
    # finding below must still be the one computed here in one process.
    status = build_report(corpus=DATA / "bridge_story", out=out, jobs=2)
    return status, out, before


def test_report_builds_on_a_second_corpus(bridge_report):
    status, out, _ = bridge_report
    assert status == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    for doc_id in ("harbour-post", "valley-courier", "river-news"):
        assert doc_id in index
    for nb in notebook_paths():
        if nb.stem in ("04-lesson", "05-at-scale"):  # seeds only; past --dataset-above only
            assert f'href="{nb.stem}.html"' not in index
            continue
        assert f'href="{nb.stem}.html"' in index
        page = (out / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert "<h1" in page and "Traceback" not in page
    assert "pandas" in index and "textstat" in index  # versions that produced it


@pytest.fixture(scope="module")
def bridge_report_at_scale(tmp_path_factory):
    """The report on a corpus past --dataset-above (lowered to 2 for three documents): written as a dataset."""
    out = tmp_path_factory.mktemp("report-at-scale")
    return build_report(corpus=DATA / "bridge_story", out=out, jobs=2, dataset_above=2), out


def test_past_the_dataset_size_only_the_at_scale_chapter_runs(bridge_report_at_scale):
    status, out = bridge_report_at_scale
    assert status == 0
    assert sorted(p.name for p in out.glob("*.html")) == ["05-at-scale.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="05-at-scale.html"' in index and "Left out of this report" in index
    assert index.count("holds every row in memory, and this corpus has more than 2 documents") == 4  # chapters 00-03
    for doc_id in ("harbour-post", "valley-courier", "river-news"):
        assert doc_id in index
    assert sorted(p.name for p in (out / "figures").glob("*.png")) == [
        "at-scale-citations-by-outlet.png", "at-scale-readability-by-outlet.png", "at-scale-speakers-by-outlet.png",
        "at-scale-tone-by-outlet.png"]


def test_the_at_scale_chapter_states_the_findings_computed_from_the_dataset(bridge_report_at_scale, tmp_path):
    from corpus_tools.compare import overview
    from corpus_tools.compare.dataset import write_dataset, open_dataset

    _, out = bridge_report_at_scale
    page = html.unescape((out / "05-at-scale.html").read_text(encoding="utf-8"))
    dataset = open_dataset(write_dataset(DATA / "bridge_story", tmp_path / "dataset"))
    for found in (overview.speaker_finding(dataset), overview.vague_sources_finding(dataset), overview.tone_finding(dataset)):
        assert found.sentence in page
    assert str(REPO) not in page and tempfile.gettempdir() not in page and "corpus-tools-report-" not in page


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


def _pages(out):
    return {p.stem: p.read_text(encoding="utf-8") for p in out.glob("*.html")}


def test_no_seed_story_anywhere_in_another_corpus_report(bridge_report):
    _, out, _ = bridge_report
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".csv"):
            text = path.read_text(encoding="utf-8")
            for name in SEED_NAMES:
                assert name not in text, (path.name, name)


def test_every_finding_on_the_page_is_the_computed_one(bridge_report):
    _, out, _ = bridge_report
    expected = chapter_findings(load_corpus(DATA / "bridge_story"))
    pages = _pages(out)
    for stem, findings in expected.items():
        shown = [html.unescape(m) for m in re.findall(r'<p class="finding[^"]*" data-finding="[^"]*"><strong>Finding.</strong> (.*?)</p>',
                                                       pages[stem], flags=re.S)]
        assert shown == [f.sentence for f in findings], stem


def test_a_tie_is_reported_as_a_tie(bridge_report):
    _, out, _ = bridge_report
    page = _pages(out)["01-sources"]
    assert "Harbour Post, Jane Doe and Omar Reyes (tied, " in page  # both have the most quotes in Harbour Post


def test_the_seeds_only_lesson_is_left_out_and_the_index_says_why(bridge_report):
    _, out, _ = bridge_report
    assert not (out / "04-lesson.html").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Left out of this report" in index and "embedded seeds" in index and "04-lesson.html" not in index


def test_pages_have_titles_and_navigation(bridge_report):
    _, out, _ = bridge_report
    pages = _pages(out)
    assert "<title>The corpus at a glance</title>" in pages["00-corpus"]
    for stem, page in pages.items():
        if stem == "index":
            continue
        assert "<title>Notebook</title>" not in page and '<a href="index.html">Index</a>' in page
    assert 'rel="next">Next: Who speaks' in pages["00-corpus"] and 'rel="prev"' not in pages["00-corpus"]
    assert 'rel="prev">← Previous: The corpus at a glance' in pages["01-sources"]


def test_reader_view_has_no_program_output_or_row_index(bridge_report):
    _, out, _ = bridge_report
    for stem, page in _pages(out).items():
        assert 'data-mime-type="text/plain"' not in page, stem  # no print() or bare repr: prose, tables, figures
        assert "ci_low" not in page and "n_resamples" not in page
    assert (out / MARKER).exists()


def test_a_second_report_into_the_same_folder_refuses(tmp_path, capsys):
    import fcntl

    out = tmp_path / "out"
    with open(tmp_path / ".out.lock", "a+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert build_report(corpus=DATA / "bridge_story", out=out) == 2
    assert "another report is writing to" in capsys.readouterr().err and not out.exists()


def test_a_folder_of_other_files_is_never_replaced(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("keep me")
    assert build_report(corpus=DATA / "bridge_story", out=out) == 2
    assert "is not a corpus-tools report" in capsys.readouterr().err
    assert (out / "thesis.tex").read_text() == "keep me"


def _kernels_of(pid: int) -> list[int]:
    """PIDs of the notebook kernels that process ``pid`` started (Linux: read from /proc)."""
    kernels = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid and b"ipykernel" in cmdline:
            kernels.append(int(proc.name))
    return kernels


@pytest.mark.scale  # two kernels start: about 20 s
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the kernels through /proc")
def test_sigterm_while_chapters_run_ends_the_kernels_and_writes_nothing(tmp_path):
    """`kill PID` while two chapters run at once: exit 143 with one line, the kernels end, no report
    and no half-built folder are left (only the lock file, which every report leaves)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "corpus_tools", "report", "--corpus", str(DATA / "bridge_story"),
                             "--out", str(out), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    kernels: list[int] = []
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and len(kernels) < 2:
        time.sleep(0.2)
        kernels = _kernels_of(proc.pid)
    try:
        assert len(kernels) == 2, "two chapters' kernels never ran at once"
        time.sleep(1)
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 143, err
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "terminated" in lines[0], lines
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{k}").exists() for k in kernels):
        time.sleep(0.2)
    assert not any(Path(f"/proc/{k}").exists() for k in kernels), "a kernel outlived the report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock"]


def test_chapters_start_longest_first_and_come_back_in_order(tmp_path):
    import nbformat

    from corpus_tools.present.report import _run_chapters

    paths = []
    for name, code in (("a", "x = 1"), ("b", "y = 2\n" * 50), ("c", "z = 3\n" * 10), ("d", "# broken")):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
        paths.append(tmp_path / f"{name}.ipynb")
        nbformat.write(nb, paths[-1])
    paths[-1].write_text("not a notebook")  # unreadable: counted as no code, still run (and fails there)
    started = []

    def run(path):
        started.append(path.stem)
        return None if path.stem != "c" else ValueError(path.stem)

    results = _run_chapters(run, paths, workers=2)
    assert set(started[:2]) == {"b", "c"} and sorted(started) == ["a", "b", "c", "d"]  # (two threads: either may append first)
    assert [type(r).__name__ for r in results] == ["NoneType", "NoneType", "ValueError", "NoneType"]
