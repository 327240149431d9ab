"""The same person or organisation across the corpus: the ``people`` table.

Each document's ``entities`` (tag/mentions.py) name the people and
organisations it mentions, each by the fullest name that document gives it.
Here the entities of all documents are grouped by a *key*: the normalised full
name (lower case, straight apostrophes, single spaces; :func:`person_key`),
where a codebook actor's name, alias or role maps to the actor's name, so
"Zelensky" in one outlet and "Volodymyr Zelensky" in another are one row when
the corpus codebook says so. Without a codebook only identical full names
merge: a surname alone in one document ("Delaney") stays its own row, because
nothing in the text says which Delaney it is.

One row per key (never one per pair of documents): grouping is a dictionary
pass over the entities and quotes, then one sort of the keys, so time and
memory are O(n log n) in the number of entities and quotes, and rows are at
most the number of entities.
"""
from __future__ import annotations

import pandas as pd

from ..tables import make_table

_KINDS_ORDER = ("person", "organisation", "group")


def person_key(name: str) -> str:
    """A full name for comparison across documents: lower case, straight apostrophes, single spaces."""
    return " ".join(str(name).replace("’", "'").replace("‘", "'").lower().split())


def _actor_index(codebook) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Codebook terms (name, aliases, roles) -> actor name; actor name -> its aliases."""
    terms: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for a in (codebook or {}).get("actors", []) or []:
        name = a["name"]
        aliases[name] = [str(x) for x in a.get("aliases", [])]
        for t in [name, *a.get("aliases", []), *a.get("roles", [])]:
            terms.setdefault(person_key(t), name)
    return terms, aliases


def people_rows(entities: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame, codebook=None) -> list[dict]:
    """Rows of the ``people`` table from the per-document ``entities``,
    ``quotes`` and ``documents`` tables (see :func:`people_table`)."""
    terms, actor_aliases = _actor_index(codebook)
    outlet_of = dict(zip(documents["doc_id"], documents["outlet"])) if len(documents) else {}
    doc_order = {d: i for i, d in enumerate(documents["doc_id"])} if len(documents) else {}

    def key_of(name: str) -> str:
        k = person_key(name)
        return person_key(terms.get(k, name))

    groups: dict[str, dict] = {}
    for e in entities.itertuples(index=False):
        k = key_of(e.name)
        if not k:
            continue
        g = groups.get(k)
        first = (doc_order.get(e.doc_id, len(doc_order)), int(e.start))
        if g is None:
            g = groups[k] = {"names": {}, "kinds": {}, "aliases": set(), "docs": set(), "mentions": 0,
                             "first": first, "first_row": (e.doc_id, int(e.start), int(e.end)), "quotes": 0,
                             "quote_docs": set()}
        g["names"][e.name] = g["names"].get(e.name, 0) + 1
        g["kinds"][e.kind] = g["kinds"].get(e.kind, 0) + 1
        g["aliases"].update(a for a in str(e.aliases).split("; ") if a)
        g["docs"].add(e.doc_id)
        g["mentions"] += int(e.mentions)
        if first < g["first"]:
            g["first"], g["first_row"] = first, (e.doc_id, int(e.start), int(e.end))
    spoken = quotes[(quotes["kind"] != "scare") & (quotes["speaker"] != "")] if len(quotes) else quotes
    for q in spoken.itertuples(index=False):
        g = groups.get(key_of(q.speaker))
        if g is not None:  # a speaker is always one of its document's entities; a stray name is no person
            g["quotes"] += 1
            g["quote_docs"].add(q.doc_id)

    rows = []
    for k in sorted(groups):
        g = groups[k]
        canonical = terms.get(k)
        # the actor's name, else the spelling most documents use (ties: the longer, then the first in order)
        name = canonical or max(g["names"], key=lambda n: (g["names"][n], len(n), n))
        kind = max(g["kinds"], key=lambda x: (g["kinds"][x], -_KINDS_ORDER.index(x) if x in _KINDS_ORDER else -9))
        aliases = set(g["aliases"]) | {person_key(a) for a in actor_aliases.get(canonical or "", [])}
        aliases |= {person_key(n) for n in g["names"] if person_key(n) != k}
        docs = sorted(g["docs"], key=lambda d: doc_order.get(d, len(doc_order)))
        outlets = sorted({str(outlet_of.get(d, "")) for d in docs} - {""})
        rows.append({"person": name, "key": k, "kind": kind, "aliases": "; ".join(sorted(aliases)),
                     "doc_id": g["first_row"][0], "start": g["first_row"][1], "end": g["first_row"][2],
                     "documents": len(docs), "doc_ids": "; ".join(docs),
                     "outlets": len(outlets), "outlet_names": "; ".join(outlets),
                     "mentions": g["mentions"], "quotes": g["quotes"], "quoted_in": len(g["quote_docs"])})
    rows.sort(key=lambda r: (-r["documents"], -r["quotes"], -r["mentions"], r["key"]))
    return rows


def people_table(corpus) -> pd.DataFrame:
    """The ``people`` table: one row per person, organisation or group across
    the corpus, with the documents and outlets that name them and how often
    they are mentioned and quoted.

    Read ``documents`` 3, ``quotes`` 5 as "named in three articles and quoted
    five times in all"; ``quotes`` counts the rows of ``quotes`` (not scare
    quotes) whose ``speaker`` is this person. Rows come most widely covered
    first. ``doc_id``/``start``/``end`` point at the first mention in the corpus.
    """
    rows = people_rows(corpus.table("entities"), corpus.table("quotes"), corpus.table("documents"), corpus.codebook)
    return make_table("people", rows)
