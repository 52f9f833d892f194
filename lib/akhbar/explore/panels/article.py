"""The Article panel: one article in full, right to left, matches and quotes marked.

Opened from a row of Contexts, Speakers or Topics (or
``explorer.open_article(article_id)``). The term's matches are those
:func:`akhbar.kwic` finds in this article (the term of the Contexts box, else
the search of the filter); each reporting event is shaded in its speaker's
colour (:func:`akhbar.explore.article.article_html`).

>>> ArticlePanel.name
'article'
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from akhbar.explore.article import article_html
from akhbar.explore.contexts import matches_in
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.common import Saver, note, rtl_box

__all__ = ["ArticlePanel"]


class ArticlePanel(Panel):
    """The full text of the article opened last."""

    name = "article"
    title = "Article · المقال"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.row: int | None = None
        self.term = ""
        self.text = rtl_box(widgets.HTML(note("Open an article from Contexts, Speakers or"
                                              " Topics.")))
        self.text.add_class("akhbar-article-view")
        self.saver = Saver(explorer.output_folder, self._saved, "Save its quotes CSV")
        self.widget.children = [self.message, self.text, self.saver.widget]

    def open(self, row: int, term: str = "") -> None:
        self.row, self.term = row, term
        self._drawn_state = None

    def state(self) -> tuple:
        return (self.row, self.term, self.explorer.selection)

    def compute(self) -> Shown:
        if self.row is None:
            return Shown(pd.DataFrame())
        corpus = self.explorer.index.corpus
        return Shown(corpus.iloc[[self.row]])

    def _matches(self, body: str) -> list[tuple[int, int]]:
        term = self.term or self.explorer.filter.query
        if not term:
            return []
        selection, index = self.explorer.selection, self.explorer.index
        keys = selection.keys(stopwords=False) if selection.mask[self.row] \
            else index.keys(stopwords=False)
        return matches_in(index, keys, term, self.row, body)

    def _quotes(self) -> list[tuple[int, int, str]]:
        quotes = self.explorer.index.quotes
        events = quotes.in_rows(self.row)
        return list(zip(quotes.start[events].tolist(), quotes.end[events].tolist(),
                        quotes.speakers[quotes.speaker[events]].tolist(), strict=True))

    def quotes_table(self) -> pd.DataFrame:
        """The reporting events of the open article: ``[speaker, kind, statement, start, end]``."""
        columns = ["speaker", "kind", "statement", "start", "end"]
        if self.row is None:
            return pd.DataFrame(columns=columns)
        quotes = self.explorer.index.quotes
        events = quotes.in_rows(self.row)
        return pd.DataFrame({"speaker": quotes.speakers[quotes.speaker[events]],
                             "kind": [quotes.kinds[k] for k in quotes.kind[events]],
                             "statement": quotes.statement.take(events).to_pylist(),
                             "start": quotes.start[events], "end": quotes.end[events]})

    def _saved(self) -> tuple:
        article = "" if self.row is None else str(self.explorer.index.corpus["article_id"]
                                                   .iloc[self.row])
        return None, self.quotes_table(), f"explore_article_{article}"

    def render(self, shown: Shown) -> None:
        if self.row is None:
            return
        article = shown.table.iloc[0]
        body = str(article.get("body", "") or "")
        meta = " · ".join(str(article[c]) for c in ("published", "section", "source",
                                                     "article_id")
                          if c in article.index and pd.notna(article[c]) and str(article[c]))
        self.text.value = article_html(str(article.get("title", "") or ""), body, meta=meta,
                                       matches=self._matches(body), quotes=self._quotes())
