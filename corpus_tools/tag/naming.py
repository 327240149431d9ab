"""Naming choices: which of several alternative words each outlet uses.

Journalism research has long treated word choice for the same referent as
framing (Entman 1993, "Framing: toward clarification of a fractured
paradigm"): "Kyiv" or "Kiev", "war" or "conflict", "occupied" or
"Russian-held". The alternatives are data, in ``codebook/naming.toml``
(package defaults) plus a corpus's ``[[codebook.naming]]`` rules (the spellings
of this story's names live in ``seeds/corpus.toml``). Matching is whole-word
regex via :mod:`corpus_tools.lexicon`, over every paragraph of the clean
text (headings included: a subheading is the outlet's wording too).

A term's count is not a stance: "invasion" may name Russia's 2022 invasion
or Ukraine's Kursk operation; the spans let a reader check which.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import pandas as pd

from ..load.corpus import Corpus, Document
from .lexicon import compiled_section, match_each_rule, text_units
from ..tables import make_table


def document_naming(doc: Document, rules: Sequence[Mapping]) -> list[dict]:
    """Rows of the ``naming`` table for one document (pure: document and rules in)."""
    rules = rules if isinstance(rules, Sequence) else list(rules)
    rows = []
    for rule, hits in zip(rules, match_each_rule(doc.clean_text, rules, text_units(doc))):
        group = rule.get("group", rule["name"])
        for hit in hits:
            rows.append({"doc_id": doc.doc_id, "start": hit["start"], "end": hit["end"], "text": hit["text"],
                         "group": group, "term": hit["term"], "rule": hit["rule"]})
    rows.sort(key=lambda r: (r["start"], r["end"], r["group"]))
    return rows




def naming_table(corpus: Corpus) -> pd.DataFrame:
    rules = compiled_section(corpus.codebook, "naming")
    return make_table("naming", (r for doc in corpus for r in document_naming(doc, rules)))


def term_counts(corpus: Corpus, group: str | None = None, by: str = "outlet") -> pd.DataFrame:
    """Outlet x term counts, one row per (group, term), one column per outlet.

    Every term of every rule appears, with 0 where an outlet never uses it,
    so an absence is visible. ``group`` limits the table to one naming
    choice. Read across a row: who says "Kyiv" and who says "Kiev".
    """
    naming = corpus.table("naming")
    docs = corpus.table("documents").set_index("doc_id")
    naming[by] = naming["doc_id"].map(docs[by])
    columns = sorted(docs[by].unique())
    index = [(r.get("group", r["name"]), term) for r in corpus.codebook.get("naming", []) for term in r["terms"]]
    index = list(dict.fromkeys(i for i in index if group is None or i[0] == group))
    counts = naming.groupby(["group", "term", by]).size().unstack(by)
    counts = counts.reindex(index=pd.MultiIndex.from_tuples(index, names=["group", "term"]), columns=columns)
    return counts.fillna(0).astype(int)
