"""Scaling of the tagging stage on worst-case inputs: CPU time and memory per table builder.

Usage (from the repository root)::

    .venv/bin/python benchmarks/tag_scaling.py                       # 0.25, 1 and 4 MB
    .venv/bin/python benchmarks/tag_scaling.py --base 0.0625 --max 1 --inputs quotes,names
    .venv/bin/python benchmarks/tag_scaling.py --tables quotes,citations --json tag.json

The inputs are those of ``benchmarks/scaling.py`` (``oneline``: one line
without punctuation; ``lines``: many short lines; ``html``: one long
paragraph full of entities; ``quotes``: a line full of unbalanced quotation
marks) and two more aimed at the taggers:

* ``names``: one paragraph of short sentences full of capitalised names,
  titles, speech verbs, "according to", pronouns and numbers, every sentence
  followed by an unclosed or straight quotation mark, so every speaker,
  mention and citation rule has candidates everywhere;
* ``nopunct``: one line of lower-case words without punctuation and without
  a single capital, the longest possible sentence for the sentence-level
  taggers (sentiment, readability, claims, frames);
* ``possessive``: British style, one quotation in single marks (‘…’) that
  runs the whole line, full of plural possessives ("the nurses’ union")
  whose ’ might close it, closed at the very end;
* ``phrases``: one paragraph of speakers named inside longer phrases (round
  16): families, bodies with bracketed acronyms, "Friends of X", "A
  representative for X", "X’s statement", "the family said", so every
  look-up by surname and every family or acronym has candidates everywhere;
  and (round 17) bodies set beside a class noun, "the office" after a
  possessive body, "the coast guard" after a nationality, "the unit" after
  "the … unit of X", "the campaign’s chair", so every look-back for a body
  with no name of its own has candidates everywhere; (round 21) bodies by
  their kind and place, "her coach", ages, comments on a quotation,
  passive speech verbs and speech nouns before a colon; (round 22) datelines
  and titles before a delayed lede's name, second reports after ", and",
  semicolon clauses, people's spokespeople, "known locally as", saints'
  hospitals, "whose descendants", works' titles and participles; (round 23)
  offices and police held back by a lede, "author of" titles, bodies' short
  names and comma-cut fronts, teams before positions, shared surnames,
  "Neighbouring" bodies and claims with an aside; (round 24) possessed roles
  with an acronym, a cathedral's chapter and dean, "her analysis", one
  unnamed person after a fronted place, "which in September told", "said by
  email that" and a name set beside "A spokesperson,".

Each size of each input is a one-document corpus (as in ``scaling.py``)
loaded in a fresh process, untimed. Then each per-document table of
:data:`corpus_tools.tables.TABLES` is built with ``corpus.table(name)`` in
the registry's order, so a table a builder reads (``quotes`` for
``citations``) is already built and cached: each time is that builder's own.
A second fresh process builds them again under :mod:`tracemalloc` and
records each builder's peak above its start (Python's allocations).

It prints, per input and table, the CPU seconds at each size, the exponent
``b`` of ``seconds ~ size^b`` (least squares on log-log; blank when the
table takes under 0.05 s at the largest size) and the peak memory against
the input's size. ``--json FILE`` keeps every number.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import scaling  # noqa: E402

MB = scaling.MB
INPUTS = ("oneline", "lines", "html", "quotes", "names", "nopunct", "possessive", "phrases")


def per_document_tables() -> list[str]:
    """Names of the per-document tables, in the registry's (dependency) order, without the load tables."""
    from corpus_tools.tables import TABLES

    load_tables = {"documents", "paragraphs", "sentences", "removed", "repairs"}
    return [name for name, spec in TABLES.items() if spec.per_document and name not in load_tables]


def make_text(kind: str, nbytes: int, seed: int = 0) -> tuple[str, str]:
    """``(file name, content)`` of about ``nbytes`` of the input ``kind`` (those of scaling.py, and two more)."""
    if kind in scaling.INPUTS:
        return scaling.make_text(kind, nbytes, seed)
    rng = random.Random(seed)
    vocabulary = scaling._vocabulary(rng)
    if kind == "nopunct":
        return "nopunct.txt", " ".join(scaling._words(rng, vocabulary, nbytes)) + "\n"
    if kind == "possessive":
        words, size = ["‘Start"], 6
        while size < nbytes:
            word = rng.choice(vocabulary)
            words.append(f"the {word}s’ {rng.choice(vocabulary)}" if rng.random() < 0.3 else word)
            size += len(words[-1]) + 1
        return "possessive.txt", " ".join(words) + " end,’ she said.\n"
    if kind == "names":
        firsts = [w.capitalize() for w in vocabulary[:300]]
        lasts = [w.capitalize() for w in vocabulary[300:900]]
        titles = ["Mr.", "Dr.", "President", "Minister", "Sen.", "Prof.", "Chief", "Lt."]
        verbs = ["said", "told", "added", "claimed", "warned", "says", "insisted", "denied"]
        templates = [
            "{t} {f} {l} {v} the {w} was {n} percent",
            "According to {f} {l}, the {w} {w2}",
            "{f} {l} of the {W} {v} that {F} {L} had {w}",
            "He {v} {f} {l} {w} {n} times",
            "The {W} {W2} ({A}) {v} on {n} {w}",
            "{F} {L}, {t} {W}, {v} {f} {l} and {F} {L} {w}",
            "She {v} the {W} report",
        ]
        marks = ["“", "\"", "‘", "”", " “", ""]
        out, size = [], 0
        while size < nbytes:
            sentence = rng.choice(templates).format(
                t=rng.choice(titles), f=rng.choice(firsts), l=rng.choice(lasts), v=rng.choice(verbs),
                F=rng.choice(firsts), L=rng.choice(lasts), w=rng.choice(vocabulary), w2=rng.choice(vocabulary),
                W=rng.choice(vocabulary).capitalize(), W2=rng.choice(vocabulary).capitalize(),
                A=rng.choice(vocabulary)[:4].upper(), n=rng.randint(2, 99))
            sentence = sentence + rng.choice([". ", ", ", "; "]) + rng.choice(marks)
            out.append(sentence)
            size += len(sentence)
        return "names.txt", "".join(out) + "\n"
    if kind == "phrases":
        lasts = [w.capitalize() for w in vocabulary[:900]]
        templates = [
            "Singer Ana {L} left. The {L} family attended. The family said it was “{w}”",
            "The Kelby {W} Trust ({A}) met. Friends of {L} said she was “{w}”",
            "A representative for {L} said the tour was {w}. {L}’s statement said “{w2}”",
            "Aides to {L}, who asked not to be named, said the {w} was “{w2}”",
            # round 17: bodies with no head word and the nouns that point back to them
            "{W} for {L}, a charity that supports {w}, said it was {w2}. The body said “{w}”",
            "The {W} prosecutor’s office said “{w}”. A spokeswoman for the office said the {w2} was late",
            "Italian coast guard crews found {w}. The coast guard said “{w2}”",
            "The {w} unit of the {W} Federation said {w2}. The unit said “{w}”. The campaign’s chair said “{w2}”",
            # round 18: bodies named by a place and a lower-case noun, and the people of a body
            "“{w},” {L} police said. Police said the {w2} was closed. The {L} County Fire District said “{w}”",
            "{L} County officials said {w}. Health board officials said “{w2}”. The union’s leadership said {w}",
            "The provincial {w} ministry said {w2}, and the ministry said “{w}”. {L} Bank economists said “{w2}”",
            # round 21: bodies by their kind and place, named heads in front, the county, possessed roles, ages,
            # comments on a quotation, passive verbs, speech nouns before a colon, platforms by posting
            "The {L} Valley Water Authority said {w}. The region’s water authority said “{w2}”. Team {L} said {w}",
            "Her coach, the former champion Dev {L}, said {w}. “{w2},” her coach said. The {L} County Fire District "
            "said {w}, and the county said “{w2}”",
            "{L}, 54, a nurse, said “{w}”, a pledge the union called {w2}. “{w},” added the 54-year-old",
            "{L} was accused by {L} of “{w}”. {L}’s verdict: “{w2}.” {L} wrote on {W} that {w} was {w2}",
            # round 22: datelines and titles before a delayed lede's name, a second report after ", and", semicolon
            # clauses before a pronoun, spokespeople of people, acronyms brought in by "known as", saints' bodies,
            # relative reports, works' titles and participles after an object
            "{W} — The chair of the {w} into the {w2} said “{w}”. Dame Ana {L}, a retired judge, told it “{w2}”",
            "Several {w}s said they {w2}, and one {w}, who asked not to be named, said he {w}. {L}, 36, ran it; {L}, "
            "37, wrote most of the {w}. He left, saying that he {w2}",
            "{L}’s spokesperson said {w}. The spokesperson said {L} {w2}. {W} quoted {L} as saying the {w} had {w2}",
            "The {W} Agency for {W}’s North Coast, known locally as the {A}, said {w}. The {A} said it was “{w2}”",
            "At St {L}’s Hospital in {W}, staff {w}. The hospital trust said {w2}, which it said would {w}",
            "The {L} family, whose descendants say they were {w}, sold its best-known painting, “The {W} at {W}”, to {L}",
            "A High Court judge rebuked the singer {L} and the producer {L}, telling them the case was “{w}”",
            # round 23: an office and police held back by the lede, a work after "author of", a body's short name and
            # its comma-cut front, a team before a position, shared surnames, another body of a kind, documents
            "{W} will be {w}, the {w} minister announced. Ana {L} told MPs {w2}. “{w},” the minister said. {w}, police said",
            "The writer Dev {L}, author of “{W} and {W}”, a history of {w}s, said {w2}. {L} {W} Brewing Group said it "
            "would {w}; {L} {W} said it would {w2}",
            "The {W}, {W} and Allied Workers’ Union ({A}) said {w}. Tom {L}, the former {L} {W} winger, is suing, "
            "claiming that {w2}",
            "Ray {L} said {w}. “{w2},” said Lena {L}, Ray’s sister. {L} says he {w}. Neighbouring {L} District Council "
            "said {w2}. The claim, filed at the {W} Court, alleges that {w}",
            # round 24: a possessed role with an acronym, a cathedral's dean and chapter, a person's analysis, one
            # unnamed person after a fronted place, a relative with a time, a reply by email, a named spokesperson
            "{L}'s UK general manager, Ana {L}, told the {W} that the company {w}. {L} Cathedral will {w}, the "
            "cathedral’s chapter said. “{w2},” the dean said",
            "According to her analysis, {w} was {w2}. At a market in {W}, one trader, who did not want to be named, "
            "said he {w}. The {W} Board, which in {W} told {w}s that {w2}",
            "A spokesperson, Ana {L}, said by email that the company {w}. At {L} Academy, where {L} is in Year 9, "
            "the headteacher, Ruth {L}, said {w2}. The campaign group {W} {W} said {w}",
        ]
        out, size = [], 0
        while size < nbytes:
            sentence = rng.choice(templates).format(
                L=rng.choice(lasts), w=rng.choice(vocabulary), w2=rng.choice(vocabulary),
                W=rng.choice(vocabulary).capitalize(), A=rng.choice(vocabulary)[:4].upper()) + ". "
            out.append(sentence)
            size += len(sentence)
        return "phrases.txt", "".join(out) + "\n"
    raise ValueError(f"unknown input {kind!r}; known: {', '.join(INPUTS)}")


def write_corpus(kind: str, nbytes: int, folder: Path, seed: int = 0) -> int:
    """Write a one-document corpus of the input ``kind`` into ``folder``; return the file's size in bytes."""
    import hashlib

    name, content = make_text(kind, nbytes, seed)
    data = content.encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / "corpus.toml").write_text(
        f'[corpus]\nname = "tag-scaling-{kind}"\n\n[[documents]]\nid = "{kind}"\nfile = "{name}"\n'
        f'sha256 = "{hashlib.sha256(data).hexdigest()}"\noutlet = "Scaling News"\npublished = "2025-03-05"\n',
        encoding="utf-8")
    return len(data)


def measure(folder: Path, tables: list[str] | None = None, memory: bool = False) -> dict[str, list[float]]:
    """Load the corpus in ``folder`` (untimed), then build each table; ``{table: [cpu_seconds, peak_bytes]}``.

    Tables are built in the registry's order, so each time excludes the
    tables it reads; each is timed with the garbage collector paused
    (``scaling.gc_paused``), unless ``memory``. With ``memory`` the builds run under tracemalloc and
    ``peak_bytes`` is the most a build allocated above its start.
    """
    import corpus_tools

    corpus = corpus_tools.load_corpus(folder)
    names = per_document_tables()
    wanted = set(tables or names)
    out: dict[str, list[float]] = {}
    if memory:
        tracemalloc.start()
    for name in names:
        if name not in wanted and not any(w in wanted for w in names[names.index(name) + 1:]):
            continue  # neither wanted nor possibly read by a wanted table further down
        if memory:
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
        with scaling.gc_paused(not memory):
            start = time.process_time()
            corpus.table(name)
            seconds = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1] - before if memory else 0
        if name in wanted:
            out[name] = [seconds, peak]
    if memory:
        tracemalloc.stop()
    return out


def _worker(folder: str, mode: str, tables: str) -> None:
    # Warm up on a small corpus of the same input: imports, codebook
    # compilation and first-call set-up are not charged to the first size.
    wanted = [t for t in tables.split(",") if t] or None
    with tempfile.TemporaryDirectory(prefix="corpus-tools-tagwarm-") as warm:
        write_corpus(Path(folder).name.rsplit("-", 1)[0], 20_000, Path(warm))
        measure(Path(warm), wanted)
    totals = measure(Path(folder), wanted, memory=(mode == "memory"))
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"tables": totals, "maxrss": maxrss}))


def _run_worker(folder: Path, mode: str, tables: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", str(folder), mode, tables],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{folder} ({mode}) failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=float, default=0.25, help="smallest input in MB (default 0.25)")
    ap.add_argument("--max", type=float, default=None, help="largest input in MB (default 16x --base)")
    ap.add_argument("--inputs", default=",".join(INPUTS), help=f"comma-separated, of {', '.join(INPUTS)}")
    ap.add_argument("--tables", default="", help="comma-separated table names (default: every per-document table)")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    ap.add_argument("--json", type=Path, help="save every number to this file")
    ap.add_argument("--worker", nargs=3, metavar=("FOLDER", "MODE", "TABLES"), help=argparse.SUPPRESS)
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
          f"sizes {', '.join(f'{s:g}' for s in sizes_mb)} MB; CPU seconds; memory = tracemalloc peak above the build's start")
    results = scaling.measure_inputs(kinds, sizes_mb, write_corpus,
                                     lambda folder, mode: _run_worker(folder, mode, args.tables), "tables",
                                     not args.no_memory,
                                     lambda kind, rows: scaling.print_table(kind, rows, list(rows[0]["time"]), "table", 16))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
