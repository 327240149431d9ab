"""Loading and cleaning the embedded seeds (corpus.py, clean.py)."""
from __future__ import annotations

import hashlib
import tomllib

import pytest

import corpus_tools
from conftest import REPO

SHARED = REPO.parent / "shared" / "seeds"

# Chrome that must not survive cleaning, per document (from the raw captures).
CHROME = [
    ("real-news-not-bs", "Skip to main content"),
    ("real-news-not-bs", "Already a subscriber?"),
    ("real-news-not-bs", "JOIN THE MOVEMENT"),
    ("real-news-not-bs", "Keep up to date with our latest videos"),
    ("real-news-not-bs", "Zelensky Putin 1"),
    ("real-news-not-bs", "\nKursk\n"),
    ("freebase-news", "Last updated on"),
    ("freebase-news", "Discover more from FreeBase News"),
    ("freebase-news", "Subscribe to get the latest posts"),
    ("freebase-news", "[…]"),
    ("axadle-times", "Russia Dismisses Proposal to Exchange Seized Lands with Ukraine"),
    ("axadle-times", "Edited By Ali Musa"),
    ("axadle-times", "International–Monitoring"),
    ("axadle-times", "uses cookies"),
    ("kyiv-independent", "!["),
    ("kyiv-independent", "GettyImages"),
]

# The first and last words of each article body: cleaning keeps all of the text in between.
BODY_EDGES = [
    ("real-news-not-bs", "The Kremlin has rejected Ukrainian President", "broker a deal that could end the war."),
    ("freebase-news", "Ukrainian President Volodymyr Zelenskyy has floated", "such as rare earth minerals."),
    ("axadle-times", "Russia has swiftly dismissed the notion", "The stakes are higher than ever."),
    ("kyiv-independent", "President Volodymyr Zelensky said he planned", "I want to end this damn thing.\""),
    ("rks-news", "Ukrainian President Volodymyr Zelensky has stated", "U.S.-made Patriot air defense systems."),
]


def test_five_documents_with_metadata(seeds):
    docs = seeds.table("documents").set_index("doc_id")
    assert list(docs.index) == ["real-news-not-bs", "freebase-news", "axadle-times", "kyiv-independent", "rks-news"]
    assert docs.loc["axadle-times", "title"] == "Russia Dismisses Proposal to Exchange Seized Lands with Ukraine"
    assert docs.loc["axadle-times", "byline"] == "Ali Musa"
    assert docs.loc["freebase-news", "updated"] == "2025-03-12"
    assert docs.loc["kyiv-independent", "published"] == "2025-02-11"
    assert (docs["clean_chars"] < docs["raw_chars"]).sum() == 4  # rks-news carries no chrome
    assert (docs["raw_chars"] == docs["raw_text"].str.len()).all()


SEED_FILES = [d["file"] for d in tomllib.loads((REPO / "seeds" / "corpus.toml").read_text(encoding="utf-8"))["documents"]]


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_bytes_untouched(name):
    """The seeds equal the shared originals byte for byte (the manifest's checksums are tested below)."""
    if not SHARED.is_dir():
        pytest.skip("../shared/seeds is not beside this clone; the manifest checksum test still runs")
    assert (REPO / "seeds" / name).read_bytes() == (SHARED / name).read_bytes()


def test_manifest_checksums_match_files():
    manifest = tomllib.loads((REPO / "seeds" / "corpus.toml").read_text(encoding="utf-8"))
    for entry in manifest["documents"]:
        data = (REPO / "seeds" / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]


@pytest.mark.parametrize("doc_id,chrome", CHROME)
def test_chrome_is_removed(seeds, doc_id, chrome):
    assert chrome in seeds[doc_id].raw_text or chrome.strip() in seeds[doc_id].raw_text
    assert chrome not in seeds[doc_id].clean_text


@pytest.mark.parametrize("doc_id,first,last", BODY_EDGES)
def test_body_kept_whole(seeds, doc_id, first, last):
    clean = seeds[doc_id].clean_text
    assert clean.startswith(first)
    assert clean.rstrip().endswith(last)
    # everything between the first and last body words is the raw text's, except repaired characters
    raw = seeds[doc_id].raw_text
    i, j = raw.index(first[:20]), raw.rindex(last[-20:]) + 20
    removed_inside = sum(len(r["text"]) for r in seeds[doc_id].removed if i <= r["raw_start"] < j)
    assert len(clean.strip()) == (j - i) - removed_inside - sum(len(r["before"]) - len(r["after"]) for r in seeds[doc_id].repairs)


def test_every_removed_row_names_a_codebook_rule(seeds):
    codebook = seeds.codebook
    names = {r["name"] for r in codebook["boilerplate"] + codebook["metadata"]} | {codebook["headline"]["name"], "blank_lines"}
    removed = seeds.table("removed")
    assert set(removed["rule"]) <= names
    assert {"skip_link", "paywall_notice", "newsletter_call", "join_call", "cookie_banner", "pingback_excerpt",
            "markdown_image", "caption_leftover", "site_signoff", "updated_line", "byline_edited", "headline_line"} <= set(removed["rule"])


def test_subheadings_stay_as_heading_paragraphs(seeds):
    paras = seeds.table("paragraphs")
    headings = paras[paras.kind == "heading"]
    assert list(headings.text) == ["Missile Strikes on Kyiv and Sumy", "Trump’s Push for a Peace Deal",
                                   "Rare Earth Minerals as a Bargaining Chip"]
    assert set(headings.doc_id) == {"rks-news"}


def test_corpus_lookup_errors(seeds):
    with pytest.raises(KeyError, match="no document 'nope'"):
        seeds["nope"]
    with pytest.raises(KeyError, match="unknown table"):
        seeds.table("nope")


def test_a_few_bad_utf8_bytes_are_repairs_not_a_new_code_page():
    from corpus_tools import check_document
    from corpus_tools.codebook import default_codebook
    from corpus_tools.load.corpus import process_document

    data = ("“We will rebuild,” the mayor said. Café owners agreed.\n" * 20).encode() + b"One bad byte: \x93here.\n"
    doc = process_document({"id": "bad", "file": "bad.txt"}, data, default_codebook())
    assert doc.encoding.startswith("utf-8") and "“We will rebuild,”" in doc.clean_text  # not mac_iceland
    assert doc.raw_text == data.decode("utf-8", errors="replace")  # the bytes, decoded as recorded
    bad = [r for r in doc.repairs if r["rule"].startswith("invalid_utf8")]
    assert len(bad) == 1 and bad[0]["before"] == "\ufffd"
    check_document(doc)  # clean text + removed + repairs rebuild the raw text


def test_the_embedded_corpus_is_loaded_once_and_shared(monkeypatch, tmp_path):
    import shutil

    from corpus_tools.load.corpus import embedded_corpus
    from corpus_tools.present import lesson, show

    first = embedded_corpus()
    assert embedded_corpus() is first and show._default_corpus() is first and lesson._corpus(None) is first
    # another seeds folder (CORPUS_TOOLS_SEEDS) is another corpus, not the cached one
    other = tmp_path / "seeds"
    shutil.copytree(corpus_tools.seeds_path(), other)
    monkeypatch.setenv("CORPUS_TOOLS_SEEDS", str(other))
    assert embedded_corpus() is not first and embedded_corpus() is embedded_corpus()


def test_paragraphs_and_sentences_read_as_rows_kept_as_columns():
    import pickle

    from corpus_tools.load.corpus import ParagraphRow, SegmentTable, SentenceRow, process_document

    text = b"The vote was held today.\nA Short Heading Line Here\nFirst one. Second one.\n\n  Third.  \n"
    doc = process_document({"id": "t", "file": "t.txt"}, text, corpus_tools.default_codebook())
    assert isinstance(doc.sentences, SegmentTable) and len(doc.sentences) == 5 and len(doc.paragraphs) == 4
    second = doc.sentences[2]
    assert type(second) is SentenceRow and type(doc.paragraphs[0]) is ParagraphRow
    start = doc.clean_text.index("First")
    assert dict(second) == {"paragraph": 2, "sentence": 2, "start": start, "end": start + 10, "kind": "body",
                            "doc_id": "t", "text": "First one."}
    assert (second.start, second["end"], second.kind) == (start, start + 10, "body")
    assert [s["text"] for s in doc.sentences] == ["The vote was held today.", "A Short Heading Line Here", "First one.",
                                                  "Second one.", "Third."]
    assert [p["kind"] for p in doc.paragraphs] == ["body", "heading", "body", "body"]
    assert doc.sentences[-1] == doc.sentences[4] and doc.sentences[1:3] == [doc.sentences[1], doc.sentences[2]]
    assert doc.sentences == [dict(s) for s in doc.sentences] and doc.paragraphs != doc.sentences
    with pytest.raises(IndexError):
        doc.sentences[5]
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.sentences[3]["text"] == "Second one."


@pytest.mark.scale  # a memory measurement: `make scale` and CI run it, `make test` leaves it out
def test_many_short_lines_keep_no_row_objects():
    import tracemalloc

    from corpus_tools.load.corpus import process_document

    data = b"".join(b"Word%d more.\n" % k for k in range(10_000))
    codebook = corpus_tools.default_codebook()
    process_document({"id": "t", "file": "t.txt"}, data[:100], codebook)  # first-call set-up
    tracemalloc.start()
    try:
        doc = process_document({"id": "t", "file": "t.txt"}, data, codebook)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(doc.paragraphs) == len(doc.sentences) == 10_000
    # the text (1x) and 22 bytes a line of columns (1.5x): 2.5x; row objects were ~500 bytes a line (33x)
    assert held < 3.5 * len(data)


@pytest.mark.slow  # ~6 s: 60,000 lines under tracemalloc
@pytest.mark.scale  # a memory measurement: `make scale` and CI run it, `make test` leaves it out
def test_loading_lets_the_bytes_go_once_decoded(tmp_path):
    """Short lines: the text and 22 bytes of rows a line; the file's bytes are let go once decoded
    (they were held to the end of the load)."""
    import random
    import tracemalloc

    rng = random.Random(0)
    words = ["".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(1, 3)))
             for _ in range(2000)]
    lines = (" ".join(rng.choice(words) for _ in range(2)).capitalize() + ".\n" for _ in range(60_000))
    data = "".join(lines).encode()
    for folder, content in ((tmp_path / "warm", data[:1000]), (tmp_path / "big", data)):
        folder.mkdir()
        (folder / "a.txt").write_bytes(content)
        (folder / "corpus.toml").write_text('[[documents]]\nid = "a"\nfile = "a.txt"\n', encoding="utf-8")
    corpus_tools.load_corpus(tmp_path / "warm")  # imports and first-call set-up
    tracemalloc.start()
    try:
        corpus = corpus_tools.load_corpus(tmp_path / "big")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(corpus["a"].sentences) == 60_000
    assert peak < 3.8 * len(data), peak / len(data)  # 4.3x before, 3.3x now (the rest: set-up of a load)


def test_a_check_can_keep_digests_instead_of_bytes():
    # the streaming paths (dataset, validate) read each file again, so the check need not hold every file's bytes
    import hashlib

    from corpus_tools.load.corpus import check_corpus, seeds_path

    manifest, kept, problems = check_corpus(seeds_path())
    _, digests, problems_too = check_corpus(seeds_path(), keep_bytes=False)
    assert not problems and not problems_too and len(kept) == len(digests) == len(manifest["documents"])
    for (entry, data), (entry_too, digest) in zip(kept, digests):
        assert entry is not None and entry["id"] == entry_too["id"]
        assert isinstance(data, bytes) and digest == hashlib.sha256(data).hexdigest()
