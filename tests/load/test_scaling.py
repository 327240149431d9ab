"""Every loading stage runs in linear time on worst-case inputs (``benchmarks/scaling.py``, small sizes).

Each input (one line without punctuation, many short lines, an HTML page
whose article is one paragraph full of entities, a line full of unbalanced
quotation marks) is loaded at two sizes a factor 4 apart. Each stage's CPU
time is the least of three loads, and the exponent ``log(t2 / t1) / log 4``
must stay under 1.3 (1 is linear, 2 quadratic: the former alignment and
sentence splitter were far above). A stage under 20 ms at the larger size is
not judged: timer noise rules there.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
import scaling  # noqa: E402

MAX_EXPONENT = 1.3
REPEATS = 3
MIN_SECONDS = 0.02
# Sizes in bytes per input: the larger one takes a fraction of a second to load.
SIZES = {"oneline": 40_000, "lines": 40_000, "html": 40_000, "quotes": 40_000}


def _least_times(folder: Path) -> dict[str, float]:
    runs = [scaling.measure(folder) for _ in range(REPEATS)]
    return {stage: min(run[stage][0] for run in runs) for stage in scaling.STAGES}


@pytest.mark.parametrize("kind", sorted(SIZES))
def test_every_stage_is_linear(kind, tmp_path):
    scaling.write_corpus(kind, 5_000, tmp_path / "warm")
    scaling.measure(tmp_path / "warm")  # imports and first-call set-up, untimed
    sizes, times = [], []
    for factor in (1, 4):
        folder = tmp_path / f"x{factor}"
        sizes.append(scaling.write_corpus(kind, SIZES[kind] * factor, folder))
        times.append(_least_times(folder))
    ratio = sizes[1] / sizes[0]
    report = {stage: (round(times[0][stage], 4), round(times[1][stage], 4)) for stage in scaling.STAGES}
    for stage in scaling.STAGES:
        if stage in ("rest", "total") or times[1][stage] < MIN_SECONDS:
            continue
        b = math.log(max(times[1][stage], 1e-9) / max(times[0][stage], 1e-9)) / math.log(ratio)
        assert b <= MAX_EXPONENT, f"{kind}: {stage} grows as size^{b:.2f} (CPU s at {sizes}: {report})"


def test_the_exponent_fit():
    assert scaling.exponent([1, 4, 16], [2, 8, 32]) == pytest.approx(1)
    assert scaling.exponent([1, 4, 16], [1, 16, 256]) == pytest.approx(2)
