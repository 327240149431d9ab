"""Stage 4, present: figures, the tagged-text viewer, the HTML report, the lesson, the README.

* ``plots``   the house style and the figure helpers every notebook uses (PNG + CSV of the plotted values)
* ``show``    an article with its tags drawn over the text (``corpus_tools.show``)
* ``report``  ``corpus-tools report``: run every notebook on a corpus and render HTML
* ``lesson``  the media-literacy lesson's checks and its student version
* ``readme``  regenerate the README's data dictionary from ``corpus_tools/tables.py``
"""
from ..lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "show": ".show", "show_html": ".show", "save_figure": ".plots", "use_house_style": ".plots",
    "build_report": ".report",
})
