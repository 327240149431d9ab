"""The codebook: the rules as TOML data (``*.toml`` in this folder) and the loader that reads them.

See :mod:`corpus_tools.codebook.loader`.
"""
from .loader import Codebook, codebook_problems, default_codebook, merge_codebooks

__all__ = ["Codebook", "codebook_problems", "default_codebook", "merge_codebooks"]
