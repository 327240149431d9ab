"""Quotes and who said them.

* ``marks``        which characters open and close a quotation in this text (curly, straight, single)
* ``attribution``  speech verbs from the codebook, and finding the speaker of a verb
* ``direct``       quoted spans (direct, partial, scare) and the ``quotes`` table
* ``indirect``     reported speech without quotation marks ("X said that ...", "according to X, ...")
"""
from ...lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "document_quotes": ".direct", "quotes_table": ".direct",
    "quote_marks": ".marks", "single_quote_primary": ".marks", "speech_verbs": ".attribution",
})
