"""A corpus loaded and tagged once, handed from ``corpus-tools report`` to its notebooks.

Every chapter of the report is a notebook that starts with
``load_corpus(CORPUS)`` and then asks for the tables it shows. Run one after
another, the chapters would each load and tag the whole corpus again: about
half a second a document in all, over an hour for 10,000 documents. So the
report does that work once, before the first chapter:

1. :func:`load_prepared` loads the corpus and builds every table: the
   documents and their per-document tables in one pass of worker processes
   (``load/parallel.py: load_tagged_corpus``), the cross-document tables
   from those. The tables are kept in the corpus
   (:meth:`Corpus.keep_tables`), exactly as ``corpus.table(name)`` would have
   built them.
2. :func:`write_prepared` pickles that corpus into the report's private
   scratch folder (a fresh temporary directory, readable by this user only).
3. The report names the file in the environment variable :data:`PREPARED_ENV`
   of every notebook kernel it starts. In the kernel, ``load_corpus(folder)``
   calls :func:`prepared_corpus`, which returns the pickled corpus when it
   was made from the same folder with the same manifest, and ``None``
   otherwise (the corpus is then loaded as usual).

Pickle runs code from the file it reads, so a file is read only when it is
what the report wrote: a regular file owned by this user, writable by no one
else, in a folder of this user's that no one else can write to. Anything
else, and the variable is ignored. Outside a report the variable is unset
and nothing here runs.
"""
from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .corpus import Corpus

PREPARED_ENV = "CORPUS_TOOLS_PREPARED"


def load_prepared(path: "str | Path | None", jobs: int | None = 1, progress: bool | None = None) -> "Corpus":
    """The corpus in ``path`` (``None``: the embedded seeds) with every table built and kept in it.

    With ``jobs`` > 1 the documents are loaded and tagged in one pass of
    worker processes (:func:`corpus_tools.load.parallel.load_tagged_corpus`),
    then the cross-document tables are built here, ``quote_groups`` in a
    worker beside them (:func:`corpus_tools.load.parallel.run_beside`); with one job
    everything is built in this process. Either way the tables equal
    ``load_corpus(path)``'s.
    """
    from ..compare.reuse import group_quotes
    from ..tables import TABLES
    from .corpus import load_corpus
    from .parallel import load_tagged_corpus, resolve_jobs, run_beside

    if resolve_jobs(jobs) == 1:
        corpus = load_corpus(path)
        for name in TABLES:
            corpus.table(name)
        return corpus
    corpus = load_tagged_corpus(path, jobs=jobs, progress=progress)
    # quote_groups is the largest cross-document table (about 40% of their time, built one after another
    # while the other core waits) and reads only the quotes table: a worker groups them from that table
    # alone while the other tables are built here. The same function on the same table: the same result.
    with run_beside(group_quotes, corpus.table("quotes")) as quote_groups:
        for name in TABLES:
            if name != "quote_groups":
                corpus.table(name)
        corpus.keep_tables({"quote_groups": quote_groups()})
    return corpus


def write_prepared(corpus: "Corpus", folder: Path) -> Path:
    """Pickle ``corpus`` (with the tables it holds) into ``folder``; returns the file's path.

    ``folder`` must be private to this user (the report's temporary scratch
    folder is); the file is made readable and writable by this user only.
    """
    path = Path(folder) / "prepared-corpus.pickle"
    with open(path, "wb") as fh:
        if hasattr(os, "fchmod"):  # POSIX; elsewhere prepared_corpus never reads the file (no owner to check)
            os.fchmod(fh.fileno(), 0o600)
        pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _private(path: Path) -> bool:
    """Is ``path`` a regular file of this user's that only this user can write, in a folder of the same kind?"""
    uid = os.getuid()
    for p, kind in ((path, stat.S_ISREG), (path.parent, stat.S_ISDIR)):
        try:
            st = os.lstat(p)
        except OSError:
            return False
        if not kind(st.st_mode) or st.st_uid != uid or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return False
    return True


def prepared_corpus(folder: Path, manifest: dict[str, Any]) -> "Corpus | None":
    """The corpus the report prepared for ``folder``, or ``None`` (see the module docstring).

    ``manifest``: the folder's manifest as just read; the prepared corpus is
    used only if it was made from the same folder and an equal manifest.
    """
    name = os.environ.get(PREPARED_ENV)
    if not name or not hasattr(os, "getuid"):
        return None
    path = Path(name)
    if not path.is_absolute() or not _private(path):
        return None
    try:
        with open(path, "rb") as fh:
            corpus = pickle.load(fh)
    except Exception:  # a cache that cannot be read (another package version's, say) is a cache miss
        return None
    if Path(corpus.path).resolve() != Path(folder).resolve() or corpus.manifest != manifest:
        return None
    return corpus
