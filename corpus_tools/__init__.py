"""corpus_tools: span-exact comparative media analysis.

Load a corpus of news articles, clean it without losing a character, tag it,
and compare outlets. Every table row that points into text carries
``doc_id``, ``start`` and ``end`` into the document's clean text.

The package has one folder per stage of the pipeline, in the order the data
flows: ``load/`` (bytes -> Document), ``tag/`` (Document -> rows),
``compare/`` (tables across documents), ``present/`` (figures, viewer,
report), with the rules as data in ``codebook/`` and every table declared in
``tables.py``.

>>> from corpus_tools import load_corpus
>>> corpus = load_corpus()            # the embedded seeds
>>> corpus.table("sentences").head()
"""
from .lazy import lazy_exports

__version__ = "0.1.0"

# Public names, imported on first use so `import corpus_tools` stays fast.
_EXPORTS = {
    "AuditError": ".load.audit", "check_document": ".load.audit", "rebuild_raw": ".load.audit",
    "Corpus": ".load.corpus", "Document": ".load.corpus", "load_corpus": ".load.corpus",
    "process_document": ".load.corpus", "seeds_path": ".load.corpus", "validate_corpus": ".load.corpus",
    "iter_documents": ".load.parallel", "open_dataset": ".compare.dataset", "write_dataset": ".compare.dataset",
    "default_codebook": ".codebook", "merge_codebooks": ".codebook",
    "CorpusError": ".errors", "CorpusProblems": ".errors", "DocumentError": ".errors", "ManifestError": ".errors",
    "TABLES": ".tables", "data_dictionary_markdown": ".tables",
    "show": ".present.show", "show_html": ".present.show",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
