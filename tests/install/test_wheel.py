"""The wheel holds the whole package, its rules, the seeds and the report's notebooks.

`pip install .` must give a working `corpus-tools` with nothing of the checkout beside
it, so the wheel carries every module of every subpackage, the codebook's TOML files,
the repository's ``seeds/`` at ``corpus_tools/seeds/`` and the notebooks the report runs
at ``corpus_tools/notebooks/`` (copied when the wheel is built; in git they stay where
they are). Built here offline with hatchling, the build backend (in the ``test`` extra),
from the checkout and again from the sdist, which must hold all the wheel needs.
`.ci/install_check.sh` goes further: it installs the wheel with pip and runs it.
"""
from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # see pyproject's markers: `make check` leaves these out

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "corpus_tools"


def build(kind: str, project: Path, out: Path) -> Path:
    """Build a wheel or sdist of ``project`` into ``out`` with hatchling's PEP 517 hooks."""
    out.mkdir(parents=True, exist_ok=True)
    code = f"import hatchling.build as b; print(b.build_{kind}({str(out)!r}))"
    run = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True)
    assert run.returncode == 0, f"hatchling build_{kind} failed:\n{run.stderr[-3000:]}"
    return out / run.stdout.strip().splitlines()[-1]


def contents(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as zf:
        return {name: zf.read(name) for name in zf.namelist() if not name.endswith("/")}


def expected() -> dict[str, bytes]:
    """What the wheel must carry, path -> bytes, from the checkout."""
    want = {}
    for path in PACKAGE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".toml"):
            want[path.relative_to(REPO).as_posix()] = path.read_bytes()
    for path in (REPO / "seeds").iterdir():
        want[f"corpus_tools/seeds/{path.name}"] = path.read_bytes()
    for path in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"):
        want[f"corpus_tools/notebooks/{path.name}"] = path.read_bytes()
    return want


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build("wheel", REPO, tmp_path_factory.mktemp("wheel"))


def test_wheel_carries_package_rules_seeds_and_notebooks(wheel):
    got = contents(wheel)
    want = expected()
    missing = sorted(set(want) - set(got))
    assert not missing, f"not in the wheel: {missing}"
    changed = sorted(name for name in want if got[name] != want[name])
    assert not changed, f"bytes differ from the checkout: {changed}"
    assert "corpus_tools/seeds/corpus.toml" in got and "corpus_tools/codebook/cleaning.toml" in got


def test_wheel_carries_nothing_else(wheel):
    stray = sorted(name for name in contents(wheel)
                   if not (name.startswith("corpus_tools/") or ".dist-info/" in name)
                   or "__pycache__" in name or name.endswith(".pyc"))
    assert not stray, f"unexpected files in the wheel: {stray}"


def test_every_package_folder_is_a_regular_package():
    """importlib.resources and the stage folders' re-exports need an ``__init__.py`` in each."""
    folders = {p.parent for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    folders |= {p.parent for p in PACKAGE.rglob("*.toml")}
    lacking = sorted(str(f.relative_to(REPO)) for f in folders if not (f / "__init__.py").exists())
    assert not lacking, f"folders without __init__.py: {lacking}"


def test_wheel_metadata(wheel):
    files = contents(wheel)
    meta_name = next(n for n in files if n.endswith(".dist-info/METADATA"))
    meta = email.parser.BytesParser().parsebytes(files[meta_name])
    assert meta["Requires-Python"] == ">=3.11"
    requires = meta.get_all("Requires-Dist")
    # trafilatura's justext imports lxml.html.clean, which lxml >= 5.2 no longer carries itself
    assert any(r.replace("_", "-").startswith("lxml[html-clean]") for r in requires), requires
    entry_points = files[meta_name.replace("METADATA", "entry_points.txt")].decode()
    assert "corpus-tools = corpus_tools.cli:main" in entry_points


def test_sdist_builds_the_same_wheel(wheel, tmp_path):
    sdist = build("sdist", REPO, tmp_path / "sdist")
    with tarfile.open(sdist) as tf:
        tf.extractall(tmp_path / "src", **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    (root,) = (tmp_path / "src").iterdir()
    again = build("wheel", root, tmp_path / "wheel")

    def payload(w):
        return {n: b for n, b in contents(w).items() if ".dist-info/" not in n}

    assert payload(again) == payload(wheel)
