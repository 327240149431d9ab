"""The manifest's schema, declared once: what ``corpus.toml`` may hold, and every check on it.

A corpus folder's ``corpus.toml`` has three tables: ``[corpus]`` (about the
corpus), ``[[documents]]`` (one per article) and an optional ``[codebook]``
(rules added to the package's defaults). Each key is declared here once, as a
:class:`Field` (type, required or not, what it means, an optional check).
From these declarations come

* :func:`check_manifest`: every problem in a parsed manifest, all at once
  (unknown keys with a "did you mean", wrong types, blanks, dates that are not
  ISO 8601, ids with control characters, duplicate URLs, one outlet spelled
  two ways, nesting too deep), each a one-line :class:`ManifestError` naming
  the entry and the key;
* :func:`manifest_reference_markdown`: the README's manifest reference
  (``python -m corpus_tools.present.readme README.md`` regenerates it);
* :func:`manifest_warnings`: one line per kind of gap, printed by ``export``
  and ``report`` when a manifest is incomplete but loadable.

The codebook's keys are declared by the package's own default codebook
(``corpus_tools/codebook/*.toml``): a section a corpus adds to must have the
shape the defaults have (a list of tables, or a table), and each key the value
type the defaults use. ``actors`` (the corpus's people and organisations) is
declared here, since the package ships none.

Cost: linear in the size of the manifest (one walk; nesting depth is measured
without recursion, so a 5,000-deep array is a one-line error, not a
``RecursionError``).
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..errors import ManifestError

MAX_DEPTH = 12
# Kinds of problem that load but make the data wrong (validate fails, export and report warn).
DOUBTFUL = {"unknown key", "not ISO 8601", "not a URL", "duplicate url", "outlet spelled two ways"}  # the deepest legitimate manifest (codebook.mention_rules.nominal_classes.x = [..]) is 5


# ---------------------------------------------------------------- checks on single values

def _iso_date(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):  # an unquoted TOML date
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
        else:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", text):
                raise ValueError
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return f"{text[:40]!r} is not an ISO 8601 date (write 2025-02-12, or 2025-02-12T08:30:00+01:00)"
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _no_control(value: Any) -> str | None:
    m = _CONTROL.search(str(value))
    return f"contains a control character ({m.group(0)!r})" if m else None


def _sha256(value: Any) -> str | None:
    return None if re.fullmatch(r"[0-9a-fA-F]{64}", str(value)) else "is not 64 hexadecimal digits (run sha256sum FILE)"


def _encoding(value: Any) -> str | None:
    name = str(value)
    try:
        # decoding nothing asks Python's codec registry whether NAME is a text encoding
        # (LookupError also for bytes-to-bytes codecs such as "base64" or "hex")
        b"x".decode(name, "replace")
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        return f"unknown encoding {name[:40]!r} (e.g. \"cp1252\", \"latin-1\", \"utf-16\")"
    return None


def _url(value: Any) -> str | None:
    text = str(value).strip()
    if re.fullmatch(r"https?://[^\s/]+\S*", text):
        return None
    return f"{text[:60]!r} is not an http(s) URL"


def relative_file_problem(value: Any) -> str | None:
    text = str(value)
    if _CONTROL.search(text):
        return _no_control(text)
    p = Path(text)
    if p.is_absolute() or text.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", text):
        return "must be a path inside the corpus folder, not an absolute path"
    if ".." in re.split(r"[\\/]", text):
        return "must be a path inside the corpus folder ('..' is not allowed)"
    return None


_CHECK_KINDS = {_iso_date: "not ISO 8601", _url: "not a URL"}


# ---------------------------------------------------------------- the declared schema

@dataclass(frozen=True)
class Field:
    """One manifest key.

    ``types`` are the accepted Python types after TOML parsing; ``required``
    marks a key a complete manifest fills in (a blank one is *incomplete*: a
    problem for ``validate``, a warning with ``--allow-incomplete`` or for
    ``export``); ``essential`` marks a key without which nothing can load (a
    problem always); ``check`` returns a phrase for a bad value, else ``None``.
    """

    key: str
    types: tuple[type, ...]
    description: str
    required: bool = False
    essential: bool = False
    check: Callable[[Any], str | None] | None = None

    @property
    def type_name(self) -> str:
        return " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in self.types)


_TYPE_NAMES = {str: "string", int: "integer", float: "number", bool: "true/false", list: "array", dict: "table",
               dt.date: "date", dt.datetime: "date-time"}

CORPUS_FIELDS: dict[str, Field] = {f.key: f for f in [
    Field("name", (str,), "a short name for the corpus (default: the folder's name)", check=_no_control),
    Field("title", (str,), "a one-line title, shown on the report's index page"),
    Field("description", (str,), "what the articles are about"),
    Field("ignore", (list,), "glob patterns of files in the folder that are not documents (README*, SOURCES*, ... are always ignored)"),
]}

DOCUMENT_FIELDS: dict[str, Field] = {f.key: f for f in [
    Field("id", (str,), "a readable, unique id (letters, digits, dashes); every table row carries it", essential=True, check=_no_control),
    Field("file", (str,), "the article's file, relative to the corpus folder (.txt, .md, .html, .htm); never outside it",
          essential=True, check=relative_file_problem),
    Field("sha256", (str,), "the file's SHA-256 (sha256sum FILE); checked on every load; `init` writes it", required=True, check=_sha256),
    Field("outlet", (str,), "who published it; one spelling per outlet", required=True, check=_no_control),
    Field("url", (str,), "where it was published; unique in the corpus (leave the key out for an invented article)", check=_url),
    Field("published", (str, dt.date, dt.datetime), "publication date, ISO 8601 (2025-02-12)", required=True, check=_iso_date),
    Field("updated", (str, dt.date, dt.datetime), "last update, ISO 8601", check=_iso_date),
    Field("title", (str,), "the headline (default: found in the text where it can be)"),
    Field("byline", (str,), "the author(s)"),
    Field("encoding", (str,), "the file's encoding when it is not UTF-8 (\"cp1252\", \"utf-16\"); otherwise detected", check=_encoding),
    Field("notes", (str,), "anything a reader of the data should know (free text, not analysed)"),
]}

TOP_LEVEL: dict[str, str] = {
    "corpus": "[corpus]: about the corpus",
    "documents": "[[documents]]: one table per article",
    "codebook": "[codebook]: rules added to the package's defaults (corpus_tools/codebook/*.toml)",
}

# Placeholders people (and `init`) leave in a field; each counts as blank.
PLACEHOLDERS = {"", "fill in", "fill me in", "todo", "tbd", "tba", "?", "...", "\u2026", "xxx", "unknown", "n/a"}

ACTOR_FIELDS: dict[str, tuple[type, ...]] = {
    "name": (str,), "aliases": (list,), "roles": (list,), "kind": (str,), "gender": (str,), "affiliation": (str,),
    "variants": (list,), "description": (str,),
}


# Codebook keys the package reads but its defaults do not use (a corpus supplies them).
EXTRA_CODEBOOK: dict[str, tuple[str, dict[str, tuple[type, ...]]]] = {
    "actors": ("list", ACTOR_FIELDS),
    "naming": ("list", {"context": (str,)}),
    "frames": ("list", {"context": (str,)}),
    "claim_subjects": ("list", {"name": (str,), "quantities": (list,), "context": (str,), "cue": (str,)}),
}


@lru_cache(maxsize=1)
def codebook_schema() -> dict[str, tuple[str, dict[str, tuple[type, ...]]]]:
    """``section -> ("list" | "table", {key: accepted types})``, read from the default codebook plus ``actors``."""
    from ..codebook.loader import default_codebook

    schema: dict[str, tuple[str, dict[str, tuple[type, ...]]]] = {}
    for section, value in default_codebook().items():
        keys: dict[str, set[type]] = {}
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        for item in items:
            for key, v in item.items():
                keys.setdefault(key, set()).add(_plain_type(v))
        accepted = {k: tuple(sorted(_widen(ts), key=lambda t: t.__name__)) for k, ts in keys.items()}
        schema[section] = ("list" if isinstance(value, (list, tuple)) else "table", accepted)
    for section, (kind, keys) in EXTRA_CODEBOOK.items():
        base = schema.setdefault(section, (kind, {}))[1]
        base.update(keys)
    for kind, keys in schema.values():
        if kind == "list":
            keys.setdefault("description", (str,))
    return schema


def _plain_type(value: Any) -> type:
    if isinstance(value, bool):
        return bool
    if isinstance(value, (list, tuple)):
        return list
    if hasattr(value, "items"):
        return dict
    return type(value)


def _widen(types: set[type]) -> set[type]:
    if float in types or int in types:  # 1 and 1.0 are both numbers
        types = (types - {int}) | {float, int} if float in types else types
    return types


# ---------------------------------------------------------------- checking a parsed manifest

def nesting_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply arrays and tables nest in ``value`` (stops counting past ``limit``); no recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth > limit:
            return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def _suggest(key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(sorted(known))}"


def _describe(value: Any) -> str:
    shown = repr(value) if not isinstance(value, (list, dict)) else _TYPE_NAMES[_plain_type(value)]
    return f"{_TYPE_NAMES.get(_plain_type(value), type(value).__name__)} {shown[:40]}" if not isinstance(value, (list, dict)) else shown


def is_blank(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in PLACEHOLDERS


def _entry_name(entry: dict, n: int) -> str:
    doc_id = entry.get("id")
    return f"documents entry {n} ({doc_id!r})" if isinstance(doc_id, str) and doc_id.strip() else f"documents entry {n}"


def _error(path, msg: str, kind: str) -> ManifestError:
    error = ManifestError(path, msg)
    error.kind = kind  # what manifest_warnings groups by
    return error


def check_manifest(manifest: dict[str, Any], path: str | Path) -> tuple[list[ManifestError], list[ManifestError], list[ManifestError]]:
    """``(problems, doubtful, incomplete)`` for a parsed manifest.

    ``problems`` stop a load: a value of the wrong type (``encoding = 7``,
    ``pattern = 5``, an actor without a name), a file outside the folder, an
    id with a control character, a malformed checksum or an unknown encoding.
    ``doubtful`` values load but make the data wrong, so ``validate`` fails
    on them and ``export``/``report`` warn: unknown keys (with a "did you
    mean"), dates that are not ISO 8601, URLs that are not http(s), duplicate
    URLs, one outlet spelled two ways. ``incomplete`` lists required fields
    that are missing and fields left blank (``validate`` fails on them unless
    ``--allow-incomplete``; ``export`` and ``report`` warn).
    """
    problems: list[ManifestError] = []
    doubtful: list[ManifestError] = []
    incomplete: list[ManifestError] = []

    def bad(msg: str, kind: str = "wrong type") -> None:
        (doubtful if kind in DOUBTFUL else problems).append(_error(path, msg, kind))

    for key in manifest:
        if key not in TOP_LEVEL:
            bad(f"unknown top-level key {key!r}{_suggest(key, TOP_LEVEL)}", "unknown key")
    corpus = manifest.get("corpus", {})
    if isinstance(corpus, dict):
        _check_table(corpus, CORPUS_FIELDS, "[corpus]", bad, incomplete, path)
        ignore = corpus.get("ignore", [])
        if isinstance(ignore, list) and not all(isinstance(g, str) for g in ignore):
            bad("[corpus]: ignore must be an array of strings (glob patterns)")
    documents = manifest.get("documents", [])
    urls: dict[str, str] = {}
    outlets: dict[str, dict[str, list[str]]] = {}
    if isinstance(documents, list):
        for n, entry in enumerate(documents, start=1):
            if not isinstance(entry, dict):
                continue  # check_corpus reports it
            where = _entry_name(entry, n)
            _check_table(entry, DOCUMENT_FIELDS, where, bad, incomplete, path)
            url = entry.get("url")
            if isinstance(url, str) and not is_blank(url):
                key = url.strip().rstrip("/")
                if key in urls:
                    bad(f"{where}: url {url.strip()[:80]!r} is also the url of {urls[key]}", "duplicate url")
                else:
                    urls[key] = where
            outlet = entry.get("outlet")
            if isinstance(outlet, str) and not is_blank(outlet):
                norm = " ".join(outlet.split()).casefold()
                outlets.setdefault(norm, {}).setdefault(outlet, []).append(str(entry.get("id", n)))
    for spellings in outlets.values():
        if len(spellings) > 1:
            shown = "; ".join(f"{s!r} ({', '.join(ids)})" for s, ids in spellings.items())
            bad(f"one outlet spelled {len(spellings)} ways: {shown} (use one spelling, or the report counts two outlets)",
                "outlet spelled two ways")
    codebook = manifest.get("codebook")
    if codebook is not None:
        for problem in codebook_type_problems(codebook):
            bad(problem, "unknown key" if ": unknown " in problem else "wrong type")
    return problems, doubtful, incomplete


def _check_table(table: dict, fields: dict[str, Field], where: str, bad, incomplete: list, path) -> None:
    for key, value in table.items():
        spec = fields.get(key)
        if spec is None:
            bad(f"{where}: unknown key {key!r}{_suggest(key, fields)}", "unknown key")
            continue
        if not isinstance(value, spec.types) or (isinstance(value, bool) and bool not in spec.types):
            bad(f"{where}: {key} must be a {spec.type_name}, not {_describe(value)}")
            continue
        if is_blank(value):  # a key written and left blank is a gap to fill, required or not
            if spec.essential:
                bad(f"{where}: {key} is blank")
            else:
                incomplete.append(_error(path, f"{where}: {key} is blank (fill it in, or delete the line)", f"blank {key}"))
            continue
        problem = spec.check(value) if spec.check else None
        if problem:
            bad(f"{where}: {key} {problem}", _CHECK_KINDS.get(spec.check, "bad value"))
    for key, spec in fields.items():
        if key in table:
            continue
        if spec.essential:
            bad(f"{where}: lacks {key}")
        elif spec.required:
            incomplete.append(_error(path, f"{where}: {key} is missing (fill it in)", f"blank {key}"))


def codebook_type_problems(codebook: Any) -> list[str]:
    """Wrong shapes and types in a corpus's ``[codebook]``, one phrase each (unknown sections get a suggestion)."""
    if not isinstance(codebook, dict):
        return ["codebook must be a table ([codebook] or [[codebook.SECTION]])"]
    schema = codebook_schema()
    problems: list[str] = []
    for section, value in codebook.items():
        if section not in schema:
            problems.append(f"codebook: unknown section {section!r}{_suggest(section, schema)}")
            continue
        kind, keys = schema[section]
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                problems.append(f"codebook.{section} must be an array of tables ([[codebook.{section}]])")
                continue
            for n, item in enumerate(value, start=1):
                name = item.get("name")
                label = f"codebook.{section} rule {name!r}" if isinstance(name, str) else f"codebook.{section} entry {n}"
                if section == "actors" and not (isinstance(name, str) and name.strip()):
                    problems.append(f"{label}: lacks name")
                problems.extend(_typed(item, keys, label))
        else:
            if not isinstance(value, dict):
                problems.append(f"codebook.{section} must be a table ([codebook.{section}])")
                continue
            problems.extend(_typed(value, keys, f"codebook.{section}"))
    return problems


def _typed(item: dict, keys: dict[str, tuple[type, ...]], label: str) -> list[str]:
    out = []
    for key, value in item.items():
        if key not in keys:
            out.append(f"{label}: unknown key {key!r}{_suggest(key, keys)}")
            continue
        accepted = keys[key]
        kind = _plain_type(value)
        if kind not in accepted:
            names = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in accepted)
            out.append(f"{label}: {key} must be a {names}, not {_describe(value)}")
        elif kind is list and key in ("aliases", "roles", "forms", "patterns", "variants") and not all(isinstance(v, str) for v in value):
            out.append(f"{label}: {key} must be an array of strings")
    return out


# ---------------------------------------------------------------- warnings for export and report

def manifest_warnings(folder: str | Path) -> list[str]:
    """One line per kind of gap in a loadable manifest (blank required fields), for ``export`` and ``report``."""
    from .corpus import MANIFEST, read_manifest

    try:
        manifest = read_manifest(Path(folder))
    except Exception:  # the load itself reports a broken manifest
        return []
    mpath = Path(folder) / MANIFEST
    _, doubtful, incomplete = check_manifest(manifest, mpath)
    by_kind: dict[str, list[ManifestError]] = {}
    for problem in doubtful + incomplete:
        by_kind.setdefault(getattr(problem, "kind", "problem"), []).append(problem)
    return [f"{mpath}: {kind}: {len(found)} entr{'y' if len(found) == 1 else 'ies'}, first: {found[0].problem} "
            f"(`corpus-tools validate {folder}` lists them)" for kind, found in by_kind.items()]


# ---------------------------------------------------------------- the README's manifest reference

def manifest_reference_markdown() -> str:
    """The manifest reference, as Markdown, generated from the declarations above."""
    lines = ["A manifest has these tables; any other key is an error (`validate` suggests the key you meant).", ""]
    for title, fields in (("`[corpus]`", CORPUS_FIELDS), ("`[[documents]]` (one per article)", DOCUMENT_FIELDS)):
        lines += [f"#### {title}", "", "| key | type | | meaning |", "|---|---|---|---|"]
        for f in fields.values():
            need = "needed to load" if f.essential else "required" if f.required else "optional"
            lines.append(f"| `{f.key}` | {f.type_name} | {need} | {f.description} |")
        lines.append("")
    lines += ["A required field left blank (or holding a placeholder such as \"fill in\" or \"TODO\") makes `validate` "
              "exit 1; `validate --allow-incomplete` reports it as a warning, and `export` and `report` run with one "
              "warning line. Dates are ISO 8601; urls are unique; one outlet has one spelling.", "",
              "#### `[codebook]`", "",
              "Adds to the package's rules (`corpus_tools/codebook/*.toml`); each section has the shape and key types "
              "of the defaults:", "", "| section | shape | keys (type) |", "|---|---|---|"]
    for section, (kind, keys) in sorted(codebook_schema().items()):
        shape = f"`[[codebook.{section}]]` (array of tables)" if kind == "list" else f"`[codebook.{section}]` (table)"
        described = ", ".join(f"`{k}` ({' or '.join(_TYPE_NAMES.get(t, t.__name__) for t in ts)})" for k, ts in keys.items())
        lines.append(f"| `{section}` | {shape} | {described} |")
    return "\n".join(lines)
