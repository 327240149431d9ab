"""Writing a file atomically: a temporary file in the target's folder, renamed over the target on success.

DESIGN.md (**must**): Ctrl-C or a full disk never destroys an earlier
result. :func:`atomic_path` (and :func:`write_atomic`,
:func:`write_text_atomic`, and :func:`open_atomic` for a file written piece by
piece) writes through a temporary file next to the target (same file system,
so :func:`os.replace` is an atomic rename) and
renames it over the target only when every byte is written and synced; on any
failure, including ``KeyboardInterrupt``, the temporary file is removed and
the old target is left as it was. An ``OSError`` is re-raised with the
target's name as ``filename``, so the command line can say
``FILE: No space left on device``.

A folder of outputs (``corpus-tools report``'s site, ``corpus-tools
dataset``'s tables) is written the same way, one level up: built in a fresh
folder next to the target and swapped in whole (:func:`swap_folder_in`), under
a lock that makes a second writer to the same target refuse at once
(:func:`folder_lock`), and never over a folder of someone else's files
(:func:`replaceable_folder`).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterator


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """The path of a temporary file next to ``target``, renamed over ``target`` when the ``with`` block ends cleanly.

    On any exception (``OSError``, ``KeyboardInterrupt``, ...) the temporary
    file is removed and ``target`` is left as it was; an ``OSError`` is
    re-raised with ``target``'s name as its ``filename``. Cost: one extra
    rename; the data is written once.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, os.fsdecode(target)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb") as fh:  # the bytes reach the disk before the name does
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would surprise; use what open() would give
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, os.fsdecode(target)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` to fill a temporary file, then rename it over ``target`` (see :func:`atomic_path`).

    ``write`` receives the temporary file's path (so a library that wants a
    path, such as ``DataFrame.to_parquet``, can write it). Returns ``target``.
    """
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


@contextlib.contextmanager
def open_atomic(target: str | Path, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO]:
    """A file open for writing whose content replaces ``target`` only when the ``with`` block ends cleanly.

    For writing a stream piece by piece (``corpus-tools export`` writes a
    table chunk by chunk): the pieces go to a temporary file next to
    ``target`` (see :func:`atomic_path`), so a reader of ``target`` sees the
    old file or the complete new one, never half of it. Text files are
    opened with ``newline=""``: what is written is what lands on disk.
    """
    with atomic_path(target) as tmp:
        if binary:
            with open(tmp, "wb") as fh:
                yield fh
        else:
            with open(tmp, "w", encoding=encoding, newline="") as fh:
                yield fh


def write_text_atomic(target: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically (see :func:`write_atomic`)."""

    with open_atomic(target, encoding=encoding) as fh:
        fh.write(text)
    return Path(target)


# ---------------------------------------------------------------- folders: build aside, swap in whole


class FolderBusy(Exception):
    """Another writer holds the lock on the target folder (see :func:`folder_lock`)."""


@contextlib.contextmanager
def folder_lock(out: Path) -> Iterator[None]:
    """Hold ``.<out>.lock`` next to ``out`` for the whole ``with`` block; raise :class:`FolderBusy` at once
    if another process holds it (``fcntl.flock``; where there is no ``fcntl``, on Windows, there is no lock,
    and the swap still keeps the old folder whole)."""
    lock_path = out.parent / f".{out.name}.lock"
    handle = open(lock_path, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:
            pass
        except OSError:
            raise FolderBusy(str(out)) from None
        yield
    finally:
        handle.close()


def replaceable_folder(out: Path, marker: str) -> bool:
    """True when ``out`` may be replaced: missing, empty, or a folder holding ``marker`` (the file this
    package writes into every folder it builds, so it never replaces a folder of other files)."""
    if not out.exists():
        return True
    if not out.is_dir():
        return False
    return (out / marker).exists() or not any(out.iterdir())


def swap_folder_in(new: Path, out: Path) -> None:
    """Put the finished ``new`` folder at ``out`` (same parent folder: two renames); the previous ``out``
    is removed only after the new one is in place, and is put back if anything (Ctrl-C included) stops
    the swap between the two renames. The new folder gets the permissions ``mkdir`` would have given it
    (``tempfile.mkdtemp`` makes it readable by its owner only)."""
    os.chmod(new, 0o777 & ~_umask())
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        if old is not None and not out.exists():
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
