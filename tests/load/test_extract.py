"""HTML articles: extraction keeps the HTML as raw text and the audit invariant (extract.py)."""
from __future__ import annotations

import html
import random
import time

import pytest

import corpus_tools
from corpus_tools import DocumentError
from corpus_tools.load import extract
from corpus_tools.load.extract import align

PAGE = """<html><head><title>Mayor rejects bridge plan</title><script>var tracking = 1;</script></head>
<body><nav>Home | News | Skip to content</nav>
<article><h1>Mayor rejects bridge plan</h1>
<p>The mayor said on Tuesday that the bridge plan was &ldquo;dead&rdquo; &amp; would not return.</p>
<p>&quot;We will not pay for it,&quot; said Jane Doe, the city&#8217;s mayor. The council disagreed and argued at length about the costs of the project.</p>
<p>According to Reuters, the state had offered 20 million dollars for the bridge that would cross the river near the old mill.</p></article>
<footer>Subscribe to our newsletter. This website uses cookies.</footer></body></html>
"""


@pytest.fixture()
def html_corpus(tmp_path):
    (tmp_path / "mayor.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[corpus]\nname = "h"\n[[documents]]\nid = "mayor"\nfile = "mayor.html"\noutlet = "Example Times"\n')
    return corpus_tools.load_corpus(tmp_path)


def test_article_text_is_extracted(html_corpus):
    doc = html_corpus["mayor"]
    assert doc.raw_text == PAGE
    assert doc.clean_text.startswith("The mayor said on Tuesday that the bridge plan was “dead” & would not return.")
    assert "\"We will not pay for it,\" said Jane Doe, the city’s mayor." in doc.clean_text
    for chrome in ("<", "tracking", "Skip to content", "newsletter", "cookies"):
        assert chrome not in doc.clean_text
    assert doc.title == "Mayor rejects bridge plan"  # the sentence-case headline, known from the page


def test_html_document_rebuilds_its_raw_html(html_corpus):
    doc = html_corpus["mayor"]
    corpus_tools.check_document(doc)
    rules = {r["rule"] for r in doc.removed} | {r["rule"] for r in doc.repairs}
    assert {"html_markup", "html_text"} <= rules


@pytest.mark.parametrize("raw,text", [("<p>a &amp; b</p>", "a & b"), ("<b>x</b>\n<i>y</i>", "x\ny"), ("same", "same"), ("", "new")])
def test_align_covers_both_texts(raw, text):
    pieces = align(raw, text)
    assert "".join(p.raw for p in pieces) == raw and "".join(p.text for p in pieces) == text


def test_page_without_article_is_an_error(tmp_path):
    (tmp_path / "nav.html").write_text("<html><head><title>x</title></head><body><div><img src=a.png></div></body></html>")
    (tmp_path / "corpus.toml").write_text('[[documents]]\nid = "nav"\nfile = "nav.html"\n')
    with pytest.raises(DocumentError, match="nav.html: no article text found in the HTML"):
        corpus_tools.load_corpus(tmp_path)


MINIFIED = ('<html><body><article><p>The mayor said on Tuesday that the plan was dead and would not return to council.</p>'
            '<p>This website uses cookies &amp; trackers&rdquo;</p><p>&ldquo;We will not pay for it,&rdquo; said Jane Doe, '
            'the mayor of the city, after the long vote on the project.</p><p>Already a subscriber? Log in to continue '
            'reading.</p><p>According to Reuters, the state offered 20 million dollars for the bridge across the river.</p>'
            '</article></body></html>')


def test_chrome_cut_from_minified_html_leaves_no_scraps(tmp_path):
    """A changed stretch (an entity, then markup, then an entity) must not straddle a line the cleaner cuts."""
    (tmp_path / "a.html").write_text(MINIFIED, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[documents]]\nid = "a"\nfile = "a.html"\n')
    doc = corpus_tools.load_corpus(tmp_path)["a"]
    corpus_tools.check_document(doc)
    lines = doc.clean_text.splitlines()
    assert lines[0].startswith("The mayor said") and lines[1].startswith("“We will not pay for it,”")
    assert all(len(line) > 20 for line in lines), lines
    assert "cookies" not in doc.clean_text and "subscriber" not in doc.clean_text


def test_alignment_of_a_large_page_is_fast_and_exact():
    body = "".join(f'<div class="nav"><a href="/x{i}">Link {i}</a></div><p>Paragraph {i} says the council voted '
                   f'&ldquo;no&rdquo; on item {i} after a long debate about costs.</p>\n' for i in range(600))
    page = f"<html><head><title>t</title><script>{'var a = 1;' * 2000}</script></head><body><article>{body}</article></body></html>"
    text = "\n".join(f"Paragraph {i} says the council voted “no” on item {i} after a long debate about costs." for i in range(600))
    pieces = align(page, text)  # seconds with a plain character diff; milliseconds anchored by lines
    assert "".join(p.raw for p in pieces) == page and "".join(p.text for p in pieces) == text
    kept = "".join(p.text for p in pieces if p.kind == "keep")
    assert len(kept) > 0.9 * len(text)  # nearly all of the text maps to the page's own characters


# ---------------------------------------------------------------- the linear alignment

def _assert_exact(raw: str, text: str, pieces) -> None:
    assert "".join(p.raw for p in pieces) == raw and "".join(p.text for p in pieces) == text
    for p in pieces:
        if p.kind == "keep":
            assert p.raw == p.text
        elif p.kind == "remove":
            assert p.text == "" and p.rule == "html_markup"
        else:  # a change never straddles a line break: cleaning cuts whole lines
            assert p.rule == "html_text" and (p.text == "\n" or "\n" not in p.text)


@pytest.mark.parametrize("raw,visible", [
    ("<p>a &amp; b</p>", "a & b"),
    ("x&nbsp;y &rsquo; &#8217; &#x2019;", "x\xa0y ’ ’ ’"),
    ("&amp &copy 2025", "& © 2025"),            # legacy names without ";", as html.unescape reads them
    ("&notit; &bogus; &", "¬it; &bogus; &"),   # only the known prefix is a reference
    ("a < b and c > d", "a < b and c > d"),     # "<" before a space is text, as in an HTML parser
    ("<head><title>t</title></head><script>x<p>y</script><!-- c -->z", "z"),
    ("a<script>never closed", "anever closed"),  # an unclosed element: read on as if it were not there
    ("a <b>b</b> <<<", "a b <<<"),
    ("x&#1;y", "xy"),                           # a reference that decodes to nothing
])
def test_visible_text_decodes_references_and_skips_markup(raw, visible):
    assert extract.visible_text(raw).text == visible


_ATOMS = ["word", " ", "\n", "&amp;", "&nbsp;", "&rsquo;", "&#0;", "&#x2028;", "&notit;", "&lt", "&", "<p>", "</p>",
          "<!-- c -->", "<script>x<y</script>", "<head>t</head>", "<", "a < b", "<!--", "<script>", "’", "Ã©"]


def test_visible_map_accounts_for_every_raw_character():
    """Visible's events (a decoded reference or skipped markup) and the runs copied between them tile the raw
    HTML in order: each copied run is the same characters in both, each reference decodes to its visible ones."""
    rng = random.Random(14)
    for _ in range(2000):
        raw = "".join(rng.choice(_ATOMS) for _ in range(rng.randint(0, 40)))
        vis = extract.visible_text(raw)
        at, to, width = vis.vis_at, vis.raw_to, vis.width
        assert at[0] == to[0] == width[0] == 0 and at[-1] == len(vis.text) and to[-1] == len(raw)
        for k in range(1, len(at)):
            start = vis.raw_from(k)
            copied = vis.text[at[k - 1] + width[k - 1] : at[k]]
            assert raw[to[k - 1] : start] == copied and start <= to[k], (raw, k)
            if width[k]:  # a reference: its decoding (html.unescape's, one reference at a time)
                assert html.unescape(raw[start : to[k]]) == vis.text[at[k] : at[k] + width[k]], (raw, k)
        assert vis.raw_from(len(at) - 1) == len(raw)  # the last copied run ends the page


@pytest.mark.parametrize("raw,text", [
    ("<ul><li>first item of the list</li><li>second item</li></ul>", "- first item of the list\n- second item"),
    ("<p>wrapped\n   across\n lines</p>", "wrapped across lines"),
    ("<p>a<br>b</p><p>c</p>", "a\nb\nc"),
    ("<nav>Home | Nav text</nav><p>Home is where the story begins.</p>", "Home is where the story begins."),
    ("<p>one&nbsp;&nbsp; two &amp; three</p>", "one two & three"),
    ("<p>kept</p><p>dropped paragraph</p><p>kept again</p>", "kept\nkept again"),
    ("<p>text</p>", "text not in the page at all"),
    ("", ""),
])
def test_align_is_exact_on_what_extractors_do(raw, text):
    _assert_exact(raw, text, align(raw, text))


def test_a_dropped_paragraph_with_the_same_first_word_is_not_used():
    raw = "<p>The first paragraph.</p>\n<p>The dropped one, a caption.</p>\n<p>The third paragraph.</p>"
    pieces = align(raw, "The first paragraph.\nThe third paragraph.")
    removed = "".join(p.raw for p in pieces if p.kind == "remove")
    assert "The dropped one, a caption." in removed


def test_references_become_one_change_each():
    raw = "<p>The city&rsquo;s mayor said &ldquo;no&rdquo; &amp; left.</p>"
    pieces = align(raw, "The city’s mayor said “no” & left.")
    assert [(p.raw, p.text) for p in pieces if p.kind == "repair"] == [("&rsquo;", "’"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&amp;", "&")]


@pytest.mark.parametrize("seed", range(3))
def test_align_is_exact_on_random_markup(seed):
    rng = random.Random(seed)
    raw_parts = ["a", "b", " ", "\n", "<p>", "</p>", "&amp;", "&nbsp;", "&rsquo;", "<", "&", "&#0;", "&notit;",
                 "<!--c-->", "<script>x<p>y</script>", "<b>", "é", "&#x1F600;", "&NotEqualTilde;", ">", "<!--"]
    text_parts = ["a", "b", " ", "\n", "&", "’", "\xa0", "- ", "x", "é", "≂̸"]
    for _ in range(800):
        raw = "".join(rng.choice(raw_parts) for _ in range(rng.randint(0, 30)))
        for text in ("".join(rng.choice(text_parts) for _ in range(rng.randint(0, 20))),
                     raw.replace("<p>", "").replace("</p>", "\n")):
            _assert_exact(raw, text, align(raw, text))


def test_entity_heavy_paragraph_aligns_in_linear_time():
    """The case that took 13 s (7.5 KB, 100 &nbsp;) and 28 s (a 43 KB page full of &rsquo; / &ldquo;) with difflib."""
    rng = random.Random(0)
    words = ["council", "bridge", "river", "vote", "mayor", "city", "plan", "state"]
    entities = [("&nbsp;", " "), ("&rsquo;", "’"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&amp;", "&")]
    raw_words, text_words = [], []
    for _ in range(40_000):  # ~400 KB of HTML
        word = rng.choice(words)
        raw_sep, text_sep = rng.choice(entities) if rng.random() < 0.3 else (" ", " ")
        raw_words.append(word + raw_sep)
        text_words.append(word + text_sep)
    raw = "<html><body><nav>Home</nav><article><p>" + "".join(raw_words) + "</p></article></body></html>"
    text = "".join(text_words).strip()
    start = time.process_time()
    pieces = align(raw, text)
    assert time.process_time() - start < 10
    _assert_exact(raw, text, pieces)
    assert sum(len(p.text) for p in pieces if p.kind == "keep") > 0.9 * len(text)


def test_a_big_page_leaves_no_copies_in_caches():
    """trafilatura keeps cleaned paragraphs in LRU caches (~15x a page); after a big page they are emptied,
    and extract_article keeps no page of its own."""
    import tracemalloc

    words = " ".join(f"word{k}&rsquo;s" for k in range(40_000))
    page = f"<html><body><article><p>{words}</p></article></body></html>"
    assert len(page) >= extract.RESET_CACHES_AT
    extract.extract_article(page)  # imports and first-call set-up
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        text = extract.extract_article(page)
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert held < 2 * len(page) + 100_000, held  # the text returned, not trafilatura's copies
    assert "word39999’s" in text


def _one_paragraph_page(sentences: int, references: bool = True) -> str:
    """A page whose article is one paragraph without a tag inside it, full of references (or of plain words)."""
    rng = random.Random(3)
    words = ["council", "bridge", "&amp;", "river", "&ldquo;costs&rdquo;", "mayor", "caf&eacute;", "&#8217;s", "vote"]
    if not references:
        words = ["council", "bridge", "and", "river", "costs", "mayor", "cafe", "voters", "vote"]
    para = " ".join(" ".join(rng.choice(words) for _ in range(8)).capitalize() + "." for _ in range(sentences))
    return (f"<html><head><title>Council votes</title></head><body><nav>Home | News</nav><article><h1>Council votes</h1>"
            f"<p>{para}</p></article><footer>Subscribe.</footer></body></html>")


def test_a_long_tagless_run_is_parsed_as_a_huge_tree_with_the_same_text():
    # Past 2,500,000 characters without a tag the page goes through lxml's huge_tree parser (see
    # extract_article); below libxml2's 10 MB limit both paths must give trafilatura's same text.
    page = _one_paragraph_page(60_000)
    assert extract._LONG_TEXT_RUN.search(page)
    via_tree = extract.extract_article(page)
    import trafilatura

    plain = trafilatura.extract(page, **extract.TRAFILATURA_OPTIONS)
    assert via_tree == plain and len(via_tree) > 2_500_000


@pytest.mark.scale  # an 11 MB page: `make scale` and CI run it
def test_a_paragraph_past_libxml2s_10_mb_limit_is_kept_whole(tmp_path):
    page = _one_paragraph_page(230_000, references=False)
    (tmp_path / "big.html").write_text(page, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[documents]]\nid = "big"\nfile = "big.html"\n', encoding="utf-8")
    doc = corpus_tools.load_corpus(tmp_path)["big"]
    body = max(doc.paragraphs, key=lambda p: p["end"] - p["start"])
    assert body["end"] - body["start"] > 10_000_000  # cut at 10,000,000 bytes before
    assert doc.clean_text.rstrip().endswith(".")
    corpus_tools.check_document(doc)  # the audit rebuilds the raw page


def test_one_parse_gives_the_article_and_metadata_of_the_string():
    """html_document parses a page once for trafilatura's article and metadata passes: the results must be
    those of extract_article, align and html_metadata on the string, and neither pass may change the tree."""
    from pathlib import Path

    from lxml import etree

    river = (Path(__file__).resolve().parent.parent / "data" / "bridge_story" / "river-news.html").read_text("utf-8")
    dated = PAGE.replace("<title>", '<meta property="article:published_time" content="2025-03-04T10:00:00Z">'
                         '<meta property="og:site_name" content="Example Times"><title>')
    commented = PAGE.replace("the bridge plan was", "the bridge<!-- a note --> plan<?php echo 1 ?> was")
    for page in (PAGE, dated, commented, river, _one_paragraph_page(300)):
        stream, meta = extract.html_document(page)
        pieces = list(stream)  # a stream, read once
        assert list(stream) == []
        text = extract.extract_article(page)
        assert "".join(p.text for p in pieces) == text and "".join(p.raw for p in pieces) == page
        assert [(p.raw, p.text, p.rule) for p in pieces] == [(p.raw, p.text, p.rule) for p in align(page, text)]
        assert meta == extract.html_metadata(page)
        tree = extract.parse_html(page)
        before = etree.tostring(tree)
        assert extract.extract_article(page, tree=tree) == text
        assert extract.html_metadata(page, tree=tree) == meta
        assert etree.tostring(tree) == before
    assert extract.html_document(dated)[1]["published"] == "2025-03-04"
