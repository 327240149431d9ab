"""The command line: ``corpus-tools`` (also ``python -m corpus_tools``).

Commands::

    corpus-tools info [CORPUS]                      a summary line per document
    corpus-tools export TABLE [CORPUS] [--format csv|json|jsonl|parquet] [-o FILE] [--jobs N]
    corpus-tools validate CORPUS [--allow-incomplete]   every problem, or "ok"
    corpus-tools init DIR FILES...                  a starter corpus.toml for your articles
    corpus-tools tables [--markdown]                the data dictionary
    corpus-tools report [--corpus DIR] [--out DIR] [--jobs N]  run every notebook, render HTML
    corpus-tools dataset [CORPUS] OUT [--jobs N]    every table as Parquet, for a corpus too large to hold

CORPUS defaults to the embedded seeds; it may come anywhere among the options,
or as ``--corpus DIR``. A user's mistake (a missing folder, a bad manifest, an
unknown table, an unwritable output) prints one line on stderr and exits with
status 2; there is no traceback. Ctrl-C exits 130 and SIGTERM 143, with one
line; a broken pipe (``| head``) exits 0 quietly. ``-o FILE`` is written
atomically: an earlier file survives a failure.

``export`` streams a per-document table (most tables; see ``corpus-tools
tables``): documents are loaded and tagged a chunk at a time, in this process
or in ``--jobs N`` workers that send back rows only, and each chunk's rows are
written as they come (CSV and JSON by pandas, Parquet by pyarrow's
ParquetWriter), so memory stays flat however large the corpus. The bytes are
those of writing the whole table at once. A cross-document table (people,
keyness, quote_groups, shared_passages) needs every document: it is built in
memory, then written.

This module imports neither pandas nor a tagger at start-up, so ``--help``,
``--version`` and ``tables`` answer at once (``python -X importtime`` shows it).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import IO, Iterable

from .tables import TABLES, data_dictionary_markdown
from .errors import CorpusError

EXIT_USAGE = 2
EXIT_PROBLEMS = 1  # validate found problems in the corpus
EXIT_SIGINT = 128 + signal.SIGINT
EXIT_SIGTERM = 128 + signal.SIGTERM

# -o FILE's extension names the format unless --format says otherwise.
FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".parquet": "parquet"}


class UserError(Exception):
    """A mistake in how the command was called; printed as one line."""


class Terminated(BaseException):
    """SIGTERM arrived (raised from the signal handler, like KeyboardInterrupt for SIGINT)."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(text: str) -> str:
    """``text`` with control characters (newlines, NUL, DEL) shown as escapes, so a message stays one line."""
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], str(text))


def _printable(text: str, stream) -> str:
    """``text`` as ``stream`` can encode it (a non-UTF-8 file name's bytes become ``\\udcXX``)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding)


def say(text: str, stream=None) -> None:
    stream = stream or sys.stdout
    print(_printable(text, stream), file=stream)


def _table_list() -> str:
    return ", ".join(sorted(TABLES))


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _documents(value: str) -> int:
    """A number of documents (0 or more), for argparse: anything else is its one-line usage error."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of documents: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of documents: {value!r}")
    return n


def _version() -> str:
    from . import __version__

    return __version__


def _corpus_arguments(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("corpus", nargs="?", help="corpus folder (default: embedded seeds)" if not required else "corpus folder")
    p.add_argument("--corpus", dest="corpus_option", metavar="DIR", help="the corpus folder, as an option")


def build_parsers() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser and each command's parser (each parsed with ``parse_intermixed_args``)."""
    parser = argparse.ArgumentParser(
        prog="corpus-tools",
        description="Load, clean, tag and compare a corpus of news articles. CORPUS is a folder with corpus.toml (default: the embedded seeds).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands: dict[str, argparse.ArgumentParser] = {}

    p = commands["info"] = sub.add_parser("info", help="one line per document: outlet, date, lengths before and after cleaning")
    _corpus_arguments(p)

    p = commands["export"] = sub.add_parser(
        "export", help="write a table as CSV, JSON, JSON lines or Parquet",
        description="Write a table. Tables: " + _table_list() + ". See `corpus-tools tables` for their columns. "
                    "A per-document table is streamed: documents are processed a chunk at a time and each chunk's rows "
                    "are written as they come, so memory does not grow with the corpus; the output is the same as "
                    "writing the whole table at once. Cross-document tables (" + ", ".join(sorted(n for n, t in TABLES.items() if not t.per_document))
                    + ") are built in memory first.")
    p.add_argument("table", help="table name: " + _table_list())
    _corpus_arguments(p)
    p.add_argument("--format", choices=sorted(set(FORMATS.values())),
                   help="output format (default: from -o FILE's extension, else csv)")
    p.add_argument("-o", "--output", help="output file, written atomically (default: standard output; parquet needs a file)")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="worker processes (default: 1): each loads and tags a chunk of documents and sends back its rows, "
                        "written in corpus order; a progress bar shows on a terminal")

    p = commands["validate"] = sub.add_parser("validate", help="check a corpus folder and list every problem (exit 1 if any)")
    _corpus_arguments(p, required=True)
    p.add_argument("--allow-incomplete", action="store_true",
                   help="report blank required fields as warnings, not problems (for exploring)")

    p = commands["init"] = sub.add_parser("init", help="write a starter corpus.toml for a folder of articles")
    p.add_argument("folder", help="corpus folder to create or fill")
    p.add_argument("files", nargs="+", help=".txt, .md or .html files (copied into the folder byte for byte)")
    p.add_argument("--name", help="corpus name (default: the folder's name)")
    p.add_argument("--force", action="store_true", help="overwrite an existing corpus.toml")

    p = commands["tables"] = sub.add_parser("tables", help="list the tables and their columns (the data dictionary)")
    p.add_argument("--markdown", action="store_true", help="print as Markdown (the README's data dictionary)")

    p = commands["dataset"] = sub.add_parser(
        "dataset", help="write every table as Parquet files in a folder, for a corpus too large to hold in memory",
        description="Write every table of CORPUS (default: the embedded seeds) to OUT/<table>.parquet, with "
                    "OUT/dataset.json saying which corpus and how many rows each table has. Documents are loaded and "
                    "tagged a chunk at a time and each chunk's rows are appended as they come; the cross-document tables "
                    "are then built from the written columns (on 100,000 varied documents the whole command peaked at 3.6 GB, where load_corpus would hold about 16 GB). "
                    "OUT is built beside itself and swapped in whole when complete. Read it with "
                    "corpus_tools.open_dataset(OUT), pandas, pyarrow or DuckDB.")
    p.add_argument("paths", nargs="+", metavar="FOLDER", help="[CORPUS] OUT: the corpus folder (default: the embedded seeds), then the output folder")
    p.add_argument("--corpus", dest="corpus_option", metavar="DIR", help="the corpus folder, as an option")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="worker processes that load and tag the documents (default: 1); a progress bar shows on a terminal")

    p = commands["report"] = sub.add_parser("report", help="run every notebook on a corpus and render an HTML report")
    p.add_argument("--corpus", help="corpus folder (default: embedded seeds)")
    p.add_argument("--out", default="reports", help="output folder (default: reports/)")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="worker processes that load and tag the corpus, once for every chapter (default: 1)")
    p.add_argument("--dataset-above", type=_documents, default=None, metavar="N",
                   help="past N documents (default: 20,000) the corpus is too large to hold: it is written as a dataset "
                        "(see the dataset command) and only the at-scale chapter runs, from aggregates")
    return parser, commands


def build_parser() -> argparse.ArgumentParser:
    return build_parsers()[0]


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; a command's options and positionals may come in any order.

    ``argparse`` cannot intermix through subparsers, so the command word is
    found first (the top-level parser has only ``--help`` and ``--version``)
    and the rest goes to that command's ``parse_intermixed_args``.
    """
    parser, commands = build_parsers()
    at = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if at is None or at > 0 or argv[at] not in commands:
        return parser.parse_args(argv)  # --help, --version, or argparse's own one-line error (exit 2)
    args = commands[argv[at]].parse_intermixed_args(argv[at + 1 :])
    args.command = argv[at]
    if args.command == "dataset":  # [CORPUS] OUT: the last folder named is the output
        if len(args.paths) > 2:
            commands["dataset"].error("give one corpus folder and one output folder")
        args.corpus, args.out = (args.paths[0] if len(args.paths) == 2 else None), args.paths[-1]
    if hasattr(args, "corpus_option"):
        if args.corpus and args.corpus_option and args.corpus != args.corpus_option:
            commands[argv[at]].error(f"two corpus folders given: {args.corpus!r} and --corpus {args.corpus_option!r}")
        args.corpus = args.corpus or args.corpus_option
        if args.command == "validate" and not args.corpus:
            commands["validate"].error("the corpus folder is required")
    return args


def _check_corpus_warnings(path) -> None:
    """One warning line per kind of problem an incomplete manifest has (export and report still run)."""
    from .load.schema import manifest_warnings

    for line in manifest_warnings(path):
        say(f"corpus-tools: warning: {one_line(line)}", sys.stderr)


def cmd_info(args) -> None:
    from .load.corpus import load_corpus

    corpus = load_corpus(args.corpus)
    _check_corpus_warnings(corpus.path)
    docs = corpus.table("documents")
    lines = [f"corpus {corpus.name}: {len(docs)} documents"]
    for row in docs.itertuples():
        title = f" - {row.title}" if row.title else ""
        lines.append(f"{row.doc_id:<20} {row.outlet:<20} {row.published:<10} raw {row.raw_chars:>6} clean {row.clean_chars:>6} "
                     f"chars, {row.paragraphs} paragraphs, {row.sentences} sentences, {row.repairs} repairs{title}")
    for line in lines:
        say(one_line(line))


def output_format(output: str | None, fmt: str | None) -> str:
    """The format to write: ``--format``, else ``-o FILE``'s extension, else csv; a clash is a :class:`UserError`."""
    inferred = FORMATS.get(Path(output).suffix.lower()) if output else None
    if fmt and inferred and fmt != inferred:
        raise UserError(f"-o {output} looks like {inferred} but --format is {fmt}; drop one or make them agree")
    return fmt or inferred or "csv"


def write_csv(frames: Iterable, out: IO[str]) -> None:
    """Write DataFrames as one CSV (header from the first, then rows): the bytes of ``pd.concat(frames).to_csv``.

    Each frame is written by pandas as it comes (pyarrow's CSVWriter quotes
    every string and writes 500.0 as 500, so its bytes would change).
    """
    first = True
    for frame in frames:
        if first or len(frame):
            frame.to_csv(out, index=False, header=first, lineterminator="\n")
        first = False


def _records(frame) -> list:
    # via to_json so NaN becomes null and dates ISO strings; json.dumps keeps "/" unescaped
    return json.loads(frame.to_json(orient="records", date_format="iso"))


def write_jsonl(frames: Iterable, out: IO[str]) -> None:
    """Write DataFrames as JSON lines, one object per row, frame by frame."""
    for frame in frames:
        if len(frame):
            out.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in _records(frame)))


def write_json(frames: Iterable, out: IO[str]) -> None:
    """Write DataFrames as one JSON array of row objects (``indent=1``), frame by frame.

    The bytes are those of ``json.dump`` of all the rows at once: each
    frame's rows are dumped as a list whose brackets are left off, and the
    pieces are joined with ``,`` where ``json.dump`` would put it.
    """
    out.write("[")
    wrote = False
    for frame in frames:
        if not len(frame):
            continue
        text = json.dumps(_records(frame), ensure_ascii=False, indent=1)  # "[\n {...},\n {...}\n]"
        out.write(",\n" if wrote else "\n")
        out.write(text[2:-2])
        wrote = True
    out.write("\n]\n" if wrote else "]\n")


def write_parquet(frames: Iterable, out: IO[bytes]) -> None:
    """Write DataFrames as one Parquet file, a row group per frame (``compare/dataset.py: ParquetStream``, which
    says how the schema is chosen). A column whose type changes between documents is a :class:`UserError`."""
    from .compare.dataset import ColumnTypeChanged, ParquetStream

    try:
        with ParquetStream(out) as stream:
            for frame in frames:
                stream.write(frame)
    except ColumnTypeChanged as exc:
        raise UserError(f"cannot stream to Parquet: {exc}; export as CSV or JSON") from None


WRITERS = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl, "parquet": write_parquet}


def cmd_export(args) -> None:
    """Write a table. A per-document table streams: its documents are loaded and tagged a chunk at a time
    (in ``--jobs`` workers, which send back rows only) and each chunk's rows are written as they come, so
    memory does not grow with the corpus. A cross-document table is built whole, then written the same way.
    With ``-o`` the rows go to a temporary file renamed over FILE at the end (:mod:`corpus_tools.atomic`)."""
    if args.table not in TABLES:
        raise UserError(f"unknown table {args.table!r}; choose one of: {_table_list()}")
    fmt = output_format(args.output, args.format)
    if fmt == "parquet" and not args.output:
        raise UserError("--format parquet needs -o FILE (it is binary)")
    if args.output and Path(args.output).is_dir():
        raise UserError(f"-o {args.output} is a folder; give a file name")
    from .atomic import open_atomic

    jobs = getattr(args, "jobs", 1)
    if TABLES[args.table].per_document:
        from .load.corpus import seeds_path
        from .load.parallel import table_chunks

        folder = Path(args.corpus) if args.corpus else seeds_path()
        frames = table_chunks(folder, args.table, jobs=jobs, progress=None)  # checks the corpus first
        _check_corpus_warnings(folder)
    else:
        from .load.corpus import load_corpus
        from .load.parallel import corpus_table

        corpus = load_corpus(args.corpus, jobs=jobs, progress=None)
        _check_corpus_warnings(corpus.path)
        frames = (frame for frame in [corpus_table(corpus, args.table, jobs=jobs)])
    write = WRITERS[fmt]
    with contextlib.closing(frames):
        if args.output:
            with open_atomic(args.output, binary=fmt == "parquet") as fh:
                write(frames, fh)
        else:
            write(frames, sys.stdout)


def cmd_validate(args) -> int:
    from .load.corpus import examine_corpus

    found = examine_corpus(args.corpus, keep_bytes=False)
    problems = found.problems + found.doubtful + ([] if args.allow_incomplete else found.incomplete)
    warnings = found.warnings + (found.incomplete if args.allow_incomplete else [])
    for warning in warnings:
        say(f"warning: {one_line(warning)}", sys.stderr)
    for problem in problems:
        say(one_line(problem), sys.stderr)
    if problems:
        say(f"{len(problems)} problem(s) found", sys.stderr)
        return EXIT_PROBLEMS
    say(f"{args.corpus}: ok" + (f" ({len(warnings)} warning(s))" if warnings else ""))
    return 0


def cmd_init(args) -> None:
    from .load.manifest import init_corpus

    path = init_corpus(args.folder, args.files, name=args.name, force=args.force)
    say(f"wrote {path}: check the guessed fields and fill in the blanks, then run `corpus-tools validate {args.folder}`")


def cmd_tables(args) -> None:
    if args.markdown:
        print(data_dictionary_markdown())
        return
    for name in sorted(TABLES):
        spec = TABLES[name]
        print(f"{name}: {spec.row}")
        for col, meaning in spec.columns.items():
            print(f"    {col}: {meaning}")


def cmd_report(args) -> int:
    from .present.report import build_report

    if args.corpus is not None:
        _check_corpus_warnings(args.corpus)
    from .compare.dataset import DATASET_ABOVE

    above = DATASET_ABOVE if args.dataset_above is None else args.dataset_above
    return build_report(corpus=args.corpus, out=args.out, jobs=args.jobs, dataset_above=above)


def cmd_dataset(args) -> None:
    """Write every table as Parquet into a folder (``compare/dataset.py``), then say where and how many rows."""
    from .atomic import FolderBusy
    from .compare.dataset import ColumnTypeChanged, write_dataset

    out = Path(args.out)
    if args.corpus is not None:
        _check_corpus_warnings(args.corpus)
    try:
        written = write_dataset(args.corpus, out, jobs=args.jobs, progress=None)
    except FolderBusy:
        raise UserError(f"{out}: another corpus-tools dataset is being written there; wait for it, or choose another folder") from None
    except FileExistsError as exc:
        raise UserError(str(exc)) from None
    except ColumnTypeChanged as exc:
        raise UserError(f"cannot write Parquet: {exc}") from None
    say(f"wrote {written.name}/: every table as <table>.parquet, and dataset.json")


def _on_sigterm(signum, frame):
    raise Terminated()


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush cannot fail (Python's docs, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _error(message: str) -> None:
    say(f"corpus-tools: error: {one_line(message)}", sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    handlers = {"info": cmd_info, "export": cmd_export, "validate": cmd_validate, "init": cmd_init, "tables": cmd_tables, "report": cmd_report,
                "dataset": cmd_dataset}
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        args = parse_args(argv)
        code = handlers[args.command](args) or 0
        sys.stdout.flush()  # a broken pipe shows here, inside the try, not at exit
        return code
    except BrokenPipeError:  # `corpus-tools info | head -1`: the reader has what it wanted (before OSError: it is one)
        _quiet_stdout()
        return 0
    except (CorpusError, UserError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:  # an output file that cannot be written, a folder that cannot be read
        name = os.fsdecode(exc.filename) if exc.filename is not None else ""
        _error(f"{name}: {exc.strerror or exc}" if name else str(exc.strerror or exc))
        return EXIT_USAGE
    except UnicodeError as exc:  # a name the file system or the terminal cannot encode
        text = getattr(exc, "object", b"")
        what = repr(text[:80]) if isinstance(text, (str, bytes)) else "a name"
        _error(f"{what}: cannot be {'encoded' if isinstance(exc, UnicodeEncodeError) else 'decoded'} ({getattr(exc, 'reason', exc)})")
        return EXIT_USAGE
    except RecursionError:
        _error("input nested too deeply")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted (Ctrl-C); an output file is written only when complete")
        return EXIT_SIGINT
    except Terminated:
        _error("terminated (SIGTERM); an output file is written only when complete")
        return EXIT_SIGTERM
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
