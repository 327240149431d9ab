"""Stage 1, load: raw bytes in, :class:`Document` out, every character accounted for.

Modules, in pipeline order:

* ``corpus``   the manifest, checksums and :func:`load_corpus`; :func:`process_document` is the per-document pipeline
* ``repair``   decoding the bytes and repairing encoding damage (ftfy plus named codebook rules)
* ``extract``  the article text of an HTML page (trafilatura), aligned back to the raw markup
* ``clean``    cutting page chrome by named codebook rules
* ``pieces``   the pieces those stages pass on (raw text and what it became), held as columns
* ``segment``  paragraphs and sentences
* ``audit``    rebuilding the raw text from the clean text and the ``removed``/``repairs`` rows
* ``manifest`` ``corpus-tools init``: a starter ``corpus.toml`` for a folder of articles
* ``parallel`` mapping a per-document function over a process pool; :func:`iter_documents` yields documents without holding them
"""
from ..lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "AuditError": ".audit", "check_document": ".audit", "rebuild_raw": ".audit",
    "Corpus": ".corpus", "Document": ".corpus", "ParagraphRow": ".corpus", "SentenceRow": ".corpus",
    "SegmentTable": ".corpus", "AuditTable": ".corpus", "RemovedRow": ".corpus", "RepairRow": ".corpus",
    "check_corpus": ".corpus", "checked_corpus": ".corpus", "load_corpus": ".corpus", "process_document": ".corpus", "read_manifest": ".corpus",
    "seeds_path": ".corpus", "validate_corpus": ".corpus", "embedded_corpus": ".corpus",
    "init_corpus": ".manifest", "map_documents": ".parallel", "imap_documents": ".parallel", "table_chunks": ".parallel",
    "corpus_table": ".parallel", "per_document_tables": ".parallel", "iter_documents": ".parallel",
    "decode_bytes": ".repair", "repair_text": ".repair", "html_pieces": ".extract", "html_metadata": ".extract",
    "find_cuts": ".clean", "apply_cuts": ".clean", "paragraphs": ".segment", "sentences": ".segment",
})
