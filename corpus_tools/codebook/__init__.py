"""The codebook: the rules as TOML data (``*.toml`` in this folder) and the loader that reads them.

See :mod:`corpus_tools.codebook.loader`.
"""
from .loader import (Codebook, CodebookError, Rules, codebook_problems, compile, default_codebook,  # noqa: A004
                     derived_value, merge_codebooks)

__all__ = ["Codebook", "CodebookError", "Rules", "codebook_problems", "compile", "default_codebook", "derived_value",
           "merge_codebooks"]
