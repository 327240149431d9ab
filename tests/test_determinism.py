"""Same inputs, same bytes: figures, their CSVs and every table, in one process and across processes.

Two renders in one process catch timestamps and counters; two processes with
different ``PYTHONHASHSEED`` values catch anything that follows set or dict
hash order (string hashing is randomised per process). The whole report run
twice is ``benchmarks/check_determinism.py`` (too slow for the test suite).
"""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

import corpus_tools
from corpus_tools.present import plots
from corpus_tools.compare import findings
from corpus_tools.tables import TABLES
from conftest import corpora_under_test, corpus_params

REPO = Path(__file__).resolve().parent.parent

for _name in ("quotes", "citations", "reuse"):  # register their tables if they exist
    try:
        importlib.import_module(f"corpus_tools.{_name}")
    except ModuleNotFoundError:
        pass


def _render_lengths(corpus, folder: Path) -> tuple[Path, Path]:
    plots.use_house_style()
    # as notebooks/00-corpus.ipynb draws it: the title is the computed finding
    fig, data = plots.plot_lengths(findings.lengths_table(corpus), findings.chrome_finding(corpus).title)
    try:
        return plots.save_figure(fig, "length-raw-vs-clean-by-outlet", data, folder)
    finally:
        plt.close(fig)


def test_a_figure_rendered_twice_is_byte_identical(seeds, tmp_path):
    png1, csv1 = _render_lengths(seeds, tmp_path / "a")
    png2, csv2 = _render_lengths(seeds, tmp_path / "b")
    assert png1.read_bytes() == png2.read_bytes()
    assert csv1.read_bytes() == csv2.read_bytes()


def test_the_png_has_no_timestamp_or_version(seeds, tmp_path):
    png, _ = _render_lengths(seeds, tmp_path)
    data = png.read_bytes()
    assert b"tIME" not in data  # PNG modification-time chunk
    assert b"Software" not in data and b"matplotlib version" not in data


def test_the_stored_figure_is_what_the_code_draws(seeds, tmp_path):
    """A fresh clone re-renders figures/length-raw-vs-clean-by-outlet.* to the same bytes."""
    stored = REPO / "figures" / "length-raw-vs-clean-by-outlet.png"
    if not stored.exists():
        pytest.skip("figure not stored yet")
    png, csv = _render_lengths(seeds, tmp_path)
    assert csv.read_bytes() == stored.with_suffix(".csv").read_bytes()
    assert png.read_bytes() == stored.read_bytes()


@pytest.mark.parametrize("folder", corpus_params())
def test_loading_twice_gives_equal_tables(folder):
    first, second = corpus_tools.load_corpus(folder), corpus_tools.load_corpus(folder)
    for name in sorted(TABLES):
        assert first.table(name).equals(second.table(name)), name


# ---------------------------------------------------------------- across processes

_SCRIPT = textwrap.dedent("""
    import hashlib, importlib, json, sys
    import corpus_tools
    from corpus_tools.present import plots
    from corpus_tools.compare import findings
    from corpus_tools.tables import TABLES
    for name in ("quotes", "citations", "reuse"):
        try:
            importlib.import_module("corpus_tools." + name)
        except ModuleNotFoundError:
            pass
    out = {}
    for folder in sys.argv[2:]:
        corpus = corpus_tools.load_corpus(folder)
        for name in sorted(TABLES):
            csv = corpus.table(name).to_csv(index=False, lineterminator="\\n")
            out[f"{corpus.name}/{name}"] = hashlib.sha256(csv.encode()).hexdigest()
    plots.use_house_style()
    fig, data = plots.plot_lengths(findings.lengths_table(corpus_tools.load_corpus()))
    png, csv = plots.save_figure(fig, "lengths", data, sys.argv[1])
    out["figure.png"] = hashlib.sha256(png.read_bytes()).hexdigest()
    out["figure.csv"] = hashlib.sha256(csv.read_bytes()).hexdigest()
    print(json.dumps(out))
""")


def _start(hash_seed: str, folder: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, MPLBACKEND="Agg")
    return subprocess.Popen([sys.executable, "-c", _SCRIPT, str(folder), *map(str, corpora_under_test())],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def _hashes(proc: subprocess.Popen) -> dict[str, str]:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.scale
def test_two_processes_with_different_hash_seeds_give_the_same_bytes(tmp_path):
    procs = [_start("1", tmp_path / "one"), _start("2", tmp_path / "two")]  # side by side: half the wait
    one, two = (_hashes(p) for p in procs)
    assert len(one) > len(TABLES)
    differ = sorted(k for k in one if one[k] != two.get(k))
    assert not differ, f"depend on hash order: {differ}"
