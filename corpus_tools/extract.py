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
from pathlib import Path

from .errors import DocumentError
from .repair import Piece

HTML_SUFFIXES = {".html", ".htm"}
REMOVED_RULE = "html_markup"
CHANGED_RULE = "html_text"


def is_html(file_name: str) -> bool:
    return Path(file_name).suffix.lower() in HTML_SUFFIXES


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


def align(raw: str, text: str) -> list[Piece]:
    """Pieces mapping ``raw`` onto ``text``: kept runs, removed markup, changed characters."""
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, raw, text, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece(raw[i1:i2], text[j1:j2]))
        elif op == "delete":
            pieces.append(Piece(raw[i1:i2], "", REMOVED_RULE, "remove"))
        else:  # replace or insert
            pieces.append(Piece(raw[i1:i2], text[j1:j2], CHANGED_RULE, "repair"))
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

