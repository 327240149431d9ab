"""A corpus is confined to its folder (DESIGN.md, **must**; issue 14 item 1).

Each hostile manifest entry (absolute paths, ``..``, symlinks pointing out,
``/proc``, a device, a FIFO, a folder) is built in a temporary folder next to a
good document. Each must give a one-line error naming the manifest entry, in
``validate`` and in ``export`` (exit 2), and an audit hook on ``open``
(``sys.addaudithook``) proves that no file outside the corpus folder is opened.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools.cli import main

GOOD = "The council voted on Tuesday. \u201cIt is a good budget,\u201d the mayor said.\n".encode()
SECRET = b"root:x:0:0:secret outside the corpus\n"

_OPENED: list[str] = []
_RECORDING = [False]


def _hook(event, args):
    if event == "open" and _RECORDING[0] and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_hook)  # cannot be removed; records only while a test turns it on

# id -> how to make the entry's file (given corpus folder and the outside folder); returns the manifest's file value
HOSTILE = {
    "absolute-etc-passwd": lambda c, out: "/etc/passwd",
    "absolute-outside": lambda c, out: str(out / "secret.txt"),
    "dotdot": lambda c, out: "../outside/secret.txt",
    "dotdot-deep": lambda c, out: "../../../../../../etc/passwd",
    "proc-self": lambda c, out: "/proc/self/status",
    "symlink-out": lambda c, out: (os.symlink(out / "secret.txt", c / "link.txt"), "link.txt")[1],
    "symlink-proc": lambda c, out: (os.symlink("/proc/self/status", c / "proc.txt"), "proc.txt")[1],
    "symlink-dev": lambda c, out: (os.symlink("/dev/zero", c / "zero.txt"), "zero.txt")[1],
    "symlinked-folder": lambda c, out: (os.symlink(out, c / "sub"), "sub/secret.txt")[1],
    "fifo": lambda c, out: (os.mkfifo(c / "pipe.txt"), "pipe.txt")[1],
    "folder": lambda c, out: ((c / "dir.txt").mkdir(), "dir.txt")[1],
}


def hostile_corpus(tmp_path: Path, ids: list[str]) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD)
    entries = [f'[[documents]]\nid = "good"\nfile = "good.txt"\nsha256 = "{hashlib.sha256(GOOD).hexdigest()}"\n'
               'outlet = "Good Gazette"\npublished = "2025-02-12"\n']
    for doc_id in ids:
        fname = HOSTILE[doc_id](folder, outside)
        entries.append(f'[[documents]]\nid = "{doc_id}"\nfile = "{fname}"\noutlet = "Bad Bugle"\npublished = "2025-02-12"\n')
    (folder / "corpus.toml").write_text("\n".join(entries), encoding="utf-8")
    return folder, outside


def _outside_opens(folder: Path, outside: Path) -> list[str]:
    targets = {"/etc/passwd", "/proc/self/status", "/dev/zero", str(outside / "secret.txt")}
    root = str(folder.resolve())
    bad = []
    for path in _OPENED:
        real = os.path.realpath(path)
        if real in targets or path in targets or real.startswith(str(outside.resolve())) or real.startswith("/proc"):
            bad.append(path)
        elif not real.startswith(root) and not real.startswith((sys.prefix, sys.base_prefix, "/usr", str(Path(corpus_tools.__file__).parent))):
            bad.append(path)
    return bad


def test_validate_names_every_hostile_entry_and_opens_nothing_outside(tmp_path, capsys):
    folder, outside = hostile_corpus(tmp_path, sorted(HOSTILE))
    corpus_tools.validate_corpus(corpus_tools.seeds_path())  # warm up: imports open their own files
    _OPENED.clear()
    _RECORDING[0] = True
    try:
        problems = corpus_tools.validate_corpus(folder, allow_incomplete=True)
        code = main(["validate", str(folder)])
    finally:
        _RECORDING[0] = False
    assert _outside_opens(folder, outside) == []
    assert code == 1
    text = [str(p) for p in problems]
    for doc_id in HOSTILE:
        assert any(repr(doc_id) in line for line in text), f"{doc_id} not reported: {text}"
    assert all("\n" not in line for line in text)
    assert len(problems) == len(HOSTILE), text
    err = capsys.readouterr().err
    assert "Traceback" not in err


@pytest.mark.parametrize("doc_id", sorted(HOSTILE))
def test_export_refuses_each_hostile_entry_in_one_line(tmp_path, capsys, doc_id):
    folder, outside = hostile_corpus(tmp_path, [doc_id])
    main(["export", "documents", str(corpus_tools.seeds_path())])  # warm up the imports
    capsys.readouterr()
    _OPENED.clear()
    _RECORDING[0] = True
    try:
        code = main(["export", "documents", str(folder)])
    finally:
        _RECORDING[0] = False
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and repr(doc_id) in lines[0], lines
    assert SECRET.decode().strip() not in err
    assert _outside_opens(folder, outside) == []


def test_a_symlink_inside_the_folder_is_fine(tmp_path):
    folder, _ = hostile_corpus(tmp_path, [])
    os.symlink("good.txt", folder / "alias.txt")
    text = (folder / "corpus.toml").read_text() + (
        f'\n[[documents]]\nid = "alias"\nfile = "alias.txt"\nsha256 = "{hashlib.sha256(GOOD).hexdigest()}"\n'
        'outlet = "Good Gazette"\npublished = "2025-02-13"\n')
    (folder / "corpus.toml").write_text(text)
    assert corpus_tools.validate_corpus(folder) == []
    assert corpus_tools.load_corpus(folder).doc_ids == ["good", "alias"]
