"""corpus_tools: span-exact comparative media analysis.

Load a corpus of news articles, clean it without losing a character, tag it,
and compare outlets. Every table row that points into text carries
``doc_id``, ``start`` and ``end`` into the document's clean text.

>>> from corpus_tools import load_corpus
>>> corpus = load_corpus()            # the embedded seeds
>>> corpus.table("sentences").head()
"""
from .audit import AuditError, check_document, rebuild_raw
from .codebook import default_codebook, merge_codebooks
from .corpus import Corpus, Document, load_corpus, process_document, seeds_path, validate_corpus
from .errors import CorpusError, CorpusProblems, DocumentError, ManifestError
from .tables import TABLES, data_dictionary_markdown
from . import claims, frames, keyness, naming, readability, sentiment  # noqa: F401  (register their tables)
from . import citations, quotes, reuse  # noqa: F401  (register quotes, citations, quote_groups, shared_passages)
from .show import show, show_html  # noqa: F401  (the tags drawn over an article's text)

__version__ = "0.1.0"

__all__ = [
    "AuditError", "Corpus", "CorpusError", "CorpusProblems", "Document", "DocumentError",
    "ManifestError", "TABLES", "check_document", "data_dictionary_markdown", "default_codebook",
    "load_corpus", "merge_codebooks", "process_document", "rebuild_raw", "seeds_path", "show", "show_html",
    "validate_corpus",
]
