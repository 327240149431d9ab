"""Speaker classes of the thirteenth tuning round (general mechanisms; the rows that showed them are in the
tunable gold sets).

Every sentence here is invented for the test (no text of the gold articles): other names, places and trades
than the rows that showed each class. Each test's docstring names the failure class it guards.
"""
from __future__ import annotations

from sentence_tags import speakers  # tests/tag is on sys.path

from corpus_tools.tag.speakers import find_mentions, resolve_phrase


class _NoScan(list):
    """A mention list that may be bisected and sliced but not walked from end to end."""

    def __iter__(self):
        raise AssertionError("the whole mention list was scanned")


def test_an_owned_document_finds_its_owner_without_scanning_every_mention():
    """Class (linear time): "according to the ministry's own projections" looked at every mention of the
    document for the owner, once per phrase; the owner's mentions are found by bisection of the sorted list."""
    from corpus_tools import default_codebook
    cb = default_codebook()
    text = ("Harlow Water Board said prices would rise. According to the Harlow Water Board's own projections, "
            "bills will double by 2030.")
    mentions = find_mentions(text, cb)
    s = text.index("the Harlow Water Board's own projections")
    e = s + len("the Harlow Water Board's own projections")
    got = resolve_phrase(text, s, e, _NoScan(mentions), cb, lambda pos, gender: "", first_named=0)
    assert got[0] == "Harlow Water Board"


def test_an_owned_document_speaks_for_its_owner():
    """Guard of the class above: the owned document's owner is still the speaker in a whole document."""
    text = ("The Pellworth Transport Authority approved the plan.\n\n"
            "According to the Pellworth Transport Authority's own estimates, the tunnel will pay for itself by 2040.")
    assert speakers(text)["the tunnel will pay for itself by 2040"] == "Pellworth Transport Authority"
