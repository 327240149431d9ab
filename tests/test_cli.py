"""The command line (cli.py)."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import corpus_tools
from corpus_tools.cli import main


def test_info_lists_every_document(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "corpus kursk-swap-2025: 5 documents"
    assert out[1].startswith("real-news-not-bs") and "Real News Not BS" in out[1]
    assert "Russia Dismisses Proposal" in out[3]


@pytest.mark.parametrize("table", ["documents", "paragraphs", "sentences", "removed", "repairs"])
def test_export_csv_matches_the_table(capsys, seeds, table):
    assert main(["export", table]) == 0
    exported = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
    assert list(exported.columns) == list(seeds.table(table).columns)
    assert len(exported) == len(seeds.table(table))


def test_export_json_and_parquet(tmp_path, seeds):
    assert main(["export", "documents", "--format", "json", "-o", str(tmp_path / "d.json")]) == 0
    records = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in records] == seeds.doc_ids
    assert records[3]["url"].startswith("https://kyivindependent.com/")
    assert main(["export", "sentences", "--format", "parquet", "-o", str(tmp_path / "s.parquet")]) == 0
    assert pd.read_parquet(tmp_path / "s.parquet").equals(seeds.table("sentences"))


@pytest.mark.parametrize("argv,message", [
    (["export", "nope"], "unknown table 'nope'"),
    (["export", "sentences", "--format", "parquet"], "needs -o FILE"),
    (["info", "/no/such/folder"], "corpus folder not found"),
])
def test_usage_mistakes_are_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_tables_markdown_describes_every_column(capsys):
    from corpus_tools import TABLES

    assert main(["tables", "--markdown"]) == 0
    out = capsys.readouterr().out
    for name, spec in TABLES.items():
        assert f"### `{name}`" in out
        for col in spec.columns:
            assert f"| `{col}` |" in out


def test_console_script_and_module_agree():
    script = Path(sys.executable).parent / "corpus-tools"
    a = subprocess.run([str(script), "tables"], capture_output=True, text=True)
    b = subprocess.run([sys.executable, "-m", "corpus_tools", "tables"], capture_output=True, text=True)
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and "sentences:" in a.stdout


# ---------------------------------------------------------------- habits (issue 11)


def _seeds() -> str:
    import corpus_tools

    return str(corpus_tools.seeds_path())


@pytest.mark.parametrize("argv", [
    ["export", "documents", "--format", "csv", "{seeds}"],
    ["export", "--format", "csv", "documents", "{seeds}"],
    ["export", "documents", "{seeds}", "--format", "csv"],
    ["export", "documents", "--corpus", "{seeds}", "--format", "csv"],
])
def test_the_corpus_may_come_anywhere(capsys, argv):
    assert main([a.format(seeds=_seeds()) for a in argv]) == 0
    assert capsys.readouterr().out.startswith("doc_id,")


def test_two_different_corpus_folders_are_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["export", "documents", _seeds(), "--corpus", str(tmp_path)])
    assert info.value.code == 2 and "two corpus folders" in capsys.readouterr().err


@pytest.mark.parametrize("name,check", [
    ("d.json", lambda text: json.loads(text)[0]["doc_id"] == "real-news-not-bs"),
    ("d.jsonl", lambda text: json.loads(text.splitlines()[4])["doc_id"] == "rks-news"),
    ("d.csv", lambda text: text.startswith("doc_id,")),
])
def test_the_output_extension_names_the_format(tmp_path, name, check):
    assert main(["export", "documents", "-o", str(tmp_path / name)]) == 0
    assert check((tmp_path / name).read_text(encoding="utf-8"))


def test_a_format_that_clashes_with_the_extension_is_refused(tmp_path, capsys):
    assert main(["export", "documents", "-o", str(tmp_path / "d.json"), "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert "looks like json but --format is csv" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "d.json").exists()


def test_version(capsys):
    import corpus_tools

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"corpus-tools {corpus_tools.__version__}"


@pytest.mark.slow  # a CLI process
def test_a_broken_pipe_exits_quietly_with_0():
    """`corpus-tools export documents | head -c 100`: the reader stops early; no message, status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "corpus_tools", "export", "documents"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(100).startswith(b"doc_id,")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


@pytest.mark.parametrize("argv", [["--help"], ["tables"], ["export", "--help"], ["validate", "SEEDS"]])
def test_help_tables_and_validate_answer_fast_without_pandas(argv):
    argv = [str(corpus_tools.seeds_path()) if a == "SEEDS" else a for a in argv]
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = children_cpu()
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "corpus_tools", *argv], capture_output=True, text=True)
    cpu = children_cpu() - before
    assert run.returncode == 0
    imported = {line.split("|")[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & {"pandas", "numpy", "trafilatura", "matplotlib"}, sorted(imported & {"pandas", "numpy"})
    # CPU seconds of the command, not wall time: a busy machine (other tests on the other core) must not fail it.
    # About 0.3 s here; -X importtime adds its own cost.
    assert cpu < 1.5, cpu


# ---------------------------------------------------------------- atomic outputs and signals (issue 14)

def test_a_full_disk_keeps_the_old_file_and_names_it(tmp_path, capsys, monkeypatch):
    import errno

    import corpus_tools.atomic as atomic

    target = tmp_path / "quotes.csv"
    target.write_text("the earlier result\n", encoding="utf-8")
    real_open = open

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, text):
            self.fh.write(text[: len(text) // 2])  # half written, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(atomic, "open", lambda path, mode="r", **kw: Full(real_open(path, mode, **kw)) if "w" in mode else real_open(path, mode, **kw),
                        raising=False)
    assert main(["export", "documents", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"corpus-tools: error: {target}: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "the earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.csv"]  # no temporary file left behind


def test_parquet_output_is_atomic_too(tmp_path, monkeypatch, capsys):
    import pandas as pd

    target = tmp_path / "d.parquet"
    target.write_bytes(b"old")

    import pyarrow.parquet as pq

    real_write = pq.ParquetWriter.write_table

    def fail(self, table, *args, **kw):  # the export streams through ParquetWriter: half a file, then Ctrl-C
        real_write(self, table, *args, **kw)
        raise KeyboardInterrupt

    monkeypatch.setattr(pq.ParquetWriter, "write_table", fail)
    assert main(["export", "documents", "-o", str(target)]) == 130
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["d.parquet"]
    assert "interrupted" in capsys.readouterr().err


def _slow_corpus(folder: Path, n: int = 72) -> Path:
    """A corpus that takes several seconds to load: n copies of the seeds' articles."""
    import hashlib

    import corpus_tools

    folder.mkdir()
    seeds = sorted(corpus_tools.seeds_path().glob("0*.txt"))
    lines = []
    for i in range(n):
        src = seeds[i % len(seeds)]
        data = src.read_bytes() * 6
        (folder / f"{i:03d}.txt").write_bytes(data)
        lines.append(f'[[documents]]\nid = "d{i}"\nfile = "{i:03d}.txt"\nsha256 = "{hashlib.sha256(data).hexdigest()}"\n'
                     f'outlet = "Outlet {i % 5}"\npublished = "2025-02-12"\n')
    (folder / "corpus.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def _wait_for_workers(proc: subprocess.Popen, timeout: float = 30) -> None:
    """Return once the CLI's pool has started its workers (Linux lists a process's children in /proc).

    A fixed sleep raced the export on a quiet machine: the whole run could end before the signal came.
    """
    import time

    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        if not children.exists():  # no /proc: the old estimate of when the pool is at work
            time.sleep(4)
            return
        if children.read_text().split():
            time.sleep(0.5)  # the workers have begun their chunks
            return
        time.sleep(0.05)


@pytest.mark.slow  # a CLI process and its worker pool
@pytest.mark.parametrize("sig,code,word,group", [(2, 130, "interrupted", True), (15, 143, "terminated", False)])
def test_a_signal_ends_with_one_line_keeps_the_old_file_and_ends_the_workers(tmp_path, sig, code, word, group):
    import os
    import signal
    import time

    folder = _slow_corpus(tmp_path / "c")
    target = tmp_path / "out.csv"
    target.write_text("the earlier result\n")
    # Ctrl-C's disposition as in a terminal: a test run started in the background (`make test &`, or a CI
    # script's background job) hands its children SIGINT ignored, and a command started so keeps ignoring it.
    proc = subprocess.Popen([sys.executable, "-m", "corpus_tools", "export", "sentences", str(folder), "--jobs", "2", "-o", str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_for_workers(proc)
    assert proc.poll() is None, proc.stderr.read()
    if group:  # Ctrl-C in a terminal reaches the whole process group
        os.killpg(proc.pid, sig)
    else:  # `kill PID`: the parent alone, which must end its workers
        os.kill(proc.pid, sig)
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # a hang is the failure; do not leave the process group running
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    assert proc.returncode == code, err
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and word in lines[0] and "Traceback" not in err.decode()
    assert target.read_text() == "the earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "out.csv"]
    deadline = time.time() + 10
    while time.time() < deadline:  # no worker outlives the parent
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        pytest.fail("worker processes still running after the parent exited")
