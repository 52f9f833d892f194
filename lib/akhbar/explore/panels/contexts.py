"""The Contexts panel: keyword in context, right to left, sortable, page by page.

A term typed (debounced) gives every occurrence in the selection
(:func:`akhbar.explore.contexts.context_table`, the rows of
:func:`akhbar.kwic` on the selection), shown as lines whose words *before*
the match stand on its right and the words after it on its left, matches
aligned in the middle. The rows can be sorted by the first, second or third
word before or after the match (AntConc's sort levels) and are shown
:data:`PAGE` at a time; each row's button opens its article, the match marked.

>>> ContextsPanel.name, len(SORT_CHOICES)
('contexts', 8)
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from akhbar.explore.contexts import CONTEXT_COLUMNS, context_table, sort_contexts
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.common import Debouncer, RowList, Saver, kwic_line, rtl_box, rtl_input

__all__ = ["PAGE", "SORT_CHOICES", "ContextsPanel"]

#: Rows shown per page.
PAGE = 25
#: The sort menu: label → level of :func:`akhbar.explore.contexts.sort_contexts`.
SORT_CHOICES = [
    ("corpus order", "corpus"), ("the match", "match"),
    ("1st word before (right)", "before 1"), ("2nd word before", "before 2"),
    ("3rd word before", "before 3"), ("1st word after (left)", "after 1"),
    ("2nd word after", "after 2"), ("3rd word after", "after 3"),
]


class ContextsPanel(Panel):
    """Keyword in context for a term typed by the user."""

    name = "contexts"
    title = "Contexts · سياقات"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.term = rtl_input(widgets.Text(placeholder="روسيا، وزير الخارجية",
                                         description="Term", continuous_update=True))
        self.term.add_class("akhbar-contexts-term")
        self.typed = Debouncer(lambda: self._changed())
        self.term.observe(self.typed, "value")
        self.sort = widgets.Dropdown(options=SORT_CHOICES, value="corpus", description="Sort by")
        self.sort.observe(lambda _: self._changed(), "value")
        self.page = 0
        self.count = widgets.HTML()
        self.count.add_class("akhbar-kwic-status")
        self.previous = widgets.Button(description="previous", icon="arrow-right")
        self.next = widgets.Button(description="next", icon="arrow-left")
        self.previous.on_click(lambda _: self._turn(-1))
        self.next.on_click(lambda _: self._turn(+1))
        self.lines = RowList(PAGE, self._open)
        self.lines.widget.add_class("akhbar-kwic")
        self.saver = Saver(explorer.output_folder, self.saved_view, "Save CSV")
        pager = rtl_box(widgets.HBox([self.previous, self.count, self.next]))
        self.widget.children = [widgets.HBox([self.term, self.sort]), self.message, pager,
                                self.lines.widget, self.saver.widget]

    def _changed(self) -> None:
        self.page = 0
        self.explorer.refresh(self.name)

    def _turn(self, step: int) -> None:
        pages = max(1, -(-len(self.table()) // PAGE))
        self.page = min(max(self.page + step, 0), pages - 1)
        self._drawn_state = None
        self.show()

    def state(self) -> tuple:
        return (self.explorer.selection, self.term.value.strip(), self.sort.value)

    def compute(self) -> Shown:
        term = self.term.value.strip()
        empty = pd.DataFrame(columns=CONTEXT_COLUMNS)
        if not term:
            return Shown(empty, "Type a word or a phrase: every clitic form is found.")
        selection = self.explorer.selection
        try:
            table = context_table(selection.index, selection.keys(stopwords=False), term,
                                  selection.mask)
        except ValueError as error:
            return Shown(empty, str(error))
        return Shown(sort_contexts(table, self.sort.value))

    def render(self, shown: Shown) -> None:
        table = shown.table
        articles = table["article_id"].nunique() if len(table) else 0
        start = self.page * PAGE
        page = table.iloc[start:start + PAGE]
        self.count.value = (
            f'<span dir="auto"><b class="akhbar-kwic-count">{len(table)}</b> matches in '
            f'{articles} articles · rows {start + 1 if len(page) else 0}–{start + len(page)}</span>')
        corpus = self.explorer.index.corpus
        titles = [str(corpus["title"].iloc[r]) if "title" in corpus.columns else ""
                  for r in page["row"]]
        self.lines.show([kwic_line(b, m, a) for b, m, a in
                         zip(page["before"], page["match"], page["after"], strict=True)],
                        list(page["row"]), [html.unescape(t) for t in titles])
        self.previous.disabled = self.page == 0
        self.next.disabled = start + PAGE >= len(table)

    def _open(self, row) -> None:
        self.explorer.open_article(int(row), term=self.term.value.strip())
