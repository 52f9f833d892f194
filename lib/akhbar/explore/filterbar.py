"""The filter bar at the top of the explorer: the widgets of a :class:`~akhbar.explore.filters.Filter`.

Sections and sources are lists to choose from (several at once; shown only
when the corpus has them), dates are two date pickers (shown only when the
corpus is dated), and the search box is debounced: the filter is applied
once typing pauses (~300 ms), so keystrokes never queue work. The bar shows
how many articles pass. :meth:`FilterBar.set` puts a filter in the widgets
exactly as clicks would, without applying it once per widget.

>>> from types import SimpleNamespace
>>> from akhbar.explore.index import Facet
>>> index = SimpleNamespace(sections=Facet.of(pd.Series(["رياضة", "اقتصاد"])),
...                         sources=Facet.of(None), published=np.array([], "datetime64[ns]"))
>>> bar = FilterBar(index, on_change=lambda: None)
>>> bar.set(Filter.of(section="رياضة", query="روسيا")).value()
Filter(sections=('رياضة',), sources=(), start=None, end=None, query='روسيا')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import contextmanager

import ipywidgets as widgets
import numpy as np
import pandas as pd

from akhbar.explore.filters import Filter
from akhbar.explore.panels.common import Debouncer, rtl_input

__all__ = ["FilterBar"]


def _choices(description: str, values: list[str], css: str) -> widgets.SelectMultiple:
    box = rtl_input(widgets.SelectMultiple(options=values, value=(), description=description,
                                         rows=min(max(len(values), 2), 5),
                                         layout=widgets.Layout(width="260px")))
    box.add_class(css)
    if not values:
        box.layout.display = "none"
    return box


def _date(value) -> dt.date | None:
    return None if value is None else pd.Timestamp(value).date()


class FilterBar:
    """The widgets of the corpus filter; ``on_change()`` runs when the filter changes."""

    def __init__(self, index, on_change: Callable[[], None]) -> None:
        self.on_change = on_change
        self._quiet = False
        self.sections = _choices("Sections", index.sections.values, "akhbar-filter-sections")
        self.sources = _choices("Sources", index.sources.values, "akhbar-filter-sources")
        dated = index.published[~np.isnat(index.published)]
        self.start = widgets.DatePicker(description="From", layout=widgets.Layout(width="230px"))
        self.end = widgets.DatePicker(description="To", layout=widgets.Layout(width="230px"))
        for picker in (self.start, self.end):
            picker.add_class("akhbar-filter-dates")
            if len(dated) == 0:
                picker.layout.display = "none"
        self.query = rtl_input(widgets.Text(placeholder="روسيا ← وروسيا، لروسيا، بروسيا",
                                          description="Search", continuous_update=True,
                                          layout=widgets.Layout(width="360px")))
        self.query.add_class("akhbar-filter-query")
        self.typed = Debouncer(self._changed)
        self.query.observe(self.typed, "value")
        for box in (self.sections, self.sources, self.start, self.end):
            box.observe(lambda _: self._changed(), "value")
        self.count = widgets.HTML()
        self.count.add_class("akhbar-filter-count")
        self.reset = widgets.Button(description="all articles", icon="undo",
                                    layout=widgets.Layout(width="auto"))
        self.reset.on_click(lambda _: self._reset())
        dates = widgets.VBox([self.start, self.end])
        self.widget = widgets.VBox([
            widgets.HBox([self.sections, self.sources, dates]),
            widgets.HBox([self.query, self.reset, self.count]),
        ])
        self.widget.add_class("akhbar-filter")

    def value(self) -> Filter:
        """The filter the widgets show now."""
        return Filter.of(section=self.sections.value, source=self.sources.value,
                         start=self.start.value, end=self.end.value, query=self.query.value)

    @contextmanager
    def quiet(self):
        """Change several widgets without applying the filter at each change."""
        self._quiet, was = True, self._quiet
        try:
            yield
        finally:
            self._quiet = was

    def set(self, chosen: Filter) -> FilterBar:
        """Show ``chosen`` in the widgets (not applied: the caller applies it once)."""
        for box, values, name in ((self.sections, chosen.sections, "section"),
                                  (self.sources, chosen.sources, "source")):
            unknown = [v for v in values if v not in box.options]
            if unknown:
                raise ValueError(f"no {name} {', '.join(map(repr, unknown))} in the corpus"
                                 f" (its {name}s: {', '.join(box.options) or 'none'})")
        with self.quiet():
            self.typed.cancel()
            self.sections.value = tuple(chosen.sections)
            self.sources.value = tuple(chosen.sources)
            self.start.value = _date(chosen.start)
            self.end.value = _date(chosen.end)
            self.query.value = chosen.query
        return self

    def show_count(self, selected: int, total: int, said: str = "") -> None:
        self.count.value = (f'<span dir="auto"><b class="akhbar-selected">{selected:,}</b>'
                            f' of {total:,} articles{said}</span>')

    def _changed(self) -> None:
        if not self._quiet:
            self.on_change()

    def _reset(self) -> None:
        self.set(Filter())
        self.on_change()
