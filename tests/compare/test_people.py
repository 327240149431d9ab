"""The cross-document ``people`` table: one row per person/organisation across the corpus."""
from __future__ import annotations

import time

import pandas as pd
import pytest

from corpus_tools import load_corpus
from corpus_tools.compare.people import people_rows, person_key
from corpus_tools.tables import TABLES


def _entities(rows):
    return pd.DataFrame(rows, columns=["doc_id", "entity_id", "start", "end", "name", "kind", "gender", "aliases",
                                       "roles", "mentions"])


def _quotes(rows):
    return pd.DataFrame(rows, columns=["doc_id", "speaker", "kind"])


DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Outlet A", "Outlet B", "Outlet A"]})


def test_same_full_name_in_two_outlets_is_one_row():
    ents = _entities([
        ("a", "a-e001", 10, 22, "Mark Delaney", "person", "male", "delaney", "Opposition Leader", 3),
        ("b", "b-e001", 5, 17, "Mark Delaney", "person", "", "mark", "", 2),
        ("b", "b-e002", 40, 47, "Delaney", "person", "", "", "", 1),  # a surname alone: not merged without a codebook
        ("c", "c-e001", 0, 14, "Wexley Council", "organisation", "", "", "", 1),
    ])
    quotes = _quotes([("a", "Mark Delaney", "direct"), ("b", "Mark Delaney", "indirect"),
                      ("b", "Mark Delaney", "scare"), ("c", "", "direct")])
    rows = {r["person"]: r for r in people_rows(ents, quotes, DOCS)}
    d = rows["Mark Delaney"]
    assert (d["documents"], d["outlets"], d["mentions"], d["quotes"], d["quoted_in"]) == (2, 2, 5, 2, 2)
    assert d["doc_ids"] == "a; b" and d["outlet_names"] == "Outlet A; Outlet B"
    assert d["aliases"] == "delaney; mark" and (d["doc_id"], d["start"], d["end"]) == ("a", 10, 22)
    assert rows["Delaney"]["documents"] == 1 and rows["Wexley Council"]["kind"] == "organisation"
    assert list(rows)[0] == "Mark Delaney"  # most widely covered first


def test_codebook_aliases_merge_short_forms_into_the_actor():
    cb = {"actors": [{"name": "Volodymyr Zelensky", "aliases": ["Zelensky", "Zelenskyy"], "roles": ["the Ukrainian leader"]}]}
    ents = _entities([("a", "a-e001", 0, 8, "Zelensky", "person", "", "", "", 2),
                      ("b", "b-e001", 0, 9, "Zelenskyy", "person", "", "", "", 1),
                      ("c", "c-e001", 0, 18, "Volodymyr Zelensky", "person", "", "", "", 1)])
    rows = people_rows(ents, _quotes([("a", "Zelensky", "direct")]), DOCS, cb)
    assert len(rows) == 1
    r = rows[0]
    assert r["person"] == "Volodymyr Zelensky" and r["documents"] == 3 and r["quotes"] == 1
    assert "zelenskyy" in r["aliases"].split("; ")


def test_names_compare_across_apostrophes_and_spacing():
    assert person_key("Declan  O’Rourke") == person_key("declan o'rourke")


def test_people_table_on_the_seeds_is_registered_and_consistent():
    corpus = load_corpus()
    people = corpus.table("people")
    assert list(people.columns) == list(TABLES["people"].columns)
    assert people.key.is_unique and len(people) <= len(corpus.table("entities"))
    top = people.iloc[0]
    assert top.documents == people.documents.max()
    quotes = corpus.table("quotes")
    spoken = quotes[(quotes.kind != "scare") & (quotes.speaker != "")]
    assert people.quotes.sum() <= len(spoken)
    for r in people.itertuples():
        doc = corpus[r.doc_id]
        assert 0 <= r.start < r.end <= len(doc.clean_text)


@pytest.mark.scale  # a time measurement: `make scale` and CI run it, `make test` leaves it out
def test_grows_no_faster_than_n_log_n():
    def timed(n):
        ents = _entities([(f"d{i % 500}", f"e{i}", i, i + 5, f"Person {i % (n // 3)} Name", "person", "", "", "", 1)
                          for i in range(n)])
        quotes = _quotes([(f"d{i % 500}", f"Person {i % (n // 3)} Name", "direct") for i in range(n)])
        docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(500)], "outlet": [f"O{i % 7}" for i in range(500)]})
        t = time.perf_counter()
        rows = people_rows(ents, quotes, docs)
        assert len(rows) == n // 3
        return time.perf_counter() - t
    small, big = min(timed(3000) for _ in range(2)), min(timed(24000) for _ in range(2))
    assert big < small * 8 * 3  # 8x the rows: well under quadratic (64x)


def _people_rows_by_dict(entities, quotes, documents, codebook=None):
    """The earlier ``people_rows`` (one dictionary of counters and sets per key), kept as the oracle
    for the sort-based one: both must give the same rows, ties included."""
    from corpus_tools.compare.people import _KINDS_ORDER, _actor_index
    terms, actor_aliases = _actor_index(codebook)
    outlet_of = dict(zip(documents["doc_id"], documents["outlet"]))
    doc_order = {d: i for i, d in enumerate(documents["doc_id"])}

    def key_of(name):
        return person_key(terms.get(person_key(name), name))

    groups = {}
    for e in entities.itertuples(index=False):
        k = key_of(e.name)
        if not k:
            continue
        first = (doc_order.get(e.doc_id, len(doc_order)), int(e.start))
        g = groups.setdefault(k, {"names": {}, "kinds": {}, "aliases": set(), "docs": set(), "mentions": 0,
                                  "first": first, "first_row": (e.doc_id, int(e.start), int(e.end)),
                                  "quotes": 0, "quote_docs": set()})
        g["names"][e.name] = g["names"].get(e.name, 0) + 1
        g["kinds"][e.kind] = g["kinds"].get(e.kind, 0) + 1
        g["aliases"].update(a for a in str(e.aliases).split("; ") if a)
        g["docs"].add(e.doc_id)
        g["mentions"] += int(e.mentions)
        if first < g["first"]:
            g["first"], g["first_row"] = first, (e.doc_id, int(e.start), int(e.end))
    for q in quotes[(quotes["kind"] != "scare") & (quotes["speaker"] != "")].itertuples(index=False):
        g = groups.get(key_of(q.speaker))
        if g is not None:
            g["quotes"] += 1
            g["quote_docs"].add(q.doc_id)
    rows = []
    for k in sorted(groups):
        g = groups[k]
        canonical = terms.get(k)
        name = canonical or max(g["names"], key=lambda n: (g["names"][n], len(n), n))
        kind = max(g["kinds"], key=lambda x: (g["kinds"][x], -_KINDS_ORDER.index(x) if x in _KINDS_ORDER else -9))
        aliases = set(g["aliases"]) | {person_key(a) for a in actor_aliases.get(canonical or "", [])}
        aliases |= {person_key(n) for n in g["names"] if person_key(n) != k}
        docs = sorted(g["docs"], key=lambda d: doc_order[d])
        outlets = sorted({str(outlet_of.get(d, "")) for d in docs} - {""})
        rows.append({"person": name, "key": k, "kind": kind, "aliases": "; ".join(sorted(aliases)),
                     "doc_id": g["first_row"][0], "start": g["first_row"][1], "end": g["first_row"][2],
                     "documents": len(docs), "doc_ids": "; ".join(docs), "outlets": len(outlets),
                     "outlet_names": "; ".join(outlets), "mentions": g["mentions"], "quotes": g["quotes"],
                     "quoted_in": len(g["quote_docs"])})
    rows.sort(key=lambda r: (-r["documents"], -r["quotes"], -r["mentions"], r["key"]))
    return rows


@pytest.mark.parametrize("seed", range(20))
def test_same_rows_as_the_dictionary_grouping(seed):
    """Random entities built to tie: few names in several spellings (case, curly apostrophes, spaces), kinds
    outside person/organisation/group, equal first offsets, empty names, documents listed out of id order,
    a codebook merging spellings, quotes by names with and without entities."""
    import random
    rng = random.Random(seed)
    stems = ["Ana Ruiz", "Mark O'Neill", "Wexley Council", "the Greens", "Ruiz", "  ", "Jo  Bloggs"]

    def spelling():
        s = rng.choice(stems)
        return rng.choice([s, s.upper(), s.replace("'", "’"), " ".join(s.split()), s.lower()])

    doc_ids = [f"d{i}" for i in range(8)]
    rng.shuffle(doc_ids)
    docs = pd.DataFrame({"doc_id": doc_ids, "outlet": [rng.choice(["A", "B", "", "C"]) for _ in doc_ids]})
    ents = _entities([(rng.choice(doc_ids), f"e{i}", rng.randrange(4), rng.randrange(4, 9), spelling(),
                       rng.choice(["person", "organisation", "group", "team", "crew"]), "",
                       rng.choice(["", "ana", "ana; ruiz", "x; ; y"]), "", rng.randrange(1, 4))
                      for i in range(rng.randrange(0, 60))])
    quotes = _quotes([(rng.choice(doc_ids), rng.choice([spelling(), "Nobody Here", ""]),
                       rng.choice(["direct", "indirect", "scare"])) for _ in range(rng.randrange(0, 40))])
    codebook = rng.choice([None, {"actors": [{"name": "Ana Ruiz", "aliases": ["Ruiz", "A. Ruiz"], "roles": []}]}])
    assert people_rows(ents, quotes, docs, codebook) == _people_rows_by_dict(ents, quotes, docs, codebook)


@pytest.mark.parametrize("corpus", [None, "bridge_story"])
def test_the_people_frame_is_the_rows_as_a_table_dtypes_included(corpus):
    # people_frame builds columns, people_rows dicts: the same table, and the same empty table
    from pathlib import Path

    from corpus_tools.compare.people import people_frame
    from corpus_tools.tables import make_table

    c = load_corpus(None if corpus is None else Path(__file__).resolve().parents[1] / "data" / corpus)
    args = (c.table("entities"), c.table("quotes"), c.table("documents"), c.codebook)
    frame = people_frame(*args)
    assert len(frame) > 0
    pd.testing.assert_frame_equal(frame, make_table("people", people_rows(*args)), check_exact=True)
    empty = (args[0].iloc[:0], args[1].iloc[:0], args[2], args[3])
    pd.testing.assert_frame_equal(people_frame(*empty), make_table("people", people_rows(*empty)), check_exact=True)
