"""Stage 2, tag: a loaded :class:`~corpus_tools.load.Document` in, table rows out.

Every tagger is a pure per-document function (document + rules in, rows
out) with a corpus-level ``*_table`` builder declared in
``corpus_tools/tables.py``. Modules:

* ``speakers``     names, pronouns and roles that can speak, and resolving them to actors
* ``quotes/``      quotation marks (``marks``), direct and partial quotes (``direct``), reported speech
                   (``indirect``), and the attribution of both to a speaker and a verb (``attribution``)
* ``citations``    sources cited: outlets, agencies, platforms, institutions, anonymous sources, hedges
* ``lexicon``      matching the codebook's word-list rules (naming, frames) over a document's text
* ``naming``       naming choices (one lexicon group per choice)
* ``frames``       Semetko & Valkenburg's (2000) generic news frames
* ``claims``       numeric claims: figures, fractions and dates with what they count
* ``sentiment``    VADER sentence sentiment (Hutto & Gilbert 2014), narration vs quotes, near actors
* ``readability``  textstat's readability formulas on each body
"""
from ..lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "document_quotes": ".quotes.direct", "quotes_table": ".quotes.direct",
    "document_citations": ".citations", "citations_table": ".citations",
    "document_naming": ".naming", "naming_table": ".naming", "term_counts": ".naming",
    "document_frame_hits": ".frames", "frame_hits_table": ".frames", "frames_table": ".frames",
    "frames_by_outlet": ".frames",
    "document_claims": ".claims", "claims_table": ".claims", "side_by_side": ".claims",
    "document_sentiment": ".sentiment", "sentiment_table": ".sentiment", "score": ".sentiment",
    "document_readability": ".readability", "readability_table": ".readability",
})
