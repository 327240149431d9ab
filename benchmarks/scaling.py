"""Scaling of loading on worst-case inputs: time and memory per stage at 1x, 4x, 16x the size.

Usage (from the repository root)::

    .venv/bin/python benchmarks/scaling.py                      # 1, 4 and 16 MB
    .venv/bin/python benchmarks/scaling.py --max 64             # 1, 4, 16 and 64 MB
    .venv/bin/python benchmarks/scaling.py --base 0.25 --max 4 --inputs html,quotes

Four inputs, written as one-document corpora (``corpus.toml`` plus the file,
with its SHA-256) into a scratch folder, untimed:

* ``oneline``: a single line of varied words without any punctuation;
* ``lines``: many short lines (16 bytes a line: 5 million lines at 80 MB);
* ``html``: an HTML page whose article is one long paragraph full of
  ``&nbsp;`` ``&rsquo;`` ``&ldquo;`` ``&rdquo;`` ``&amp;``, between a nav and a footer;
* ``quotes``: a single line of sentences full of unbalanced quotation marks.

The words are random syllable strings (fixed seed), not recombined seed
sentences. Each size of each input is loaded with
:func:`corpus_tools.load_corpus` in a fresh process, twice: once for CPU
time, once under :mod:`tracemalloc` for memory (it slows Python down, so it
is never timed). Each stage is timed through the module functions
``process_document`` calls, exclusive of the stages it calls. A stage that
streams (``iter_align``, ``repair_pieces`` and ``apply_cuts`` yield a piece
at a time to the stage after them) is read :data:`STREAM_BATCH` pieces at a
time, each batch timed and traced as the stage's (a clock reading per
piece would cost more than the work; a batch holds next to nothing):

=========  ==================================================================
decode     ``repair.decode_document`` / ``decode_bytes`` (validation and loading each decode)
extract    ``extract.parse_html``, ``extract_article`` and ``html_metadata`` (trafilatura; validation and loading each extract)
align      ``extract.iter_align``: the extracted text mapped onto the HTML
repair     ``repair.repair_pieces``
clean      ``clean.find_cuts`` and ``clean.apply_cuts``
segment    ``segment.paragraphs`` and ``segment.sentences``
rest       the rest of ``load_corpus``: manifest, checksum, audit rows, row columns
total      the whole ``load_corpus``
=========  ==================================================================

For each input and stage it prints the CPU seconds and the peak of memory
the stage allocated above what was allocated when it started (MB, traced by
tracemalloc: Python's allocations, not lxml's), and the exponent ``b`` of
the least-squares fit ``seconds ~ size^b`` on a log-log scale (1 is linear,
2 quadratic; blank when the stage takes under 0.05 s at the largest size,
where noise rules). ``max RSS`` is the timing process's peak resident memory,
C libraries included. ``--json FILE`` saves every number.

How to read ``total``'s MB/input: the floor is the input itself. The file's
bytes (1x) are held until the document is decoded, and the raw text is 1x
for ASCII text but 2x for text holding any character past U+00FF (Python
stores such a string at 2 bytes a character; CPython's UTF-8 decoder briefly
holds a 1-byte and a 2-byte buffer of the whole text while it decodes, so
``quotes`` peaks at ~4x in ``decode`` alone).

For ``html`` (``--max 64``: pages of 1.2, 4.8, 19 and 76 MB) every stage's
time exponent is 0.95-1.02 but ``decode``'s (1.14, for 0.26 s at 76 MB),
and the load takes ~2.8 CPU seconds a MB (213 s at 76 MB, 41% of it
``repair``, 30% ``align``, 17% ``extract``). The load peaks at ~23x the page in
Python objects (tracemalloc, up to 19 MB; the traced run at 76 MB takes the
best part of an hour), and ``max RSS`` at 707 MB at 19 MB and 2.1 GB at
76 MB (~28-37x: lxml's trees and the allocator's free lists come on top).
Since the pieces stream (issue 14; measured up to 19 MB on a busy 2-core
host, one run after the other): 1.29, 5.12 and 21.0 s against 1.22, 5.11
and 19.8 s before, every stage's exponent 0.96-1.04, ``max RSS`` 608 MB
against 714 MB at 19 MB.
Where the traced peak goes, from tracemalloc snapshots at the peaks:

* ``extract``, 20-21x, is trafilatura's, and is the load's peak: ~13x is
  the list of the article's words that ``trafilatura.utils.trim`` makes
  (``" ".join(string.split())``, a 50-byte string and a pointer per word)
  where its readability fallback measures an element
  (``readability_lxml.text_length``), ~3x lxml's ``text_content()`` of it,
  the rest joined copies of the text. Its own extractor makes the same word
  list again (``main_extractor._elem_text``): the public option ``fast=True``
  (no fallback) only brings it to ~14x, and changes which text pages yield.
  No public option avoids the word list; see ``extract.extract_article``.
  Validation and loading each extract (the time is paid twice); the page
  (and, in validation, the file's bytes) is held meanwhile: +2x.
* Everything after trafilatura returns (alignment, repair, cleaning, the
  audit tables, up to the ``Document``) is this project's: 2.75x the page
  (``benchmarks/html_memory.py`` measures it alone). Its peak comes while
  the alignment runs: the page's visible text (~1.5x: 2 bytes a character,
  for its curly quotes), its map of tags and references (``extract.Visible``,
  9 bytes each, ~0.4x) and the pieces made so far, held as columns
  (``pieces.PieceColumns``, 14 bytes a change, ~0.8x; this page has a
  reference every ~20 characters). Until issue 14 the pieces were a list of
  ``Piece`` objects (~96 bytes and a string each): 15.5x.
* The metadata pass (``html_metadata``, ~4.5x: htmldate serializes the tree
  and joins its text) runs on the tree the article was extracted from
  (``extract.html_document``: one parse, not two), before the alignment, so
  it does not add to the pieces.

The word list is the whole article's, not one paragraph's: readability
measures the element holding the paragraphs too, and the same page cut into
paragraphs of 2,000 characters peaks at 20.2x as well. So the issue's bound
of 3x the input holds for ``html`` in this project's part (2.75x), not in
trafilatura's (~20x).

The tagging stage (every per-document table builder, on these inputs and
three more) has its own benchmark, ``benchmarks/tag_scaling.py``.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import inspect
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MB = 1_000_000
INPUTS = ("oneline", "lines", "html", "quotes")
STREAM_BATCH = 512  # pieces of a streaming stage read (and timed) at a time
STAGES = ("decode", "extract", "align", "repair", "clean", "segment", "rest", "total")
_SYLLABLES = ("ka ri to men sa lu ber dan vo ne pil gra so hem tar qui lo fen dri mu ost al ve rn ik "
              "cha wel bo zun per ti ga nos ul ry pe dom is fa").split()


# ---------------------------------------------------------------- inputs

def _vocabulary(rng: random.Random, n: int = 5000) -> list[str]:
    return ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(n)]


def _words(rng: random.Random, vocabulary: list[str], nbytes: int) -> list[str]:
    """About ``nbytes`` of words (average 7 characters with a separator)."""
    return rng.choices(vocabulary, k=max(1, nbytes // 7))


def make_text(kind: str, nbytes: int, seed: int = 0) -> tuple[str, str]:
    """``(file name, content)`` of about ``nbytes`` of the input ``kind``."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    if kind == "oneline":
        words = _words(rng, vocabulary, nbytes)
        for k in range(0, len(words), 11):  # some names, no punctuation at all
            words[k] = words[k].capitalize()
        return "oneline.txt", " ".join(words) + "\n"
    if kind == "lines":
        lines, size = [], 0
        while size < nbytes:
            line = " ".join(rng.choices(vocabulary, k=2)).capitalize() + ".\n"
            lines.append(line)
            size += len(line)
        return "lines.txt", "".join(lines)
    if kind == "html":
        separators = ["&nbsp;", "&rsquo;s ", " &ldquo;", "&rdquo; ", " &amp; ", ". ", " ", " ", " ", " "]
        words = _words(rng, vocabulary, int(nbytes * 0.8))
        body = "".join(w + s for w, s in zip(words, rng.choices(separators, k=len(words))))
        page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council votes on the bridge"
                "</title><meta property=\"og:site_name\" content=\"Scaling News\"><script>var tracking = 1;</script>"
                "</head>\n<body><nav><a href=\"/\">Home</a> | <a href=\"/local\">Local</a></nav>\n<main><article>"
                "<h1>Council votes on the bridge</h1>\n<p>The council met on Tuesday and voted on the bridge.</p>\n"
                f"<p>{body.capitalize()}end.</p>\n</article></main>\n<footer><p>&copy; 2025 Scaling News. "
                "This website uses cookies.</p></footer></body></html>\n")
        return "page.html", page
    if kind == "quotes":
        marks = ["“", "\"", "‘", "”"]
        out, size = [], 0
        while size < nbytes:  # opening marks that never close, straight marks of odd count
            words = rng.choices(vocabulary, k=rng.randint(3, 9))
            k = rng.randrange(len(words))
            words[k] = rng.choice(marks) + words[k]
            sentence = " ".join(words).capitalize() + rng.choice([". ", ", he said. ", "? ", "... "])
            out.append(sentence)
            size += len(sentence)
        return "quotes.txt", "".join(out) + "\n"
    raise ValueError(f"unknown input {kind!r}; known: {', '.join(INPUTS)}")


def write_corpus(kind: str, nbytes: int, folder: Path, seed: int = 0) -> int:
    """Write a one-document corpus of the input ``kind`` into ``folder``; return the file's size in bytes."""
    name, content = make_text(kind, nbytes, seed)
    data = content.encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / "corpus.toml").write_text(
        f'[corpus]\nname = "scaling-{kind}"\n\n[[documents]]\nid = "{kind}"\nfile = "{name}"\n'
        f'sha256 = "{hashlib.sha256(data).hexdigest()}"\noutlet = "Scaling News"\npublished = "2025-03-05"\n',
        encoding="utf-8")
    return len(data)


# ---------------------------------------------------------------- stage timer

def _stage_functions() -> dict[str, list[tuple[object, str]]]:
    from corpus_tools.load import clean, extract, repair, segment

    stages = {
        "decode": [(repair, "decode_document"), (repair, "decode_bytes")],
        "extract": [(extract, "parse_html"), (extract, "extract_article"), (extract, "html_metadata")],
        "align": [(extract, "align"), (extract, "iter_align")],
        "repair": [(repair, "repair_text"), (repair, "repair_pieces")],
        "clean": [(clean, "find_cuts"), (clean, "apply_cuts")],
        "segment": [(segment, "paragraphs"), (segment, "sentences")],
    }
    # Names a version of the package lacks are skipped (decode_document is newer than decode_bytes).
    return {stage: [(m, name) for m, name in functions if hasattr(m, name)] for stage, functions in stages.items()}


@contextmanager
def stage_timer(memory: bool = False) -> Iterator[dict[str, list[float]]]:
    """Wrap the stage functions; yield ``{stage: [cpu_seconds, peak_bytes]}``, exclusive of nested stages.

    With ``memory``, tracemalloc must be running; a stage's peak is the most
    it had allocated above its start, its nested stages' peaks included.
    """
    totals: dict[str, list[float]] = {s: [0.0, 0.0] for s in STAGES}
    stack: list[list] = []  # [stage, start time, time in nested stages, start memory, peak so far]
    # tracemalloc has one peak: each stage resets it, so the load's own peak
    # is the largest seen before any reset (kept in totals["total"][1]).

    def wrap(stage: str, fn: Callable) -> Callable:
        def run(call: Callable):  # one call of a stage function, or one step of its stream
            if memory:
                current, peak = tracemalloc.get_traced_memory()
                for frame in stack:
                    frame[4] = max(frame[4], peak)
                totals["total"][1] = max(totals["total"][1], peak)
                tracemalloc.reset_peak()
            else:
                current = 0
            frame = [stage, time.process_time(), 0.0, current, current]
            stack.append(frame)
            try:
                return call()
            finally:
                stack.pop()
                elapsed = time.process_time() - frame[1]
                totals[stage][0] += elapsed - frame[2]
                if stack:
                    stack[-1][2] += elapsed
                if memory:
                    peak = max(frame[4], tracemalloc.get_traced_memory()[1])
                    totals[stage][1] = max(totals[stage][1], peak - frame[3])
                    for outer in stack:
                        outer[4] = max(outer[4], peak)
                    totals["total"][1] = max(totals["total"][1], peak)
                    tracemalloc.reset_peak()

        def batches(stream: Iterator) -> Iterator:
            while True:
                batch = run(lambda: list(islice(stream, STREAM_BATCH)))
                if not batch:
                    return
                yield from batch

        def timed(*args, **kwargs):
            result = run(lambda: fn(*args, **kwargs))
            # A stage that streams (the alignment, the repairs, the cuts: a piece at a time) does its
            # work as it is read: it is read here a batch at a time, each batch timed as the stage's.
            return batches(result) if inspect.isgenerator(result) else result

        return timed

    originals = []
    for stage, functions in _stage_functions().items():
        for module, name in functions:
            fn = getattr(module, name)
            originals.append((module, name, fn))
            setattr(module, name, wrap(stage, fn))
    try:
        yield totals
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)


@contextmanager
def gc_paused(paused: bool = True) -> Iterator[None]:
    """Collect, then pause Python's cyclic garbage collector for a timed call, as :mod:`timeit` does.

    A collection walks every object of the process, so its cost follows the
    size of the whole heap (in a test worker: every earlier test's leftovers),
    not the work being timed. Landing in the larger of two timed sizes, it
    alone can double a tenth of a second and fake a super-linear exponent.
    ``paused=False`` leaves the collector alone (memory measurements: a
    paused collector would count uncollected cycles in the peak).
    """
    enabled = gc.isenabled()
    if paused:
        gc.collect()
        gc.disable()
    try:
        yield
    finally:
        if paused and enabled:
            gc.enable()


def measure(folder: Path, memory: bool = False) -> dict[str, list[float]]:
    """Load the corpus in ``folder`` once; ``{stage: [cpu_seconds, peak_bytes]}`` (see :func:`stage_timer`). Timed
    with the garbage collector paused (:func:`gc_paused`), unless ``memory``."""
    import corpus_tools
    from corpus_tools.load import extract

    if hasattr(extract.extract_article, "cache_clear"):  # older versions cached pages: a repeat must extract again
        extract.extract_article.cache_clear()
    if memory:
        tracemalloc.start()
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
    with gc_paused(not memory), stage_timer(memory) as totals:
        start = time.process_time()
        corpus = corpus_tools.load_corpus(folder)
        totals["total"][0] = time.process_time() - start
    if memory:
        totals["total"][1] = max(totals["total"][1], tracemalloc.get_traced_memory()[1]) - base
        tracemalloc.stop()
    totals["rest"][0] = totals["total"][0] - sum(totals[s][0] for s in STAGES if s not in ("rest", "total"))
    del corpus
    return totals


def exponent(sizes: list[float], values: list[float]) -> float:
    """Slope of the least-squares line through ``(log size, log value)``: 1 linear, 2 quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(v, 1e-9)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


# ---------------------------------------------------------------- driver

def _worker(folder: str, mode: str) -> None:
    # Warm up on a small corpus of the same input: imports and first-call
    # set-up are paid once per process, not by the first size measured.
    with tempfile.TemporaryDirectory(prefix="corpus-tools-warm-") as warm:
        write_corpus(Path(folder).name.split("-")[0], 20_000, Path(warm))
        measure(Path(warm))
    totals = measure(Path(folder), memory=(mode == "memory"))
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KB on Linux
    print(json.dumps({"stages": totals, "maxrss": maxrss}))


def _run_worker(folder: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", str(folder), mode],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{folder} ({mode}) failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=float, default=1.0, help="smallest input in MB (default 1)")
    ap.add_argument("--max", type=float, default=None, help="largest input in MB (default 16x --base; up to 64)")
    ap.add_argument("--inputs", default=",".join(INPUTS), help=f"comma-separated, of {', '.join(INPUTS)}")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    ap.add_argument("--json", type=Path, help="save every number to this file")
    ap.add_argument("--worker", nargs=2, metavar=("FOLDER", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(*args.worker)
        return 0
    largest = args.max if args.max is not None else 16 * args.base
    sizes_mb = [args.base]
    while sizes_mb[-1] * 4 <= largest * 1.0001:
        sizes_mb.append(sizes_mb[-1] * 4)
    kinds = [k.strip() for k in args.inputs.split(",") if k.strip()]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"sizes {', '.join(f'{s:g}' for s in sizes_mb)} MB; CPU seconds; memory = tracemalloc peak above the stage's start")
    results = measure_inputs(kinds, sizes_mb, write_corpus, _run_worker, "stages", not args.no_memory,
                             lambda kind, rows: print_table(kind, rows, STAGES, "stage", 8, skip_unreached=True))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


def measure_inputs(kinds, sizes_mb, write, run, key: str, with_memory: bool, show) -> dict[str, list[dict]]:
    """Each input at each size, as a one-document corpus in a scratch folder (removed after).

    ``write(kind, nbytes, folder)`` writes the corpus and returns its size;
    ``run(folder, mode)`` ("time" or "memory") runs a fresh worker process and returns
    its report, whose ``key`` holds ``{name: (seconds, peak bytes)}`` and ``maxrss``
    the process's peak; ``show(kind, rows)`` prints an input's rows as they are done.
    Shared by this benchmark (stages of loading) and ``tag_scaling.py`` (table builders).
    """
    results = {}
    with tempfile.TemporaryDirectory(prefix="corpus-tools-scaling-") as scratch:
        for kind in kinds:
            rows = []
            for size in sizes_mb:
                folder = Path(scratch) / f"{kind}-{size:g}"
                nbytes = write(kind, int(size * MB), folder)
                timed = run(folder, "time")
                traced = run(folder, "memory") if with_memory else None
                rows.append({"bytes": nbytes, "time": timed[key], "maxrss": timed["maxrss"],
                             "memory": traced[key] if traced else None})
                for path in folder.iterdir():
                    path.unlink()
                folder.rmdir()
            results[kind] = rows
            show(kind, rows)
    return results


def print_table(kind: str, rows: list[dict], names, label: str, width: int, skip_unreached: bool = False) -> None:
    """One input's rows: CPU seconds per size and their fitted exponent, then (if traced) peak MB and MB per input MB."""
    sizes = [r["bytes"] for r in rows]
    print(f"\n{kind}: " + ", ".join(f"{b / MB:.2f} MB" for b in sizes)
          + "; max RSS " + ", ".join(f"{r['maxrss'] / MB:.0f}" for r in rows) + " MB")
    head = f"  {label:{width}}" + "".join(f"{'s @' + format(b / MB, '.3g'):>10}" for b in sizes) + f"{'exponent':>10}"
    if rows[0]["memory"]:
        head += "".join(f"{'MB @' + format(b / MB, '.3g'):>10}" for b in sizes) + f"{'MB/input':>10}"
    print(head)
    for name in names:
        seconds = [r["time"][name][0] for r in rows]
        if skip_unreached and max(seconds) < 0.0005 and name not in ("rest", "total"):
            continue  # a stage this input never reaches (align on a .txt file)
        fit = f"{exponent(sizes, seconds):10.2f}" if seconds[-1] >= 0.05 and len(sizes) > 1 else f"{'':10}"
        line = f"  {name:{width}}" + "".join(f"{s:10.2f}" for s in seconds) + fit
        if rows[0]["memory"]:
            peaks = [r["memory"][name][1] for r in rows]
            line += "".join(f"{p / MB:10.1f}" for p in peaks) + f"{peaks[-1] / sizes[-1]:10.2f}"
        print(line, flush=True)

if __name__ == "__main__":
    sys.exit(main())
