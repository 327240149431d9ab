"""Hostile input: markup, control characters, bidi marks, no punctuation, unclosed quotes, 20 MB.

The corpus is ``tests/data/hostile/``, written by ``tests/data/make_hostile.py``
(a test checks the two agree). Corpus text is data: it must load, keep the
audit invariant, go through every table, and land in HTML escaped, never as
markup that runs.
"""
from __future__ import annotations

import hashlib
import html
import re
import sys
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.tag import readability
from corpus_tools.present import report
from corpus_tools.load.audit import check_document, rebuild_raw
from corpus_tools.cli import main
from corpus_tools.tables import TABLES
from corpus_tools.load.segment import quotation_spans

DATA = Path(__file__).resolve().parent / "data"
HOSTILE = DATA / "hostile"
sys.path.insert(0, str(DATA))
import make_hostile  # noqa: E402

# Executable markup as it must never appear in HTML we write (the payloads plus generic forms).
RAW_MARKUP = [re.escape(p) for p in make_hostile.PAYLOADS] + [
    r"<script>alert", r"<img src=x onerror", r"<svg onload", r"<iframe src=javascript", r"<div onclick=",
    r"<a href=\"javascript:",
]


@pytest.fixture(scope="module")
def hostile():
    return corpus_tools.load_corpus(HOSTILE)


def test_the_committed_corpus_is_what_the_script_writes(tmp_path):
    make_hostile.write(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in HOSTILE.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (HOSTILE / name).read_bytes(), f"{name}: rerun tests/data/make_hostile.py"


def test_it_loads_and_validates(hostile):
    # the manifest's own hostile values are caught, yet they do not stop a load (they are data)
    problems = [p.problem for p in corpus_tools.validate_corpus(HOSTILE)]
    assert problems == ["documents entry 1 ('script-tag'): url 'javascript:alert(1)' is not an http(s) URL",
                        "documents entry 6 ('no-punctuation'): title is blank (fill it in, or delete the line)"]
    assert hostile.doc_ids == [meta["id"] for meta, _ in make_hostile.DOCUMENTS]


@pytest.mark.parametrize("doc_id", [meta["id"] for meta, _ in make_hostile.DOCUMENTS])
def test_audit_invariant_holds(hostile, doc_id):
    doc = hostile[doc_id]
    check_document(doc)
    assert rebuild_raw(doc.clean_text, doc.removed, doc.repairs) == doc.raw_text


def test_markup_stays_as_text(hostile):
    """Markup is content to analyse, not something cleaning may silently drop or interpret."""
    assert "<script>alert(1)</script>" in hostile["script-tag"].clean_text
    assert "<img src=x onerror=alert(1)>" in hostile["img-onerror"].clean_text
    assert hostile["script-tag"].title == "Council <script>alert(1)</script> votes on budget"


def test_control_and_bidi_characters_are_kept(hostile):
    raw = hostile["control-chars"].raw_text
    assert "\u0007" in raw and "\u001b[31m" in raw and "\r\n" in raw
    rtl = hostile["right-to-left"]
    assert "\u202e" in rtl.clean_text and "\u200f" in rtl.clean_text


def test_paragraph_offsets_survive_odd_line_ends(hostile):
    """\\r, \\x0b, \\x0c, \\x85, U+2028/9 all split lines in Python; offsets must still be exact."""
    doc = hostile["control-chars"]
    for p in doc.paragraphs:
        assert doc.clean_text[p["start"] : p["end"]].strip() == doc.clean_text[p["start"] : p["end"]]
        assert doc.clean_text[p["start"] : p["end"]]
    assert len(doc.paragraphs) >= 6


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_builds(hostile, name):
    table = hostile.table(name)
    assert list(table.columns) == list(corpus_tools.TABLES[name].columns)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rows_point_at_their_words(hostile, name):
    """Span-exact: wherever a table has doc_id, start, end and text, the text is clean_text[start:end]."""
    table = hostile.table(name)
    if not {"doc_id", "start", "end", "text"} <= set(table.columns):
        pytest.skip(f"{name} has no text spans")
    for row in table.itertuples(index=False):
        if row.start == row.end:  # the removed table: the cut text is no longer in clean_text
            continue
        assert hostile[row.doc_id].clean_text[row.start : row.end] == row.text, (name, row.doc_id, row.start)


def test_quote_marks_that_never_close_swallow_nothing(hostile):
    doc = hostile["unclosed-quotes"]
    for p in doc.paragraphs:
        para = doc.clean_text[p["start"] : p["end"]]
        for o, c in quotation_spans(para):
            assert para[o] in "“\"" and para[c] in "”\""
    paragraphs = [(p["start"], p["end"]) for p in doc.paragraphs]
    quotes = hostile.table("quotes")
    assert (quotes.doc_id == "unclosed-quotes").any()
    for q in quotes[quotes.doc_id == "unclosed-quotes"].itertuples():
        assert any(s <= q.start and q.end <= e for s, e in paragraphs), f"quote crosses paragraphs: {q.text!r}"
    sentiment = hostile.table("sentiment")
    last = doc.clean_text.index("The last paragraph is plain.")
    assert set(sentiment[(sentiment.doc_id == "unclosed-quotes") & (sentiment.start >= last)].voice) == {"narration"}


def test_readability_flags_unpunctuated_text_instead_of_scoring(hostile):
    row = hostile.table("readability").set_index("doc_id").loc["no-punctuation"]
    assert "no sentence punctuation" in row["flags"]
    for formula in readability.FORMULAS:
        assert row[formula] != row[formula], f"{formula} reported a score for unpunctuated text"  # NaN
    punctuated = hostile.table("readability").set_index("doc_id").loc["markdown-html"]
    assert punctuated.flesch_reading_ease == punctuated.flesch_reading_ease  # a real score where there are sentences


def test_cli_exports_hostile_text_as_data(tmp_path, capsys):
    out = tmp_path / "documents.json"
    assert main(["export", "documents", str(HOSTILE), "--format", "json", "-o", str(out)]) == 0
    assert "<script>alert(1)</script>" in out.read_text(encoding="utf-8")  # JSON is not HTML: kept verbatim
    assert all(line.startswith("corpus-tools: warning: ") for line in capsys.readouterr().err.splitlines())


def _assert_escaped(page: str, where: str) -> None:
    for pattern in RAW_MARKUP:
        match = re.search(pattern, page, flags=re.IGNORECASE)
        assert match is None, f"{where}: unescaped {match.group(0)!r}"


@pytest.mark.slow
def test_report_index_escapes_every_corpus_string(hostile):
    page = report._index_html(hostile, [("x.html", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>")], report._versions())
    _assert_escaped(page, "index.html")
    assert html.escape("Council <script>alert(1)</script> votes on budget") in page
    assert html.escape("<img src=x onerror=alert(1)> Herald") in page


def test_a_dataframe_of_hostile_text_renders_escaped_in_notebook_html(hostile):
    """What the notebooks show: pandas' HTML repr, rendered by nbconvert as the report does."""
    import nbformat
    from nbconvert import HTMLExporter

    table = hostile.table("documents")[["doc_id", "outlet", "title"]]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("table", outputs=[nbformat.v4.new_output(
        "execute_result", data={"text/html": table._repr_html_(), "text/plain": repr(table)}, execution_count=1)])])
    body, _ = HTMLExporter(template_name="lab", exclude_input=True).from_notebook_node(nb)
    _assert_escaped(body, "notebook HTML")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# ---------------------------------------------------------------- 20 MB

@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    data = make_hostile.big_article()
    (folder / "big.txt").write_bytes(data)
    (folder / "corpus.toml").write_text(
        f'[[documents]]\nid = "big"\nfile = "big.txt"\nsha256 = "{hashlib.sha256(data).hexdigest()}"\noutlet = "Big"\n',
        encoding="utf-8")
    return folder, len(data)


@pytest.mark.slow
@pytest.mark.scale
def test_a_20_mb_article_loads_segments_and_audits(big):
    folder, size = big
    assert size >= 19_000_000
    corpus = corpus_tools.load_corpus(folder)
    doc = corpus["big"]
    check_document(doc)
    assert len(doc.paragraphs) > 20_000
    assert len(doc.sentences) >= 15 * len(doc.paragraphs)  # 15 seed sentences per paragraph
    table = corpus.table("sentences")
    assert len(table) == len(doc.sentences)


# ---------------------------------------------------------------- the whole report

@pytest.mark.slow
@pytest.mark.scale
def test_the_report_runs_every_notebook_on_the_hostile_corpus_and_escapes_it(tmp_path, capsys, monkeypatch):
    """Every notebook runs on the hostile corpus, offline, and no page of the report carries its markup raw."""
    from offline_kernel import offline_ipython_dir

    monkeypatch.setenv("IPYTHONDIR", str(offline_ipython_dir(tmp_path)))  # the kernels refuse the network too
    out = tmp_path / "report"
    code = report.build_report(corpus=HOSTILE, out=out)
    assert code == 0, capsys.readouterr().err
    pages = sorted(out.glob("*.html"))
    import nbformat  # a seeds-only chapter (the lesson: its notebook's metadata says so) is left out of other corpora's reports

    def meta(p):
        return nbformat.read(p, as_version=4).metadata.get("corpus_tools", {})

    # left out: the seeds-only lesson, and the at-scale chapter (for corpora past --dataset-above; tested below)
    chapters = [p for p in report.notebook_paths() if not meta(p).get("seeds_only") and meta(p).get("reads") != "dataset"]
    assert len(chapters) < len(report.notebook_paths())
    assert [p.name for p in pages] == sorted([p.stem + ".html" for p in chapters] + ["index.html"])
    for page in pages:
        _assert_escaped(page.read_text(encoding="utf-8"), page.name)


@pytest.mark.slow
@pytest.mark.scale
def test_the_at_scale_report_on_the_hostile_corpus_escapes_it(tmp_path, capsys, monkeypatch):
    """The report past --dataset-above (lowered to 0): the dataset, the at-scale chapter and the index, offline,
    with every hostile string escaped."""
    from offline_kernel import offline_ipython_dir

    monkeypatch.setenv("IPYTHONDIR", str(offline_ipython_dir(tmp_path)))
    out = tmp_path / "report"
    code = report.build_report(corpus=HOSTILE, out=out, jobs=2, dataset_above=0)
    assert code == 0, capsys.readouterr().err
    pages = sorted(p.name for p in out.glob("*.html"))
    assert pages == ["05-at-scale.html", "index.html"]
    for name in pages:
        _assert_escaped((out / name).read_text(encoding="utf-8"), name)
