"""Stage 3, compare: tables across documents and outlets, evaluation, computed findings.

* ``keyness``   words over-represented in one outlet against the others (log-likelihood, Rayson & Garside 2000)
* ``reuse``     the same quote and the same passage in several documents
* ``evaluate``  accuracy of quotes and citations against hand-made gold (``python -m corpus_tools.compare.evaluate``)
* ``people``    one row per person or organisation across the corpus (who speaks, in which outlets)
* ``findings``  per-outlet summaries the notebooks show
* ``dataset``   every table written to Parquet a chunk of documents at a time, for a corpus too large to hold
* ``overview``  per-outlet aggregates from a dataset (the at-scale chapter)
"""
from ..lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "keyness_table": ".keyness", "kwic": ".keyness",
    "quote_groups_table": ".reuse", "shared_passages_table": ".reuse",
    "evaluate": ".evaluate", "Score": ".evaluate", "people_table": ".people",
    "lengths_table": ".findings", "removed_by_rule": ".findings", "repairs_view": ".findings",
    "write_dataset": ".dataset", "open_dataset": ".dataset", "Dataset": ".dataset",
})
