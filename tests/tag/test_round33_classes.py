"""Speaker and name classes of the thirty-third round.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.mentions import document_layer

from sentence_tags import speakers  # tests/tag is on sys.path


def _entity_names(text: str) -> set[str]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return {e.name for e in document_layer(doc, cb)[1]}


def test_a_capital_after_a_digit_is_no_initial():
    """Class (bad name, blind set BZ): "temperatures forecast to reach 33C. Newest posts first." made a person
    "C. Newest": the unit letter after the number was read as an initial opening a name."""
    text = ("Heat\n\nThe race was cancelled, with temperatures forecast to reach 33C. Newest posts first.\n\n"
            "Ana Ruiz, a forecaster, said the heat would last until Tuesday.\n")
    names = _entity_names(text)
    assert not any("Newest" in n for n in names)
    assert "Ana Ruiz" in names
    assert speakers(text)["the heat would last until Tuesday"] == "Ana Ruiz"
