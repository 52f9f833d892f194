"""The explorer: one corpus filter, six panels, and a bridge back to code.

:class:`Explorer` builds the corpus' index once (:class:`~akhbar.explore.index.CorpusIndex`,
with a progress bar on a big corpus), then lays out the filter bar
(:class:`~akhbar.explore.filterbar.FilterBar`) above the panels — Words,
Trends, Contexts, Speakers, Topics, Article — as tabs. A filter change
redraws the panel on screen; the others redraw when their tab opens.

From code, the same explorer is driven without clicks:

- ``explorer.select(section=…, source=…, start=…, end=…, query=…)`` sets the
  filter widgets as clicks would (an argument left out: no restriction) and
  applies the filter once;
- ``explorer.look_up(term)`` types ``term`` into Trends and Contexts;
- ``explorer.table(name)`` is the table a panel shows now (``"words"``,
  ``"trends"``, ``"contexts"``, ``"speakers"``, ``"topics"``, and
  ``"keyness"``), computed on demand when the panel is hidden;
- ``explorer.subcorpus`` is the filtered DataFrame.

>>> import akhbar
>>> explorer = Explorer(akhbar.load_corpus("seeds"), out_dir="figures/explore")
>>> explorer.select(query="لروسيا").look_up("روسيا").table("contexts")["match"].tolist()[:3]
['روسيا', 'روسيا', 'روسيا']
>>> explorer.table("speakers")["speaker"].iloc[0], len(explorer.subcorpus)
('دميتري بيسكوف', 1)
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pandas as pd

from akhbar.explore.filterbar import FilterBar
from akhbar.explore.filters import Filter
from akhbar.explore.index import CorpusIndex
from akhbar.explore.panels import PANELS
from akhbar.explore.panels.common import STYLE, note
from akhbar.explore.selection import KeyCache, Selection, resolve_vocabulary

__all__ = ["TABLES", "Explorer"]

#: The names ``Explorer.table`` knows.
TABLES = ("words", "keyness", "trends", "contexts", "speakers", "topics")


class Explorer:
    """Explore ``corpus`` (a DataFrame of :func:`akhbar.load_corpus`, or a
    :class:`~akhbar.explore.index.CorpusIndex` already built) in widgets.

    ``text``: the column(s) words are read from; ``vocabulary``: whose keys
    count the words of a selection — ``"subcorpus"`` (its own, as the
    library computes them), ``"corpus"`` (the whole corpus', instant) or
    ``"auto"`` (the default: its own up to 5,000 articles, the corpus' above;
    see :mod:`akhbar.explore.selection`); ``out_dir``: where the save
    buttons write; ``progress``: a progress bar while indexing (default: for
    2,000 articles or more).
    """

    def __init__(self, corpus: pd.DataFrame | CorpusIndex, *, text="body",
                 vocabulary: str = "auto", out_dir: str | Path = "explore",
                 progress: bool | None = None) -> None:
        self.index = corpus if isinstance(corpus, CorpusIndex) else \
            CorpusIndex.build(corpus, text=text, progress=progress)
        self.vocabulary = resolve_vocabulary(vocabulary, len(self.index))
        self.out_dir = Path(out_dir)
        self.topic_model = None
        self.topic_k = None
        self._keys = KeyCache()
        self._cache: dict = {}
        self.selection = Selection(self.index, Filter(), self._keys, vocabulary=vocabulary)
        self.status = widgets.HTML()
        self.status.add_class("akhbar-status")
        self.bar = FilterBar(self.index, on_change=self._filter_changed)
        self.panels = {kind.name: kind(self) for kind in PANELS}
        self.tabs = widgets.Tab(children=[p.widget for p in self.panels.values()],
                                titles=[p.title for p in self.panels.values()])
        self.tabs.observe(lambda _: self.refresh(), "selected_index")
        self.widget = widgets.VBox([widgets.HTML(STYLE), self.bar.widget, self.status, self.tabs])
        self.widget.add_class("akhbar-explorer")
        self.bar.show_count(self.selection.size, len(self.index))
        self.refresh()

    # -- the bridge to code --------------------------------------------------------

    @property
    def filter(self) -> Filter:
        return self.selection.filter

    @property
    def subcorpus(self) -> pd.DataFrame:
        """The articles that pass the filter (rows of the corpus, its index kept)."""
        return self.selection.frame

    def select(self, *, section=None, source=None, start=None, end=None, query=None) -> Explorer:
        """Set the filter (an argument left out: no restriction) and apply it."""
        self.bar.set(Filter.of(section=section, source=source, start=start, end=end,
                               query=query))
        self._filter_changed()
        return self

    def look_up(self, term: str) -> Explorer:
        """Type ``term`` in the word boxes of Trends and Contexts."""
        trends, contexts = self.panels["trends"], self.panels["contexts"]
        for panel in (trends, contexts):
            panel.typed.immediate = True
        try:
            trends.terms.value = term
            contexts.term.value = term
        finally:
            for panel in (trends, contexts):
                panel.typed.immediate = False
        return self

    def table(self, name: str) -> pd.DataFrame:
        """The table the panel ``name`` shows now (see :data:`TABLES`)."""
        if name not in TABLES:
            raise ValueError(f"no table {name!r}; the explorer has {', '.join(TABLES)}")
        if name == "keyness":
            return self.panels["words"].keyness()
        if name == "topics" and self.topic_model is None:
            self.panels["topics"].fit()
        return self.panels[name].table()

    def show(self, name: str) -> Explorer:
        """Bring the panel ``name`` to the front."""
        self.tabs.selected_index = list(self.panels).index(name)
        return self

    def open_article(self, article, term: str = "") -> Explorer:
        """Show one article (a row number, or an ``article_id``) in the Article tab."""
        row = article if isinstance(article, int | np.integer) else self.row_of(article)
        self.panels["article"].open(int(row), term)
        return self.show("article")

    def row_of(self, article_id) -> int:
        """The row number of an article id."""
        ids = self.index.corpus["article_id"].astype(str).to_numpy()
        found = np.flatnonzero(ids == str(article_id))
        if not len(found):
            raise KeyError(f"no article {article_id!r} in the corpus")
        return int(found[0])

    def output_folder(self) -> Path:
        return self.out_dir

    # -- inside ------------------------------------------------------------------------

    def cached(self, key: tuple, make: Callable):
        """``make()`` once per key; forgotten when the selection changes."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @contextmanager
    def busy(self, what: str):
        self.status.value = note(f"computing {what}…")
        try:
            yield
        except Exception as error:  # a panel shows what went wrong, the others keep working
            self.status.value = note(f"{what}: {type(error).__name__}: {error}")
            raise
        else:
            self.status.value = ""

    def _filter_changed(self) -> None:
        chosen = self.bar.value()
        if chosen == self.selection.filter:
            return
        with self.busy("the selection"):
            self.selection = Selection(self.index, chosen, self._keys,
                                       vocabulary=self.vocabulary)
            self._cache.clear()
        said = "" if chosen.query == "" or self.selection.size else \
            f" (no article has «{chosen.query}»)"
        self.bar.show_count(self.selection.size, len(self.index), said)
        self.refresh()

    def refresh(self, name: str | None = None) -> None:
        """Redraw the panel on screen (if ``name`` is given: only when it is that one)."""
        shown = list(self.panels.values())[self.tabs.selected_index or 0]
        if name is not None and shown.name != name:
            return
        with self.busy(shown.name):
            shown.show()

    # -- display ---------------------------------------------------------------------

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle

    def __repr__(self) -> str:
        return (f"Explorer: {self.selection.size:,} of {len(self.index):,} articles"
                f" ({self.filter})")
