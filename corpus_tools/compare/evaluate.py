"""Accuracy of the quote and citation tables against hand-made gold rows.

Gold lives in TOML (``tests/data/gold/*.toml``, guidelines in its README):
``[[quote]]`` and ``[[citation]]`` rows with ``doc_id``, ``text`` and an
optional 1-based ``occurrence`` of that text in the document.

Matching criterion: a predicted row matches a gold row of the same document
when their character spans overlap with intersection / union >= 0.5 (the
Jaccard criterion used for span-level evaluation of quote extraction, e.g.
Pareti 2016). Pairs are matched one-to-one, best overlap first. Precision =
matched / predicted, recall = matched / gold, F1 their harmonic mean. Speaker
accuracy is measured over matched quotes: the predicted ``speaker`` equals the
gold one after both are mapped through the corpus codebook's actor names and
aliases (gold "Kremlin" and predicted "Russia" are the same actor); two empty
speakers (anonymous) agree. Predicted ``scare`` rows are left out.

Run ``python -m corpus_tools.evaluate`` to print the numbers for the seeds and
the house-style corpus.
"""
from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

THRESHOLD = 0.5


@dataclass
class Score:
    """Precision, recall, F1 and (for quotes) speaker accuracy of one table."""

    gold: int
    predicted: int
    matched: int
    speaker_correct: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched if self.matched else 0.0


def gold_spans(rows: list[dict], corpus) -> pd.DataFrame:
    """Gold rows with ``start``/``end`` located in the documents' clean text.

    Raises ``ValueError`` naming the row if its text is not found.
    """
    out = []
    for row in rows:
        text = corpus[row["doc_id"]].clean_text
        pos, n = -1, int(row.get("occurrence", 1))
        for _ in range(n):
            pos = text.find(row["text"], pos + 1)
            if pos < 0:
                raise ValueError(f"gold row not found in {row['doc_id']}: {row['text'][:60]!r} (occurrence {n})")
        out.append({**row, "start": pos, "end": pos + len(row["text"])})
    return pd.DataFrame(out)


def load_gold(path: str | Path) -> dict[str, list[dict]]:
    """The gold TOML as ``{"quote": [...], "citation": [...], "scare_quote": [...]}``."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match(pred: pd.DataFrame, gold: pd.DataFrame, threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one matches ``(pred_index, gold_index, overlap)`` with overlap >= threshold."""
    pairs = []
    for gi, g in gold.iterrows():
        for pi, p in pred[pred.doc_id == g["doc_id"]].iterrows():
            o = _iou((p["start"], p["end"]), (g["start"], g["end"]))
            if o >= threshold:
                pairs.append((o, pi, gi))
    used_p, used_g, out = set(), set(), []
    for o, pi, gi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi, o))
    return out


def actor_key(codebook: dict):
    """A function mapping any actor name, alias or role to the canonical name."""
    table = {}
    for a in codebook.get("actors", []):
        for t in [a["name"], *a.get("aliases", []), *a.get("roles", [])]:
            table[t.lower().replace("’", "'")] = a["name"]
    return lambda name: table.get(str(name).lower().replace("’", "'"), str(name))


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame, codebook: dict) -> tuple[Score, pd.DataFrame]:
    """Score a quotes table; also return the gold rows with what matched them (``pred_*`` columns)."""
    pred = pred[pred.kind != "scare"].reset_index(drop=True)
    pairs = match(pred, gold)
    key = actor_key(codebook)
    report = gold.copy()
    report["pred_text"], report["pred_speaker"], report["speaker_ok"] = "", "", False
    correct = 0
    for pi, gi, _ in pairs:
        ok = key(pred.loc[pi, "speaker"]) == key(gold.loc[gi, "speaker"])
        correct += ok
        report.loc[gi, ["pred_text", "pred_speaker", "speaker_ok"]] = [pred.loc[pi, "text"], pred.loc[pi, "speaker"], ok]
    report["matched"] = report.index.isin([gi for _, gi, _ in pairs])
    return Score(len(gold), len(pred), len(pairs), correct), report


def score_citations(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, pd.DataFrame]:
    """Score a citations table (span match only; the report adds type agreement)."""
    pairs = match(pred.reset_index(drop=True), gold)
    report = gold.copy()
    report["matched"] = report.index.isin([gi for _, gi, _ in pairs])
    return Score(len(gold), len(pred), len(pairs)), report


def evaluate(corpus, gold_path: str | Path) -> dict[str, tuple[Score, pd.DataFrame]]:
    """Scores of ``corpus``'s quotes and citations against the gold file."""
    gold = load_gold(gold_path)
    gq = gold_spans(gold.get("quote", []), corpus)
    gc = gold_spans(gold.get("citation", []), corpus)
    return {"quotes": score_quotes(corpus.table("quotes"), gq, corpus.codebook),
            "citations": score_citations(corpus.table("citations"), gc)}


def main(argv: list[str] | None = None) -> int:
    """Print P/R/F1 (and speaker accuracy) for the seeds, the house-style and the held-out corpus."""
    from ..load.corpus import load_corpus, seeds_path

    root = seeds_path().parent
    cases = [("seeds", None, root / "tests/data/gold/seeds.toml"),
             ("house_styles", root / "tests/data/house_styles", root / "tests/data/gold/house_styles.toml"),
             # more_styles was written blind to the rules, measured once (quotes F1 0.795, citations F1 0.634),
             # then used to improve them; heldout is a second blind set, never used for tuning
             ("more_styles", root / "tests/data/more_styles", root / "tests/data/gold/more_styles.toml"),
             ("heldout", root / "tests/data/heldout", root / "tests/data/gold/heldout.toml")]
    for name, folder, gold in cases:
        res = evaluate(load_corpus(folder), gold)
        for table, (s, report) in res.items():
            extra = f"  speaker_acc={s.speaker_accuracy:.3f}" if table == "quotes" else ""
            print(f"{name:13} {table:9} gold={s.gold:3d} pred={s.predicted:3d} matched={s.matched:3d}  "
                  f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}{extra}")
            if name == "heldout":
                continue  # blind set: its misses are not shown, so nobody tunes on them
            for _, r in report[~report.matched].iterrows():
                print(f"    missed: {r['doc_id']}: {r['text'][:70]!r}")
            if table == "quotes":
                for _, r in report[report.matched & ~report.speaker_ok].iterrows():
                    print(f"    wrong speaker: {r['doc_id']}: {r['text'][:50]!r} gold={r['speaker']!r} got={r['pred_speaker']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
