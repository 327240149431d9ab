"""Traced peak memory of loading an HTML page: trafilatura's part and this project's part, as multiples of the page.

Usage (from the repository root)::

    .venv/bin/python benchmarks/html_memory.py                  # 1, 4 and 16 MB
    .venv/bin/python benchmarks/html_memory.py --sizes 1,4,16,64

The page is ``scaling.py``'s ``html`` input: one long paragraph with a
character reference every ~16 characters (``&nbsp;`` ``&rsquo;`` ``&ldquo;``
...), between a nav and a footer. Each size runs in a fresh process (after
a warm-up on a small page) under :mod:`tracemalloc`; ``process_document``
loads it as ``load_corpus`` does, and the peak is split in two with
``tracemalloc.reset_peak()``:

* ``trafilatura``: from ``extract.parse_html`` until ``extract.html_metadata``
  returns (parsing, the article, the metadata), the peak above what was
  allocated when it started;
* ``ours``: from then until the ``Document`` exists (alignment, repair,
  cleaning, the audit tables, segmentation), the peak above what was
  allocated when trafilatura returned (the raw text and the extracted text
  are already there, and count in neither).

``kept`` is what the finished ``Document`` holds above that same point.
Issue 14 asks for ``ours`` under 3x the page plus a constant.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

MB = 1_000_000


def measure(page: bytes) -> dict[str, float]:
    """``{"trafilatura": bytes, "ours": bytes, "kept": bytes}`` for loading ``page`` (see the module docstring)."""
    from corpus_tools.codebook.loader import compile as compile_codebook, default_codebook
    from corpus_tools.load import corpus, extract

    codebook = compile_codebook(default_codebook())
    entry = {"id": "html", "file": "page.html", "outlet": "Scaling News", "published": "2025-03-05"}
    marks: dict[str, int] = {}
    parse_html, html_metadata = extract.parse_html, extract.html_metadata

    def traced_parse(*args, **kwargs):
        tracemalloc.reset_peak()
        marks["start"] = tracemalloc.get_traced_memory()[0]
        return parse_html(*args, **kwargs)

    def traced_metadata(*args, **kwargs):
        result = html_metadata(*args, **kwargs)
        current, peak = tracemalloc.get_traced_memory()
        marks["trafilatura"] = peak - marks["start"]
        marks["returned"] = current
        tracemalloc.reset_peak()
        return result

    extract.parse_html, extract.html_metadata = traced_parse, traced_metadata
    try:
        tracemalloc.start()
        owned = [page]
        del page
        document = corpus._process(entry, owned, codebook, "page.html")
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        extract.parse_html, extract.html_metadata = parse_html, html_metadata
    assert document.clean_text
    return {"trafilatura": marks["trafilatura"], "ours": peak - marks["returned"], "kept": current - marks["returned"]}


def _worker(size_mb: float) -> None:
    import scaling

    measure(scaling.make_text("html", 20_000)[1].encode("utf-8"))  # imports and first-call set-up
    page = scaling.make_text("html", int(size_mb * MB))[1].encode("utf-8")
    n = len(page)
    print(json.dumps({"bytes": n} | measure(page)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,4,16", help="page sizes in MB, comma-separated (default 1,4,16)")
    ap.add_argument("--worker", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker is not None:
        _worker(args.worker)
        return 0
    print(f"{'page MB':>8} {'trafilatura':>12} {'x page':>7} {'ours':>8} {'x page':>7} {'kept':>8} {'x page':>7}")
    for size in (float(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--worker", str(size)], capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(out.stderr[-3000:])
        r = json.loads(out.stdout.strip().splitlines()[-1])
        n = r["bytes"]
        print(f"{n / MB:8.2f} {r['trafilatura'] / MB:10.1f}MB {r['trafilatura'] / n:6.2f}x "
              f"{r['ours'] / MB:6.1f}MB {r['ours'] / n:6.2f}x {r['kept'] / MB:6.1f}MB {r['kept'] / n:6.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
