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

One row per key (never one per pair of documents): grouping is one sort of
the entity rows by key and one pass over them, plus a dictionary pass over the
quotes, so time and memory are O(n log n) in the number of entities and
quotes, and rows are at most the number of entities.
"""
from __future__ import annotations

from itertools import groupby

import pandas as pd

from ..tables import TABLES, make_table

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
    ``quotes`` and ``documents`` tables (see :func:`people_table`), as dicts.

    :func:`people_frame` gives the same rows as a table, without a dict per row.
    """
    columns = _people_columns(entities, quotes, documents, codebook)
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


def people_frame(entities: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame, codebook=None) -> pd.DataFrame:
    """The ``people`` table from the per-document tables (see :func:`people_table`).

    Built column by column: on a large corpus a dict per row cost about
    three times the table itself.
    """
    columns = _people_columns(entities, quotes, documents, codebook)
    if not columns["key"]:
        return make_table("people", [])
    return pd.DataFrame(columns, columns=list(TABLES["people"].columns))


def _people_columns(entities: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame, codebook=None) -> dict[str, list]:
    """The ``people`` table's columns, rows in table order (see :func:`people_table`).

    One stable sort of the entity rows by key, then one pass over each key's
    run of rows, which are in table order. The sort, rather than a dictionary
    of counters and sets per key that all live until the end, keeps the number
    of live Python containers small: on a large corpus hundreds of thousands
    of them made the garbage collector walk the heap again and again, and the
    table's cost grew faster than the corpus.
    """
    terms, actor_aliases = _actor_index(codebook)
    outlet_of = dict(zip(documents["doc_id"], documents["outlet"])) if len(documents) else {}
    doc_order = {d: i for i, d in enumerate(documents["doc_id"])} if len(documents) else {}
    unknown = len(doc_order)  # a document missing from ``documents`` sorts last (never so in a loaded corpus)
    keys: dict[str, str] = {}  # name -> key, computed once per distinct name

    def key_of(name: str) -> str:
        k = keys.get(name)
        if k is None:
            k = person_key(name)
            k = keys[name] = person_key(terms.get(k, name))
        return k

    # Plain lists, not itertuples: iterating Arrow-backed columns row by row makes a pyarrow scalar per cell.
    doc_ids, names, kinds, alias_texts, mentions, starts, ends = (
        entities[c].tolist() for c in ("doc_id", "name", "kind", "aliases", "mentions", "start", "end"))
    key = [key_of(n) for n in names]

    # quotes (not scare quotes) per speaker key, and the documents they are in
    spoken = quotes[(quotes["kind"] != "scare") & (quotes["speaker"] != "")] if len(quotes) else quotes
    quote_count: dict[str, int] = {}
    quote_docs: dict[str, int] = {}
    if len(spoken):
        said = [(key_of(s), d) for s, d in zip(spoken["speaker"].tolist(), spoken["doc_id"].tolist())]
        for k, _ in said:
            quote_count[k] = quote_count.get(k, 0) + 1
        for k, _ in set(said):
            quote_docs[k] = quote_docs.get(k, 0) + 1

    columns: dict[str, list] = {c: [] for c in TABLES["people"].columns}
    by_key = sorted(range(len(key)), key=key.__getitem__)  # stable: a key's rows stay in table order
    for k, group in groupby(by_key, key=key.__getitem__):
        run = list(group)
        if not k:
            continue
        spellings: dict[str, int] = {}
        kind_count: dict[str, int] = {}  # in order of first appearance, for ties
        aliases: set[str] = set()
        for r in run:
            spellings[names[r]] = spellings.get(names[r], 0) + 1
            kind_count[kinds[r]] = kind_count.get(kinds[r], 0) + 1
            aliases.update(a for a in str(alias_texts[r]).split("; ") if a)
        # the first mention in corpus order (ties: the entity row that comes first)
        first = min(run, key=lambda r: (doc_order.get(doc_ids[r], unknown), int(starts[r])))
        canonical = terms.get(k)
        # the actor's name, else the spelling most documents use (ties: the longer, then the first in order)
        name = canonical or max(spellings, key=lambda n: (spellings[n], len(n), n))
        kind = max(kind_count, key=lambda x: (kind_count[x], -_KINDS_ORDER.index(x) if x in _KINDS_ORDER else -9))
        aliases |= {person_key(a) for a in actor_aliases.get(canonical or "", [])}
        aliases |= {person_key(n) for n in spellings if person_key(n) != k}
        docs = sorted({doc_ids[r] for r in run}, key=lambda d: (doc_order.get(d, unknown), d))
        outlets = sorted({str(outlet_of.get(d, "")) for d in docs} - {""})
        row = {"person": name, "key": k, "kind": kind, "aliases": "; ".join(sorted(aliases)),
               "doc_id": doc_ids[first], "start": int(starts[first]), "end": int(ends[first]),
               "documents": len(docs), "doc_ids": "; ".join(docs),
               "outlets": len(outlets), "outlet_names": "; ".join(outlets),
               "mentions": sum(int(mentions[r]) for r in run),
               "quotes": quote_count.get(k, 0), "quoted_in": quote_docs.get(k, 0)}
        for c, v in row.items():
            columns[c].append(v)
    # most widely covered first (keys are unique, so the order is total)
    n_docs, n_quotes, n_mentions, keys_ = (columns[c] for c in ("documents", "quotes", "mentions", "key"))
    order = sorted(range(len(keys_)), key=lambda i: (-n_docs[i], -n_quotes[i], -n_mentions[i], keys_[i]))
    return {c: [values[i] for i in order] for c, values in columns.items()}


def people_table(corpus) -> pd.DataFrame:
    """The ``people`` table: one row per person, organisation or group across
    the corpus, with the documents and outlets that name them and how often
    they are mentioned and quoted.

    Read ``documents`` 3, ``quotes`` 5 as "named in three articles and quoted
    five times in all"; ``quotes`` counts the rows of ``quotes`` (not scare
    quotes) whose ``speaker`` is this person. Rows come most widely covered
    first. ``doc_id``/``start``/``end`` point at the first mention in the corpus.
    """
    return people_frame(corpus.table("entities"), corpus.table("quotes"), corpus.table("documents"), corpus.codebook)
