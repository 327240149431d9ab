"""Every table builder grows at most as N log N in the number of documents (issue 15, item 2).

Varied corpora (``benchmarks/make_corpus.py``: sentences of every test corpus
with their vocabulary shuffled, 30% new pseudo-words) of N and 4N
documents (doubled twice). On each, every table of the registry is built
once (so the tables a builder reads are cached on the corpus), then each
builder function is timed alone, in CPU seconds, as the least of two or three calls, the calls on
the two sizes alternating, with Python's cyclic garbage collector paused during each call as
``timeit`` does (a full collection walks every object of the test process, so one landing in a
single call measured 0.61 s where the builder's own work was 0.14 s: N^1.93 in CI for a
linear builder). The exponent ``b = log(t(4N) / t(N)) / log 4``
must stay under :data:`MAX_EXPONENT`: 1 is linear, N log N gives about 1.1
at these sizes (measured on a quiet machine: 0.8 to 1.1 for every builder),
and a quadratic table (the former pairwise ``shared_passages``, or a
per-document filter of a whole table) gives 2. The bound leaves room for
CPU time measured while ``make test`` runs other workers beside it (CI saw
1.36 and 1.40 for two linear builders once, with the sizes timed one after
the other; alternated, under three CPU hogs, the largest was 1.19).
Builders under :data:`MIN_SECONDS` at 4N are not judged: timer noise rules
there.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import corpus_tools
from conftest import cpu_seconds
from corpus_tools.tables import TABLES

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
import make_corpus  # noqa: E402

N = 24
MAX_EXPONENT = 1.5
MIN_SECONDS = 0.03
REPEATS = 3


def _least_seconds(corpora: dict[int, object]) -> dict[int, dict[str, float]]:
    """CPU seconds of each builder on each corpus: the least of two to :data:`REPEATS` calls.

    The calls on the small and the large corpus alternate, so a change in the
    machine's load (other tests, notebook kernels) weighs on both sizes alike
    rather than on one of them. The garbage collector is paused for each call
    (after a collection), as :mod:`timeit` does, so a collection of the whole
    process never lands in one builder's time."""
    for corpus in corpora.values():
        for name in TABLES:  # every dependency cached first, so each builder is timed for its own work
            corpus.table(name)
    best = {n: {name: math.inf for name in TABLES} for n in corpora}
    for name, spec in TABLES.items():
        build = spec.builder_function()
        for repeat in range(REPEATS):
            for n, corpus in corpora.items():
                best[n][name] = min(best[n][name], cpu_seconds(lambda: build(corpus)))
            if repeat >= 1 and best[max(corpora)][name] > 0.5:  # two calls of half a second are enough
                break
    return best


@pytest.mark.slow
@pytest.mark.scale
def test_every_table_builder_grows_at_most_as_n_log_n(tmp_path):
    corpora = {n: corpus_tools.load_corpus(make_corpus.make_varied_corpus(n, tmp_path / f"n{n}", seed=7))
               for n in (N, 4 * N)}
    times = _least_seconds(corpora)
    judged, too_steep = 0, []
    for name in TABLES:
        small, large = times[N][name], times[4 * N][name]
        if large < MIN_SECONDS:
            continue
        judged += 1
        b = math.log(large / max(small, 1e-6)) / math.log(4)
        if b > MAX_EXPONENT:
            too_steep.append(f"{name}: {small:.3f} s at {N} documents, {large:.3f} s at {4 * N} (N^{b:.2f})")
    assert judged >= 10, times  # the sizes must make most builders measurable, or the test proves nothing
    assert not too_steep, "; ".join(too_steep)
