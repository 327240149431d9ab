"""Writing a starter manifest for a folder of articles (``corpus-tools init``).

``init_corpus(folder, files)`` copies the files into ``folder`` byte for byte
(if they are not there already) and writes ``corpus.toml`` with an id, the
file name and its SHA-256 for each, plus what can be guessed: for HTML, the
outlet (site name), title and date from the page's metadata (trafilatura);
for text, a headline line or "Discover more from <outlet>" style sign-offs.
Guesses are marked with a comment; blanks are left for a person to fill in.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from ..atomic import write_text_atomic
from .corpus import MANIFEST, TEXT_SUFFIXES, sha256_hex
from ..errors import CorpusError, ManifestError
from .extract import html_metadata, is_html
from .repair import decode_bytes

_OUTLET_HINTS = [
    re.compile(r"^\s*discover more from (?P<outlet>.{2,60}?)\s*$", re.I | re.M),
    re.compile(r"^\s*©\s*(\d{4}\s+)?(?P<outlet>[^.\n]{2,60}?)\.?\s*$", re.M),
    re.compile(r"^\s*copyright\s+(\d{4}\s+)?(?P<outlet>[^.\n]{2,60}?)\.?\s*$", re.I | re.M),
]


def _toml(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, plus DEL, which TOML forbids raw."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _utf8_name(path: Path) -> None:
    """Refuse a file name that is not valid UTF-8 (its bytes cannot go into a UTF-8 manifest)."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        shown = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise CorpusError(shown, "file name is not valid UTF-8; rename the file (e.g. with convmv) and run init again") from None
    if re.search(r"[\x00-\x1f\x7f]", path.name):
        raise CorpusError(repr(path.name)[1:-1], "file name contains a control character; rename the file and run init again")


def slug(name: str) -> str:
    """A readable id from a file name: ``Outlet A – story.html`` -> ``outlet-a-story``."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", Path(name).stem).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return s or "doc"


def guess_metadata(file_name: str, data: bytes) -> dict[str, str]:
    """Outlet, title and date guessed from a file's content (empty when unknown)."""
    text, _ = decode_bytes(data, file_name)
    if is_html(file_name):
        return {k: v for k, v in html_metadata(text).items() if k in ("outlet", "title", "published")}
    outlet = ""
    for hint in _OUTLET_HINTS:
        m = hint.search(text)
        if m:
            outlet = m.group("outlet").strip()
            break
    return {"outlet": outlet, "title": "", "published": ""}


def init_corpus(folder: str | Path, files: list[str | Path], name: str | None = None, force: bool = False) -> Path:
    """Create ``folder`` (if needed), copy ``files`` in, write a starter ``corpus.toml``.

    Returns the manifest's path. Refuses to overwrite an existing manifest
    unless ``force``; a file that cannot be read is an error naming it.
    """
    folder = Path(folder)
    manifest = folder / MANIFEST
    if manifest.exists() and not force:
        raise ManifestError(manifest, "already exists (use --force to overwrite)")
    if not files:
        raise CorpusError(folder, "no files given")
    sources = [Path(f) for f in files]
    names: dict[str, Path] = {}
    for src in sources:  # check everything before copying anything
        _utf8_name(src)
        if not src.is_file():
            raise CorpusError(src, "file not found")
        if src.suffix.lower() not in TEXT_SUFFIXES:
            raise CorpusError(src, f"unsupported file type {src.suffix!r} (use {', '.join(sorted(TEXT_SUFFIXES))})")
        if src.name in names and names[src.name].resolve() != src.resolve():
            raise CorpusError(src, f"has the same file name as {names[src.name]}; rename one of them first")
        names[src.name] = src
        dest = folder / src.name
        if dest.exists() and dest.resolve() != src.resolve() and dest.read_bytes() != src.read_bytes() and not force:
            raise CorpusError(dest, f"already exists with other content than {src} (use --force to overwrite)")
    folder.mkdir(parents=True, exist_ok=True)
    entries, seen = [], set()
    for src in names.values():
        dest = folder / src.name
        if src.resolve() != dest.resolve():
            shutil.copyfile(src, dest)
        data = dest.read_bytes()
        guessed = guess_metadata(dest.name, data)
        doc_id = slug(src.name)
        while doc_id in seen:
            doc_id += "-2"
        seen.add(doc_id)
        lines = ["[[documents]]", f"id = {_toml(doc_id)}", f"file = {_toml(dest.name)}", f'sha256 = "{sha256_hex(data)}"']
        for key in ("outlet", "title", "published"):
            value = guessed.get(key, "")
            note = "  # guessed from the text: check it" if value else "  # fill in"
            lines.append(f"{key} = {_toml(value)}{note}")
        lines.append('url = ""  # fill in')
        entries.append("\n".join(lines))
    head = f'[corpus]\nname = {_toml(name or folder.resolve().name)}\ndescription = ""  # what the articles are about\n'
    write_text_atomic(manifest, head + "\n" + "\n\n".join(entries) + "\n")  # never a half-written corpus.toml
    return manifest
