"""The Trends panel: the share of words per period, like Voyant's Trends.

The user types one or more words (separated by spaces or commas); each
becomes a line: its count per period divided by all counted words of the
period (:func:`akhbar.explore.words.trend_table`, the rows of
``word_counts(subcorpus, by="auto")`` for those words). Every clitic form
counts (روسيا counts وروسيا and لروسيا). Typing is debounced.

>>> TrendsPanel.name
'trends'
"""

from __future__ import annotations

import ipywidgets as widgets

from akhbar.display import rtl_html
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.common import Debouncer, Saver, rtl_box, rtl_input, side_by_side
from akhbar.explore.words import split_terms, trend_table
from akhbar.plot import line_over_time

__all__ = ["TrendsPanel"]


class TrendsPanel(Panel):
    """Terms typed → their share per period of the selection."""

    name = "trends"
    title = "Trends · اتجاهات"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.terms = rtl_input(widgets.Text(placeholder="روسيا، أمريكا، الصين",
                                          description="Words",
                                          continuous_update=True))
        self.terms.add_class("akhbar-trends-terms")
        self.typed = Debouncer(lambda: self.explorer.refresh(self.name))
        self.terms.observe(self.typed, "value")
        self.chart.layout.width = "600px"
        self.rows = rtl_box(widgets.HTML())
        self.saver = Saver(explorer.output_folder, self.saved_view, "Save chart + CSV")
        self.widget.children = [self.terms, self.message,
                                side_by_side(self.chart, self.rows), self.saver.widget]

    def state(self) -> tuple:
        return (self.explorer.selection, tuple(split_terms(self.terms.value)))

    def compute(self) -> Shown:
        terms = split_terms(self.terms.value)
        if not terms:
            return Shown(trend_table(self.explorer.selection, []),
                         "Type one or more words to see their share per period.")
        table = trend_table(self.explorer.selection, terms)
        said = "" if len(table) else "None of these words occurs in the selection."
        if len(table) and table.iloc[:, 0].isna().all():
            said = "The selected articles have no dates."
        return Shown(table, said)

    def make_figure(self, shown: Shown):
        table = shown.table
        return line_over_time(table, x=table.columns[0], y="share", group="term",
                              title="حصة الكلمات", ylabel="share of counted words") \
            if len(table) else None

    def render(self, shown: Shown) -> None:
        self.rows.value = rtl_html(shown.table, max_rows=30) if len(shown.table) else ""
