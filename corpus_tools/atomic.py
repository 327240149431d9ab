"""Writing a file atomically: a temporary file in the target's folder, renamed over the target on success.

DESIGN.md (**must**): Ctrl-C or a full disk never destroys an earlier
result. :func:`write_atomic` writes through a temporary file next to the
target (same file system, so :func:`os.replace` is an atomic rename) and
renames it over the target only when every byte is written and synced; on any
failure, including ``KeyboardInterrupt``, the temporary file is removed and
the old target is left as it was. An ``OSError`` is re-raised with the
target's name as ``filename``, so the command line can say
``FILE: No space left on device``.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` to fill a temporary file, then rename it over ``target``.

    ``write`` receives the temporary file's path (so a library that wants a
    path, such as ``DataFrame.to_parquet``, can write it). Returns ``target``.
    Cost: one extra rename; the data is written once.
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
        write(tmp)
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
    return target


def write_text_atomic(target: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically (see :func:`write_atomic`)."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)

    return write_atomic(target, write)
