"""See the tags in the text: one article rendered as HTML with its table rows marked.

:func:`show` draws a document's clean text with the rows of the span tables
laid over it, so a researcher can check the taggers against the words and a
student can see what a table row means:

- ``quotes``: each quotation coloured by speaker (the house palette of
  :mod:`corpus_tools.plots`), with an underline style per speaker so the
  colours survive greyscale printing;
- ``speakers``: the words that name each quote's speaker (the quote's
  ``speaker_mention_start``/``end``: "Keane", "he", "the club") boxed in that
  speaker's colour, so a reader sees which words the speaker was resolved from;
- ``verbs``: attribution verbs in bold, boxed by stance (codebook/verbs.toml);
- ``citations``: cited sources in small capitals, anonymous sources and hedges
  with their own border;
- ``naming``: naming choices (codebook/naming.toml) with a wavy overline;
- ``claims``: numeric claims in a monospace font with an outline.

Hovering a span shows its row (``title`` attribute). Overlapping spans nest
as a proper tree: the text is cut at every span boundary, and a span that
crosses the end of an enclosing one is closed there and reopened, so the
markup always balances. Every piece of corpus text, in the body and in every
attribute, goes through :func:`html.escape`; the output has no random ids, so
the same document gives the same HTML on every run. Stripping the tags and
unescaping gives back the clean text exactly.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from .plots import PALETTE

LAYERS = ("quotes", "speakers", "verbs", "citations", "naming", "claims")
# Underline styles cycle with the colours: a second cue for greyscale readers.
UNDERLINES = ("solid", "dashed", "dotted", "double", "wavy")
UNNAMED = "#777777"
STANCES = {  # stance -> (border, colour); order is the legend's order
    "neutral": ("1px solid", "#000000"),
    "endorsing": ("3px double", "#009E73"),
    "distancing": ("2px dashed", "#D55E00"),
    "tentative": ("2px dotted", "#CC79A7"),
    "warning": ("2px solid", "#E69F00"),
    "directive": ("3px groove", "#0072B2"),
}
OTHER_STANCE = ("1px dotted", "#777777")
SOURCE_STYLES = {  # group -> (label, border, colour)
    "named": ("named source (outlet, agency, platform, institution)", "1px solid", "#0072B2"),
    "anonymous": ("anonymous source", "2px dashed", "#D55E00"),
    "hedge": ("hedge (reportedly, allegedly ...)", "2px dotted", "#CC79A7"),
}
NAMING_STYLE = "text-decoration: overline wavy #009E73; text-decoration-thickness: 1px"
CLAIM_STYLE = "font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.92em; outline: 1.5px solid #E69F00"
HEADING_STYLE = "font-weight: bold"
LAYER_RANK = {"heading": 0, "quotes": 1, "speakers": 2, "citations": 3, "naming": 4, "verbs": 5, "claims": 6}

def _default_corpus():
    from ..load.corpus import embedded_corpus

    return embedded_corpus()


def _corpus(corpus):
    if corpus is None:
        return _default_corpus()
    if isinstance(corpus, (str, Path)):
        from ..load.corpus import load_corpus

        return load_corpus(corpus)
    return corpus


@dataclass(frozen=True)
class Span:
    """A stretch of clean text to mark: where, which layer, its inline style and hover text."""

    start: int
    end: int
    layer: str
    css_class: str
    style: str
    title: str
    seq: int = 0

    def key(self):
        # outer first: earlier start, then longer, then the layer drawn outside
        return (self.start, -self.end, LAYER_RANK.get(self.layer, 9), self.seq)


@dataclass
class Shown:
    """An article rendered with its tags. Displays as HTML in a notebook; ``.html`` holds the markup.

    ``spans`` lists the marked spans (before splitting), ``legend`` the
    legend entries as ``(layer, label, style)``.
    """

    doc_id: str
    html: str
    spans: list[Span] = field(default_factory=list)
    legend: list[tuple[str, str, str]] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for s in self.spans:
            if s.layer != "heading":
                counts[s.layer] = counts.get(s.layer, 0) + 1
        what = ", ".join(f"{n} {layer}" for layer, n in counts.items()) or "no tags"
        return f"show({self.doc_id!r}): {what}"

    def __str__(self) -> str:
        return self.html


def _title(*pairs: tuple[str, object]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in pairs if v not in ("", None) and v == v)


def speaker_styles(corpus) -> dict[str, tuple[str, str]]:
    """Speaker -> (colour, underline style) for the whole corpus, so a speaker looks the same in every article.

    Named speakers are ranked by how many quotes they have (then by name), so
    the most quoted gets the first house colour; unnamed speakers are grey.
    """
    quotes = corpus.table("quotes")
    speech = quotes[(quotes.kind != "scare") & (quotes.speaker != "")]
    counts = speech.speaker.value_counts()
    ranked = sorted(counts.index, key=lambda name: (-counts[name], name))
    styles = {name: (PALETTE[i % len(PALETTE)], UNDERLINES[i % len(UNDERLINES)]) for i, name in enumerate(ranked)}
    styles[""] = (UNNAMED, "dotted")
    return styles


def _quote_style(colour: str, underline: str) -> str:
    return (f"background-color: {colour}33; text-decoration: underline {underline} {colour}; "
            "text-decoration-thickness: 2px; text-underline-offset: 3px")


def _mention_style(colour: str) -> str:
    return f"border: 2px solid {colour}; border-radius: 3px; padding: 0 1px; font-weight: 600"


def _rows(corpus, name: str, doc_id: str) -> list[dict]:
    table = corpus.table(name)
    if table.empty:
        return []
    return table[table.doc_id == doc_id].sort_values(["start", "end"], kind="stable").to_dict("records")


def collect_spans(doc, corpus, layers=LAYERS) -> tuple[list[Span], list[tuple[str, str, str]]]:
    """The spans to mark in ``doc`` for the requested ``layers``, and the legend entries."""
    spans: list[Span] = []
    legend: list[tuple[str, str, str]] = []
    text = doc.clean_text
    seq = 0

    def add(start, end, layer, css, style, title):
        nonlocal seq
        if 0 <= start < end <= len(text):
            spans.append(Span(int(start), int(end), layer, css, style, title, seq))
            seq += 1

    for p in doc.paragraphs:
        if p.get("kind") == "heading":
            add(p["start"], p["end"], "heading", "ct-heading", HEADING_STYLE, "")

    quotes = _rows(corpus, "quotes", doc.doc_id) if {"quotes", "speakers", "verbs"} & set(layers) else []
    if "quotes" in layers and quotes:
        styles = speaker_styles(corpus)
        scare_style = "text-decoration: underline dotted #777777; text-decoration-thickness: 1px"
        for q in quotes:
            if q["kind"] == "scare":
                style = scare_style
            else:
                style = _quote_style(*styles[q["speaker"]])
            add(q["start"], q["end"], "quotes", f"ct-quote ct-{q['kind']}", style, _title(
                ("quote", q["quote_id"]), ("kind", q["kind"]), ("speaker", q["speaker"] or "(unnamed)"),
                ("speaker words", q["speaker_text"]), ("verb", q["verb"]), ("verb stance", q["verb_stance"]),
                ("rule", q["rule"])))
        present = [q["speaker"] for q in quotes if q["kind"] != "scare"]
        for speaker in sorted(set(present), key=lambda name: (name == "", present.index(name))):
            legend.append(("quotes", f"quote: {speaker or '(unnamed speaker)'}", _quote_style(*styles[speaker])))
        if any(q["kind"] == "scare" for q in quotes):
            legend.append(("quotes", "scare quotes (a label, not speech)", scare_style))

    if "speakers" in layers and quotes:
        styles = speaker_styles(corpus)
        named: dict[tuple[int, int], dict] = {}
        for q in quotes:  # one mention can name the speaker of several quotes ("“A,” he said. “B.”")
            ms, me = q.get("speaker_mention_start", -1), q.get("speaker_mention_end", -1)
            if q["kind"] == "scare" or ms is None or ms != ms or ms < 0 or me <= ms:
                continue
            named.setdefault((int(ms), int(me)), {"speaker": q["speaker"], "kind": q["speaker_kind"],
                                                  "quotes": []})["quotes"].append(q["quote_id"])
        for (start, end), m in sorted(named.items()):
            colour = styles.get(m["speaker"], (UNNAMED, ""))[0]
            add(start, end, "speakers", f"ct-speaker ct-speaker-{_css(m['kind'])}", _mention_style(colour), _title(
                ("speaker mention", text[start:end]), ("speaker", m["speaker"] or "(unnamed)"),
                ("speaker kind", m["kind"]), ("quotes", ", ".join(m["quotes"]))))
        if named:
            legend.append(("speakers", "speaker mention (the words naming who speaks, in the speaker's colour)",
                           _mention_style(UNNAMED)))

    if "verbs" in layers and quotes:
        verbs: dict[tuple[int, int], dict] = {}
        for q in quotes:
            if not q["verb"] or q["cue_start"] < 0:
                continue
            cue = text[q["cue_start"]:q["cue_end"]]
            at = cue.lower().find(q["verb"].lower())
            if at < 0:
                continue
            key = (q["cue_start"] + at, q["cue_start"] + at + len(q["verb"]))
            verbs.setdefault(key, {"verb": q["verb"], "stance": q["verb_stance"], "quotes": []})["quotes"].append(q["quote_id"])
        seen: list[str] = []
        for (start, end), v in sorted(verbs.items()):
            border, colour = STANCES.get(v["stance"], OTHER_STANCE)
            style = f"font-weight: bold; border: {border} {colour}; padding: 0 1px"
            stance = v["stance"] or "(no stance)"
            add(start, end, "verbs", f"ct-verb ct-stance-{_css(stance)}", style, _title(
                ("attribution verb", v["verb"]), ("verb stance", stance), ("quotes", ", ".join(v["quotes"]))))
            if stance not in seen:
                seen.append(stance)
        order = list(STANCES) + sorted(s for s in seen if s not in STANCES)
        for stance in order:
            if stance in seen:
                border, colour = STANCES.get(stance, OTHER_STANCE)
                legend.append(("verbs", f"verb: {stance}", f"font-weight: bold; border: {border} {colour}; padding: 0 1px"))

    if "citations" in layers:
        groups_seen = set()
        for c in _rows(corpus, "citations", doc.doc_id):
            group = c["source_type"] if c["source_type"] in ("anonymous", "hedge") else "named"
            groups_seen.add(group)
            _, border, colour = SOURCE_STYLES[group]
            add(c["start"], c["end"], "citations", f"ct-citation ct-{_css(c['source_type'])}", _cite_style(border, colour),
                _title(("cited source", c["source"]), ("source type", c["source_type"]), ("rule", c["rule"])))
        for group, (label, border, colour) in SOURCE_STYLES.items():
            if group in groups_seen:
                legend.append(("citations", label, _cite_style(border, colour)))

    if "naming" in layers:
        rows = _rows(corpus, "naming", doc.doc_id)
        merged: dict[tuple[int, int], list[dict]] = {}
        for n in rows:  # one word can answer two naming questions: one span, both rows in its title
            merged.setdefault((n["start"], n["end"]), []).append(n)
        for (start, end), ns in merged.items():
            add(start, end, "naming", "ct-naming", NAMING_STYLE, "\n".join(
                _title(("naming choice", n["group"]), ("term", n["term"]), ("rule", n["rule"])) for n in ns))
        if merged:
            legend.append(("naming", "naming choice (e.g. Kyiv/Kiev, war/conflict)", NAMING_STYLE))

    if "claims" in layers:
        rows = _rows(corpus, "claims", doc.doc_id)
        for c in rows:
            value = "" if c["value"] != c["value"] else f"{c['value']:g} {c['unit']}".strip()
            norm = "" if c["value_normalized"] != c["value_normalized"] else f"{c['value_normalized']:g} {c['unit_normalized']}"
            add(c["start"], c["end"], "claims", "ct-claim", CLAIM_STYLE, _title(
                ("claim", c["text"]), ("value", value), ("normalised", norm), ("quantity", c["quantity"]),
                ("qualifier", c["qualifier"]), ("subject", c["subject"]), ("date", c["date"]), ("cue", c["cue"]),
                ("rule", c["rule"])))
        if rows:
            legend.append(("claims", "numeric claim (figure, fraction or date)", CLAIM_STYLE))
    return spans, legend


def _cite_style(border: str, colour: str) -> str:
    return f"font-variant: small-caps; border: {border} {colour}; border-radius: 0.6em; padding: 0 2px"


def _css(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in str(name).lower()) or "none"


def _open(span: Span) -> str:
    attrs = [f'class="{html.escape(span.css_class)}"', f'data-layer="{html.escape(span.layer)}"',
             f'style="{html.escape(span.style)}"']
    if span.title:
        attrs.append(f'title="{html.escape(span.title)}"')
    return "<span " + " ".join(attrs) + ">"


def render_spans(text: str, spans: list[Span]) -> str:
    """``text`` escaped, with ``spans`` as properly nested ``<span>`` elements.

    The text is cut at every span boundary; in each piece the spans that cover
    it are wanted open, outermost first. Walking the pieces, the open stack
    keeps its longest prefix that is still wanted, closes the rest and opens
    what is missing, so a span crossing the end of an enclosing one is split
    and the tags always balance.
    """
    spans = sorted((s for s in spans if s.start < s.end), key=Span.key)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    for a, b in zip(cuts, cuts[1:]):
        wanted = [s for s in spans if s.start <= a and s.end >= b]
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        del stack[keep:]
        for s in wanted[keep:]:
            out.append(_open(s))
            stack.append(s)
        out.append(html.escape(text[a:b]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _legend_html(legend: list[tuple[str, str, str]]) -> str:
    if not legend:
        return '<div class="ct-legend" style="margin: 0.4em 0; color: #555">No tags of the requested layers in this document.</div>'
    items = [f'<span class="ct-legend-item" data-layer="{html.escape(layer)}" style="display: inline-block; margin: 0 1em 0.3em 0">'
             f'<span style="{html.escape(style)}">{html.escape(label)}</span></span>' for layer, label, style in legend]
    return ('<div class="ct-legend" style="margin: 0.4em 0 0.8em 0; font-size: 0.9em; line-height: 1.9">'
            '<strong>Legend</strong> (hover a marked span to see its table row): ' + "".join(items) + "</div>")


def show_html(doc_id: str, layers=LAYERS, corpus=None) -> str:
    """The HTML of :func:`show` as a string (for a report page or a file)."""
    return show(doc_id, layers, corpus).html


def show(doc_id: str, layers=LAYERS, corpus=None) -> Shown:
    """Render document ``doc_id``'s clean text with its tags, for a notebook.

    ``layers`` picks what to mark, any of ``quotes``, ``speakers``, ``verbs``, ``citations``,
    ``naming``, ``claims``; ``corpus`` is a loaded corpus or a corpus folder
    (``None``: the embedded seeds, loaded once and cached). The result shows
    as HTML in a notebook; ``.html`` holds the markup. The legend lists only
    the layers that have a span in this document; hover a span to read its
    row (speaker, verb stance, source type, the rule that made it, ...).
    """
    if isinstance(layers, str):
        layers = (layers,)
    unknown = [x for x in layers if x not in LAYERS]
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(map(repr, unknown))}; known: {', '.join(LAYERS)}")
    corpus = _corpus(corpus)
    doc = corpus[doc_id]
    spans, legend = collect_spans(doc, corpus, tuple(layers))
    head = " · ".join(html.escape(x) for x in (doc.title or doc.doc_id, doc.outlet, doc.published) if x)
    body = render_spans(doc.clean_text, spans)
    out = (f'<div class="ct-show" data-doc-id="{html.escape(doc.doc_id)}" style="max-width: 52em">'
           f'<div class="ct-show-head" style="font-size: 1.05em"><strong>{head}</strong></div>'
           f"{_legend_html(legend)}"
           '<div class="ct-show-text" style="white-space: pre-wrap; line-height: 1.9; font-family: Georgia, serif">'
           f"{body}</div></div>")
    return Shown(doc.doc_id, out, spans, legend)
