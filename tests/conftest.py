"""Shared fixtures, and a guard that refuses every network connection.

The guard (tests/network_guard.py) is autouse for the whole session: any
attempt of the package (or a library it calls) to reach a non-local address
raises, so a hidden download shows up as a failing test. Notebook kernels get
the same guard through an IPython startup file. Loopback and Unix sockets stay
allowed because Jupyter kernels talk to the test process over them.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

import corpus_tools
import network_guard
from network_guard import NetworkBlocked  # noqa: F401  (tests import it from here)
from offline_kernel import offline_ipython_dir

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

sys.path.insert(0, str(REPO / "benchmarks"))
from scaling import gc_paused  # noqa: E402


def cpu_seconds(call) -> float:
    """CPU seconds of ``call()``, with the cyclic garbage collector paused (``benchmarks/scaling.py``).

    The tests marked ``scale`` compare such times at two sizes: a collection
    of the whole worker's heap landing in one of them would fake a growth.
    """
    with gc_paused():
        start = time.process_time()
        call()
        return time.process_time() - start


def pytest_configure(config):
    # Notebook kernels (nbval) are subprocesses: give them an IPython profile
    # whose startup file installs the same guard (tests/offline_kernel.py).
    if "IPYTHONDIR" not in os.environ:
        os.environ["IPYTHONDIR"] = str(offline_ipython_dir(tempfile.mkdtemp(prefix="corpus-tools-ipython-")))


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Refuse non-local connections for the whole test session."""
    network_guard.install()
    yield
    network_guard.uninstall()


@pytest.fixture(scope="session")
def seeds():
    """The embedded corpus, loaded once."""
    return corpus_tools.load_corpus()


def corpora_under_test() -> list[Path]:
    """Every valid corpus the tests load: the seeds and each folder in tests/data with a manifest."""
    folders = [corpus_tools.seeds_path()]
    folders += sorted(p.parent for p in DATA.glob("*/corpus.toml"))
    return folders


# The corpora a check over "every corpus" runs on in `make test`: the seeds, the house styles (a codebook,
# every quote style), blind set A (no codebook, twelve styles) and the hostile files. The gold sets beyond
# them add minutes, not kinds of text, to an equality check; `make scale` and CI run those too.
CORE_CORPORA = ("seeds", "house_styles", "blind", "hostile")


def corpus_params() -> list:
    """``corpora_under_test()`` as pytest params named by folder, the ones beyond CORE_CORPORA marked ``scale``."""
    return [pytest.param(folder, id=folder.name, marks=() if folder.name in CORE_CORPORA else pytest.mark.scale)
            for folder in corpora_under_test()]


def pytest_collection_modifyitems(session, config, items):
    """Longest files first, so that xdist's workers finish together.

    ``make test`` runs pytest-xdist with ``--dist loadfile`` (a file's tests stay
    on one worker, in order: a notebook's cells must) and ``--no-loadscope-reorder``,
    so workers take whole files in this order, each taking the next when it is
    free. xdist's default order puts the files with the most tests first, which
    leaves the one-test files, among them the 500-example hypothesis test, for the
    end: under a load of 4.6 one worker ran it alone for 10 s after the other had
    finished (on a quiet machine the two orders take the same time, 40-42 s).
    Longest-first is the usual rule for this kind of scheduling: notebooks (a
    kernel plus every cell), then files with a ``slow`` test, then the rest, each
    group in collection order. The sort is stable, so no file's tests change order.
    """
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}

    def group(item) -> int:
        return 0 if item.path.suffix == ".ipynb" else 1 if item.path in slow_files else 2

    items.sort(key=group)
