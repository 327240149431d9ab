"""Loading a corpus: manifest, checksums, decoding, repair, cleaning, segmentation.

A corpus is a folder with a manifest ``corpus.toml`` and one text file per
document (``.txt`` or ``.md``; see the README for HTML). The manifest lists,
per document, a readable ``id``, the ``file``, its ``sha256`` and metadata
(outlet, url, published, updated, title); its optional ``[codebook]`` table
adds to the package's default rules (see :mod:`corpus_tools.codebook`).

:func:`process_document` is the per-document pipeline, a pure function
(bytes and rules in, :class:`Document` out) so it runs the same in a loop, a
process pool or on a cluster. :func:`load_corpus` validates the folder, then
maps it over the documents.
"""
from __future__ import annotations

import fnmatch
import functools
import hashlib
import operator
import os
import tomllib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import clean, extract, repair, segment
from .pieces import Piece, PieceColumns, TextBuilder
from .prepared import prepared_corpus
from ..codebook.loader import CodebookError, Rules, codebook_problems, compile as compile_codebook, default_codebook, merge_codebooks
from ..errors import CorpusError, CorpusProblems, DocumentError, ManifestError
from ..tables import TABLES, make_table

if TYPE_CHECKING:  # pandas is imported by the tables when they are built: checking a corpus needs none of it
    import pandas as pd

MANIFEST = "corpus.toml"
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
REQUIRED_FIELDS = ("id", "file")
# Files in a corpus folder that document it rather than being documents
# (extend with `ignore = [...]` globs in the manifest's [corpus] table).
DEFAULT_IGNORE = ("README*", "SOURCES*", "PROVENANCE*", "LICENSE*", "NOTES*")
METADATA_FIELDS = ("outlet", "url", "published", "updated", "title", "byline")


PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def seeds_path() -> Path:
    """The embedded corpus (``CORPUS_TOOLS_SEEDS`` overrides).

    An installed wheel carries the seeds inside the package
    (``corpus_tools/seeds/``, copied from the repository's ``seeds/`` when the
    wheel is built); a checkout reads the repository's ``seeds/`` itself, the
    one source of those bytes.
    """
    env = os.environ.get("CORPUS_TOOLS_SEEDS")
    if env:
        return Path(env)
    packaged = PACKAGE_ROOT / "seeds"
    return packaged if packaged.is_dir() else PACKAGE_ROOT.parent / "seeds"


def embedded_corpus() -> "Corpus":
    """The embedded seeds as a :class:`Corpus`, loaded once per process and per seeds folder.

    For the helpers that default to the seeds (``show``, ``lesson``): they share
    one loaded copy instead of each keeping a module global. A corpus is not
    changed by reading its tables, so sharing it is safe.
    """
    return _corpus_at(str(seeds_path().resolve()))


@functools.lru_cache(maxsize=2)
def _corpus_at(folder: str) -> "Corpus":
    return load_corpus(folder)


class _KeyedRow(Mapping):
    """A read-only :class:`~collections.abc.Mapping` over attributes: the keys are the class's
    ``_KEYS``, in order, and ``row[key]`` is ``row.key``. The base of the row objects below."""

    __slots__ = ()
    _KEYS: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        if key in self._KEYS:
            return getattr(self, key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._KEYS)

    def __len__(self) -> int:
        return len(self._KEYS)

    def __contains__(self, key: object) -> bool:
        return key in self._KEYS

    def __repr__(self) -> str:
        return repr(dict(self))


class _SegmentRow(_KeyedRow):
    """A paragraph or sentence row: a read-only :class:`~collections.abc.Mapping` (``row["start"]``)
    with the same values as attributes (``row.start``); ``text`` computed on demand.

    Keeps the numbers and a reference to the document's clean text instead
    of a copy of the text and a dict per row (most of a loaded corpus's
    memory). ``row["text"]`` is ``clean_text[start:end]``; keys, their order
    and ``dict(row)`` are those of the former dict rows. Read-only.
    """

    __slots__ = ("_source", "doc_id", "paragraph", "start", "end", "kind")
    _KEYS: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        if key == "text":
            return self._source[self.start : self.end]
        return super().__getitem__(key)

    def __reduce__(self):
        return (self.__class__._make, (self._source, tuple(getattr(self, k) for k in self._KEYS if k != "text")))

    @classmethod
    def _make(cls, source: str, values: tuple) -> "_SegmentRow":
        row = object.__new__(cls)
        row._source = source
        for key, value in zip((k for k in cls._KEYS if k != "text"), values):
            object.__setattr__(row, key, value)
        return row


class ParagraphRow(_SegmentRow):
    """A row of ``Document.paragraphs``: paragraph, start, end, kind, doc_id, text."""

    __slots__ = ()
    _KEYS = ("paragraph", "start", "end", "kind", "doc_id", "text")


class SentenceRow(_SegmentRow):
    """A row of ``Document.sentences``: paragraph, sentence, start, end, kind, doc_id, text."""

    __slots__ = ("sentence",)
    _KEYS = ("paragraph", "sentence", "start", "end", "kind", "doc_id", "text")


class _LazyRows(Sequence):
    """A read-only sequence whose k-th row object is made on demand by ``self._row(k)`` from columns
    (the subclasses hold arrays, not row objects); ``self._cls`` names the row type in errors."""

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._row(i) for i in range(*k.indices(len(self)))]
        k = operator.index(k)
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(f"{self._cls.__name__} index out of range")
        return self._row(k)

    def __iter__(self) -> Iterator:
        return map(self._row, range(len(self)))


class SegmentTable(_LazyRows):
    """``Document.paragraphs`` or ``Document.sentences``: a read-only sequence of
    :class:`ParagraphRow` / :class:`SentenceRow`, kept as the segmenter's columns.

    The rows live in :class:`~corpus_tools.load.segment.SegmentRows` (machine
    integers, 9 bytes a paragraph and 13 a sentence); a row object is made
    only when a row is read (``table[k]``, iteration) and is not kept, so a
    document of 5 million lines holds no 5 million objects (~250 bytes each).
    Reads as the former lists did: ``len(table)``, ``table[k]``, ``table[-1]``,
    slices (a list of rows), ``for row in table: row["start"], row["kind"]``,
    and equality with a list of rows or dicts. Making every row once is
    linear in the rows; ``table[k]`` is O(1). Pickles as its columns.
    """

    __slots__ = ("_cls", "_rows", "_doc_id", "_source")

    def __init__(self, cls: type[_SegmentRow], rows: segment.SegmentRows, doc_id: str, source: str) -> None:
        self._cls, self._rows, self._doc_id, self._source = cls, rows, doc_id, source

    def __len__(self) -> int:
        return len(self._rows)

    def _row(self, k: int) -> _SegmentRow:
        rows = self._rows
        row = object.__new__(self._cls)
        row._source, row.doc_id = self._source, self._doc_id
        row.start, row.end, row.kind = rows.start[k], rows.end[k], segment.KINDS[rows.kind_codes[k]]
        if rows.is_sentences:
            row.paragraph, row.sentence = rows.paragraph[k], k
        else:
            row.paragraph = k
        return row


    def __eq__(self, other: object) -> bool:
        if isinstance(other, SegmentTable):
            if (self._cls, self._doc_id) == (other._cls, other._doc_id) and self._rows.start == other._rows.start \
                    and self._rows.end == other._rows.end and self._rows.kind_codes == other._rows.kind_codes \
                    and self._rows.paragraph == other._rows.paragraph and self._source == other._source:
                return True
        elif not isinstance(other, (list, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(repr(row) for row in self[:2])
        return f"[{shown}{', ...' if len(self) > 2 else ''}] ({len(self)} {self._cls.__name__}s)"

    def __reduce__(self):
        return (self.__class__, (self._cls, self._rows, self._doc_id, self._source))


def _int_column(limit: int) -> array:
    return array("i" if limit < 2**31 - 1 else "q")


class _AuditRow(_KeyedRow):
    """A row of ``Document.removed`` or ``Document.repairs``: a read-only
    :class:`~collections.abc.Mapping` with the same values as attributes;
    the strings it shows (``text``, ``before``, ``after``) are sliced from
    the document's texts when read, never stored per row."""

    __slots__ = ("_raw", "_clean", "doc_id", "start", "end", "raw_start", "raw_end", "rule")

    def __reduce__(self):
        return (dict, (dict(self),))  # a row taken out of its table travels as the dict it reads as


class RemovedRow(_AuditRow):
    """A row of ``Document.removed``: doc_id, start, end, raw_start, raw_end, text, rule, field, value.

    ``text`` is ``raw_text[raw_start:raw_end]``, the raw characters cut.
    """

    __slots__ = ("field", "value")
    _KEYS = ("doc_id", "start", "end", "raw_start", "raw_end", "text", "rule", "field", "value")

    @property
    def text(self) -> str:
        return self._raw[self.raw_start : self.raw_end]


class RepairRow(_AuditRow):
    """A row of ``Document.repairs``: doc_id, start, end, raw_start, raw_end, before, after, rule.

    ``before`` is ``raw_text[raw_start:raw_end]``, ``after`` is ``clean_text[start:end]``.
    """

    __slots__ = ()
    _KEYS = ("doc_id", "start", "end", "raw_start", "raw_end", "before", "after", "rule")

    @property
    def before(self) -> str:
        return self._raw[self.raw_start : self.raw_end]

    @property
    def after(self) -> str:
        return self._clean[self.start : self.end]


class AuditTable(_LazyRows):
    """``Document.removed`` or ``Document.repairs``: a read-only sequence of
    :class:`RemovedRow` / :class:`RepairRow`, kept as columns.

    Four integer columns (``start``, ``end``, ``raw_start``, ``raw_end``: 16
    bytes a row while offsets fit in 32 bits) and a label code per row into a
    short list of distinct ``(rule, field, value)``; the strings a row shows
    are slices of the raw and clean texts, made when the row is read. A page
    full of entities has a repair every few characters: as dicts with their
    strings and integers these rows took ~150 bytes each, 20x the page.
    Reads as the former lists of dicts did (``len``, ``table[k]``, slices,
    iteration, equality with a list of dicts); ``table[k]`` is O(1).
    """

    __slots__ = ("_cls", "_doc_id", "_raw", "_clean", "_columns", "_label", "_labels")

    def __init__(self, cls: type[_AuditRow], doc_id: str, raw: str, clean: str, columns: tuple[array, array, array, array],
                 label: array, labels: list[tuple[str, str, str]]) -> None:
        self._cls, self._doc_id, self._raw, self._clean = cls, doc_id, raw, clean
        self._columns, self._label, self._labels = columns, label, labels

    def __len__(self) -> int:
        return len(self._label)

    def _row(self, k: int) -> _AuditRow:
        row = object.__new__(self._cls)
        row._raw, row._clean, row.doc_id = self._raw, self._clean, self._doc_id
        start, end, raw_start, raw_end = self._columns
        row.start, row.end, row.raw_start, row.raw_end = start[k], end[k], raw_start[k], raw_end[k]
        rule, field_, value = self._labels[self._label[k]]
        row.rule = rule
        if self._cls is RemovedRow:
            row.field, row.value = field_, value
        return row


    def chars(self) -> int:
        """The raw characters the rows cover (the sum of ``raw_end - raw_start``)."""
        return sum(self._columns[3]) - sum(self._columns[2])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (AuditTable, list, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(repr(row) for row in self[:2])
        return f"[{shown}{', ...' if len(self) > 2 else ''}] ({len(self)} {self._cls.__name__}s)"

    def __reduce__(self):
        return (self.__class__, (self._cls, self._doc_id, self._raw, self._clean, self._columns, self._label, self._labels))


class _AuditColumns:
    """Builds an :class:`AuditTable` row by row (see :func:`_audit_rows`)."""

    def __init__(self, limit: int) -> None:
        self.start, self.end, self.raw_start, self.raw_end = (_int_column(limit) for _ in range(4))
        self.label = _int_column(limit)
        self.codes: dict[tuple[str, str, str], int] = {}

    def append(self, start: int, end: int, raw_start: int, raw_end: int, label: tuple[str, str, str]) -> None:
        self.start.append(start)
        self.end.append(end)
        self.raw_start.append(raw_start)
        self.raw_end.append(raw_end)
        self.label.append(self.codes.setdefault(label, len(self.codes)))

    def table(self, cls: type[_AuditRow], doc_id: str, raw: str, clean: str) -> AuditTable:
        return AuditTable(cls, doc_id, raw, clean, (self.start, self.end, self.raw_start, self.raw_end), self.label,
                          list(self.codes))


@dataclass
class Document:
    """One article: its metadata, raw and clean text, and per-document rows.

    ``raw_text`` is the file decoded, nothing changed. ``clean_text`` is the
    body after encoding repair and cleaning. ``removed`` and ``repairs`` rows
    rebuild the raw text from the clean one (:func:`corpus_tools.audit.rebuild_raw`).
    Offsets (``start``/``end``) are always into ``clean_text``.
    """

    doc_id: str
    file: str
    sha256: str
    raw_text: str
    clean_text: str
    encoding: str = "utf-8"
    encoding_confidence: float = 1.0
    outlet: str = ""
    url: str = ""
    published: str = ""
    updated: str = ""
    title: str = ""
    byline: str = ""
    # The `removed` and `repairs` tables' rows: read-only rows (row["rule"], row.rule), kept as
    # columns when loaded (AuditTable); any sequence of dicts with the same keys does too.
    removed: Sequence[Mapping[str, Any]] = field(default_factory=list)
    repairs: Sequence[Mapping[str, Any]] = field(default_factory=list)
    # Read-only row objects, not dicts: row["start"] and row.start both work, and row["text"]
    # is sliced from clean_text on demand (a copy per row would be most of a corpus's memory).
    # Loaded documents keep them as columns and make each row when it is read (SegmentTable).
    paragraphs: Sequence[ParagraphRow] = field(default_factory=list)  # a SegmentTable when loaded
    sentences: Sequence[SentenceRow] = field(default_factory=list)

    def span(self, start: int, end: int) -> str:
        """The clean text between two offsets: the words behind a row."""
        return self.clean_text[start:end]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checksum_problem(entry: dict[str, Any], data: bytes, path: str | Path) -> DocumentError | None:
    """The error for a file whose bytes differ from the manifest's ``sha256``, else ``None``.

    A manifest without a ``sha256`` has nothing to check against (``init`` always writes one).
    """
    expected = str(entry.get("sha256", "")).lower()
    actual = sha256_hex(data)
    if expected and expected != actual:
        return DocumentError(path, f"SHA-256 mismatch: manifest has {expected[:12]}..., file has {actual[:12]}... (file changed?)")
    return None


def _audit_rows(doc_id: str, raw_text: str, pieces: Iterable[Piece]) -> tuple[str, AuditTable, AuditTable, dict[str, str]]:
    """Read the cleaned pieces once, as they come: clean text, the ``removed`` and ``repairs`` tables, metadata.

    Linear in the pieces. The tables keep offsets only: a removed row's text
    and a repair's ``before`` are slices of ``raw_text`` (the pieces' ``raw``
    parts joined), a repair's ``after`` a slice of the clean text. The clean
    text is made as the pieces come (:class:`~corpus_tools.load.pieces.TextBuilder`:
    held once, not a list of every piece's text and then the joined text).
    """
    clean = TextBuilder()
    removed, repairs = _AuditColumns(len(raw_text)), _AuditColumns(len(raw_text))
    metadata: dict[str, str] = {}
    last_cut: object = None  # the cut of the last removed row
    raw_pos = clean_pos = 0
    for piece in pieces:
        if piece.kind == "remove":
            # Adjacent parts of one cut are one row (so are adjacent html_markup removals, cut None)
            if len(removed.label) and last_cut is piece.cut and removed.raw_end[-1] == raw_pos:
                removed.raw_end[-1] = raw_pos + len(piece.raw)
            else:
                removed.append(clean_pos, clean_pos, raw_pos, raw_pos + len(piece.raw), (piece.rule, piece.field, piece.value))
                last_cut = piece.cut
                if piece.field and piece.field not in metadata:
                    metadata[piece.field] = piece.value
        elif piece.kind == "repair":
            repairs.append(clean_pos, clean_pos + len(piece.text), raw_pos, raw_pos + len(piece.raw), (piece.rule, "", ""))
            clean.add(piece.text)
        else:
            clean.add(piece.text)
        raw_pos += len(piece.raw)
        clean_pos += len(piece.text)
    clean_text = clean.value()
    return (clean_text, removed.table(RemovedRow, doc_id, raw_text, clean_text),
            repairs.table(RepairRow, doc_id, raw_text, clean_text), metadata)


def process_document(entry: dict[str, Any], data: bytes, codebook: Mapping[str, Any], path: str | Path = "") -> Document:
    """The per-document pipeline: decode, repair, clean, segment.

    ``entry`` is the document's manifest table; ``data`` the file's bytes.
    Pure: no global state, the same result wherever it runs. Time linear in
    the bytes; memory: the raw and clean texts (one string when cleaning cut
    nothing), 22 bytes a paragraph-and-sentence, 20 a repair, and while it
    runs the stages' own (see ``benchmarks/scaling.py``): the pieces flow
    from stage to stage one at a time and are held once, as columns
    (:class:`~corpus_tools.load.pieces.PieceColumns`, 14 bytes a change).
    After trafilatura's extraction an HTML page full of references peaks at
    2.75x its size (``benchmarks/html_memory.py``).
    """
    return _process(entry, [data], codebook, path)


def _process(entry: dict[str, Any], owned: list[bytes], codebook: Mapping[str, Any], path: str | Path = "") -> Document:
    """:func:`process_document` on bytes handed over in a one-item list, which it empties:
    when the caller keeps no other reference, the bytes are let go once decoded."""
    data = owned.pop()
    path = path or entry["file"]
    sha256 = sha256_hex(data)
    decoded = repair.decode_document(data, path, entry.get("encoding"))
    del data
    raw_text, encoding = decoded.text, decoded.note
    meta = {k: str(entry.get(k, "") or "") for k in METADATA_FIELDS}
    extracted = None
    if extract.is_html(entry["file"]):
        extracted, html_meta = extract.html_document(raw_text, path)  # one parse for the article and the metadata
        for key, value in html_meta.items():  # the manifest wins
            if key in meta:
                meta[key] = meta[key] or value
    # One stream, held once as columns: alignment (HTML), repairs, invalid bytes (issue 14: as a
    # list of objects, a page full of references took ~13x its size in pieces).
    pieces = PieceColumns(raw_text, repair.mark_invalid_bytes(  # each bad UTF-8 sequence: a `repairs` row
        repair.repair_pieces(raw_text, codebook.get("repair", []), extracted), decoded.invalid))
    extracted = None  # read to its end: the page's visible text and the extracted text are gone
    repaired = pieces.text()
    cuts = clean.find_cuts(repaired, codebook, meta["outlet"], meta["title"])
    # The clean text is made from the pieces: let this one go first (an extracted page's
    # text is a new string, 2 bytes a character when it holds a curly quote).
    del repaired
    doc_id = entry["id"]
    clean_text, removed, repairs, found = _audit_rows(doc_id, raw_text, clean.apply_cuts(pieces, cuts))
    del pieces, cuts
    for key, value in found.items():  # the manifest wins; the text fills gaps
        if not meta.get(key):
            meta[key] = value
    paras = segment.paragraphs(clean_text, codebook)
    sents = segment.sentences(clean_text, paras, codebook)
    return Document(doc_id=doc_id, file=entry["file"], sha256=sha256, raw_text=raw_text,
                    clean_text=clean_text, encoding=encoding, encoding_confidence=decoded.confidence,
                    removed=removed, repairs=repairs,
                    paragraphs=SegmentTable(ParagraphRow, paras, doc_id, clean_text),
                    sentences=SegmentTable(SentenceRow, sents, doc_id, clean_text), **meta)


# ---------------------------------------------------------------- manifest

def read_manifest(folder: Path) -> dict[str, Any]:
    """Parse ``folder/corpus.toml``; raise :class:`ManifestError` if absent or malformed.

    Malformed includes TOML nested deeper than :data:`corpus_tools.load.schema.MAX_DEPTH`
    (a 5,000-deep array is one line here, not a ``RecursionError``).
    """
    from .schema import MAX_DEPTH, nesting_depth

    path = folder / MANIFEST
    if not folder.is_dir():
        raise ManifestError(folder, "corpus folder not found")
    if not path.is_file():
        raise ManifestError(path, "missing manifest (write one with `corpus-tools init`)")
    try:
        with path.open("rb") as fh:
            manifest = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(path, f"malformed TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ManifestError(path, "malformed TOML: not UTF-8") from None
    except RecursionError:
        raise ManifestError(path, f"malformed TOML: arrays or tables nested too deeply (more than {MAX_DEPTH} levels)") from None
    if nesting_depth(manifest) > MAX_DEPTH:
        raise ManifestError(path, f"arrays or tables nested too deeply (more than {MAX_DEPTH} levels)")
    if not isinstance(manifest.get("documents"), list) or not manifest["documents"]:
        raise ManifestError(path, "no [[documents]] entries")
    if not isinstance(manifest.get("corpus", {}), dict):
        raise ManifestError(path, "[corpus] must be a table (name = ..., description = ...)")
    return manifest


def confined_file(folder: Path, fname: str, where: str) -> tuple[Path | None, CorpusError | None]:
    """The document file ``fname`` of ``folder`` as a resolved path, or the error why it may not be read.

    DESIGN.md (**must**): a corpus is confined to its folder. The path must be
    relative, without ``..``, resolve (following every symlink) to a path
    inside the folder, and be a regular file: absolute paths, ``..``, symlinks
    pointing out, ``/proc``, devices, FIFOs and sockets are refused before
    anything opens them. ``where`` names the manifest entry in the message.
    """
    import stat

    from .schema import relative_file_problem

    mpath = folder / MANIFEST
    bad = relative_file_problem(fname)
    if bad:
        return None, ManifestError(mpath, f"{where}: file {fname[:80]!r} {bad}")
    try:
        root = folder.resolve(strict=True)
        real = (folder / fname).resolve(strict=True)
    except FileNotFoundError:
        return None, DocumentError(folder / fname, f"listed in {MANIFEST} as {where} but missing")
    except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long
        return None, DocumentError(folder / fname, f"{where}: cannot be resolved ({getattr(exc, 'strerror', None) or exc})")
    if not real.is_relative_to(root):
        return None, ManifestError(mpath, f"{where}: file {fname[:80]!r} resolves outside the corpus folder (a symlink?); "
                                          "copy the file into the folder")
    try:
        mode = real.stat().st_mode
    except OSError as exc:
        return None, DocumentError(folder / fname, f"{where}: cannot be read ({exc.strerror})")
    if not stat.S_ISREG(mode):
        return None, ManifestError(mpath, f"{where}: file {fname[:80]!r} is not a regular file (a folder, device, FIFO or socket)")
    return real, None


@dataclass
class Examination:
    """What :func:`examine_corpus` found: the manifest, the readable documents, and three lists of one-line errors.

    ``problems`` stop a load; ``doubtful`` values load but make the data
    wrong (a problem for ``validate``, a warning for ``export`` and ``report``:
    see :func:`corpus_tools.load.schema.check_manifest`); ``incomplete`` are
    required fields left blank (a problem for ``validate``, a warning with
    ``--allow-incomplete``, ``export`` and ``report``); ``warnings`` never stop
    anything (an encoding that was guessed).
    """

    manifest: dict[str, Any] | None
    # (entry, its bytes); with keep_bytes=False (entry, its bytes' SHA-256 as hex): never hand those to a loader
    loaded: list[tuple[dict, bytes | str]]
    problems: list[CorpusError]
    doubtful: list[CorpusError]
    incomplete: list[CorpusError]
    warnings: list[CorpusError]


def examine_corpus(folder: str | Path, keep_bytes: bool = True) -> Examination:
    """Check a corpus folder and find every problem rather than stopping at the first.

    ``keep_bytes=False`` keeps each readable file's SHA-256 (hex) in
    ``loaded`` instead of its bytes, for callers that read the files again
    later (the dataset's workers, ``validate``): on 100,000 documents the
    bytes held at once were about half a gigabyte that stayed in the
    process's memory after they were let go.

    Missing or malformed manifest; every schema problem
    (:func:`corpus_tools.load.schema.check_manifest`); entries without id or
    file, duplicate ids; files outside the folder (:func:`confined_file`),
    missing files, checksum mismatches, files the manifest does not list; and
    empty, binary or undecodable files. No file outside the folder is opened.
    """
    from .schema import check_manifest

    folder = Path(folder)
    try:
        manifest = read_manifest(folder)
    except ManifestError as exc:
        return Examination(None, [], [exc], [], [], [])
    mpath = folder / MANIFEST
    schema_problems, doubtful, incomplete = check_manifest(manifest, mpath)
    problems: list[CorpusError] = list(schema_problems)
    warnings: list[CorpusError] = []
    codebook = manifest.get("codebook", {})
    if isinstance(codebook, dict) and not any("codebook" in p.problem for p in schema_problems):
        problems += [ManifestError(mpath, p) for p in codebook_problems(codebook)]
    loaded: list[tuple[dict, bytes | str]] = []
    seen_ids: dict[str, int] = {}
    listed: set[str] = set()
    for n, entry in enumerate(manifest["documents"], start=1):
        if not isinstance(entry, dict):
            problems.append(ManifestError(mpath, f"documents entry {n} is not a table"))
            continue
        doc_id, fname = entry.get("id"), entry.get("file")
        if not isinstance(doc_id, str) or not isinstance(fname, str) or not doc_id.strip() or not fname.strip():
            continue  # check_manifest has said what is wrong
        where = f"documents entry {n} ({doc_id!r})"
        listed.add(fname)
        if doc_id in seen_ids:
            problems.append(ManifestError(mpath, f"duplicate document id {doc_id!r} (entries {seen_ids[doc_id]} and {n})"))
            continue
        seen_ids[doc_id] = n
        fpath = folder / fname
        real, refused = confined_file(folder, fname, repr(doc_id))
        if refused is not None:
            if not (isinstance(refused, ManifestError) and any(where in p.problem and "file " in p.problem for p in schema_problems)):
                problems.append(refused)
            continue
        try:
            data = real.read_bytes()
        except OSError as exc:
            problems.append(DocumentError(fpath, f"cannot be read ({exc.strerror})"))
            continue
        mismatch = checksum_problem(entry, data, fpath)
        if mismatch:
            problems.append(mismatch)
            continue
        declared = entry.get("encoding") if isinstance(entry.get("encoding"), str) else None
        try:
            decoded = repair.decode_document(data, fpath, declared)
            if extract.is_html(fname):
                extract.extract_article(decoded.text, fpath)
        except DocumentError as exc:
            problems.append(exc)
            continue
        note = repair.encoding_warning(decoded)
        if note:
            warnings.append(DocumentError(fpath, note))
        loaded.append((entry, data if keep_bytes else sha256_hex(data)))
    info = manifest.get("corpus", {})
    ignore = list(DEFAULT_IGNORE) + [g for g in (info.get("ignore", []) if isinstance(info.get("ignore"), list) else []) if isinstance(g, str)]
    for fpath in sorted(folder.iterdir()):
        if any(fnmatch.fnmatch(fpath.name, pattern) for pattern in ignore):
            continue
        if fpath.suffix.lower() in TEXT_SUFFIXES and fpath.name not in listed and fpath.is_file():
            problems.append(DocumentError(fpath, f"not listed in {MANIFEST} (add it, or move it out of the corpus folder)"))
    return Examination(manifest, loaded, problems, doubtful, incomplete, warnings)


def check_corpus(folder: str | Path, keep_bytes: bool = True) -> tuple[dict[str, Any] | None, list[tuple[dict, Any]], list[CorpusError]]:
    """Check a corpus folder; return ``(manifest, [(entry, bytes)], problems)``.

    ``problems`` are those that stop a load (see :func:`examine_corpus`); blank
    required fields are not among them, so an incomplete manifest still loads.
    ``keep_bytes=False``: each file's SHA-256 (hex) instead of its bytes.
    """
    found = examine_corpus(folder, keep_bytes)
    return found.manifest, found.loaded, found.problems


def validate_corpus(folder: str | Path, allow_incomplete: bool = False) -> list[CorpusError]:
    """Every problem with a corpus folder, as a list (empty when it is valid).

    Doubtful values count as problems, and blank required fields too unless ``allow_incomplete``.
    """
    found = examine_corpus(folder, keep_bytes=False)
    return found.problems + found.doubtful + ([] if allow_incomplete else found.incomplete)


# ---------------------------------------------------------------- the corpus

@dataclass
class Corpus:
    """A loaded corpus: its documents, merged codebook and manifest.

    ``corpus.table(name)`` returns any registered table as a DataFrame
    (``documents``, ``paragraphs``, ``sentences``, ``removed``, ``repairs``,
    and the tables of the analysis modules); tables are cached.
    """

    name: str
    path: Path
    documents: list[Document]
    codebook: Rules
    manifest: dict[str, Any]
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)  # built tables, and the id index

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, doc_id: str) -> Document:
        """The document with this id (a dict look-up: the index is built on first use)."""
        index = self._cache.get("_index_by_id")
        if index is None or len(index) != len(self.documents):
            index = {doc.doc_id: doc for doc in self.documents}
            self._cache["_index_by_id"] = index
        try:
            return index[doc_id]
        except KeyError:
            raise KeyError(f"no document {doc_id!r} in corpus {self.name!r}") from None

    @property
    def doc_ids(self) -> list[str]:
        return [d.doc_id for d in self.documents]

    def layer(self, name: str, build: Callable[[Document], Any]) -> dict[str, Any]:
        """``{doc_id: build(doc)}`` for every document, built on the first call and kept, like a table.

        For per-document results that several tables read, such as the
        mention layer that quotes, citations, ``mentions`` and ``entities``
        all start from (``tag/mentions.py: mention_layers``): each document's
        is computed once per corpus instead of once per table. ``name`` must
        say what ``build`` computes; the first ``build`` given a name is the
        one kept.
        """
        key = f"layer:{name}"
        if key not in self._cache:
            self._cache[key] = {doc.doc_id: build(doc) for doc in self.documents}
        return self._cache[key]

    def keep_tables(self, tables: Mapping[str, pd.DataFrame]) -> None:
        """Keep tables built elsewhere, as :meth:`table` would have built them (from worker processes, say:
        ``load/parallel.py: per_document_tables``); :meth:`table` then returns them instead of building."""
        for name, frame in tables.items():
            if name not in TABLES:
                raise KeyError(f"unknown table {name!r}; known: {', '.join(sorted(TABLES))}")
            self._cache[name] = frame

    def table(self, name: str) -> pd.DataFrame:
        """The table ``name`` (see ``corpus_tools.TABLES`` for what each holds)."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; known: {', '.join(sorted(TABLES))}")
        if name not in self._cache:
            self._cache[name] = TABLES[name].builder_function()(self)
        return self._cache[name].copy()


def checked_corpus(path: str | Path | None = None, keep_bytes: bool = True) -> tuple[Path, dict, list[tuple[dict, Any]], Any]:
    """``(folder, manifest, [(entry, raw bytes)], compiled codebook)`` of a corpus folder, checked.

    ``keep_bytes=False``: each file's SHA-256 (hex) instead of its bytes, for
    callers that read the files again (see :func:`examine_corpus`).

    The first half of :func:`load_corpus`, shared with the streaming paths of
    ``load/parallel.py``: ``path`` defaults to the embedded seeds; raises one
    :class:`CorpusError`, or :class:`CorpusProblems` listing several. The
    codebook is validated and compiled once here; every tagger receives the
    same frozen rules.
    """
    folder = Path(path) if path is not None else seeds_path()
    manifest, loaded, problems = check_corpus(folder, keep_bytes)
    if problems:
        raise problems[0] if len(problems) == 1 else CorpusProblems(problems)
    assert manifest is not None
    try:
        codebook = compile_codebook(merge_codebooks(default_codebook(), manifest.get("codebook", {})))
    except CodebookError as exc:
        raise ManifestError(folder / MANIFEST, str(exc)) from None
    return folder, manifest, loaded, codebook


def load_corpus(path: str | Path | None = None, *, progress: bool | None = False, jobs: int | None = 1) -> Corpus:
    """Load, verify, repair, clean and segment a corpus folder.

    ``path`` defaults to the embedded seeds. Raises a :class:`CorpusError`
    naming the file and the problem if anything is wrong (several problems:
    :class:`CorpusProblems`, whose ``problems`` lists them all).
    ``jobs`` > 1 processes documents in that many worker processes (0: every
    core; see :func:`corpus_tools.parallel.map_documents`); the result is the
    same as with one. ``progress`` shows a bar on a terminal (``None``: when
    stderr is one), never in a notebook.
    """
    folder, manifest, loaded, codebook = checked_corpus(path)
    prepared = prepared_corpus(folder, manifest)  # in a report's chapter: the corpus the report loaded and tagged once
    if prepared is not None:
        return prepared
    from .parallel import map_documents, resolve_jobs

    if resolve_jobs(jobs) == 1:
        def one(k: int) -> Document:
            # Hand the bytes over and keep no reference here: each file's bytes go once
            # it is decoded, not at the end of the load (1x the input less at the peak).
            entry, owned = loaded[k][0], [loaded[k][1]]
            loaded[k] = None
            return _process(entry, owned, codebook, folder / entry["file"])

        documents = map_documents(one, range(len(loaded)), jobs=1, progress=progress, desc="loading")
    else:
        documents = map_documents(process_document, [(entry, data, codebook, folder / entry["file"]) for entry, data in loaded],
                                  jobs=jobs, progress=progress, desc="loading", star=True)
    return assembled_corpus(folder, manifest, documents, codebook)


def assembled_corpus(folder: Path, manifest: dict[str, Any], documents: list[Document], codebook: Any) -> Corpus:
    """The :class:`Corpus` of checked, loaded ``documents`` (named by the manifest's ``[corpus] name``, else the
    folder's): the last step of :func:`load_corpus`, shared with ``load/parallel.py: load_tagged_corpus``."""
    info = manifest.get("corpus", {})
    return Corpus(name=str(info.get("name", folder.name)), path=folder, documents=documents,
                  codebook=codebook, manifest=manifest)


# ---------------------------------------------------------------- tables (declared in corpus_tools/tables.py)


def _rows(corpus: Corpus, attr: str, name: str) -> pd.DataFrame:
    cols = list(TABLES[name].columns)
    return make_table(name, ({c: row[c] for c in cols} for doc in corpus for row in getattr(doc, attr)))


def documents_table(corpus: Corpus) -> pd.DataFrame:
    return make_table("documents", ({
        "doc_id": d.doc_id, "outlet": d.outlet, "url": d.url, "published": d.published,
        "updated": d.updated, "title": d.title, "byline": d.byline, "file": d.file, "sha256": d.sha256,
        "encoding": d.encoding, "encoding_confidence": d.encoding_confidence, "raw_chars": len(d.raw_text), "clean_chars": len(d.clean_text),
        "removed_chars": sum(r["raw_end"] - r["raw_start"] for r in d.removed), "repairs": len(d.repairs),
        "paragraphs": len(d.paragraphs), "sentences": len(d.sentences),
        "raw_text": d.raw_text, "clean_text": d.clean_text,
    } for d in corpus))


def paragraphs_table(corpus: Corpus) -> pd.DataFrame:
    return _rows(corpus, "paragraphs", "paragraphs")


def sentences_table(corpus: Corpus) -> pd.DataFrame:
    return _rows(corpus, "sentences", "sentences")


def removed_table(corpus: Corpus) -> pd.DataFrame:
    return _rows(corpus, "removed", "removed")


def repairs_table(corpus: Corpus) -> pd.DataFrame:
    return _rows(corpus, "repairs", "repairs")
