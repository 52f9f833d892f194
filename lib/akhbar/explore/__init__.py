"""Explore a corpus by clicking: filter, then words, trends, contexts, speakers, topics.

``akhbar.explore(corpus)`` — this package is callable — returns an
:class:`Explorer`, an ipywidgets app that displays in JupyterLab (and, with
``make explore``, as a Voilà web page). The corpus is indexed once; every
click after that is arithmetic on the index, and every table equals the
library's on the filtered articles.

One concern per module:

- :mod:`~akhbar.explore.matrix` — token counts per article, a sparse matrix;
- :mod:`~akhbar.explore.keys` — what an analyzer says about the tokens, compactly;
- :mod:`~akhbar.explore.index` — the index: matrix, keys, metadata, quotes;
- :mod:`~akhbar.explore.quotes` — the corpus' reporting events as arrays;
- :mod:`~akhbar.explore.filters` — the corpus filter and its mask;
- :mod:`~akhbar.explore.selection` — a filtered subcorpus and its keys;
- :mod:`~akhbar.explore.words`, :mod:`~akhbar.explore.contexts`,
  :mod:`~akhbar.explore.topics`, :mod:`~akhbar.explore.article` — the tables
  and views of the panels, without widgets;
- :mod:`~akhbar.explore.panels` — one module per panel (widgets);
- :mod:`~akhbar.explore.filterbar` and :mod:`~akhbar.explore.app` — the layout;
- :mod:`~akhbar.explore.serve` — the Voilà page of ``make explore``.

>>> import akhbar
>>> explorer = akhbar.explore(akhbar.load_corpus("seeds"))
>>> explorer.select(query="بروسيا").table("words").head(3)
       term  count     share
0     الأمن      7  0.028571
1    الروسي      7  0.028571
2  الأمريكي      5  0.020408
"""

from __future__ import annotations

import sys
import types

__all__ = ["CorpusIndex", "Explorer", "Filter", "explore"]


def explore(corpus, **options):
    """An :class:`Explorer` of ``corpus`` (options as :class:`Explorer`'s)."""
    from akhbar.explore.app import Explorer

    return Explorer(corpus, **options)


def __getattr__(name: str):
    # ipywidgets is imported when the explorer is used, not with akhbar.
    if name == "Explorer":
        from akhbar.explore.app import Explorer

        return Explorer
    if name == "CorpusIndex":
        from akhbar.explore.index import CorpusIndex

        return CorpusIndex
    if name == "Filter":
        from akhbar.explore.filters import Filter

        return Filter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CallableModule(types.ModuleType):
    """``akhbar.explore(corpus)`` and ``akhbar.explore.Explorer(corpus)`` both work."""

    def __call__(self, corpus, **options):
        return explore(corpus, **options)


sys.modules[__name__].__class__ = _CallableModule
