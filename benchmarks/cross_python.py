"""Same inputs, same tables and figures on every supported Python (3.11, 3.12, 3.13).

    python3 benchmarks/cross_python.py                       # every supported Python found here
    python3 benchmarks/cross_python.py --pythons 3.11,3.13   # only these
    python3 benchmarks/cross_python.py --figures-on 3.13     # tables on all, notebooks on 3.13 only
    python3 benchmarks/cross_python.py --keep /tmp/xp        # keep snapshots, figures, executed notebooks

(`make cross-python` runs the first form.) For each Python it builds or updates that
Python's own venv, ``.venvs/py3.X/``, from uv.lock (``uv sync --frozen``, the pinned uv in
``.tools/``; ``.venv/`` is never touched), then

- saves every table of every test corpus (``benchmarks/table_snapshot.py save``), and
- runs the report's notebooks (``notebooks/NN-*.ipynb``, not the student copy) with
  papermill on a copy, ``FIGURES`` pointed at a scratch folder, on the seeds.

It then compares: every table exactly (values, dtypes, column order; floats bit for bit)
against the first Python's; every figure PNG and CSV byte for byte against the first
Python's and against the committed ``figures/``; and the notebooks' outputs (text, HTML,
images; cells marked ``NBVAL_IGNORE_OUTPUT`` left out, the scratch figures path
normalised). Exit status 0 when all are equal, 1 on any difference (each one named),
2 when it cannot run (fewer Pythons than ``--min-pythons``, no uv).

Runs with any Python 3 (standard library only); the work runs ``--jobs`` processes at a
time (default 2). On a 2-core machine, all three Pythons with every notebook take about five minutes.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SUPPORTED = ("3.11", "3.12", "3.13")
IGNORE_MARK = "NBVAL_IGNORE_OUTPUT"

# Runs in the first Python's venv (it has pandas), from the repository: compare the snapshots
# (table_snapshot.py's Parquet folders) exactly.
COMPARE_TABLES = r"""
import sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, "benchmarks")
from table_snapshot import load
ref_name, ref_path, *others = sys.argv[1:]
ref = load(Path(ref_path))
bad = 0
for i in range(0, len(others), 2):
    name, path = others[i], others[i + 1]
    snap = load(Path(path))
    diff = 0
    for key in sorted(set(ref) | set(snap)):
        if key not in snap or key not in ref:
            print(f"  {name}: {key[0]} / {key[1]}: only in {ref_name if key in ref else name}")
            diff += 1
            continue
        try:
            pd.testing.assert_frame_equal(snap[key], ref[key], check_exact=True)
        except AssertionError as exc:
            print(f"  {name}: {key[0]} / {key[1]} DIFFERS from {ref_name}: {' '.join(str(exc).split())[:300]}")
            diff += 1
    print(f"tables {name}: {len(ref) - diff} of {len(ref)} equal to {ref_name}'s" + (f"; {diff} differ" if diff else ""))
    bad += diff
sys.exit(1 if bad else 0)
"""


def log(msg: str) -> None:
    print(msg, flush=True)


def interpreter(version: str) -> str | None:
    """Path of a working Python ``version`` here: ``pythonX.Y`` on PATH, ``python3``, or pyenv's."""
    # inside a venv (make puts .venv/bin first on PATH), the interpreter the venv was made from
    probe = "import sys; print('%d.%d' % sys.version_info[:2], getattr(sys, '_base_executable', sys.executable))"
    candidates = [f"python{version}", "python3"]
    root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip() if shutil.which("pyenv") else ""
    if root:
        candidates += sorted(glob.glob(f"{root}/versions/{version}.*/bin/python{version}"), reverse=True)
    for cand in candidates:
        try:
            out = subprocess.run([cand, "-c", probe], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        parts = out.stdout.split(maxsplit=1)
        if out.returncode == 0 and len(parts) == 2 and parts[0] == version:
            return parts[1].strip()
    return None


def find_uv() -> str | None:
    pinned = REPO / ".tools" / "bin" / "uv"
    return str(pinned) if pinned.exists() else shutil.which("uv")


def run(cmd: list[str], log_file: Path, env: dict | None = None, cwd: Path = REPO) -> None:
    """Run ``cmd``, its output to ``log_file``; on failure raise with the log's tail."""
    with open(log_file, "a") as fh:
        fh.write("$ " + " ".join(map(str, cmd)) + "\n")
        fh.flush()
        code = subprocess.run(list(map(str, cmd)), stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                              stdin=subprocess.DEVNULL).returncode
    if code:
        tail = "".join(log_file.read_text(errors="replace").splitlines(True)[-15:])
        raise RuntimeError(f"{' '.join(map(str, cmd[:4]))} ... exited {code}; end of {log_file}:\n{tail}")


class Env:
    """One Python's venv and scratch folder."""

    def __init__(self, version: str, exe: str, work: Path):
        self.version, self.exe = version, exe
        self.venv = REPO / ".venvs" / f"py{version}"
        self.work = work / f"py{version}"
        self.tables = self.work / "tables"
        self.figures = self.work / "figures"
        self.executed = self.work / "notebooks"
        self.log = self.work / "log.txt"
        for d in (self.work, self.figures, self.executed, self.work / "tmp", self.work / "ipython"):
            d.mkdir(parents=True, exist_ok=True)

    def environ(self) -> dict:
        env = dict(os.environ)
        env.update(PATH=f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(self.venv),
                   UV_PROJECT_ENVIRONMENT=str(self.venv), UV_PYTHON_DOWNLOADS="never",
                   JUPYTER_PLATFORM_DIRS="1", PYDEVD_DISABLE_FILE_VALIDATION="1",
                   # a private scratch folder (table_snapshot's synthetic corpus) and no user IPython profile
                   TMPDIR=str(self.work / "tmp"), IPYTHONDIR=str(self.work / "ipython"))
        env.pop("PYTHONPATH", None)
        env.pop("CORPUS_TOOLS_SEEDS", None)
        return env

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def sync(self, uv: str) -> None:
        run([uv, "sync", "--frozen", "--all-extras", "--python", self.exe], self.log, self.environ())
        # matplotlib's one-time font-cache notice must not land in a notebook's output
        run([self.python, "-c", "import matplotlib.pyplot"], self.log, self.environ())

    def save_tables(self) -> None:
        run([self.python, REPO / "benchmarks" / "table_snapshot.py", "save", self.tables], self.log, self.environ())

    def run_notebook(self, nb: Path) -> None:
        run([self.python, "-m", "papermill", "--no-progress-bar", "--kernel", "python3", "--cwd", nb.parent,
             nb, self.executed / nb.name, "-p", "FIGURES", str(self.figures)], self.log, self.environ())


def notebooks() -> list[Path]:
    return sorted(p for p in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb") if not p.stem.endswith("-student"))


def notebook_outputs(path: Path, figures: Path) -> list:
    """The outputs a reader sees, cell by cell, comparable across runs."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code" or "injected-parameters" in cell["metadata"].get("tags", []):
            continue
        source = "".join(cell["source"])
        if IGNORE_MARK in source:
            cells.append("<ignored>")
            continue
        outs = []
        for out in cell.get("outputs", []):
            kind = out["output_type"]
            if kind == "stream":
                text = "".join(out["text"])
                if outs and outs[-1][0] == "stream" and outs[-1][1] == out["name"]:
                    outs[-1] = ("stream", out["name"], outs[-1][2] + text)  # one print may arrive in two parts
                else:
                    outs.append(("stream", out["name"], text))
            elif kind in ("execute_result", "display_data"):
                data = {k: ("".join(v) if isinstance(v, list) else json.dumps(v, sort_keys=True))
                        for k, v in out["data"].items()}
                outs.append((kind, json.dumps(data, sort_keys=True)))
            else:
                outs.append((kind, out.get("ename", ""), out.get("evalue", "")))
        cells.append(json.loads(json.dumps(outs).replace(str(figures), "<FIGURES>")))
    return cells


def compare_files(a: Path, b: Path, label_a: str, label_b: str) -> int:
    """Byte-compare every file of two folders; print and count the differences."""
    names_a = {p.name for p in a.iterdir() if p.is_file()}
    names_b = {p.name for p in b.iterdir() if p.is_file()}
    bad = 0
    for name in sorted(names_a ^ names_b):
        print(f"  {name}: only in {label_a if name in names_a else label_b}")
        bad += 1
    for name in sorted(names_a & names_b):
        if (a / name).read_bytes() != (b / name).read_bytes():
            print(f"  {name}: bytes differ between {label_a} and {label_b}")
            bad += 1
    total = len(names_a | names_b)
    print(f"figures {label_a}: {total - bad} of {total} files byte-identical to {label_b}'s" + (f"; {bad} differ" if bad else ""))
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--pythons", default=",".join(SUPPORTED), help="versions to use (default: all supported that exist)")
    ap.add_argument("--figures-on", help="versions whose notebooks are run (default: all of --pythons)")
    ap.add_argument("--min-pythons", type=int, default=2, help="fail (2) with fewer Pythons found (default 2)")
    ap.add_argument("--jobs", type=int, default=2, help="processes at a time (default 2)")
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, kept only on failure)")
    args = ap.parse_args(argv)
    t0 = time.monotonic()

    wanted = [v.strip() for v in args.pythons.split(",") if v.strip()]
    unknown = [v for v in wanted if v not in SUPPORTED]
    if unknown:
        print(f"cross_python: unsupported version(s) {', '.join(unknown)}; supported: {', '.join(SUPPORTED)}", file=sys.stderr)
        return 2
    found = {}
    for v in wanted:
        exe = interpreter(v)
        if exe:
            found[v] = exe
        else:
            log(f"Python {v}: not found (install it to include it)")
    if len(found) < args.min_pythons:
        print(f"cross_python: found {len(found)} of the supported Pythons ({', '.join(found) or 'none'}); "
              f"need {args.min_pythons}: install Python 3.11, 3.12 or 3.13", file=sys.stderr)
        return 2
    figures_on = set(found) if not args.figures_on else {v.strip() for v in args.figures_on.split(",")} & set(found)
    uv = find_uv()
    if not uv:
        print("cross_python: no uv: run `make env` first (it installs the pinned uv in .tools/)", file=sys.stderr)
        return 2

    work = args.keep or Path(tempfile.mkdtemp(prefix="corpus-tools-cross-python-"))
    work.mkdir(parents=True, exist_ok=True)
    envs = [Env(v, exe, work) for v, exe in found.items()]
    nbs = notebooks()
    log(f"Pythons: {', '.join(f'{e.version} ({e.exe})' for e in envs)}; notebooks on {', '.join(sorted(figures_on)) or 'none'}; "
        f"work folder {work}")

    failed = False
    try:
        t = time.monotonic()
        for e in envs:  # one at a time: uv parallelises itself and shares one cache
            e.sync(uv)
        log(f"venvs ready in {time.monotonic() - t:.0f} s: {', '.join(str(e.venv.relative_to(REPO)) for e in envs)}")

        t = time.monotonic()
        units = [(e, "tables", e.save_tables) for e in envs]
        units += [(e, nb.name, lambda e=e, nb=nb: e.run_notebook(nb)) for nb in nbs for e in envs if e.version in figures_on]
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = {pool.submit(fn): (e, what) for e, what, fn in units}
            for fut in concurrent.futures.as_completed(futures):
                e, what = futures[fut]
                try:
                    fut.result()
                except Exception as exc:  # noqa: BLE001 - report every failing unit, then fail
                    failed = True
                    print(f"FAILED {e.version} {what}: {exc}", file=sys.stderr, flush=True)
        log(f"tables and notebooks run in {time.monotonic() - t:.0f} s")
        if failed:
            return 1

        ref = envs[0]
        bad = 0
        if len(envs) > 1:
            cmd = [ref.python, "-c", COMPARE_TABLES, ref.version, ref.tables]
            for e in envs[1:]:
                cmd += [e.version, e.tables]
            bad += subprocess.run(list(map(str, cmd)), env=ref.environ(), cwd=REPO).returncode != 0
        drawn = [e for e in envs if e.version in figures_on]
        for e in drawn:
            if e is not drawn[0]:
                bad += compare_files(e.figures, drawn[0].figures, e.version, drawn[0].version)
            bad += compare_files(e.figures, REPO / "figures", e.version, "committed figures/")
        for e in drawn[1:]:
            differ = 0
            for nb in nbs:
                if notebook_outputs(e.executed / nb.name, e.figures) != notebook_outputs(drawn[0].executed / nb.name, drawn[0].figures):
                    print(f"  {nb.name}: outputs differ (diff {drawn[0].executed / nb.name} {e.executed / nb.name})")
                    differ += 1
            print(f"notebook outputs {e.version}: {len(nbs) - differ} of {len(nbs)} notebooks equal to {drawn[0].version}'s")
            bad += differ
        failed = bad > 0
        log(f"cross_python: {'DIFFERENCES FOUND' if failed else 'tables and figures identical on ' + ', '.join(e.version for e in envs)}"
            f" ({time.monotonic() - t0:.0f} s)")
        return 1 if failed else 0
    except RuntimeError as exc:
        failed = True
        print(f"cross_python: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep is None and not failed:
            shutil.rmtree(work, ignore_errors=True)
        elif failed:
            print(f"cross_python: work folder kept: {work}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
