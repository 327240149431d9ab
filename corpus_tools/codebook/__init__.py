"""The codebook: the rules as TOML data (``*.toml`` in this folder) and the loader that reads them.

See :mod:`corpus_tools.codebook.loader`.
"""
from .loader import Codebook, CodebookError, Rules, codebook_problems, compile, default_codebook, merge_codebooks  # noqa: A004

__all__ = ["Codebook", "CodebookError", "Rules", "codebook_problems", "compile", "default_codebook", "merge_codebooks"]
