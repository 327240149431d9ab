"""corpus-tools init: a starter manifest that validates (manifest.py)."""
from __future__ import annotations

import tomllib

import pytest

import corpus_tools
from corpus_tools.cli import main
from corpus_tools.load.manifest import guess_metadata
from test_extract import PAGE
from conftest import REPO


def test_init_writes_a_manifest_that_validates(tmp_path, capsys):
    page = tmp_path / "src" / "Mayor Story.html"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    seed = REPO / "seeds" / "001_155c69f4b61cf4ba.txt"
    assert main(["init", str(tmp_path / "c"), str(page), str(seed)]) == 0
    manifest = tomllib.loads((tmp_path / "c" / "corpus.toml").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in manifest["documents"]}
    assert set(docs) == {"mayor-story", "001-155c69f4b61cf4ba"}
    assert docs["001-155c69f4b61cf4ba"]["outlet"] == "FreeBase News"  # from "Discover more from FreeBase News"
    assert docs["mayor-story"]["title"] == "Mayor rejects bridge plan"
    assert (tmp_path / "c" / "001_155c69f4b61cf4ba.txt").read_bytes() == seed.read_bytes()
    assert corpus_tools.validate_corpus(tmp_path / "c", allow_incomplete=True) == []
    # what init could not guess is blank, and validate lists every blank
    blanks = corpus_tools.validate_corpus(tmp_path / "c")
    assert blanks and all("blank" in p.problem or "missing" in p.problem for p in blanks)
    assert main(["validate", str(tmp_path / "c")]) == 1
    capsys.readouterr()
    # a second init does not overwrite
    assert main(["init", str(tmp_path / "c"), str(seed)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_init_rejects_unknown_files(tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "a.pdf")]) == 2
    assert "unsupported file type '.pdf'" in capsys.readouterr().err
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "missing.txt")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_init_refuses_two_files_with_one_name(tmp_path, capsys):
    for sub, text in (("s1", "First story. It is long enough."), ("s2", "Second story, not the same.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(text)
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "s1" / "story.txt"), str(tmp_path / "s2" / "story.txt")]) == 2
    assert "has the same file name as" in capsys.readouterr().err
    assert not (tmp_path / "c" / "story.txt").exists()  # nothing copied


def test_init_never_overwrites_a_different_file(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "story.txt").write_text("The article already in the corpus.")
    (tmp_path / "story.txt").write_text("Another article with the same name.")
    assert main(["init", str(tmp_path / "c"), str(tmp_path / "story.txt")]) == 2
    assert "already exists with other content" in capsys.readouterr().err
    assert (tmp_path / "c" / "story.txt").read_text() == "The article already in the corpus."


# ---------------------------------------------------------------- guesses from the document (issue 13)

FULL_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council closes Harbour Bridge for repairs | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Council closes Harbour Bridge for repairs">
<meta property="article:published_time" content="2025-03-12T08:30:00+00:00">
<meta name="author" content="Mary Quinn">
<link rel="canonical" href="https://harbourgazette.example/news/bridge-closure">
</head><body><nav>Home | News</nav><article><h1>Council closes Harbour Bridge for repairs</h1>
<p class="byline">By Mary Quinn</p>
<p>The council said on Tuesday that the Harbour Bridge would close for six weeks of repairs to its deck.</p>
<p>"We have no choice," said Ann Lee, the council leader. Traders on both banks said the closure would cost them dearly.</p>
</article><footer>&copy; 2024 Harbour Gazette. All rights reserved.</footer></body></html>
"""

# No date anywhere but a copyright year: htmldate's extensive search would make that 2024-01-01.
UNDATED_PAGE = """<html><head><title>Ferry fares rise | Harbour Gazette</title>
<link rel="canonical" href="https://harbourgazette.example/news/ferry-fares">
</head><body><article><h1>Ferry fares rise</h1>
<p>Ferry fares will rise next month, the operator said in a statement to passengers on Monday.</p>
<p>Passengers said the rise was too steep for daily commuters who have no other way to cross the harbour.</p>
</article><footer>&copy; 2024 Harbour Gazette. All rights reserved.</footer></body></html>
"""

TEXT_ARTICLE = """Skip to main content

Council Votes Down Riverside Bridge Funding
By Omar Reyes | 12 March 2025

The city council on Tuesday rejected a plan to spend 48 million dollars on a new bridge.

"We cannot ask taxpayers to carry this alone," said Mayor Jane Doe after the vote.
"""

MARKDOWN_ARTICLE = """# Traders count the cost of the bridge closure

Published: March 14, 2025

Shop owners on the east bank said takings fell by a third in the first week.
"""


def _init(tmp_path, files: dict[str, str]) -> tuple[dict, str]:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    assert main(["init", str(tmp_path / "c"), *(str(src / name) for name in files)]) == 0
    written = (tmp_path / "c" / "corpus.toml").read_text(encoding="utf-8")
    return {d["id"]: d for d in tomllib.loads(written)["documents"]}, written


def _line(written: str, doc_file: str, key: str) -> str:
    """The manifest line of ``key`` in the entry for ``doc_file`` (comments included)."""
    entry = written.split(f'file = "{doc_file}"', 1)[1].split("[[documents]]", 1)[0]
    return next(line for line in entry.splitlines() if line.startswith(f"{key} = "))


def test_init_fills_what_an_html_page_states(tmp_path):
    docs, written = _init(tmp_path, {"bridge.html": FULL_PAGE})
    doc = docs["bridge"]
    assert doc["title"] == "Council closes Harbour Bridge for repairs"
    assert doc["outlet"] == "Harbour Gazette"  # og:site_name, not the host name
    assert doc["published"] == "2025-03-12"  # article:published_time, as ISO 8601
    assert doc["url"] == "https://harbourgazette.example/news/bridge-closure"  # the canonical link
    assert doc["byline"] == "Mary Quinn"
    for key in ("title", "outlet", "published", "url", "byline"):
        assert _line(written, "bridge.html", key).endswith("# guessed from the page's metadata: check")


def test_init_never_invents_a_date(tmp_path, capsys):
    docs, written = _init(tmp_path, {"ferry.html": UNDATED_PAGE})
    doc = docs["ferry"]
    assert doc["published"] == ""  # not 2024-01-01 from the copyright line
    assert _line(written, "ferry.html", "published") == 'published = ""  # fill in'
    assert doc["title"] == "Ferry fares rise"
    assert doc["url"] == "https://harbourgazette.example/news/ferry-fares"
    assert doc["outlet"] == ""  # the page names no site: its host name is an address, not an outlet
    assert "harbourgazette.example" in _line(written, "ferry.html", "outlet")  # ... but the comment says where it is
    assert "byline" not in doc  # optional, and not found: no line
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "c")]) == 1
    err = capsys.readouterr()
    reported = err.out + err.err
    assert "'ferry'): published is blank" in reported and "'ferry'): outlet is blank" in reported


def test_init_reads_headline_and_date_line_of_text(tmp_path):
    docs, written = _init(tmp_path, {"harbour-post.txt": TEXT_ARTICLE, "traders.md": MARKDOWN_ARTICLE})
    post, traders = docs["harbour-post"], docs["traders"]
    assert post["title"] == "Council Votes Down Riverside Bridge Funding"  # after the skip link
    assert post["published"] == "2025-03-12"
    assert post["byline"] == "Omar Reyes"
    assert traders["title"] == "Traders count the cost of the bridge closure"  # the markdown # taken off
    assert traders["published"] == "2025-03-14"
    for key in ("title", "published"):
        assert _line(written, "traders.md", key).endswith("# guessed from the text's first lines: check")
    assert _line(written, "traders.md", "outlet") == 'outlet = ""  # fill in'


def test_validate_reports_only_what_stays_blank(tmp_path):
    files = {"bridge.html": FULL_PAGE, "ferry.html": UNDATED_PAGE, "harbour-post.txt": TEXT_ARTICLE, "traders.md": MARKDOWN_ARTICLE}
    docs, _ = _init(tmp_path, files)
    assert corpus_tools.validate_corpus(tmp_path / "c", allow_incomplete=True) == []  # the guesses are valid values
    reported = sorted(p.problem for p in corpus_tools.validate_corpus(tmp_path / "c"))
    blanks = sorted(f"documents entry {n} ({doc_id!r}): {key} is blank (fill it in, or delete the line)"
                    for n, (doc_id, doc) in enumerate(docs.items(), start=1) for key, value in doc.items() if value == "")
    assert blanks == sorted([
        "documents entry 2 ('ferry'): outlet is blank (fill it in, or delete the line)",
        "documents entry 2 ('ferry'): published is blank (fill it in, or delete the line)",
        "documents entry 3 ('harbour-post'): outlet is blank (fill it in, or delete the line)",
        "documents entry 3 ('harbour-post'): url is blank (fill it in, or delete the line)",
        "documents entry 4 ('traders'): outlet is blank (fill it in, or delete the line)",
        "documents entry 4 ('traders'): url is blank (fill it in, or delete the line)",
    ])
    assert reported == sorted(blanks + ["[corpus]: description is blank (fill it in, or delete the line)"])


@pytest.mark.parametrize("line,expected", [
    ("Published: 12 March 2025", "2025-03-12"),
    ("March 12, 2025", "2025-03-12"),
    ("Wednesday, 12th March 2025 at 07:55 am GMT", "2025-03-12"),
    ("2025-03-12T08:30:00+01:00", "2025-03-12"),
    ("Posted on Sept. 4, 2024", "2024-09-04"),
    ("Last updated on March 12th, 2025 at 07:55 am", ""),  # an update, not the publication
    ("Election set for 12 March 2025", ""),  # a headline that mentions a date
    ("The council met on 12 March 2025 and voted to close the bridge for six weeks.", ""),  # a sentence
    ("2025-02-30", ""),  # no such day
])
def test_date_lines(line, expected):
    text = f"Bridge Closes\n{line}\n\nThe council voted on Tuesday to close the bridge.\n"
    assert guess_metadata("a.txt", text.encode())["published"] == expected
