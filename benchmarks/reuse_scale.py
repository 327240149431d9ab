"""Time the two cross-document tables (``quote_groups``, ``shared_passages``) at several corpus sizes.

Usage (from the repository root)::

    .venv/bin/python benchmarks/reuse_scale.py --varied 1000 2000 10000 20000
    .venv/bin/python benchmarks/reuse_scale.py --varied 100000 --no-trace
    .venv/bin/python benchmarks/reuse_scale.py 100 300 1000          # recombined seeds, through load_corpus
    git show <commit>:corpus_tools/compare/reuse.py > /tmp/reuse_old.py
    .venv/bin/python benchmarks/reuse_scale.py --varied 1000 2000 --old /tmp/reuse_old.py --timeout 900

Two kinds of corpora:

* ``--varied`` (use this one): :func:`varied_tables` writes the *input
  tables* of the two builders (body sentences, quotes, clean texts) for N
  documents directly, without running the taggers, so 100,000 documents fit
  in memory and in minutes. Every sentence is a real sentence of the seeds
  or of a test corpus (``tests/data``; not ``hostile``, whose lines are
  pathological on purpose) with its vocabulary shuffled (words of four or
  more letters, except the corpora's 250 commonest, replaced by a corpus
  word or, one time in three, by a new pseudo-word), so word and 5-gram
  frequencies have the long tail of real text. On top of that, reuse that
  the tables must find: wire passages (two to six sentences from a pool of
  N/20, in 30% of documents, a third of the copies cut short or with one
  word changed), three boilerplate lines (each in about 2% of documents:
  thousands at 100,000), and quotes (two to six per document) from a pool of
  N/8 utterances reported with small edits, plus short generic ones ("we
  will see") made of common words.
* without ``--varied``: the recombined seeds of ``make_corpus.py``, loaded
  through ``load_corpus`` (sentences copied into hundreds of documents: it
  flatters any method that compares each distinct sentence once).

For each N and table it runs a fresh child process that reads the inputs
(untimed), builds the table and reports:

* ``cpu_s``: CPU seconds of that build (``time.process_time``: the
  machine's cores are shared, so wall time would measure the neighbours too);
* ``rss_mb``: how far the process's peak resident memory rose above its
  resident memory just before the build (Linux: the peak is reset through
  ``/proc/self/clear_refs``); ``peak_mb``: the whole process's peak;
* ``py_mb``: the peak of Python allocations during the build
  (``tracemalloc``, a second child: tracing slows the code down, so it is
  not timed together; ``--no-trace`` skips it);
* ``rows``: the table's length.

Then, for each table and implementation, the growth exponent between
consecutive sizes and fitted over all of them (least squares of log value on
log N). A child still running after ``--timeout`` seconds is stopped and
shown as ``>TIMEOUT``. ``--json FILE`` also writes the results.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLES = ("quote_groups", "shared_passages")
SCRATCH = Path(tempfile.gettempdir()) / "corpus-tools-reuse-scale"
VARIED_VERSION = 1  # bump when varied_tables changes: the cached tables are rebuilt


# ---------------------------------------------------------------- varied input tables

_WORD = re.compile(r"[A-Za-z]+")
_SYLLABLES = ["ka", "lo", "mer", "an", "dri", "vel", "to", "sun", "bar", "eth", "ik", "or", "pra", "ne", "sol", "ut",
              "gri", "fen", "ma", "dor", "lis", "quo", "ver", "ham", "bel", "tru", "cen", "os", "ri", "wal"]
KEEP_COMMONEST = 250
_BOILERPLATE = [
    "Follow our live coverage of this story on our website and on our social media channels for the latest updates.",
    "This article was produced with the help of wire services and was updated after publication with new details.",
    "Sign up for our morning newsletter to receive the most important news of the day directly in your inbox.",
]
_GENERIC_QUOTES = [
    "we will see", "this is not over", "we are ready to talk", "there is no other way", "it is not the time",
    "we have done all we can", "nothing has been decided yet", "this is a good day for all of us",
    "we will not give up", "it is too early to say", "they know what they did", "we are not going anywhere",
    "this is only the start", "we do not need more talk", "that is all I can say now", "we will do it again",
]


def source_material() -> dict:
    """Body sentences and direct/partial quotes of the seeds and of every corpus in ``tests/data`` but ``hostile``.

    Cached in the scratch folder (loading the corpora runs every tagger).
    """
    cache = SCRATCH / f"material-v{VARIED_VERSION}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    sys.path.insert(0, str(REPO))
    import corpus_tools

    folders = [corpus_tools.seeds_path()]
    folders += sorted(p.parent for p in (REPO / "tests" / "data").glob("*/corpus.toml") if p.parent.name != "hostile")
    sentences, quotes = [], []
    for folder in folders:
        corpus = corpus_tools.load_corpus(folder)
        s = corpus.table("sentences")
        sentences += list(s[s.kind == "body"].text)
        q = corpus.table("quotes")
        quotes += list(q[q.kind.isin(["direct", "partial"])].text)
    material = {"sentences": sentences, "quotes": quotes}
    SCRATCH.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(material, ensure_ascii=False), encoding="utf-8")
    return material


class _Shuffler:
    """Vocabulary shuffling: keep the shape of a sentence, change its words."""

    def __init__(self, texts: list[str], rng: random.Random, fresh: float = 1 / 3):
        counts: dict[str, int] = {}
        for t in texts:
            for w in _WORD.findall(t):
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        self.keep = frozenset(ranked[:KEEP_COMMONEST])
        self.vocabulary = sorted(w for w in counts if len(w) >= 4 and w not in self.keep)
        self.rng, self.fresh = rng, fresh

    def word(self) -> str:
        rng = self.rng
        if rng.random() < self.fresh:
            return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        return rng.choice(self.vocabulary)

    def __call__(self, text: str) -> str:
        def swap(m: re.Match) -> str:
            w = m.group(0)
            if len(w) < 4 or w.lower() in self.keep:
                return w
            new = self.word()
            return new.capitalize() if w[0].isupper() else new
        return _WORD.sub(swap, text)

    def edit(self, text: str) -> str:
        """One small edit: a word replaced, dropped or added."""
        ws = text.split(" ")
        i = self.rng.randrange(len(ws))
        op = self.rng.random()
        if op < 0.5:
            ws[i] = self.word()
        elif op < 0.75 and len(ws) > 3:
            del ws[i]
        else:
            ws.insert(i, self.word())
        return " ".join(ws)


def varied_tables(n: int, seed: int = 2025):
    """Input tables of the reuse builders for ``n`` varied documents (see the module docstring).

    Returns ``(sentences, quotes, documents)``: DataFrames shaped like the
    package's ``sentences`` (doc_id, sentence, start, end, kind, text; the
    first sentence of each document a ``heading``), ``quotes`` (doc_id,
    quote_id, start, end, text, kind, speaker) and ``documents`` (doc_id,
    clean_text) tables; every span is exact (``clean_text[start:end] == text``).
    Everything is drawn from ``random.Random(seed)``: the same n and seed give the same tables.
    """
    import pandas as pd

    material = source_material()
    rng = random.Random(seed)
    shuffle = _Shuffler(material["sentences"] + material["quotes"], rng)
    sentences_src = [s for s in material["sentences"] if len(s.split()) <= 60]
    quotes_src = [q.strip(" ,.") for q in material["quotes"] if 3 <= len(q.split()) <= 40]
    wire = [[shuffle(rng.choice(sentences_src)) for _ in range(rng.randint(2, 6))] for _ in range(max(3, n // 20))]
    utterances = [shuffle(rng.choice(quotes_src)) for _ in range(max(3, n // 8))]
    speakers = [f"{shuffle.word().capitalize()} {shuffle.word().capitalize()}" for _ in range(max(10, n // 50))]

    def quote() -> str:
        r = rng.random()
        if r < 0.6:
            return shuffle(rng.choice(quotes_src))
        q = rng.choice(utterances) if r < 0.9 else rng.choice(_GENERIC_QUOTES)
        return shuffle.edit(q) if rng.random() < 0.4 else q

    srows, qrows, drows = [], [], []
    for i in range(n):
        doc_id = f"varied-{i:06d}"
        paragraphs: list[list[tuple[str, str, list]]] = []  # sentences: (text, kind, [(quote start, end, kind, speaker)])
        heading = " ".join(shuffle(rng.choice(sentences_src)).split()[:12]).rstrip(".,;:")
        paragraphs.append([(heading, "heading", [])])
        for _ in range(rng.randint(4, 14)):
            if rng.random() < 0.25:
                q, who = quote(), rng.choice(speakers)
                if rng.random() < 0.7:
                    text, at, kind = f"“{q},” {who} said.", 1, "direct"
                else:
                    lead = f"{who} said the plan was “"
                    text, at, kind = f"{lead}{q}”.", len(lead), "partial"
                paragraphs.append([(text, "body", [(at, at + len(q), kind, who)])])
            else:
                paragraphs.append([(shuffle(rng.choice(sentences_src)), "body", []) for _ in range(rng.randint(1, 3))])
        if rng.random() < 0.3:
            copy = list(rng.choice(wire))
            r = rng.random()
            if r < 0.15 and len(copy) > 2:
                copy = copy[: rng.randint(2, len(copy) - 1)]
            elif r < 0.3:
                k = rng.randrange(len(copy))
                copy[k] = shuffle.edit(copy[k])
            paragraphs.insert(rng.randint(1, len(paragraphs)), [(s, "body", []) for s in copy])
        for line in _BOILERPLATE:
            if rng.random() < 0.02:
                paragraphs.append([(line, "body", [])])
        parts, pos, k, nq = [], 0, 0, 0
        for p, para in enumerate(paragraphs):
            if p:
                parts.append("\n\n")
                pos += 2
            for j, (text, kind, quotes) in enumerate(para):
                if j:
                    parts.append(" ")
                    pos += 1
                srows.append((doc_id, k, pos, pos + len(text), kind, text))
                for a, b, qkind, who in quotes:
                    qrows.append((doc_id, f"{doc_id}-q{nq}", pos + a, pos + b, text[a:b], qkind, who))
                    nq += 1
                parts.append(text)
                pos += len(text)
                k += 1
        drows.append((doc_id, "".join(parts)))
    sentences = pd.DataFrame(srows, columns=["doc_id", "sentence", "start", "end", "kind", "text"])
    quotes = pd.DataFrame(qrows, columns=["doc_id", "quote_id", "start", "end", "text", "kind", "speaker"])
    documents = pd.DataFrame(drows, columns=["doc_id", "clean_text"])
    return sentences, quotes, documents


def varied_folder(n: int, seed: int = 2025) -> Path:
    """The varied tables for ``n`` documents as Parquet files in the scratch folder (written once)."""
    folder = SCRATCH / f"varied-v{VARIED_VERSION}-{n}-{seed}"
    if not (folder / "documents.parquet").exists():
        folder.mkdir(parents=True, exist_ok=True)
        for name, table in zip(("sentences", "quotes", "documents"), varied_tables(n, seed)):
            tmp = folder / f"{name}.parquet.tmp"
            table.to_parquet(tmp, index=False)
            tmp.replace(folder / f"{name}.parquet")
    return folder


# ---------------------------------------------------------------- one measurement (a child process)

def _load_impl(impl: str):
    from corpus_tools.compare import reuse

    if impl == "new":
        return reuse
    # Another reuse.py, loaded as a sibling module so that its relative imports work. It may
    # declare its tables differently: give it a make_table that takes whatever columns it makes.
    import importlib.util

    import pandas as pd

    spec = importlib.util.spec_from_file_location("corpus_tools.compare._reuse_other", impl)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # a module defining a dataclass must be importable by name while it runs
    spec.loader.exec_module(mod)
    mod.make_table = lambda name, rows: pd.DataFrame(list(rows))
    return mod


def child(source: str, impl: str, table: str, trace: bool) -> dict:
    """Build one table once in this process and measure it (run through ``--child``)."""
    import time
    import tracemalloc

    import pandas as pd

    sys.path.insert(0, str(REPO))
    mod = _load_impl(impl)
    src = Path(source)
    if (src / "documents.parquet").exists():  # varied tables
        sentences = pd.read_parquet(src / "sentences.parquet")
        quotes = pd.read_parquet(src / "quotes.parquet")
        documents = pd.read_parquet(src / "documents.parquet")
    else:
        import corpus_tools

        corpus = corpus_tools.load_corpus(src)
        sentences, quotes = corpus.table("sentences"), corpus.table("quotes")
        documents = corpus.table("documents")[["doc_id", "clean_text"]]
    if table == "quote_groups":
        build = lambda: mod.group_quotes(quotes)  # noqa: E731
    elif hasattr(mod, "find_passages"):
        texts = dict(zip(documents.doc_id, documents.clean_text))
        build = lambda: mod.find_passages(sentences, texts)  # noqa: E731
    else:  # an older reuse.py: sentence pairs over body sentences
        body = sentences[sentences.kind == "body"]
        build = lambda: mod._shared_passages_frame(body)  # noqa: E731
    if trace:
        tracemalloc.start()
        out = build()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return {"rows": len(out), "py_mb": peak / 1e6}
    rss_before = _status_kb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to the current RSS
    except OSError:
        pass
    t0 = time.process_time()
    out = build()
    cpu = time.process_time() - t0
    peak = _status_kb("VmHWM")
    return {"rows": len(out), "cpu_s": cpu, "rss_mb": max(0, peak - rss_before) / 1024, "peak_mb": peak / 1024}


def _status_kb(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))


def run_child(source: Path, impl: str, table: str, trace: bool, timeout: float) -> dict | None:
    cmd = [sys.executable, __file__, "--child", str(source), impl, table] + (["--trace"] if trace else [])
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        sys.exit(f"child failed: {' '.join(cmd)}\n{exc.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- growth exponents

def exponents(points: list[tuple[int, float]]) -> tuple[list[str], float | None]:
    """Growth exponents of ``value ~ N^k``: between consecutive sizes, and the least-squares fit over all."""
    pts = [(n, v) for n, v in points if v and v > 0]
    steps = [f"{math.log(v2 / v1) / math.log(n2 / n1):.2f} ({n1}->{n2})" for (n1, v1), (n2, v2) in zip(pts, pts[1:])]
    if len(pts) < 2:
        return steps, None
    xs, ys = [math.log(n) for n, _ in pts], [math.log(v) for _, v in pts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return steps, sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="*", default=[100, 300, 1000], help="corpus sizes (default: 100 300 1000)")
    ap.add_argument("--varied", action="store_true", help="varied input tables (see the docstring); else recombined seeds")
    ap.add_argument("--seed", type=int, default=2025, help="seed of the varied tables (default: 2025)")
    ap.add_argument("--old", help="another reuse.py to measure as well (e.g. an earlier commit's)")
    ap.add_argument("--tables", default=",".join(TABLES), help="comma-separated tables (default: both)")
    ap.add_argument("--skip-new", action="store_true", help="measure only the --old implementation")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed to one child (default: 900)")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc children (py_mb)")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--child", nargs=3, metavar=("SOURCE", "IMPL", "TABLE"), help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child, trace=args.trace)))
        return 0

    impls = ([] if args.skip_new else [("new", "new")]) + ([("old", str(Path(args.old).resolve()))] if args.old else [])
    results = []
    print("| N | table | impl | rows | CPU s | peak RSS rise MB | process peak MB | peak Python MB |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    for n in args.n:
        if args.varied:
            source = varied_folder(n, args.seed)
        else:
            sys.path.insert(0, str(REPO / "benchmarks"))
            import make_corpus

            source = SCRATCH / f"synthetic-{n}"
            if not (source / "corpus.toml").exists():
                make_corpus.make_corpus(n, source)
        for table in args.tables.split(","):
            for label, impl in impls:
                timed = run_child(source, impl, table, False, args.timeout)
                traced = None if args.no_trace or timed is None else run_child(source, impl, table, True, args.timeout)
                row = {"n": n, "table": table, "impl": label, **(timed or {}), **(traced or {})}
                results.append(row)
                cells = [f"{row['cpu_s']:.2f}" if timed else f">{args.timeout:.0f} (TIMEOUT)",
                         f"{row['rss_mb']:.0f}" if timed else "", f"{row['peak_mb']:.0f}" if timed else "",
                         f"{row['py_mb']:.0f}" if traced else ""]
                print(f"| {n} | {table} | {label} | {row.get('rows', '')} | " + " | ".join(cells) + " |", flush=True)
    if len(args.n) > 1:
        print("\ngrowth exponents (value ~ N^k): consecutive sizes; least-squares fit over all sizes")
        for table in args.tables.split(","):
            for label, _ in impls:
                mine = [r for r in results if r["table"] == table and r["impl"] == label]
                for key in ("cpu_s", "rss_mb", "py_mb", "rows"):
                    steps, fit = exponents([(r["n"], r.get(key)) for r in mine])
                    if fit is not None:
                        print(f"  {table} {label} {key}: fit {fit:.2f}; " + ", ".join(steps))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
