"""The audit trail: rebuild the raw text from the clean text and its tables.

The invariant (DESIGN.md, **must**): for every document, the clean text plus
the ``removed`` rows (raw characters cut, with where they stood) plus the
``repairs`` rows (what a repair changed) give back the raw text exactly.
:func:`rebuild_raw` does it from the rows alone, walking both texts in step,
and checks each row's clean offsets on the way, so a wrong offset fails too.
"""
from __future__ import annotations

from typing import Iterable, Mapping


class AuditError(AssertionError):
    """The rows do not rebuild the raw text."""


def rebuild_raw(clean_text: str, removed: Iterable[Mapping], repairs: Iterable[Mapping]) -> str:
    """The raw text, rebuilt from ``clean_text`` and the two tables' rows."""
    events = [("remove", r) for r in removed] + [("repair", r) for r in repairs]
    # In text order; at one raw offset a removal (no clean width) comes before
    # an insertion made there, which is how the pieces were laid down.
    events.sort(key=lambda e: (e[1]["raw_start"], e[1]["start"], e[0] == "repair", e[1]["raw_end"]))
    out: list[str] = []
    raw_pos = clean_pos = 0
    for kind, row in events:
        gap = row["raw_start"] - raw_pos
        if gap < 0:
            raise AuditError(f"overlapping rows at raw offset {row['raw_start']}")
        out.append(clean_text[clean_pos : clean_pos + gap])
        clean_pos += gap
        if kind == "remove":
            if row["start"] != clean_pos:
                raise AuditError(f"removed row at raw {row['raw_start']} says clean offset {row['start']}, walk is at {clean_pos}")
            out.append(row["text"])
            raw_pos = row["raw_start"] + len(row["text"])
        else:
            if row["start"] != clean_pos or clean_text[row["start"] : row["end"]] != row["after"]:
                raise AuditError(f"repair row at raw {row['raw_start']} does not match the clean text at {row['start']}")
            out.append(row["before"])
            clean_pos = row["end"]
            raw_pos = row["raw_start"] + len(row["before"])
        if raw_pos != row["raw_end"]:
            raise AuditError(f"row at raw {row['raw_start']} has raw_end {row['raw_end']}, text says {raw_pos}")
    out.append(clean_text[clean_pos:])
    return "".join(out)


def check_document(doc) -> None:
    """Raise :class:`AuditError` unless ``doc``'s rows rebuild its raw text."""
    rebuilt = rebuild_raw(doc.clean_text, doc.removed, doc.repairs)
    if rebuilt != doc.raw_text:
        at = next((i for i, (a, b) in enumerate(zip(rebuilt, doc.raw_text)) if a != b), min(len(rebuilt), len(doc.raw_text)))
        raise AuditError(f"{doc.doc_id}: rebuilt raw text differs from the file at character {at}")
