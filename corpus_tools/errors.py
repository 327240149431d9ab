"""Exceptions for bad input.

Every error names the file it is about and the problem, in one line, so the
command line can print ``str(error)`` and exit with status 2 without a
traceback. Nothing is skipped silently: a document that cannot be read raises.
"""
from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """A problem with a corpus folder, its manifest or one of its files.

    ``path`` is the file (or folder) concerned and ``problem`` a short phrase;
    ``str(error)`` is ``"<path>: <problem>"``.
    """

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # rebuilt with its own arguments when a pool worker sends it back
        return (self.__class__, (self.path, self.problem))


class ManifestError(CorpusError):
    """The manifest (``corpus.toml``) is missing, malformed or inconsistent."""


class DocumentError(CorpusError):
    """A document file is missing, empty, binary, undecodable or altered."""


class CorpusProblems(CorpusError):
    """Several problems found at once (raised by validation).

    ``problems`` holds every :class:`CorpusError`; the message is the first one
    plus a count, and :func:`corpus_tools.validate_corpus` returns the list.
    """

    def __init__(self, problems: list[CorpusError]):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first.path, first.problem + more)

    def __reduce__(self):
        return (self.__class__, (self.problems,))
