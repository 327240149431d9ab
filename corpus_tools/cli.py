"""The command line: ``corpus-tools`` (also ``python -m corpus_tools``).

Commands::

    corpus-tools info [CORPUS]                      a summary line per document
    corpus-tools export TABLE [CORPUS] [--format csv|json|parquet] [-o FILE] [--jobs N]
    corpus-tools validate CORPUS                    every problem, or "ok"
    corpus-tools init DIR FILES...                  a starter corpus.toml for your articles
    corpus-tools tables [--markdown]                the data dictionary
    corpus-tools report [--corpus DIR] [--out DIR]  run every notebook, render HTML

CORPUS defaults to the embedded seeds. A user's mistake (a missing folder, a
bad manifest, an unknown table) prints one line on stderr and exits with
status 2; there is no traceback.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from .tables import TABLES, data_dictionary_markdown
from .errors import CorpusError

EXIT_USAGE = 2


class UserError(Exception):
    """A mistake in how the command was called; printed as one line."""


def _table_list() -> str:
    return ", ".join(sorted(TABLES))


def _jobs(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpus-tools",
        description="Load, clean, tag and compare a corpus of news articles. CORPUS is a folder with corpus.toml (default: the embedded seeds).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("info", help="one line per document: outlet, date, lengths before and after cleaning")
    p.add_argument("corpus", nargs="?", help="corpus folder (default: embedded seeds)")

    p = sub.add_parser("export", help="write a table as CSV, JSON or Parquet",
                       description="Write a table. Tables: " + _table_list() + ". See `corpus-tools tables` for their columns.")
    p.add_argument("table", help="table name: " + _table_list())
    p.add_argument("corpus", nargs="?", help="corpus folder (default: embedded seeds)")
    p.add_argument("--format", choices=["csv", "json", "parquet"], default="csv")
    p.add_argument("-o", "--output", help="output file (default: standard output; parquet needs a file)")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="worker processes for loading and per-document tables (default: 1); a progress bar shows on a terminal")

    p = sub.add_parser("validate", help="check a corpus folder and list every problem")
    p.add_argument("corpus", help="corpus folder")

    p = sub.add_parser("init", help="write a starter corpus.toml for a folder of articles")
    p.add_argument("folder", help="corpus folder to create or fill")
    p.add_argument("files", nargs="+", help=".txt, .md or .html files (copied into the folder byte for byte)")
    p.add_argument("--name", help="corpus name (default: the folder's name)")
    p.add_argument("--force", action="store_true", help="overwrite an existing corpus.toml")

    p = sub.add_parser("tables", help="list the tables and their columns (the data dictionary)")
    p.add_argument("--markdown", action="store_true", help="print as Markdown (the README's data dictionary)")

    p = sub.add_parser("report", help="run every notebook on a corpus and render an HTML report")
    p.add_argument("--corpus", help="corpus folder (default: embedded seeds)")
    p.add_argument("--out", default="reports", help="output folder (default: reports/)")
    return parser


def cmd_info(args) -> None:
    from .load.corpus import load_corpus

    corpus = load_corpus(args.corpus)
    docs = corpus.table("documents")
    print(f"corpus {corpus.name}: {len(docs)} documents")
    for row in docs.itertuples():
        title = f" - {row.title}" if row.title else ""
        print(f"{row.doc_id:<20} {row.outlet:<20} {row.published:<10} raw {row.raw_chars:>6} clean {row.clean_chars:>6} "
              f"chars, {row.paragraphs} paragraphs, {row.sentences} sentences, {row.repairs} repairs{title}")


def cmd_export(args) -> None:
    if args.table not in TABLES:
        raise UserError(f"unknown table {args.table!r}; choose one of: {_table_list()}")
    if args.format == "parquet" and not args.output:
        raise UserError("--format parquet needs -o FILE (it is binary)")
    from .load.corpus import load_corpus
    from .load.parallel import corpus_table

    jobs = getattr(args, "jobs", 1)
    table = corpus_table(load_corpus(args.corpus, jobs=jobs, progress=None), args.table, jobs=jobs)
    if args.format == "parquet":
        table.to_parquet(args.output, index=False)
        return
    buf = io.StringIO()
    if args.format == "csv":
        table.to_csv(buf, index=False, lineterminator="\n")
    else:
        # via to_json so NaN becomes null and dates ISO strings; json.dumps keeps "/" unescaped
        records = json.loads(table.to_json(orient="records", date_format="iso"))
        json.dump(records, buf, ensure_ascii=False, indent=1)
        buf.write("\n")
    if args.output:
        Path(args.output).write_text(buf.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(buf.getvalue())


def cmd_validate(args) -> int:
    from .load.corpus import validate_corpus

    problems = validate_corpus(args.corpus)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.corpus}: ok")
    return 0


def cmd_init(args) -> None:
    from .load.manifest import init_corpus

    path = init_corpus(args.folder, args.files, name=args.name, force=args.force)
    print(f"wrote {path}: check the guessed fields and fill in the blanks, then run `corpus-tools validate {args.folder}`")


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

    return build_report(corpus=args.corpus, out=args.out)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"info": cmd_info, "export": cmd_export, "validate": cmd_validate, "init": cmd_init, "tables": cmd_tables, "report": cmd_report}
    try:
        return handlers[args.command](args) or 0
    except (CorpusError, UserError) as exc:
        print(f"corpus-tools: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # an output file that cannot be written, a folder that cannot be read
        print(f"corpus-tools: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `corpus-tools export ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
