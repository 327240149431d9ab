"""show(): the tags drawn over the text, escaped, nested, deterministic."""
from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.present.show import LAYERS, Span, render_spans, show, show_html

HOSTILE = (
    "Council votes <script>alert(1)</script> on budget\n\n"
    "The council voted on Tuesday. <script>alert(1)</script> The mayor welcomed it.\n\n"
    "“This budget \" onmouseover=\"alert(2)\" protects every school,” the mayor said. Critics disagreed.\n\n"
    "Opposition leader Maria Lopez claimed the plan would raise taxes <b>by 5 percent</b>, reportedly.\n"
)


def tiny_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ['[corpus]\nname = "tiny"\n']
    for name, text in files.items():
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        lines.append(f'[[documents]]\nid = "{Path(name).stem}"\nfile = "{name}"\n'
                     f'sha256 = "{hashlib.sha256(data).hexdigest()}"\noutlet = "The <i>Evil</i> & \\"Co\\""\n')
    (folder / "corpus.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


class TagChecker(HTMLParser):
    """Collects tags, checks that every end tag closes the innermost open element."""

    VOID = {"br", "img", "hr", "meta", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


def parse(markup: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(markup)
    checker.close()
    return checker


def body_text(markup: str) -> str:
    """The article text of a show() page: tags stripped, entities decoded."""
    body = markup.split('class="ct-show-text"', 1)[1].split(">", 1)[1].rsplit("</div></div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return corpus_tools.load_corpus(tiny_corpus(tmp_path_factory.mktemp("hostile"), {"evil.txt": HOSTILE}))


def test_corpus_text_is_escaped(hostile):
    out = show_html("evil", corpus=hostile)
    assert "<script" not in out.lower()
    assert "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;alert(" in out and "&lt;b&gt;by" in out
    # the double quote in the text breaks out of no attribute: it is escaped everywhere
    assert '" onmouseover="' not in out
    plain = show_html("evil", layers=(), corpus=hostile)  # no spans cutting the text: exact escaped strings
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in plain
    assert "&quot; onmouseover=&quot;alert(2)&quot;" in plain
    assert "The &lt;i&gt;Evil&lt;/i&gt; &amp; &quot;Co&quot;" in plain
    checker = parse(out)
    assert not checker.errors and not checker.stack
    assert {tag for tag, _ in checker.tags} <= {"div", "span", "strong"}
    for _, attrs in checker.tags:
        assert set(attrs) <= {"class", "style", "title", "data-layer", "data-doc-id"}
        assert not any(k.startswith("on") for k in attrs)
    assert body_text(out) == hostile["evil"].clean_text


def test_escaped_text_in_titles(hostile):
    """Quote text containing quotes and markup lands in title attributes escaped, and parses back intact."""
    checker = parse(show_html("evil", corpus=hostile))
    titles = [attrs["title"] for _, attrs in checker.tags if "title" in attrs]
    assert titles, "the hostile document should have tagged spans"
    claims = [t for t in titles if t.startswith("claim:")]
    for t in claims:
        assert "\n" in t
    quoted = [t for t in titles if t.startswith("quote")]
    assert quoted, "the hostile document's quotes should carry titles"
    assert not any("onmouseover" in attrs for _, attrs in checker.tags)  # the quote's '" onmouseover="' stayed text


@pytest.mark.parametrize("doc_id", ["real-news-not-bs", "freebase-news", "axadle-times", "kyiv-independent", "rks-news"])
def test_every_quote_is_a_span_with_its_row(seeds, doc_id):
    out = show_html(doc_id, corpus=seeds)
    checker = parse(out)
    titles = [attrs.get("title", "") for tag, attrs in checker.tags if attrs.get("data-layer") == "quotes"]
    quotes = seeds.table("quotes")
    quotes = quotes[quotes.doc_id == doc_id]
    assert len(quotes) > 0
    for q in quotes.itertuples():
        mine = [t for t in titles if t.startswith(f"quote: {q.quote_id}\n")]
        assert mine, q.quote_id
        assert f"speaker: {q.speaker or '(unnamed)'}" in mine[0]
        assert f"kind: {q.kind}" in mine[0]
        assert f"rule: {q.rule}" in mine[0]
        if q.verb:
            assert f"verb: {q.verb}" in mine[0] and f"verb stance: {q.verb_stance}" in mine[0]


@pytest.mark.parametrize("doc_id", ["real-news-not-bs", "freebase-news", "axadle-times", "kyiv-independent", "rks-news"])
def test_spans_nest_and_text_is_exact(seeds, doc_id):
    out = show_html(doc_id, corpus=seeds)
    checker = parse(out)
    assert checker.errors == [] and checker.stack == []
    assert body_text(out) == seeds[doc_id].clean_text


def test_quote_span_covers_its_words(seeds):
    shown = show("real-news-not-bs", corpus=seeds)
    quotes = seeds.table("quotes")
    for q in quotes[quotes.doc_id == "real-news-not-bs"].itertuples():
        assert any(s.layer == "quotes" and (s.start, s.end) == (q.start, q.end) for s in shown.spans)


def test_crossing_spans_are_split_not_misnested():
    text = "abcdefghij"
    spans = [Span(0, 6, "quotes", "a", "", "A"), Span(3, 9, "claims", "b", "", "B"), Span(4, 5, "verbs", "c", "", "C")]
    out = render_spans(text, spans)
    checker = parse(out)
    assert checker.errors == [] and checker.stack == []
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    # B is opened inside A, closed with it, and reopened after: two pieces, same title
    assert out.count('title="B"') == 2
    assert out.count('title="A"') == 1


def test_identical_and_nested_spans():
    text = "one two three"
    spans = [Span(4, 7, "verbs", "v", "", "V"), Span(0, 13, "quotes", "q", "", "Q"), Span(4, 7, "naming", "n", "", "N")]
    out = render_spans(text, spans)
    assert parse(out).errors == []
    # the longer, earlier span is outside; at equal extent the layer order decides (naming outside verbs)
    assert out.index('title="Q"') < out.index('title="N"') < out.index('title="V"')


def test_legend_lists_only_layers_present(seeds, hostile):
    shown = show("kyiv-independent", layers=("quotes", "claims"), corpus=seeds)
    layers = {layer for layer, _, _ in shown.legend}
    assert layers == {"quotes", "claims"}
    assert {s.layer for s in shown.spans} - {"heading"} == {"quotes", "claims"}
    # a document with no claims: no claims entry even though the layer was asked for
    empty = tiny_corpus(Path(hostile.path).parent / "plain", {"plain.txt": "The council met on Tuesday. Nothing was decided.\n"})
    plain = corpus_tools.load_corpus(empty)
    shown = show("plain", corpus=plain)
    assert not any(layer == "claims" for layer, _, _ in shown.legend)


def test_legend_entries_parse(seeds):
    out = show_html("freebase-news", corpus=seeds)
    checker = parse(out)
    legend_layers = {attrs["data-layer"] for tag, attrs in checker.tags if attrs.get("class") == "ct-legend-item"}
    span_layers = {attrs["data-layer"] for tag, attrs in checker.tags
                   if attrs.get("class", "").startswith("ct-") and attrs.get("class") != "ct-legend-item" and "data-layer" in attrs}
    assert legend_layers == span_layers - {"heading"}


def test_deterministic_and_default_corpus(seeds):
    a = show_html("rks-news")
    b = show_html("rks-news", corpus=seeds)
    assert a == b
    assert show("rks-news")._repr_html_() == a
    assert "0x" not in repr(show("rks-news"))


def test_same_speaker_same_style_across_documents(seeds):
    def zelensky_style(doc_id):
        shown = show(doc_id, layers=("quotes",), corpus=seeds)
        return {style for _, label, style in shown.legend if label == "quote: Volodymyr Zelensky"}
    assert zelensky_style("freebase-news") == zelensky_style("rks-news") != set()


def test_bad_arguments(seeds):
    with pytest.raises(ValueError, match="unknown layer"):
        show("rks-news", layers=("quotes", "gossip"), corpus=seeds)
    with pytest.raises(KeyError, match="no document"):
        show("nope", corpus=seeds)
    assert set(LAYERS) == {"quotes", "speakers", "verbs", "citations", "naming", "claims"}


@pytest.mark.parametrize("doc_id", ["real-news-not-bs", "kyiv-independent", "rks-news"])
def test_speaker_mentions_are_marked_in_the_speakers_colour(seeds, doc_id):
    shown = show(doc_id, layers=("quotes", "speakers"), corpus=seeds)
    quotes = seeds.table("quotes")
    quotes = quotes[(quotes.doc_id == doc_id) & (quotes.kind != "scare") & (quotes.speaker_mention_start >= 0)]
    assert len(quotes) > 0
    marked = {(s.start, s.end): s for s in shown.spans if s.layer == "speakers"}
    styles = {label: style for _, label, style in shown.legend}
    for q in quotes.itertuples():
        span = marked[(q.speaker_mention_start, q.speaker_mention_end)]
        assert q.quote_id in span.title and f"speaker kind: {q.speaker_kind}" in span.title
        if q.speaker:  # the mention's box has the colour of the speaker's quotes
            colour = re.search(r"underline \w+ (#[0-9A-Fa-f]{6})", styles[f"quote: {q.speaker}"]).group(1)
            assert colour in span.style
    assert any(layer == "speakers" for layer, _, _ in shown.legend)
    out = shown.html
    assert parse(out).errors == [] and body_text(out) == seeds[doc_id].clean_text


def test_speaker_mention_text_is_escaped(tmp_path):
    text = "“We will not pay,” said <img src=x onerror=alert(1)> Dana O'Hara-Smith.\n"
    corpus = corpus_tools.load_corpus(tiny_corpus(tmp_path / "c", {"esc.txt": text}))
    out = show_html("esc", layers=("quotes", "speakers"), corpus=corpus)
    checker = parse(out)
    assert not any(tag == "img" for tag, _ in checker.tags)
    assert "<img" not in out and body_text(out) == corpus["esc"].clean_text


def test_lesson_layers_are_unchanged_by_the_speakers_layer(seeds):
    shown = show("real-news-not-bs", layers=("quotes", "verbs", "citations"), corpus=seeds)
    assert not any(s.layer == "speakers" for s in shown.spans)


def test_reexported():
    assert corpus_tools.show is show
