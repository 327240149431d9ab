"""HTML articles: extraction keeps the HTML as raw text and the audit invariant (extract.py)."""
from __future__ import annotations

import pytest

import corpus_tools
from corpus_tools import DocumentError
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
