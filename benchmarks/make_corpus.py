"""Make a synthetic corpus of N documents for benchmarks: varied text by default.

Usage::

    .venv/bin/python benchmarks/make_corpus.py N OUT_DIR [--seed 2025] [--recombined]

By default (:func:`make_varied_corpus`) each document is built from body
sentences of every test corpus (the seeds and ``tests/data/*``, many house
styles), each sentence with its longer words replaced by random words of that
vocabulary or by new pseudo-words (30%), so word frequencies have a long
tail as real text does and no per-word cache can hit every time. Quotation
marks, capitals and short function words stay, so quotes and attributions
keep their shape. Outlets are "Outlet A" ... "Outlet H"; no codebook.

With ``--recombined``, the older corpus (:func:`make_corpus`):

Each synthetic document is built from the seeds' clean body paragraphs
(never from the raw captures, so no page chrome is repeated N times):

* a paragraph with a quotation mark in it is copied whole, so every quote
  keeps its opening and closing marks and its attribution ("..., Peskov
  said.") stays next to it;
* a paragraph without one is rebuilt from whole sentences drawn from the
  seeds' quote-free sentences, so documents differ from one another.

Document i gets the outlet of seed document ``i mod 5`` (so outlets stay
balanced), 6 to 24 paragraphs, and a headline line taken from the seeds'
titles. Everything is drawn from ``random.Random(seed)``: the same N and
seed write the same bytes. The manifest carries each file's SHA-256 and the
seeds' own ``[codebook]`` (actors, naming, claim subjects), so quotes,
speakers and claims are tagged as in the seeds.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import corpus_tools  # noqa: E402

QUOTE_MARKS = "\"“”"
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 6, 24


# ---------------------------------------------------------------- a minimal TOML writer

def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # A JSON string is a valid TOML basic string when non-ASCII stays literal
        # (JSON's surrogate-pair escapes are not TOML).
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() else json.dumps(key)


def toml_tables(prefix: str, table: dict) -> list[str]:
    """``table`` under ``[prefix]``: lists of tables as ``[[prefix.key]]``, the rest inline."""
    scalars = {k: v for k, v in table.items() if not (isinstance(v, list) and v and all(isinstance(x, dict) for x in v))}
    arrays = {k: v for k, v in table.items() if k not in scalars}
    lines = []
    if scalars:
        lines.append(f"[{prefix}]")
        lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in scalars.items()]
        lines.append("")
    for key, rows in arrays.items():
        for row in rows:
            lines.append(f"[[{prefix}.{_toml_key(key)}]]")
            lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in row.items()]
            lines.append("")
    return lines


def write_manifest(folder: Path, corpus: dict, documents: list[dict], codebook: dict | None = None) -> Path:
    """Write ``folder/corpus.toml``; read it back to prove it parses to what was meant."""
    import tomllib

    lines = ["# Generated; do not edit by hand.", ""]
    lines += toml_tables("corpus", corpus)
    for doc in documents:
        lines.append("[[documents]]")
        lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in doc.items()]
        lines.append("")
    if codebook:
        lines += toml_tables("codebook", codebook)
    path = folder / "corpus.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    back = tomllib.loads(path.read_text(encoding="utf-8"))
    assert back["documents"] == documents and back.get("codebook", {}) == (codebook or {}), "TOML writer lost data"
    return path


# ---------------------------------------------------------------- the generator

def seed_material(seeds: corpus_tools.Corpus) -> tuple[list[str], list[str], list[str], list[str]]:
    """From the seeds: quoted paragraphs (kept whole), quote-free sentences, titles, outlets."""
    quoted, sentences, titles, outlets = [], [], [], []
    for doc in seeds:
        outlets.append(doc.outlet or doc.doc_id)
        if doc.title:
            titles.append(doc.title)
        for para in doc.paragraphs:
            if para["kind"] != "body":
                continue
            text = doc.clean_text[para["start"] : para["end"]]
            if any(mark in text for mark in QUOTE_MARKS):
                quoted.append(text)
            else:
                sentences += [doc.clean_text[s["start"] : s["end"]] for s in doc.sentences if s["paragraph"] == para["paragraph"]]
    return quoted, sentences, titles or ["Untitled"], outlets


def make_document(rng: random.Random, quoted: list[str], sentences: list[str], title: str) -> str:
    paragraphs = [title]
    for _ in range(rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)):
        if rng.random() < 0.45:
            paragraphs.append(rng.choice(quoted))
        else:
            paragraphs.append(" ".join(rng.sample(sentences, rng.randint(1, 3))))
    return "\n\n".join(paragraphs) + "\n"


def make_corpus(n: int, out: str | Path, seed: int = 2025) -> Path:
    """Write ``n`` synthetic documents and their manifest to ``out``; return the folder."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = corpus_tools.load_corpus()
    quoted, sentences, titles, outlets = seed_material(seeds)
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        text = make_document(rng, quoted, sentences, rng.choice(titles))
        data = text.encode("utf-8")
        name = f"doc{i:06d}.txt"
        (out / name).write_bytes(data)
        entries.append({"id": f"synthetic-{i:06d}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                        "outlet": outlets[i % len(outlets)], "published": f"2025-02-{11 + i % 2:02d}"})
    write_manifest(out, {"name": f"synthetic-{n}", "description": f"{n} documents recombined from the seeds (seed {seed})"},
                   entries, seeds.manifest.get("codebook", {}))
    return out


# ---------------------------------------------------------------- varied text (the default for benchmarks)

WORD = __import__("re").compile(r"[A-Za-z]+")
SYLLABLES = ["ka", "lo", "mer", "an", "dri", "vel", "to", "sun", "bar", "eth", "ik", "or", "pra", "ne", "sol", "ut",
             "gri", "fen", "ma", "dor", "lis", "quo", "ver", "ham", "bel", "tru", "cen", "os", "ri", "wal"]


def all_sentences() -> list[str]:
    """Every body sentence of the seeds and of every corpus under ``tests/data``: many house styles."""
    folders = [None] + sorted(p.parent for p in (REPO / "tests" / "data").glob("*/corpus.toml") if p.parent.name != "hostile")
    out = []
    for folder in folders:
        corpus = corpus_tools.load_corpus(folder)
        for doc in corpus:
            out += [doc.clean_text[s["start"]:s["end"]] for s in doc.sentences if s["kind"] == "body"]
    return out


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))


KEEP_COMMONEST = 250  # the corpora's most frequent words stay: said, told, that, according ...


def shuffle_vocabulary(sentence: str, vocabulary: list[str], rng: random.Random, fresh: float,
                       keep: frozenset[str] = frozenset()) -> str:
    """``sentence`` with every word of 4+ letters not in ``keep`` replaced by a random word: from
    the corpora's vocabulary, or (share ``fresh``) a new pseudo-word, so the vocabulary keeps
    growing with N as real text's does. Capitalisation, punctuation, quotation marks, short words
    and the commonest words (speech verbs among them) stay, so sentences, quotes and
    attributions keep their shape."""
    def swap(m):
        word = m.group(0)
        if len(word) < 4 or word.lower() in keep:
            return word
        new = pseudo_word(rng) if rng.random() < fresh else rng.choice(vocabulary)
        return new.capitalize() if word[0].isupper() else new.lower()
    return WORD.sub(swap, sentence)


def make_varied_corpus(n: int, out: str | Path, seed: int = 2025, fresh: float = 0.3) -> Path:
    """Write ``n`` documents of vocabulary-shuffled sentences from every test corpus (no codebook actors)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sentences = all_sentences()
    from collections import Counter

    counts = Counter(w.lower() for s in sentences for w in WORD.findall(s))
    keep = frozenset(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:KEEP_COMMONEST])
    vocabulary = sorted(w for w in counts if len(w) >= 4 and w not in keep)
    rng = random.Random(seed)
    outlets = [f"Outlet {chr(65 + k)}" for k in range(8)]
    entries = []
    for i in range(n):
        paragraphs = [shuffle_vocabulary(rng.choice(sentences), vocabulary, rng, fresh, keep).rstrip(".")]
        for _ in range(rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)):
            paragraphs.append(" ".join(shuffle_vocabulary(rng.choice(sentences), vocabulary, rng, fresh, keep)
                                       for _ in range(rng.randint(1, 3))))
        data = ("\n\n".join(paragraphs) + "\n").encode("utf-8")
        name = f"doc{i:06d}.txt"
        (out / name).write_bytes(data)
        entries.append({"id": f"varied-{i:06d}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                        "outlet": outlets[i % len(outlets)], "published": f"2025-03-{1 + i % 28:02d}"})
    write_manifest(out, {"name": f"varied-{n}", "description": f"{n} documents of vocabulary-shuffled test-corpus sentences (seed {seed})"},
                   entries)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", help="output folder (created)")
    parser.add_argument("--seed", type=int, default=2025, help="random seed (default: 2025)")
    parser.add_argument("--recombined", action="store_true",
                        help="recombine whole seed sentences (the old corpus: few distinct words, flatters caches)")
    args = parser.parse_args(argv)
    folder = make_corpus(args.n, args.out, args.seed) if args.recombined else make_varied_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} documents to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
