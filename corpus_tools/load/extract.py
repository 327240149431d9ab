"""HTML articles: extract the article text, keeping the raw HTML as the raw text.

A corpus may hold ``.html`` pages. The article text is extracted with
trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction", ACL demo track), a
well-kept extractor that drops navigation, footers and comments. The raw text
of the document stays the HTML itself, so the audit invariant still holds:
the extracted text is aligned to the HTML character by character
(:class:`difflib.SequenceMatcher`), and

* markup and page text the extractor left out become ``removed`` rows under
  the rule ``html_markup``;
* characters the extractor changed (an entity such as ``&amp;`` decoded to
  ``&``, a run of tags and spaces turned into one line break) become
  ``repairs`` rows under the rule ``html_text``.
"""
from __future__ import annotations

import difflib
from functools import lru_cache
import re
from pathlib import Path

from ..errors import DocumentError
from .repair import Piece

HTML_SUFFIXES = {".html", ".htm"}
REMOVED_RULE = "html_markup"
CHANGED_RULE = "html_text"


def is_html(file_name: str) -> bool:
    return Path(file_name).suffix.lower() in HTML_SUFFIXES


@lru_cache(maxsize=8)  # validation and loading both extract the same page: do it once
def extract_article(raw_html: str, path: str | Path = "") -> str:
    """The article text trafilatura finds in ``raw_html``, one paragraph per line.

    Raises :class:`DocumentError` when it finds none (an empty or non-article page).
    """
    import trafilatura

    text = trafilatura.extract(raw_html, favor_precision=True, include_comments=False, include_tables=False,
                               include_images=False, deduplicate=False, with_metadata=False)
    if not text or not text.strip():
        raise DocumentError(path, "no article text found in the HTML")
    return text


_SKIP_CONTENT = ("head", "script", "style", "noscript", "template")


def visible_positions(raw: str) -> list[int]:
    """Offsets in ``raw`` of the characters a reader could see: not inside a
    tag, a comment, or a script/style element. Entities stay as written."""
    positions: list[int] = []
    i, n = 0, len(raw)
    lower = raw.lower()
    while i < n:
        if raw[i] != "<":
            positions.append(i)
            i += 1
            continue
        if raw.startswith("<!--", i):
            end = raw.find("-->", i + 4)
            i = n if end < 0 else end + 3
            continue
        end = raw.find(">", i + 1)
        if end < 0:  # a stray "<" in text
            positions.append(i)
            i += 1
            continue
        name = lower[i + 1 : end].split(None, 1)[0] if end > i + 1 else ""
        i = end + 1
        if name in _SKIP_CONTENT:
            close = lower.find(f"</{name}", i)
            i = i if close < 0 else close  # an unclosed element: read on as if it were not there
    return positions


def _line_pieces(raw: str, text: str) -> list[Piece]:
    """One changed stretch as pieces that never span a line break in ``text``.

    Cleaning cuts whole lines, so a changed piece must not straddle one: the
    raw characters go with the first line's part, later parts (a line break,
    the next line's opening) are insertions.
    """
    parts = [p for p in text.replace("\n", "\x00\n\x00").split("\x00") if p] or [""]
    return [Piece(raw if k == 0 else "", part, CHANGED_RULE, "repair") for k, part in enumerate(parts)]


_WINDOW = 16  # characters of an extracted line looked up verbatim in the page to anchor it


def _anchors(a: str, b: str) -> list[tuple[int, int, int]]:
    """``(a_start, b_start, length)`` of verbatim runs shared in order by ``a`` and ``b``.

    Each line of ``b`` (the extracted text) is anchored by the first of its
    16-character windows found in ``a`` (the page's visible text) after the
    previous anchor, extended as far as both agree.
    """
    anchors, pos = [], 0
    for m in re.finditer(r"[^\n]+", b):
        line_end = m.end()
        for k in range(m.start(), line_end - _WINDOW + 1, _WINDOW // 2):
            i = a.find(b[k : k + _WINDOW], pos)
            if i < 0:
                continue
            length = _WINDOW
            while i + length < len(a) and k + length < line_end and a[i + length] == b[k + length]:
                length += 1
            anchors.append((i, k, length))
            pos = i + length
            break
    return anchors


def _char_opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """Character-level diff opcodes turning ``a`` into ``b``.

    A character diff of a whole page is slow (quadratic in practice), so the
    lines of ``b`` are first anchored in ``a`` and only the short stretches
    between anchors are diffed character by character.
    """
    out: list[tuple[str, int, int, int, int]] = []
    pa = pb = 0
    for ia, ib, length in _anchors(a, b) + [(len(a), len(b), 0)]:
        if ia > pa or ib > pb:
            gap = difflib.SequenceMatcher(None, a[pa:ia], b[pb:ib], autojunk=False)
            out.extend((op, pa + i1, pa + i2, pb + j1, pb + j2) for op, i1, i2, j1, j2 in gap.get_opcodes())
        if length:
            out.append(("equal", ia, ia + length, ib, ib + length))
        pa, pb = ia + length, ib + length
    return out


def align(raw: str, text: str) -> list[Piece]:
    """Pieces mapping ``raw`` HTML onto the extracted ``text``.

    The text is matched against the page's visible characters only (tags,
    comments and scripts cannot hold article text), which keeps the
    character diff small. Kept runs map to their raw characters; markup and
    left-out page text between them become ``html_markup`` removals; entities
    and spacing the extractor changed become ``html_text`` repairs.
    """
    positions = visible_positions(raw)
    visible = "".join(raw[i] for i in positions)
    pieces: list[Piece] = []
    raw_pos = 0

    def take_removed(upto: int) -> None:
        nonlocal raw_pos
        if upto > raw_pos:
            pieces.append(Piece(raw[raw_pos:upto], "", REMOVED_RULE, "remove"))
            raw_pos = upto

    for op, i1, i2, j1, j2 in _char_opcodes(visible, text):
        if op == "equal":
            k = i1
            while k < i2:  # runs of visible characters that are contiguous in the raw text
                run = k
                while run + 1 < i2 and positions[run + 1] == positions[run] + 1:
                    run += 1
                take_removed(positions[k])
                end = positions[run] + 1
                pieces.append(Piece(raw[raw_pos:end], text[j1 + (k - i1) : j1 + (run - i1) + 1]))
                raw_pos = end
                k = run + 1
        elif op == "delete":
            take_removed(positions[i2 - 1] + 1)
        else:  # replace or insert: whatever raw lies up to the last visible character involved
            end = positions[i2 - 1] + 1 if i2 > i1 else raw_pos
            pieces.extend(_line_pieces(raw[raw_pos:end], text[j1:j2]))
            raw_pos = max(raw_pos, end)
    take_removed(len(raw))
    return pieces


def html_pieces(raw_html: str, path: str | Path = "") -> list[Piece]:
    """Extract the article from ``raw_html`` and align it to the HTML."""
    return align(raw_html, extract_article(raw_html, path))


def html_metadata(raw_html: str) -> dict[str, str]:
    """Title, site name and date trafilatura finds in the page (empty strings when absent)."""
    import trafilatura

    meta = trafilatura.extract_metadata(raw_html)
    if meta is None:
        return {"title": "", "outlet": "", "published": "", "url": ""}
    found = meta.as_dict()
    return {"title": found.get("title") or "", "outlet": found.get("sitename") or "",
            "published": found.get("date") or "", "url": found.get("url") or ""}

