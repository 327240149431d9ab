"""HTML articles: extract the article text, keeping the raw HTML as the raw text.

A corpus may hold ``.html`` pages. The article text is extracted with
trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction", ACL demo track), a
well-kept extractor that drops navigation, footers and comments. The raw text
of the document stays the HTML itself, so the audit invariant still holds:
the extracted text is aligned to the HTML character by character, and

* markup and page text the extractor left out become ``removed`` rows under
  the rule ``html_markup``;
* characters the extractor changed (an entity such as ``&amp;`` decoded to
  ``&``, a run of tags and spaces turned into one line break) become
  ``repairs`` rows under the rule ``html_text``.

The alignment runs in time and memory linear in the page's length (see
:func:`iter_align`): one pass over the HTML finds the characters a reader sees,
with entities decoded as :func:`html.unescape` decodes them, and one greedy
forward pass matches the extracted text against them. Trafilatura keeps the
page's text in order, so a forward match is enough; where the extractor
dropped text, a bounded search finds where its text resumes.
"""
from __future__ import annotations

import html
import re
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..errors import DocumentError
from .pieces import Piece, TextBuilder

HTML_SUFFIXES = {".html", ".htm"}
REMOVED_RULE = "html_markup"
CHANGED_RULE = "html_text"


def is_html(file_name: str) -> bool:
    return Path(file_name).suffix.lower() in HTML_SUFFIXES


# Pages from this size on release trafilatura's caches after extraction (see extract_article).
RESET_CACHES_AT = 1 << 18

# libxml2 (lxml), which trafilatura parses with, keeps at most 10,000,000 bytes of one text node unless the
# parser is told the tree is "huge". A run of this many characters without a tag could reach that (a
# character is at most 4 bytes in UTF-8), so such a page is parsed here with ``huge_tree=True`` and the tree
# handed to trafilatura, which takes an lxml tree as well as a string. A linear scan of one character class.
_LONG_TEXT_RUN = re.compile(r"[^<]{2500000,}")

# How trafilatura is asked for the article: its precision-first setting, the main text only.
TRAFILATURA_OPTIONS = dict(favor_precision=True, include_comments=False, include_tables=False, include_images=False,
                           deduplicate=False, with_metadata=False)


def parse_html(raw_html: str):
    """The page's lxml tree, parsed once for both :func:`extract_article` and :func:`html_metadata`.

    Parsed as trafilatura parses a string (its public ``trafilatura.load_html``),
    so handing the tree over gives trafilatura's same results; ``None`` when
    that finds no HTML. A page with a run of 2,500,000 characters or more
    without a tag is parsed with lxml's ``huge_tree`` option instead: libxml2
    otherwise keeps at most 10,000,000 bytes of one text node and silently
    cut such a paragraph there (found at the 19 MB benchmark page).
    """
    if _LONG_TEXT_RUN.search(raw_html):
        import lxml.html

        parser = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8", remove_comments=True, remove_pis=True,
                                      collect_ids=False, default_doctype=False)
        return lxml.html.fromstring(raw_html.encode("utf-8"), parser=parser)
    import trafilatura

    return trafilatura.load_html(raw_html)


def extract_article(raw_html: str, path: str | Path = "", tree=None) -> str:
    """The article text trafilatura finds in ``raw_html``, one paragraph per line.

    ``tree`` is the page parsed by :func:`parse_html`, when the caller has it
    (trafilatura then works on a copy of it, ~5 ms: the tree is left as it was,
    for :func:`html_metadata`); without it the page is parsed here (:func:`parse_html`).
    Raises :class:`DocumentError` when it finds none (an empty or non-article page).

    Cost: trafilatura's, linear in the page in time (``benchmarks/scaling.py``
    measures it). Memory: trafilatura's Python objects peak at about 20x the
    page (20.4x to 21.2x, measured with tracemalloc on the benchmark's page at
    1.2 to 19 MB), its lxml trees coming on top in C memory. Nearly all of it
    is a list of the article's words, ``" ".join(string.split())`` in
    ``trafilatura.utils.trim``: ~13x the page (a 50-byte string and a pointer
    per word), made where its readability fallback measures an element's text
    (``readability_lxml.text_length``), and again, ~13x, where its own
    extractor trims an element's text (``main_extractor._elem_text``), plus
    ~4x in copies of the text (``text_content()``, ``itertext()`` joins). The public
    option ``fast=True`` skips the fallback and brings the peak to ~14x, but
    changes which text a page yields, so it is not used. The word list is the
    article's, not one paragraph's (readability measures the element that
    holds the paragraphs): the benchmark's page cut into paragraphs of 2,000
    characters peaks at 20.2x too. No public option of trafilatura avoids it.

    On top of that, trafilatura and htmldate keep every paragraph they cleaned
    in LRU caches of up to 1,024 strings each, about 15x the page after it
    returns. For a page of :data:`RESET_CACHES_AT` characters or more those
    caches are emptied at once with ``trafilatura.meta.reset_caches()`` (its
    public way to release them; it runs a garbage collection, ~40 ms), so a big
    page's text is not held through the rest of the load. Nothing is cached
    here either: validation and loading each extract (loading holds no copy of
    a page between documents).
    """
    import trafilatura

    document = parse_html(raw_html) if tree is None else tree
    text = trafilatura.extract(document, **TRAFILATURA_OPTIONS)
    del document
    if len(raw_html) >= RESET_CACHES_AT:
        _reset_trafilatura_caches()
    if not text or not text.strip():
        raise DocumentError(path, "no article text found in the HTML")
    return text


def _reset_trafilatura_caches() -> None:
    import logging

    from trafilatura.meta import reset_caches

    # htmldate's part of the reset logs an ERROR when the installed charset_normalizer's
    # functions have no cache to clear (its own message says so): nothing is wrong for us.
    quiet = logging.getLogger("htmldate")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        reset_caches()
    finally:
        quiet.setLevel(level)


# ---------------------------------------------------------------- the visible text

_SKIP_CONTENT = ("head", "script", "style", "noscript", "template")
# Where markup or an entity may start. As in an HTML parser, "<" starts a tag
# only before a letter, "/", "!" or "?"; "a < b" is text.
_MARK = re.compile(r"<[A-Za-z/!?]|&")
_TAG_NAME = re.compile(r"/?[A-Za-z][^\s/>]*")
# html.unescape's own reference syntax, with numbers capped at 32 digits
# (int() refuses a longer decimal string, and no code point needs more).
_ENTITY = re.compile(r"&(?:#[0-9]{1,32};?|#[xX][0-9a-fA-F]{1,32};?|[^\t\n\f <&#;]{1,32};?)")
_CLOSE = {name: re.compile(f"</{name}", re.IGNORECASE) for name in _SKIP_CONTENT}


@lru_cache(maxsize=4096)  # a page repeats a few entities thousands of times
def _decode_entity(ref: str) -> tuple[int, str] | None:
    """``(raw_length, decoded)`` of the reference at the start of ``ref``, or ``None``.

    ``html.unescape`` decodes a legacy name without ";" and keeps the rest
    (``&notit;`` -> ``¬it;``): only the decoded prefix is the reference.
    """
    decoded = html.unescape(ref)
    if decoded == ref:
        return None
    keep = 0  # characters html.unescape left as they were, at the end
    while keep < len(ref) - 2 and keep < len(decoded) - 1 and ref[-1 - keep] == decoded[-1 - keep]:
        keep += 1
    return len(ref) - keep, decoded[: len(decoded) - keep]


class Visible:
    """The characters of an HTML page a reader sees, mapped back to the raw HTML.

    ``text`` is the page without tags, comments, and the content of ``head``,
    ``script``, ``style``, ``noscript`` and ``template`` elements, with
    character references decoded (:func:`html.unescape` semantics, one
    reference at a time).

    How to read the map: most of ``text`` is copied verbatim from the raw
    HTML; the rest are *events*, places where the walk did something else:
    a decoded reference (``width[k]`` visible characters, 1 or 2) or skipped
    markup (a tag, a comment, a script, a reference that decodes to nothing;
    ``width[k]`` is 0). Event ``k`` starts at visible offset ``vis_at[k]``
    and its raw characters end at raw offset ``raw_to[k]``. Between two
    events the text is copied: visible ``[vis_at[k] + width[k], vis_at[k + 1])``
    is the same number of raw characters from ``raw_to[k]`` on, so an event's
    raw characters start where that copied run before it ends
    (:meth:`raw_from`). Event 0 (at offset 0, nothing) and the last one (at
    ``len(text)``) are sentinels. An unclosed ``<`` is an event too (of no
    characters, before the ``<`` it copies), because the copied runs on
    either side of it are told apart (each becomes a piece of its own).

    Memory: the text, plus two integer arrays and a byte per event (9 bytes
    a tag or reference; ``text`` is held once while it is made, see
    :class:`~corpus_tools.load.pieces.TextBuilder`).
    """

    def __init__(self, raw: str) -> None:
        code = "i" if len(raw) < 2**31 - 1 else "q"
        self.vis_at, self.raw_to, self.width = array(code, [0]), array(code, [0]), bytearray(1)
        self.text = self._walk(raw)
        self.vis_at.append(len(self.text))  # sentinel: the copied run of the last event ends here
        self.raw_to.append(len(raw))
        self.width.append(0)

    def raw_from(self, k: int) -> int:
        """Raw offset where event ``k`` (``k >= 1``) starts: the end of the copied run before it."""
        return self.raw_to[k - 1] + (self.vis_at[k] - self.vis_at[k - 1] - self.width[k - 1])

    def _walk(self, raw: str) -> str:
        """One pass over ``raw``: O(n) time; returns the visible text.

        Every search moves the position forward past what it scanned, except
        those that find nothing, and each of those is done once: no ">" after a
        "<" means none after any later "<" either; an unclosed ``<script>``'s
        failed search is remembered for every later ``<script>``.
        """
        vis_at, raw_to, widths = self.vis_at, self.raw_to, self.width
        out = TextBuilder()
        length = 0
        n = len(raw)
        pos = 0  # raw offset up to which the walk has accounted for everything
        no_gt = False
        close_at: dict[str, tuple[int, int]] = {}  # name -> (searched from, found at or -1)

        def event(r1: int, decoded: str = "") -> None:
            nonlocal length
            vis_at.append(length)
            raw_to.append(r1)
            widths.append(len(decoded))  # a reference decodes to at most 2 characters
            if decoded:
                out.add(decoded)
                length += len(decoded)

        while pos < n:
            m = _MARK.search(raw, pos)
            s = n if m is None else m.start()
            if s > pos:
                out.add(raw[pos:s])
                length += s - pos
            if m is None:
                break
            if raw[s] == "&":
                em = _ENTITY.match(raw, s)
                ref = _decode_entity(em.group()) if em else None
                if ref is None:  # a literal "&"
                    out.add("&")
                    length += 1
                    pos = s + 1
                else:  # decoded, or skipped like markup when it decodes to nothing (&#0;)
                    pos = s + ref[0]
                    event(pos, ref[1])
                continue
            if raw.startswith("<!--", s):
                end = raw.find("-->", s + 4)
                pos = n if end < 0 else end + 3
                event(pos)
                continue
            end = -1 if no_gt else raw.find(">", s + 1)
            if end < 0:  # a "<" that never closes is text
                no_gt = True
                event(s)
                out.add("<")
                length += 1
                pos = s + 1
                continue
            pos = end + 1
            name_m = _TAG_NAME.match(raw, s + 1, end)
            name = name_m.group().lower() if name_m else ""
            if name in _CLOSE:
                searched, found = close_at.get(name, (-1, -1))
                if not (found >= pos or (found < 0 and 0 <= searched <= pos)):
                    close = _CLOSE[name].search(raw, pos)
                    found = close.start() if close else -1
                    close_at[name] = (pos, found)
                if found >= pos:  # an unclosed element: read on as if it were not there
                    pos = found
            event(pos)
        return out.value()

    def __len__(self) -> int:
        return len(self.text)


def visible_text(raw: str) -> Visible:
    """The characters of ``raw`` a reader could see, with their raw offsets.

    O(n) time and memory in ``len(raw)``; see :class:`Visible`.
    """
    return Visible(raw)


# ---------------------------------------------------------------- matching

_KEY = 32  # characters of extracted text looked for in the page to resync
_LOCAL = 2048  # how far a resync looks before trying the text a few characters on
_SKIP_AHEAD = 4  # extracted characters that may be the extractor's own ("- " before a list item)
_WS = re.compile(r"\s*")
_WS_RUN = re.compile(r"\s+")
_NOT_WS = re.compile(r"\S+")


def _common_prefix(a: str, i: int, b: str, j: int, limit: int) -> int:
    """Length of the common prefix of ``a[i:]`` and ``b[j:]``, at most ``limit``.

    Compares slices of doubling length, then halves the last one:
    O(length) work in C rather than a Python step per character.
    """
    k, step = 0, 64
    while k < limit:
        s = min(step, limit - k)
        if a[i + k : i + k + s] == b[j + k : j + k + s]:
            k += s
            step = min(step * 2, 1 << 16)
            continue
        while s > 1:  # the first difference lies in [k, k + s)
            half = s // 2
            if a[i + k : i + k + half] == b[j + k : j + k + half]:
                k += half
                s -= half
            else:
                s = half
        return k
    return k


def _key_words(text: str, j: int, line_end: int) -> list[str]:
    """The words of the next ``_KEY`` characters of the text line from ``j``."""
    return text[j : min(j + _KEY, line_end)].split()


def _matches_at(vis: str, p: int, words: list[str]) -> bool:
    """Whether ``words`` occur at ``p`` in ``vis``, with any whitespace (or none)
    between them: the page may wrap a line where the extractor put one space."""
    pos = p
    for k, word in enumerate(words):
        if k:
            pos = _WS.match(vis, pos).end()
        if not vis.startswith(word, pos):
            return False
        pos += len(word)
    return True


def _find(vis: str, words: list[str], lo: int, hi: int) -> int:
    """First ``p`` in ``[lo, hi)`` where :func:`_matches_at`, else -1.

    Each candidate is a ``str.find`` hit of the first word, checked in O(key length).
    """
    first = words[0]
    p = vis.find(first, lo, min(len(vis), hi + len(first) - 1))
    while p >= 0:
        if _matches_at(vis, p, words):
            return p
        p = vis.find(first, p + 1, min(len(vis), hi + len(first) - 1))
    return -1


def _opcodes(vis: str, text: str) -> Iterator[tuple[str, int, int, int, int]]:
    """``(op, i1, i2, j1, j2)`` turning ``vis`` into ``text``, like difflib's opcodes.

    A greedy forward match: equal runs as long as both agree; a whitespace run
    against a whitespace run; where they differ, the next few words of the
    text are looked up in ``vis`` ahead (:func:`_find`) and the page text
    before them is deleted. Each line of the text is looked up this way
    unless it starts right where the page is, so a line is not matched into
    a dropped paragraph that starts with the same word.

    O(len(vis) + len(text)) time, O(1) memory beyond the inputs: equal runs
    and successful searches consume what they scan. A search that finds
    nothing consumes nothing, so the characters such searches may scan are
    capped (``budget``, 2x the page); past it a search looks ``_LOCAL``
    characters ahead only, and a text word found nowhere becomes an insertion.
    """
    nv, nt = len(vis), len(text)
    i = j = 0
    line_end = -1
    resynced_at = -1
    budget = 2 * nv + 4 * _LOCAL

    while j < nt:
        if j > line_end:
            line_end = text.find("\n", j)
            if line_end < 0:
                line_end = nt
        if i >= nv:
            yield ("insert", i, i, j, nt)
            return
        c, v = text[j], vis[i]
        if c.isspace():
            wj = _WS_RUN.match(text, j).end()
            wi = _WS.match(vis, i).end()
            if wi == i:  # the extractor's line break or space where the page has a tag
                yield ("insert", i, i, j, wj)
            elif vis[i:wi] == text[j:wj]:
                yield ("equal", i, wi, j, wj)
            elif wj - j == 1 and c in vis[i:wi]:  # keep the page's own space or line break
                p = vis.index(c, i, wi)
                if p > i:
                    yield ("delete", i, p, j, j)
                yield ("equal", p, p + 1, j, j + 1)
                if wi > p + 1:
                    yield ("delete", p + 1, wi, j + 1, j + 1)
            else:
                yield ("replace", i, wi, j, wj)
            i, j = wi, wj
            continue
        if v.isspace():
            wi = _WS.match(vis, i).end()
            yield ("delete", i, wi, j, j)
            i = wi
            continue
        line_start = j == 0 or text[j - 1] == "\n"
        if c == v and not (line_start and resynced_at != j and not _matches_at(vis, i, _key_words(text, j, line_end))):
            k = _common_prefix(vis, i, text, j, min(nv - i, line_end + 1 - j))
            yield ("equal", i, i + k, j, j + k)
            i, j = i + k, j + k
            continue
        # Resync: where does the text from j go on in the page?
        resynced_at = j
        words = _key_words(text, j, line_end)
        p = _find(vis, words, i, min(nv, i + _LOCAL))
        skip = 0
        if p < 0:  # a few characters the extractor added ("- " before a list item)?
            for skip in range(1, _SKIP_AHEAD + 1):
                if j + skip >= line_end:
                    break
                ahead = _key_words(text, j + skip, line_end)
                if ahead and not text[j + skip].isspace():
                    p = _find(vis, ahead, i, min(nv, i + _LOCAL))
                    if p >= 0:
                        break
            else:
                skip = 0
            if p < 0:
                skip = 0
        if p < 0 and budget > 0:  # page text the extractor dropped, however long
            hi = min(nv, i + max(_LOCAL, budget))
            p = _find(vis, words, i, hi)
            if p < 0:
                budget -= hi - i
        if p < 0:  # nowhere ahead: the extractor's own text
            wj = _NOT_WS.match(text, j).end()
            yield ("insert", i, i, j, wj)
            j = wj
            continue
        if skip:
            yield ("insert", i, i, j, j + skip)
            j += skip
            resynced_at = j
        if p > i:
            yield ("delete", i, p, j, j)
            i = p
    if i < nv:
        yield ("delete", i, nv, nt, nt)


# ---------------------------------------------------------------- pieces

def _line_pieces(raw: str, text: str) -> list[Piece]:
    """One changed stretch as pieces that never span a line break in ``text``.

    Cleaning cuts whole lines, so a changed piece must not straddle one: the
    raw characters go with the first line's part, later parts (a line break,
    the next line's opening) are insertions.
    """
    if "\n" not in text:
        return [Piece(raw, text, CHANGED_RULE, "repair")]
    parts = [p for p in text.replace("\n", "\x00\n\x00").split("\x00") if p]
    return [Piece(raw if k == 0 else "", part, CHANGED_RULE, "repair") for k, part in enumerate(parts)]


def iter_align(raw: str, text: str) -> Iterator[Piece]:
    """Pieces mapping ``raw`` HTML onto the extracted ``text``, yielded one at a time.

    The text is matched against the page's visible characters
    (:func:`visible_text`; tags, comments and scripts cannot hold article
    text) by :func:`_opcodes`. Kept runs map to their raw characters; markup
    and left-out page text between them become ``html_markup`` removals;
    decoded references and spacing the extractor changed become ``html_text``
    repairs. Joined, the pieces' ``raw`` is ``raw`` and their ``text`` is ``text``.

    Time O(len(raw) + len(text)); memory O(len(raw)): the visible text and
    its map of events (:class:`Visible`), let go when the last piece is
    yielded. The pieces are not held here: a page full of references has one
    every few characters (see :class:`~corpus_tools.load.pieces.PieceColumns`).
    """
    visible = visible_text(raw)
    vis_at, raw_to, width = visible.vis_at, visible.raw_to, visible.width
    # A page repeats a few references thousands of times: one string object
    # per distinct reference and decoding, not two new ones per piece.
    shared: dict[str, str] = {}
    share = shared.setdefault
    # Pieces account for raw[:done]; raw[done:removed_to] is removal not yet
    # made a piece, so consecutive removals become one slice (never a string
    # grown by concatenation).
    done = removed_to = 0
    k = 0  # event cursor (see Visible): the opcodes visit the visible text in order

    def locate(v: int) -> int:
        """The last event at or before visible offset ``v``: ``v`` is in its
        decoded characters or in the copied run after them."""
        nonlocal k
        while vis_at[k + 1] <= v:
            k += 1
        while vis_at[k] > v:
            k -= 1
        return k

    def raw_end_of(v: int) -> int:
        """Raw offset just past visible character ``v``; inside a decoded
        reference, the raw reference goes with its last character."""
        e = locate(v)
        into = v - vis_at[e] - width[e]  # >= 0: into the copied run after the event
        if into >= 0:
            return raw_to[e] + into + 1
        return raw_to[e] if into == -1 else visible.raw_from(e)

    for op, i1, i2, j1, j2 in _opcodes(visible.text, text):
        if op == "equal":
            v = i1
            while v < i2:  # one piece per copied run, one change per decoded reference
                e = locate(v)
                copied_from = vis_at[e] + width[e]
                if v >= copied_from:
                    b = min(i2, vis_at[e + 1])
                    r = raw_to[e] + (v - copied_from)
                    if r > done:
                        yield Piece(raw[done:r], "", REMOVED_RULE, "remove")
                    done = removed_to = r + (b - v)
                    kept = raw[r:done]  # equal to the text there: one string serves as both
                    yield Piece(kept, kept)
                else:
                    if removed_to > done:
                        yield Piece(raw[done:removed_to], "", REMOVED_RULE, "remove")
                        done = removed_to
                    b = min(i2, copied_from)
                    end = max(done, raw_to[e] if b == copied_from else visible.raw_from(e))
                    before, after = raw[done:end], text[j1 + (v - i1) : j1 + (b - i1)]
                    if len(before) <= 40:
                        before, after = share(before, before), share(after, after)
                    yield from _line_pieces(before, after)
                    done = removed_to = end
                v = b
        elif op == "delete":
            removed_to = max(removed_to, raw_end_of(i2 - 1))
        else:  # replace or insert: whatever raw lies up to the last visible character involved
            if removed_to > done:
                yield Piece(raw[done:removed_to], "", REMOVED_RULE, "remove")
                done = removed_to
            end = max(done, raw_end_of(i2 - 1)) if i2 > i1 else done
            yield from _line_pieces(raw[done:end], text[j1:j2])
            done = removed_to = end
    if len(raw) > done:
        yield Piece(raw[done:], "", REMOVED_RULE, "remove")


def align(raw: str, text: str) -> list[Piece]:
    """:func:`iter_align` as a list (a piece every few characters on a page full of references:
    the loader reads :func:`iter_align`'s stream instead)."""
    return list(iter_align(raw, text))


def html_pieces(raw_html: str, path: str | Path = "") -> list[Piece]:
    """Extract the article from ``raw_html`` and align it to the HTML.

    The alignment is O(n) in time and memory (:func:`align`); trafilatura's
    extraction itself is measured by ``benchmarks/scaling.py``.
    """
    return align(raw_html, extract_article(raw_html, path))


def html_document(raw_html: str, path: str | Path = "") -> tuple[Iterator[Piece], dict[str, str]]:
    """:func:`html_pieces` and :func:`html_metadata` of one page, from one parse of it;
    the pieces come as :func:`iter_align`'s stream, read once.

    The page is parsed once (:func:`parse_html`) and the tree handed to
    trafilatura for the article and then for the metadata, whose pass would
    parse the string again: the two take 0.53 s instead of 0.57 s at 2.4 MB,
    1.92 s instead of 2.11 s at 9.6 MB. A page with a text run past
    libxml2's limit now has its metadata read from the whole (huge) tree,
    as its article is, not from a tree cut at 10,000,000 bytes. The tree is
    let go before the alignment, and the metadata is found before it too, so
    its copies of the page (~4.5x: htmldate serializes the tree and joins
    its text) are not added to the pieces' memory. Traced peak memory is
    unchanged (trafilatura's extraction, ~20x, sets it; see
    :func:`extract_article`). The results are those of the two functions on
    the string (a test holds this). The extracted text is held by the stream
    only, so it goes when the stream is read to its end.
    """
    tree = parse_html(raw_html)
    text = extract_article(raw_html, path, tree=tree)
    meta = html_metadata(raw_html, tree=tree)
    del tree
    return iter_align(raw_html, text), meta


def html_metadata(raw_html: str, tree=None) -> dict[str, str]:
    """Title, outlet, date, canonical URL and byline from trafilatura's metadata extraction
    (empty strings when absent). ``tree`` is the page parsed by :func:`parse_html`,
    when the caller has it (trafilatura's metadata pass leaves it as it was).

    The date comes from htmldate (through trafilatura) *without* its extensive
    search: that search takes a bare year in the text ("(c) 2024 Harbour
    Gazette") as January 1st of that year, a date the page never states. So a
    date is taken only from the page's markup (meta tags such as
    ``article:published_time``, JSON-LD, ``<time>`` elements, the canonical
    URL), the publication date preferred to a later update; none found means
    blank. The site name trafilatura falls back to when the page names none is
    the URL's host name: an address, not an outlet, so it is left out (``host``
    carries it, for a hint).
    """
    import trafilatura

    meta = trafilatura.extract_metadata(raw_html if tree is None else tree,
                                        date_config={"extensive_search": False, "original_date": True})
    found = meta.as_dict() if meta is not None else {}

    def text(key: str) -> str:
        value = found.get(key)
        return " ".join(value.split()) if isinstance(value, str) else ""

    url = text("url")
    if not re.fullmatch(r"https?://[^\s/]+\S*", url):  # a relative or odd canonical link is no use
        url = ""
    outlet, host = text("sitename"), text("hostname")
    if outlet and (outlet.casefold() == host.casefold() or re.fullmatch(r"(www\.)?[\w-]+(\.[\w-]+)+", outlet)):
        outlet = ""
    published = text("date")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = ""
    return {"title": text("title"), "outlet": outlet, "published": published, "url": url,
            "byline": text("author"), "host": host}
