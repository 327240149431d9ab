"""Writing a starter manifest for a folder of articles (``corpus-tools init``).

``init_corpus(folder, files)`` copies the files into ``folder`` byte for byte
(if they are not there already) and writes ``corpus.toml`` with an id, the
file name and its SHA-256 for each, plus what can be guessed from the
document itself (:func:`guess_metadata`): for HTML, the title, outlet (site
name), publication date, canonical URL and byline from trafilatura's metadata
extraction; for text and markdown, the headline line, a date line near the top
("Published: 12 March 2025"), a "By ..." line and "Discover more from <outlet>"
style sign-offs. Each guess carries a comment (``# guessed from the page's
metadata: check``); what could not be guessed is written blank (``""  # fill
in``), which ``validate`` reports until a person fills it in. Dates are
written as ISO 8601 and never invented.
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


# ---------------------------------------------------------------- guessing from an HTML page

def _html_guesses(raw_html: str) -> dict[str, str]:
    """Title, outlet, date, canonical URL and byline: :func:`corpus_tools.load.extract.html_metadata`
    (trafilatura's metadata extraction, no date the page does not state), with the host name as ``_host``."""
    found = html_metadata(raw_html)
    return {key: found[key] for key in ("outlet", "title", "published", "url", "byline")} | {"_host": found["host"]}


# ---------------------------------------------------------------- guessing from a text file

_MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATES = [
    re.compile(rf"(?<!\d){_YEAR}-(?P<mm>\d{{2}})-(?P<day>\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?(?!\d)"),
    re.compile(rf"(?<!\w){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)", re.I),      # 12 March 2025
    re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),                # March 12, 2025
]
# What may stand around the date on a date line: labels, weekdays, a time and zone ("Published on Wednesday,
# 12 March 2025 at 07:55 am GMT"). More than two other words and it is a sentence or a headline, not a date line.
_DATE_LINE_WORDS = re.compile(
    r"\b(published|posted|first|originally|date[d]?|on|at|updated?|last|modified|edited|revised|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|[ap]\.?m\.?|utc|gmt|bst|cet|cest|est|edt|pst|pdt)\b"
    r"|\d{1,2}[:.]\d{2}|[+-]\d{2}:?\d{2}", re.I)
_NOT_PUBLISHED = re.compile(r"\b(updated?|modified|edited|revised)\b", re.I)
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+|^\s*(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)\s*$")
_BYLINE = re.compile(r"\s*(?:(?:written|reported) )?by\s+(?P<value>[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,3})\s*"
                     r"(?:[|·•,–—-].*)?", re.I)
_TOP_LINES = 5  # a date line is looked for among the first five non-blank lines


def _date_in(line: str) -> tuple[str, int, int] | None:
    """The first real calendar date written in ``line`` as ISO 8601, with its span; ``None`` if there is none."""
    import datetime as dt

    best = None
    for pattern in _DATES:
        m = pattern.search(line)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, pattern)
    if best is None:
        return None
    m = best[0]
    month = int(m.group("mm")) if "mm" in m.groupdict() else _MONTHS[m.group("month").lower()]
    try:
        day = dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:  # 2025-02-30 is no date
        return None
    return day.isoformat(), m.start(), m.end()


def _date_line(line: str) -> tuple[str, str] | None:
    """``("published" | "updated", ISO date)`` when ``line`` is a short line stating a date, else ``None``.

    A date line is short (a label, a byline, a weekday, a time around the date
    at most): "Published: 12 March 2025", "By Jane Doe | March 12, 2025",
    "2025-03-12". A date in a sentence of the article is not one. A date after
    "updated" or "modified" is the update's, not the publication's.
    """
    text = line.strip()
    found = _date_in(text)
    if found is None or len(text) > 120:
        return None
    iso, start, end = found
    rest = text[:start] + " " + text[end:]
    byline = _BYLINE.fullmatch(text[:start].rstrip(" |·•,–—-")) if text[:start].strip() else None
    if byline:  # "By Jane Doe | 12 March 2025"
        rest = text[end:]
    if len(re.findall(r"[^\W\d_]+", _DATE_LINE_WORDS.sub(" ", rest))) > 2:
        return None
    return ("updated" if _NOT_PUBLISHED.search(text[:start]) else "published", iso)


def _chrome_patterns() -> list[re.Pattern]:
    """The package's own page-chrome rules that may fire anywhere ("Skip to content", paywall notices, ...)."""
    from ..codebook.loader import default_codebook

    out = []
    for rule in default_codebook().get("boilerplate", []):
        if rule.get("where", "anywhere") == "anywhere" and "{outlet}" not in rule["pattern"]:
            out.append(re.compile(rule["pattern"], 0 if rule.get("case_sensitive") else re.I))
    return out


def _byline(line: str) -> str:
    """The name(s) in a "By Jane Doe" line (maybe followed by "| date" or ", Reuters"), else ``""``."""
    m = _BYLINE.fullmatch(line)
    if not m:
        return ""
    words = m.group("value").split()
    return m.group("value") if words[0][0].isupper() and words[-1][0].isupper() else ""


def _looks_like_headline(line: str) -> bool:
    """A line that can be a headline: not a sentence of the article (no final full stop, at most 25 words)."""
    text = line.strip()
    return bool(text) and len(text) <= 200 and len(text.split()) <= 25 and not re.search(r"(?<!\.)\.[\"'’”)]*$", text)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A markdown file's ``---`` front matter as ``{key: value}`` (plain ``key: value`` lines), and the lines after it."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            found = {}
            for line in lines[1:end]:
                m = re.match(r"\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$", line)
                if m and m.group(2):
                    found.setdefault(m.group(1).lower(), m.group(2).strip("\"'"))
            return found, lines[end + 1:]
    return {}, lines


def _text_guesses(text: str) -> dict[str, str]:
    """Headline, publication date, byline and outlet from the top (and sign-offs) of a text or markdown file."""
    guessed = {"outlet": "", "title": "", "published": "", "byline": ""}
    for hint in _OUTLET_HINTS:
        m = hint.search(text)
        if m:
            guessed["outlet"] = m.group("outlet").strip()
            break
    text = text.lstrip("\ufeff")
    front, lines = _front_matter(text[:20000].splitlines())
    if front:
        guessed["title"] = " ".join(front.get("title", "").split())
        for key in ("published", "date"):
            found = _date_in(front.get(key, ""))
            if found:
                guessed["published"] = found[0]
                break
    chrome = _chrome_patterns()
    top = []  # the first non-blank lines that are not page chrome
    for line in lines:
        if len(top) >= _TOP_LINES:
            break
        if line.strip() and not any(p.fullmatch(line) for p in chrome):
            top.append(_HEADING_MARKS.sub("", line).strip())
    headline_seen = False
    for line in top:
        byline = _byline(line)
        if byline and not guessed["byline"]:
            guessed["byline"] = byline
        kind_date = _date_line(line)
        if kind_date and kind_date[0] == "published" and not guessed["published"]:
            guessed["published"] = kind_date[1]
        if kind_date or byline or headline_seen:
            continue
        headline_seen = True  # the first other line is the headline, or the article starts without one
        if not guessed["title"] and _looks_like_headline(line):
            guessed["title"] = " ".join(line.split())
    return guessed


def guess_metadata(file_name: str, data: bytes) -> dict[str, str]:
    """What can be guessed of a file's metadata from its content; ``""`` where nothing was found.

    Keys: ``outlet``, ``title``, ``published`` (ISO 8601), ``url`` and
    ``byline``. HTML: trafilatura's metadata extraction (see
    :func:`_html_guesses`). Text and markdown: the headline line (the first
    non-blank line that is not page chrome, a date line or a byline, with a
    markdown ``#`` taken off), a date line among the first five lines
    ("Published: 12 March 2025", "March 12, 2025", "2025-03-12"), a "By ..."
    line, and "Discover more from <outlet>" style sign-offs. Nothing is
    invented: no date found means no date.
    """
    text, _ = decode_bytes(data, file_name)
    if is_html(file_name):
        return _html_guesses(text)
    return {**_text_guesses(text), "url": ""}


def _guessed_lines(guessed: dict[str, str], source: str) -> list[str]:
    """Manifest lines for the guessable keys: a guess marked with a comment to check it, a blank marked "fill in".

    ``outlet``, ``title``, ``published`` and ``url`` are always written (blank
    when unknown, so ``validate`` lists them); ``byline`` only when found.
    """
    out = []
    for key in ("outlet", "title", "published", "url", "byline"):
        value = guessed.get(key, "")
        if value:
            out.append(f"{key} = {_toml(value)}  # guessed from {source}: check")
        elif key == "outlet" and guessed.get("_host"):
            out.append(f'outlet = ""  # fill in (the page is on {guessed["_host"]}; write the outlet\'s name)')
        elif key != "byline":
            out.append(f'{key} = ""  # fill in')
    return out


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
        lines += _guessed_lines(guessed, "the page's metadata" if is_html(dest.name) else "the text's first lines")
        entries.append("\n".join(lines))
    head = f'[corpus]\nname = {_toml(name or folder.resolve().name)}\ndescription = ""  # what the articles are about\n'
    write_text_atomic(manifest, head + "\n" + "\n\n".join(entries) + "\n")  # never a half-written corpus.toml
    return manifest
