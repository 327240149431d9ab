"""Computed findings: the sentence a notebook states, with the numbers behind it.

A finding is never typed into a notebook: each function here takes a corpus
(or a table computed from it), works out what the data say and returns a
:class:`Finding` with the sentence, the numbers it rests on and whether
there is enough data to lean on it. So a finding is true on any corpus:

* a tie reads as a tie (``"A and B tie for ..."``), never as the first row
  ``idxmax()`` happens to return;
* a finding resting on fewer than a stated minimum says so in the sentence:
  fewer than :data:`MIN_QUOTES` quotes, or one document per outlet (then a
  difference between outlets is a difference between single articles);
* a figure's title comes from the same function (``Finding.title``).

The per-outlet tables the notebooks chart (speakers, voice, verb stance,
citation types) are built here too, once, so the notebooks only show them.
Corpus text in a sentence is literal; :meth:`Finding._repr_html_` escapes it.
"""
from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ..load.corpus import Corpus, seeds_path

MIN_QUOTES = 5
"""Fewer quotes (or attributed quotes) than this in an outlet: its shares rest on too little data."""
MIN_STRETCHES = 10
"""Fewer scored sentence stretches than this behind a mean: an anecdote, not a measurement."""
MIN_DOCS_PER_OUTLET = 2
"""Below this many documents per outlet, outlet comparisons compare single articles."""
G2_STRICT = 15.13
"""G² for p < 0.0001 (1 df), the strictest of Rayson's cut-offs."""

STANCE_ORDER = ["neutral", "endorsing", "distancing", "tentative", "directive", "warning", "contesting", "conceding"]
CITATION_TYPES = ["news_outlet", "news_agency", "platform", "institution", "anonymous", "hedge"]
UNNAMED, OTHERS = "(unnamed)", "others"


@dataclass(frozen=True)
class Finding:
    """A stated finding: ``sentence`` (what a reader reads), ``numbers`` (the
    table it rests on), ``enough_data`` (False when the sentence had to say
    the data are too few), ``title`` (a short form for a figure) and ``name``
    (stable, for tests and the report).

    In a notebook it displays as a paragraph of prose (HTML, text escaped),
    not as program output.
    """

    name: str
    sentence: str
    numbers: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)
    enough_data: bool = True
    title: str = ""

    def __str__(self) -> str:
        return self.sentence

    def _repr_mimebundle_(self, include=None, exclude=None):
        body = html.escape(self.sentence, quote=False)
        return {"text/plain": self.sentence,
                "text/html": f'<p class="finding tex2jax_ignore" data-finding="{html.escape(self.name)}">'
                             f"<strong>Finding.</strong> {body}</p>"}


class _SeedsMarkdown:
    def __init__(self, markdown: str):
        self.markdown = markdown

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/markdown": self.markdown, "text/plain": self.markdown}


def SeedsNote(corpus: Corpus, markdown: str) -> _SeedsMarkdown | None:  # noqa: N802 (reads as a cell's label)
    """Commentary written for the embedded seeds only: shown (as Markdown) when the corpus is the seeds;
    ``None``, so a cell shows nothing at all, on any other corpus (a report on another corpus never
    carries the seeds' story)."""
    return _SeedsMarkdown(markdown) if is_seeds(corpus) else None


def is_seeds(corpus: Corpus) -> bool:
    """True when ``corpus`` is the embedded seeds."""
    return corpus.path.resolve() == seeds_path().resolve()


# ---------------------------------------------------------------- wording helpers

def names(labels: Iterable) -> str:
    """``A``, ``A and B``, ``A, B and C`` (labels as written, never reordered)."""
    items = [str(x) for x in labels]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def leaders(values: pd.Series, largest: bool = True, tol: float = 1e-9) -> list:
    """Every label sharing the largest (or smallest) value: one label, or all tied ones, in the series' order."""
    values = pd.to_numeric(values, errors="coerce").dropna()
    if values.empty:
        return []
    best = values.max() if largest else values.min()
    return [k for k, v in values.items() if abs(v - best) <= tol]


def lead(labels: Sequence, one: str, tie: str) -> str:
    """``one`` with ``{who}`` for a single leader; ``tie`` for several ("A and B tie for ...")."""
    return (one if len(labels) == 1 else tie).format(who=names(labels))


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 quote``, ``3 quotes``."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def one_doc_per_outlet(corpus: Corpus) -> bool:
    """True when some outlet has fewer than :data:`MIN_DOCS_PER_OUTLET` documents."""
    docs = corpus.table("documents")
    return bool(len(docs)) and int(docs.groupby("outlet").size().min()) < MIN_DOCS_PER_OUTLET


def _articles_caveat(corpus: Corpus) -> str:
    return articles_caveat(corpus.table("documents").groupby("outlet").size())


def articles_caveat(per_outlet: pd.Series) -> str:
    """The sentence a finding adds when some outlet has a single article (``per_outlet``: documents per outlet); else ''."""
    if not len(per_outlet) or int(per_outlet.min()) >= MIN_DOCS_PER_OUTLET:
        return ""
    who = "Each outlet has" if (per_outlet == 1).all() else "Some outlets have"
    return f" {who} a single article here, so this compares articles, not outlets."


# ---------------------------------------------------------------- shared table logic

def with_outlet(corpus: Corpus, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the document's ``outlet`` added after ``doc_id`` (one merge, for every notebook)."""
    outlets = corpus.table("documents").set_index("doc_id")["outlet"]
    out = table.copy()
    out.insert(1, "outlet", out["doc_id"].map(outlets))
    return out


def outlets(corpus: Corpus) -> list[str]:
    """The corpus's outlets, sorted."""
    return sorted(corpus.table("documents")["outlet"].unique())


def outlet_crosstab(corpus: Corpus, rows: pd.DataFrame, column: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Counts of ``rows`` (with ``outlet``) per outlet (every outlet, 0 where none) and value of ``column``.

    ``columns`` fixes and orders the columns (missing ones are 0); otherwise the
    values found, in order of first appearance.
    """
    if "outlet" not in rows.columns:
        rows = with_outlet(corpus, rows)
    table = pd.crosstab(rows["outlet"], rows[column]) if len(rows) else pd.DataFrame()
    cols = list(columns) if columns is not None else list(dict.fromkeys(rows[column]))
    table = table.reindex(index=outlets(corpus), columns=cols, fill_value=0).fillna(0).astype(int)
    table.columns.name = None
    table.index.name = "outlet"
    return table


# ---------------------------------------------------------------- 00: the corpus

def lengths_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document: raw and clean length in characters, and the share cut.

    ``share_removed`` is removed raw characters / raw characters (0 = nothing
    cut, 0.5 = half the captured file was page chrome or metadata).
    """
    docs = corpus.table("documents")
    out = docs[["doc_id", "outlet", "published", "raw_chars", "clean_chars", "removed_chars", "repairs", "paragraphs", "sentences"]].copy()
    out["share_removed"] = (out["removed_chars"] / out["raw_chars"].where(out["raw_chars"] > 0)).fillna(0).round(3)
    return out


def chrome_finding(corpus: Corpus) -> Finding:
    """Which capture lost the largest share to cleaning, and which the smallest (ties named together)."""
    lengths = lengths_table(corpus)
    if lengths.empty:
        return Finding("chrome", "The corpus has no documents.", lengths, False, "No documents")
    share = lengths.set_index("outlet")["share_removed"]
    per_outlet = lengths["outlet"].map(lengths["outlet"].value_counts())  # counted once, not once per document
    share.index = [f"{o} ({d})" if k > 1 else o for o, d, k in zip(lengths.outlet, lengths.doc_id, per_outlet)]
    top, low = leaders(share), leaders(share, largest=False)
    high = share.max()
    if high == 0:
        sentence = "Cleaning cut nothing from any capture."
        return Finding("chrome", sentence, lengths, True, sentence.rstrip("."))
    title = f"Cleaning cut up to {high:.0%} of a capture ({names(top)})"
    sentence = (lead(top, "The capture of {who} carried the most page chrome and metadata",
                     "The captures of {who} tie for the most page chrome and metadata")
                + f" ({high:.0%} of the file removed); "
                + lead(low, "the least: {who}", "the least: {who}, tied") + f" ({share.min():.0%}).")
    return Finding("chrome", sentence, lengths, True, title)


MARKUP_RULES = ("html_markup",)


def removed_by_rule(corpus: Corpus) -> pd.DataFrame:
    """Cuts and characters per document and cleaning rule (one row per pair)."""
    removed = corpus.table("removed")
    removed["chars"] = removed["text"].str.len()
    counts = removed.groupby(["doc_id", "rule"], sort=False)["chars"].agg(["count", "sum"]).reset_index()
    counts.columns = ["doc_id", "rule", "cuts", "chars"]
    order = {d: i for i, d in enumerate(corpus.doc_ids)}
    return counts.sort_values(["doc_id", "rule"], key=lambda s: s.map(order) if s.name == "doc_id" else s).reset_index(drop=True)


def shorten(text: str, width: int = 70) -> str:
    """``text`` on one line (line breaks as ⏎), cut at a word boundary with an ellipsis past ``width`` characters."""
    text = str(text).replace("\r\n", "⏎").replace("\n", "⏎")
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip() + "…"


def removed_view(corpus: Corpus, width: int = 70) -> pd.DataFrame:
    """Each cut a reader should see: rule, where metadata went, and the text (shortened at a word).

    Markup removed when text is extracted from HTML is not listed cut by cut
    (rows of raw tags help no reader): :func:`markup_finding` summarises it.
    """
    removed = corpus.table("removed")
    removed = removed[~removed["rule"].isin(MARKUP_RULES)]
    out = with_outlet(corpus, removed)[["doc_id", "outlet", "rule", "field", "text"]].copy()
    out["text"] = out["text"].map(lambda t: shorten(t, width))
    return out.reset_index(drop=True)


def markup_finding(corpus: Corpus) -> Finding:
    """One line for the markup cut from HTML pages: how many cuts, characters and documents."""
    removed = corpus.table("removed")
    markup = removed[removed["rule"].isin(MARKUP_RULES)]
    per_doc = markup.assign(chars=markup["text"].str.len()).groupby("doc_id")["chars"].agg(["count", "sum"]).reset_index()
    per_doc.columns = ["doc_id", "cuts", "chars"]
    if markup.empty:
        sentence = "No HTML markup was cut."
    else:
        sentence = (f"HTML markup (tags, scripts and page layout) was cut from {count(len(per_doc), 'document')}: "
                    f"{count(int(per_doc.cuts.sum()), 'cut')}, {count(int(per_doc.chars.sum()), 'character')}; "
                    "the cuts are rows of the removed table, not listed here.")
    return Finding("markup", sentence, per_doc, True)


def repairs_view(corpus: Corpus, context: int = 25) -> pd.DataFrame:
    """Each repair with the clean text around it, so a reader sees it in place."""
    repairs = corpus.table("repairs")
    rows = []
    for r in repairs.itertuples():
        clean = corpus[r.doc_id].clean_text
        rows.append({"doc_id": r.doc_id, "start": r.start, "before": r.before, "after": r.after, "rule": r.rule,
                     "in_context": clean[max(0, r.start - context): r.end + context].replace("\n", " ")})
    return pd.DataFrame(rows, columns=["doc_id", "start", "before", "after", "rule", "in_context"])


def repairs_finding(corpus: Corpus) -> Finding:
    """How many characters encoding repair changed, in how many documents, by how many rules."""
    repairs = corpus.table("repairs")
    if repairs.empty:
        return Finding("repairs", "No encoding repair was needed: no document had damaged characters.", repairs)
    sentence = (f"Encoding repair changed {count(len(repairs), 'place')} in {count(repairs.doc_id.nunique(), 'document')}, "
                f"by {count(repairs.rule.nunique(), 'rule')}; each is listed with its text in context.")
    return Finding("repairs", sentence, repairs)


def audit_finding(corpus: Corpus) -> Finding:
    """Checks every document's audit trail (raises if one character is unaccounted for) and says so."""
    from ..load.audit import check_document

    for doc in corpus:
        check_document(doc)
    n = len(corpus)
    return Finding("audit", f"All {count(n, 'document')} rebuild their raw text exactly from the clean text, the cuts and the repairs."
                   if n != 1 else "The document rebuilds its raw text exactly from the clean text, the cuts and the repairs.")


# ---------------------------------------------------------------- 01: sources

def speech(corpus: Corpus) -> pd.DataFrame:
    """Quotes of every kind but scare quotes, with ``outlet``."""
    quotes = with_outlet(corpus, corpus.table("quotes"))
    return quotes[quotes["kind"] != "scare"].reset_index(drop=True)


def speakers_by_outlet(corpus: Corpus, top: int = 7) -> pd.DataFrame:
    """Quotes per outlet (rows) and speaker (columns): the ``top`` speakers overall, then *others*.

    Anonymous or unresolved speakers are the column *(unnamed)*. Ties in the
    ranking are broken by name, so the columns do not depend on row order.
    """
    who = speech(corpus)
    who = who.assign(speaker=who["speaker"].replace("", UNNAMED))
    ranked = who["speaker"].value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable").index
    kept = list(ranked[:top])
    who = who.assign(speaker=who["speaker"].where(who["speaker"].isin(kept), OTHERS))
    columns = kept + ([OTHERS] if (who["speaker"] == OTHERS).any() else [])
    return outlet_crosstab(corpus, who, "speaker", columns)


def _named(table: pd.DataFrame) -> pd.DataFrame:
    return table.drop(columns=[c for c in (UNNAMED, OTHERS) if c in table.columns])


def speaker_finding(corpus: Corpus) -> Finding:
    """The most quoted named speaker over all outlets (ties named together)."""
    quotes = speech(corpus)
    named = quotes[quotes["speaker"] != ""]
    return speaker_finding_from(named["speaker"].value_counts(), len(quotes), named.outlet.nunique())


def speaker_finding_from(named: pd.Series, quotes: int, outlets_quoting: int) -> Finding:
    """:func:`speaker_finding` from its numbers: quotes per named speaker (``named``, any order), the number
    of quotes in all (named or not) and of outlets with a named quote (also ``compare/overview.py``'s)."""
    totals = named.sort_index()
    numbers = totals.rename_axis("speaker").reset_index(name="quotes")
    if totals.empty:
        sentence = "No quote has a named speaker." if quotes else "No quotes were found."
        return Finding("speakers", sentence, numbers, False, sentence.rstrip("."))
    top = leaders(totals)
    n = int(totals.max())
    enough = quotes >= MIN_QUOTES
    title = lead(top, "{who} is the most quoted speaker overall", "{who} tie as the most quoted speakers")
    sentence = (title + f" ({n}{' each' if len(top) > 1 else ''} of {count(quotes, 'quote')}"
                + f" in {count(outlets_quoting, 'outlet')}).")
    if not enough:
        sentence += f" With fewer than {MIN_QUOTES} quotes in all, this is too little data to rank speakers."
    return Finding("speakers", sentence, numbers, enough, title)


def speaker_per_outlet_finding(corpus: Corpus) -> Finding:
    """Each outlet's most quoted named speaker (ties named together; too few quotes said so)."""
    table = speakers_by_outlet(corpus, top=10**6)
    named = _named(table)
    parts, enough, rows = [], True, []
    for outlet, row in table.iterrows():
        total = int(row.sum())
        top = leaders(named.loc[outlet]) if named.shape[1] and named.loc[outlet].sum() else []
        n = int(named.loc[outlet].max()) if top else 0
        who = (names(top) + (f" (tied, {n} each" if len(top) > 1 else f" ({n}")) if top else "no named speaker ("
        few = total < MIN_QUOTES
        enough &= not few
        parts.append(f"{outlet}, {who}{' of ' if top else ''}{count(total, 'quote')}{', too few to rank' if few and total else ''})")
        rows.append({"outlet": outlet, "quotes": total, "most_quoted": "; ".join(top)})
    if not parts:
        return Finding("speakers-per-outlet", "No outlets.", pd.DataFrame(rows), False)
    return Finding("speakers-per-outlet", "Most quoted named speaker per outlet: " + "; ".join(parts) + ".",
                   pd.DataFrame(rows), enough)


VOICE_COLUMNS = {"direct_share": "quoted words", "indirect_share": "reported speech", "own_voice_share": "own voice"}


@functools.cache
def _whitespace_codes() -> np.ndarray:
    """Every code point for which ``str.isspace()`` holds (sorted), for :func:`quote_share`.

    Found once, on first use (a pass over every code point, about 0.1 s), not on import."""
    return np.array([c for c in range(0x110000) if chr(c).isspace()], dtype=np.uint32)


def quote_share(corpus: Corpus) -> pd.DataFrame:
    """Per document: characters of body text in direct+partial quotes and in
    indirect (reported) clauses, as shares of the clean text.

    Read ``direct_share`` 0.2 as "a fifth of the article's characters are other
    people's quoted words"; the rest of ``1 - direct_share - indirect_share`` is
    the outlet's own voice. Characters are counted without whitespace
    (``str.isspace``). Overlapping spans (a partial inside an indirect
    clause) are counted once, for the outer span's kind: the indirect clause.

    Cost: the quotes table is grouped by document once, and each document's
    characters are marked with numpy (one array of codes per document), so
    the whole is linear in the corpus's characters and quotes.
    """
    quotes = corpus.table("quotes")
    rows_of = quotes.groupby("doc_id", sort=False).indices  # positions of each document's quotes, grouped once
    starts, ends = quotes["start"].to_numpy(dtype=np.int64), quotes["end"].to_numpy(dtype=np.int64)
    kind = np.select([quotes["kind"].eq("indirect").to_numpy(dtype=bool),
                      quotes["kind"].isin(["direct", "partial"]).to_numpy(dtype=bool)], [2, 1], 0)  # scare quotes: 0
    none = np.zeros(0, dtype=np.int64)
    rows = []
    for doc in corpus:
        text = doc.clean_text
        code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        visible = ~np.isin(code, _whitespace_codes())
        mark = np.zeros(len(text), dtype=np.int8)  # 0 own voice, 1 quoted words, 2 reported speech
        at = rows_of.get(doc.doc_id, none)
        for start, end in zip(starts[at][kind[at] == 2].tolist(), ends[at][kind[at] == 2].tolist()):
            mark[start:end] = 2
        for start, end in zip(starts[at][kind[at] == 1].tolist(), ends[at][kind[at] == 1].tolist()):
            part = mark[start:end]  # direct and partial quotes count where no reported clause is
            part[part == 0] = 1
        total = int(visible.sum()) or 1
        quoted = int((visible & (mark == 1)).sum())
        reported = int((visible & (mark == 2)).sum())
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "chars": total,
                     "direct_share": quoted / total, "indirect_share": reported / total,
                     "own_voice_share": 1 - (quoted + reported) / total})
    return pd.DataFrame(rows)


def voice_table(corpus: Corpus) -> pd.DataFrame:
    """Mean share of article characters per outlet in quoted words, reported speech and the outlet's own voice (0-1)."""
    share = quote_share(corpus).groupby("outlet")[list(VOICE_COLUMNS)].mean()
    share = share.reindex(outlets(corpus)).rename(columns=VOICE_COLUMNS)
    share.index.name = "outlet"
    return share


def voice_finding(corpus: Corpus) -> Finding:
    """Which outlet writes most (and least) in its own voice."""
    share = voice_table(corpus)
    own = share["own voice"].round(3)
    if own.empty:
        return Finding("voice", "No documents.", share.reset_index(), False, "No documents")
    top, low = leaders(own), leaders(own, largest=False)
    title = lead(top, "{who} writes most in its own voice", "{who} tie for writing most in their own voice")
    if len(own) == 1 or own.max() == own.min():
        sentence = f"Every outlet writes {own.max():.0%} of its text in its own voice." if len(own) > 1 else \
            f"{own.index[0]} writes {own.iloc[0]:.0%} of its text in its own voice."
        title = sentence.rstrip(".")
    else:
        sentence = (title + f" ({own.max():.0%} of its characters outside quotes and reported speech); "
                    + lead(low, "{who} least", "{who} tie for least") + f" ({own.min():.0%}).")
    return Finding("voice", sentence + _articles_caveat(corpus), share.reset_index(), not one_doc_per_outlet(corpus), title)


def verb_stance_table(corpus: Corpus) -> pd.DataFrame:
    """Attributed quotes per outlet and verb stance (counts; quotes without a verb left out)."""
    quotes = speech(corpus)
    verbs = quotes[quotes["verb"] != ""]
    found = list(dict.fromkeys(verbs["verb_stance"]))
    order = [c for c in STANCE_ORDER if c in found] + sorted(c for c in found if c not in STANCE_ORDER)
    return outlet_crosstab(corpus, verbs, "verb_stance", order)


def shares(table: pd.DataFrame) -> pd.DataFrame:
    """Each row of a count table as shares of its total (0-1; a row of zeros stays zeros)."""
    return table.div(table.sum(axis=1).replace(0, 1), axis=0)


def verb_finding(corpus: Corpus) -> Finding:
    """Which outlet uses the largest share of non-neutral attribution verbs."""
    stance = verb_stance_table(corpus)
    total = stance.sum(axis=1)
    loud = (1 - shares(stance).get("neutral", 0)).where(total > 0).round(3)
    numbers = pd.DataFrame({"outlet": stance.index, "attributed_quotes": total.values, "share_non_neutral": loud.values})
    if total.sum() == 0:
        sentence = "No quote is introduced by an attribution verb."
        return Finding("verbs", sentence, numbers, False, sentence.rstrip("."))
    top = leaders(loud)
    if loud.max() == 0:
        sentence = "Every attribution verb is neutral (said, told and the like)."
        return Finding("verbs", sentence, numbers, True, sentence.rstrip("."))
    few = [o for o, n in total.items() if n < MIN_QUOTES]
    title = lead(top, "{who} uses the most non-neutral attribution verbs", "{who} tie for the most non-neutral attribution verbs")
    sentence = title + f" ({loud.max():.0%} of {'its' if len(top) == 1 else 'their'} attributed quotes)."
    if few:
        sentence += f" {names(few)} {'has' if len(few) == 1 else 'have'} fewer than {MIN_QUOTES} attributed quotes: too few for a share to mean much."
    return Finding("verbs", sentence, numbers, not few, title)


def verbs_used(corpus: Corpus) -> pd.DataFrame:
    """Per outlet and stance, the attribution verbs used (lower case, sorted)."""
    quotes = speech(corpus)
    verbs = quotes[quotes["verb"] != ""]
    out = verbs.groupby(["outlet", "verb_stance"]).verb.agg(lambda v: ", ".join(sorted(set(v.str.lower())))).reset_index()
    return out.rename(columns={"verb": "verbs"})


def citation_table(corpus: Corpus) -> pd.DataFrame:
    """Citations per outlet and source type (counts, every type a column)."""
    return outlet_crosstab(corpus, corpus.table("citations"), "source_type", CITATION_TYPES)


def sources_cited(corpus: Corpus) -> pd.DataFrame:
    """Per outlet and source type, the sources named (sorted, ``;``-separated)."""
    cites = with_outlet(corpus, corpus.table("citations"))
    return cites.groupby(["outlet", "source_type"]).source.agg(lambda s: "; ".join(sorted(set(s)))).reset_index() \
        .rename(columns={"source": "sources"})


def vague_sources_finding(corpus: Corpus) -> Finding:
    """Which outlet leans most on anonymous sources and hedges ("reportedly")."""
    return vague_sources_from(citation_table(corpus))


def vague_sources_from(table: pd.DataFrame) -> Finding:
    """:func:`vague_sources_finding` from a :func:`citation_table` (also ``compare/overview.py``'s)."""
    vague = table["anonymous"] + table["hedge"]
    numbers = pd.DataFrame({"outlet": table.index, "citations": table.sum(axis=1).values, "anonymous_or_hedge": vague.values})
    if vague.sum() == 0:
        sentence = "No outlet cites an anonymous source or uses a hedge such as \u201creportedly\u201d."
        return Finding("vague-sources", sentence, numbers, True, "No anonymous sources or hedges")
    top = leaders(vague)
    n = int(vague.max())
    title = lead(top, "{who} leans most on anonymous sources and hedges", "{who} tie for the most anonymous sources and hedges")
    sentence = title + f" ({count(n, 'mention')}{' each' if len(top) > 1 else ''}; {count(int(vague.sum()), 'mention')} in all)."
    enough = vague.sum() >= MIN_QUOTES
    if not enough:
        sentence += f" Fewer than {MIN_QUOTES} such mentions in the corpus: too few to say an outlet leans on them."
    return Finding("vague-sources", sentence, numbers, enough, title)


def quote_groups_view(corpus: Corpus) -> pd.DataFrame:
    """The same quote in several outlets: group, outlet, speaker, similarity, word changes, text."""
    groups = with_outlet(corpus, corpus.table("quote_groups"))
    return groups[["group", "outlet", "speaker", "similarity", "diff", "text"]]


def quote_reuse_finding(corpus: Corpus) -> Finding:
    """How many quotes appear in more than one outlet, and how many renderings differ in wording."""
    groups = corpus.table("quote_groups")
    if groups.empty:
        return Finding("quote-reuse", "No quote appears in more than one outlet.", groups)
    n, differ = groups["group"].nunique(), int((groups["diff"] != "").sum())
    sentence = (f"{count(n, 'quote')} {'appears' if n == 1 else 'appear'} in more than one outlet; "
                f"{differ} of {'its' if n == 1 else 'their'} {count(len(groups), 'rendering')} differ in wording from the first one.")
    return Finding("quote-reuse", sentence, groups)


def shared_passages_view(corpus: Corpus, width: int = 120) -> pd.DataFrame:
    """One row per shared passage: the outlets it occurs in (document order), its length in words, its first wording."""
    shared = corpus.table("shared_passages")
    columns = ["passage", "outlets", "documents", "words", "text"]
    if shared.empty:
        return pd.DataFrame(columns=columns)
    outlet = corpus.table("documents").set_index("doc_id")["outlet"]
    # Grouped once, with pandas' own aggregations: a large corpus has tens of thousands of passages,
    # and a Python loop over the groups cost more than finding the passages.
    shared = shared.assign(outlet=shared["doc_id"].map(outlet).fillna(shared["doc_id"]))
    grouped = shared.groupby("passage_id", sort=True)
    first = grouped[["words", "text"]].first()
    outlets = (shared.drop_duplicates(["passage_id", "outlet"])  # each outlet once, in the order it occurs
               .groupby("passage_id", sort=True)["outlet"].agg(names))
    view = pd.DataFrame({"passage": first.index, "outlets": outlets.to_numpy(), "documents": grouped["doc_id"].nunique().to_numpy(),
                         "words": first["words"].astype(int).to_numpy(), "text": [shorten(t, width) for t in first["text"]]})
    return view[columns]


def shared_passages_finding(corpus: Corpus) -> Finding:
    """How many passages of five or more words recur word for word across documents, and the longest (ties named)."""
    view = shared_passages_view(corpus)
    if view.empty:
        return Finding("shared-passages", "No passage of five or more words occurs word for word in two documents.", view)
    longest = view[view["words"] == view["words"].max()]
    where = names(dict.fromkeys(longest["outlets"]))
    sentence = (f"{count(len(view), 'passage')} of five or more words {'occurs' if len(view) == 1 else 'occur'} word for word "
                f"in two or more documents; the longest ({int(view['words'].max())} words) "
                + (f"is in {where}." if len(longest) == 1 else f"are {len(longest)} tied passages, in {where}."))
    return Finding("shared-passages", sentence, view)


# ---------------------------------------------------------------- 02: framing

def naming_used(corpus: Corpus) -> pd.DataFrame:
    """Group/term x outlet counts of naming choices, only the terms some outlet uses."""
    from ..tag import naming

    counts = naming.term_counts(corpus)
    return counts[counts.sum(axis=1) > 0]


def naming_finding(corpus: Corpus) -> Finding:
    """How many naming choices split cleanly by outlet (two or more alternatives in use, no outlet mixing them)."""
    used = naming_used(corpus)
    groups = list(dict.fromkeys(used.index.get_level_values("group"))) if len(used) else []
    mixed = [g for g in groups if (used.loc[g].sum(axis=1) > 0).sum() > 1]
    split = [g for g in mixed if ((used.loc[g] > 0).sum(axis=0) <= 1).all()]
    numbers = pd.DataFrame({"group": mixed, "splits_cleanly": [g in split for g in mixed]})
    if not mixed:
        sentence = ("No naming choice is contested: where the lexicon finds a word, every outlet uses the same one."
                    if groups else "No word of the naming lexicon occurs in the corpus.")
        return Finding("naming", sentence, numbers, bool(groups), sentence.split(":")[0].rstrip("."))
    title = f"Outlets differ in word choice; {len(split)} of {len(mixed)} choices split cleanly by outlet"
    sentence = (f"{len(split)} of {count(len(mixed), 'naming choice')} with two or more alternatives in use "
                f"{'splits' if len(split) == 1 else 'split'} cleanly by outlet (each outlet uses only one alternative)"
                + (f": {names(split)}." if split else "."))
    return Finding("naming", sentence + _articles_caveat(corpus), numbers, not one_doc_per_outlet(corpus), title)


def frames_finding(by_outlet: pd.DataFrame) -> Finding:
    """Which frame's questions are answered yes most often across outlets (mean score; ties named)."""
    means = by_outlet.mean().round(3) if len(by_outlet) else pd.Series(dtype=float)
    numbers = means.rename_axis("frame").reset_index(name="mean_score")
    if means.empty or means.max() == 0:
        sentence = "No frame question is answered yes in any article."
        return Finding("frames", sentence, numbers, False, sentence.rstrip("."))
    top = leaders(means)
    quoted = [f"\u2018{t}\u2019" for t in top]
    title = lead(quoted, "Across outlets, {who} questions are answered yes most often",
                 "Across outlets, {who} questions tie for answered yes most often")
    low = [f"\u2018{t}\u2019" for t in leaders(means, largest=False)]
    sentence = title + f" (mean score {means.max():.2f} of 1); " + lead(low, "{who} least", "{who} least, tied") + f" ({means.min():.2f})."
    return Finding("frames", sentence, numbers, True, title)


def keyness_finding(corpus: Corpus) -> Finding:
    """Each outlet's top key word, and whether any G² reaches p < 0.0001."""
    key = corpus.table("keyness")
    if key.empty:
        return Finding("keyness", "No word is used often enough in one outlet to test its keyness.", key, False)
    top = key.sort_values("g2", ascending=False, kind="stable").groupby("outlet", sort=True).head(1)
    parts = [f"{r.outlet} \u201c{r.word}\u201d (G\u00b2 {r.g2:.1f})" for r in top.sort_values("outlet").itertuples()]
    strict = int((key["g2"] >= G2_STRICT).sum())
    tail = (f"no G\u00b2 reaches {G2_STRICT} (p < 0.0001), so read the list as pointers into the text, not as significant differences"
            if strict == 0 else f"{count(strict, 'word')} reach{'es' if strict == 1 else ''} G\u00b2 {G2_STRICT} (p < 0.0001, uncorrected)")
    sentence = "Top key word per outlet: " + "; ".join(parts) + f". Of {count(len(key), 'word')} tested, {tail}."
    return Finding("keyness", sentence + _articles_caveat(corpus), top, strict > 0)


def claims_finding(corpus: Corpus) -> Finding:
    """For each subject given by two or more outlets, the range of the figures (normalised units)."""
    from ..tag import claims

    figs = claims.figures_long(corpus)
    figs = figs[(figs["subject"] != "") & figs["value_normalized"].notna()]
    summary = (figs.groupby(["subject", "unit_normalized"]).agg(figures=("value_normalized", "size"), outlets=("outlet", "nunique"),
                                                                 low=("value_normalized", "min"), high=("value_normalized", "max"))
               .reset_index())
    shared = summary[summary["outlets"] >= 2]
    if shared.empty:
        return Finding("claims", "No figure for the same subject is given by two or more outlets.", summary, False)
    parts = []
    for r in shared.itertuples():
        rng = number(r.low) if r.low == r.high else f"{number(r.low)} to {number(r.high)}"
        parts.append(f"{r.subject}: {count(r.figures, 'figure')} from {r.outlets} outlets, {rng} {r.unit_normalized}".rstrip())
    return Finding("claims", "Figures given for the same subject by two or more outlets: " + "; ".join(parts) + ".", summary)


# ---------------------------------------------------------------- 03: tone

def _ci(row) -> str:
    return f"{row.mean_compound:.3f} (95% CI {row.ci_low:.3f} to {row.ci_high:.3f}, n={int(row.n)})"


def number(value: float) -> str:
    """A figure for reading: thousands separated, no false precision (1,036; 0.5; 12.4)."""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def intervals_overlap(summary: pd.DataFrame) -> bool:
    """True when every interval shares a common range (the largest lower end is below the smallest upper end)."""
    return bool(len(summary)) and summary["ci_low"].max() <= summary["ci_high"].min()


def tone_finding(by_outlet: pd.DataFrame, corpus: Corpus | None = None) -> Finding:
    """The most and least negative outlets by mean compound, with intervals; whether the intervals overlap."""
    if by_outlet.empty:
        return Finding("tone", "No sentence was scored.", by_outlet, False, "No sentences scored")
    overlap = intervals_overlap(by_outlet)
    title = "Mean sentence tone by outlet: the intervals " + ("all overlap" if overlap else "do not all overlap")
    means = by_outlet.set_index("outlet")["mean_compound"].round(3)
    rows = by_outlet.set_index("outlet")
    if len(means) == 1:
        sentence = f"{means.index[0]}: mean tone {_ci(rows.iloc[0])}."
    else:
        lo, hi = leaders(means, largest=False), leaders(means)
        sentence = (lead(lo, "Most negative mean: {who}", "Most negative mean, tied: {who}") + f" {_ci(rows.loc[lo[0]])}; "
                    + lead(hi, "least negative: {who}", "least negative, tied: {who}") + f" {_ci(rows.loc[hi[0]])}. "
                    + ("All intervals share a common range, so the data do not separate the outlets' tone."
                       if overlap else "Not all intervals overlap: the extremes differ beyond sampling noise."))
    few = list(rows.index[rows["n"] < MIN_STRETCHES])
    if few:
        sentence += f" {names(few)} {'rests' if len(few) == 1 else 'rest'} on fewer than {MIN_STRETCHES} stretches: too few for a mean."
    if corpus is not None:
        sentence += _articles_caveat(corpus)
    return Finding("tone", sentence, by_outlet, not few, title)


def voice_tone_finding(overall: pd.DataFrame) -> Finding:
    """Narration against quotation, pooled over outlets: means with intervals, and whether they overlap."""
    rows = overall.set_index("voice") if len(overall) else overall
    if not {"narration", "quote"} <= set(rows.index):
        have = ", ".join(rows.index) or "nothing"
        return Finding("voice-tone", f"Only one voice was scored ({have}): there is nothing to compare.", overall, False,
                       "Narration and quotation cannot be compared")
    nar, quo = rows.loc["narration"], rows.loc["quote"]
    overlap = nar.ci_low <= quo.ci_high and quo.ci_low <= nar.ci_high
    sentence = (f"Narration averages {_ci(nar)} and quotation {_ci(quo)}: "
                + ("the intervals overlap, so the data do not tell the two voices apart."
                   if overlap else "the intervals do not overlap."))
    enough = min(nar.n, quo.n) >= MIN_STRETCHES
    if not enough:
        sentence += f" One voice has fewer than {MIN_STRETCHES} stretches: too few to compare."
    title = "Narration and quotation: " + ("intervals overlap" if overlap else "intervals do not overlap") \
        + ("" if enough else ", quotes are few")
    return Finding("voice-tone", sentence, overall, enough, title)


def actor_finding(pooled: pd.DataFrame) -> Finding:
    """The most mentioned actor(s) and the tone of the stretches naming them (too few stretches said so)."""
    if pooled.empty:
        return Finding("actors", "No actor of the codebook is named in a scored stretch (the corpus may have no codebook actors).",
                       pooled, False)
    n = pooled.set_index("actor")["n"]
    top = leaders(n)
    rows = pooled.set_index("actor")
    parts = [f"{a}: mean {_ci(rows.loc[a])}" for a in top]
    sentence = lead(top, "The most mentioned actor is {who}", "{who} tie as the most mentioned actors") + " (" + "; ".join(parts) + ")."
    few = int((pooled["n"] < MIN_STRETCHES).sum())
    if few:
        sentence += f" {few} of {count(len(pooled), 'actor')} {'has' if few == 1 else 'have'} fewer than {MIN_STRETCHES} stretches: anecdotes, not measurements."
    sentence += " This is tone near an actor, not towards it."
    return Finding("actors", sentence, pooled, int(n.max()) >= MIN_STRETCHES)


def drivers_finding(totals: pd.DataFrame, top: int = 3) -> Finding:
    """The lexicon words that move the scores most, pooled over outlets (count x valence)."""
    if totals.empty:
        return Finding("drivers", "No sentiment lexicon word occurs in the corpus.", totals, False)
    pooled = totals.groupby("word").agg(count=("count", "sum"), valence=("valence", "first")).reset_index()
    pooled["total"] = pooled["count"] * pooled["valence"]
    neg = pooled[pooled.total < 0].sort_values(["total", "word"]).head(top)
    pos = pooled[pooled.total > 0].sort_values(["total", "word"], ascending=[False, True]).head(top)
    fmt = lambda d: ", ".join(f"\u201c{r.word}\u201d ({r.total:+.1f})" for r in d.itertuples()) or "none"
    sentence = (f"Among each outlet's most weighty words, those that pull scores down most are {fmt(neg)}; "
                f"those that pull them up, {fmt(pos)} (uses \u00d7 valence).")
    return Finding("drivers", sentence, pd.concat([neg, pos]), True)


GRADES = ["flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index"]


MAX_DOCUMENT_BARS = 30
"""Above this many documents, a figure of one bar per document shows one bar per outlet instead."""


def grades_to_plot(read: pd.DataFrame) -> pd.DataFrame:
    """The grade formulas (columns) per document, labelled by outlet, for a grouped bar chart; past
    :data:`MAX_DOCUMENT_BARS` documents, the mean grade of each outlet's documents instead (outlets in
    order of first appearance), so the figure stays readable at any corpus size."""
    if len(read) <= MAX_DOCUMENT_BARS:
        return read.set_index("outlet")[GRADES]
    return read.groupby("outlet", sort=False)[GRADES].mean()


def readability_spread_finding(read: pd.DataFrame) -> Finding:
    """How far the grade formulas disagree on the same text (largest max - min over documents)."""
    if read.empty:
        return Finding("readability-spread", "No text to score.", read, False, "No text to score")
    spread = (read[GRADES].max(axis=1) - read[GRADES].min(axis=1)).round(1)
    if spread.isna().all():
        return Finding("readability-spread", "No document could be scored.", read, False, "No document could be scored")
    i = leaders(spread.set_axis(read["outlet"].astype(str)).dropna())
    title = f"Formulas disagree by up to {spread.max():.1f} grades on the same text"
    sentence = title + f" (the article of {names(i)}): read a grade as a range, not a level."
    return Finding("readability-spread", sentence, read.assign(spread=spread)[["doc_id", "outlet", "spread"]], True, title)


def readability_order_finding(read: pd.DataFrame) -> Finding:
    """Documents from easiest to hardest by Flesch-Kincaid grade, ties marked, and which scores are flagged."""
    if read.empty:
        return Finding("readability-order", "No text to score.", read, False)
    grade = read.set_index(read["outlet"].astype(str))["flesch_kincaid_grade"].round(1)
    unscored = int(grade.isna().sum())  # a text without words or sentences has no grade
    ordered = grade.dropna().sort_values(kind="stable")
    parts, seen = [], ordered.value_counts()
    for outlet, g in ordered.items():
        parts.append(f"{outlet} {g:.1f}" + (" (tie)" if seen[g] > 1 else ""))
    sentence = ("Flesch-Kincaid grade, easiest to hardest: " + ", ".join(parts) + "." if parts
                else "No document has a Flesch-Kincaid grade.")
    if unscored:
        sentence += f" {count(unscored, 'document')} could not be scored (no words or sentences to count)."
    flagged = read[read["flags"] != ""]
    if len(flagged):
        sentence += f" {count(len(flagged), 'document')} of {len(read)} {'has' if len(flagged) == 1 else 'have'} a flagged score (see the flags table)."
    return Finding("readability-order", sentence, read[["doc_id", "outlet", "flesch_kincaid_grade", "flags"]], True)


# ---------------------------------------------------------------- every finding, for the report and its test

def chapter_findings(corpus: Corpus) -> dict[str, list[Finding]]:
    """Every finding each chapter states, computed as the notebooks compute them (notebook stem -> findings)."""
    from ..tag import frames, sentiment

    scored = with_outlet(corpus, corpus.table("sentiment"))
    read = with_outlet(corpus, corpus.table("readability"))
    return {
        "00-corpus": [chrome_finding(corpus), markup_finding(corpus), repairs_finding(corpus), audit_finding(corpus)],
        "01-sources": [speaker_finding(corpus), speaker_per_outlet_finding(corpus), voice_finding(corpus), verb_finding(corpus),
                       vague_sources_finding(corpus), quote_reuse_finding(corpus), shared_passages_finding(corpus)],
        "02-framing": [naming_finding(corpus), frames_finding(frames.frames_by_outlet(corpus)), keyness_finding(corpus),
                       claims_finding(corpus)],
        "03-tone": [tone_finding(sentiment.summarize(scored, "outlet"), corpus),
                    voice_tone_finding(sentiment.summarize(scored, "voice")),
                    actor_finding(sentiment.actor_summary(corpus, by=["actor"])),
                    drivers_finding(sentiment.word_totals(corpus, top=6)),
                    readability_spread_finding(read), readability_order_finding(read)],
    }
