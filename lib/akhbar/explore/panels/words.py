"""The Words panel: the selection's top words (or pairs of words), and its keyness.

Words are counted from the index (:func:`akhbar.explore.words.word_table`,
equal to :func:`akhbar.freq.word_counts` on the selection); pairs of words
are counted by the library itself on the selected articles
(``word_counts(subcorpus, ngram=2)``: it reads their text again, so it is
slower). Keyness compares the selection with the rest of the corpus
(:func:`akhbar.explore.words.keyness_table`, equal to
``keyness(subcorpus, rest)``); with no filter there is no rest, and the
panel says so.

>>> WordsPanel.name, WordsPanel.title
('words', 'Words · كلمات')
"""

from __future__ import annotations

import ipywidgets as widgets

from akhbar.display import rtl_html
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.common import Saver, note, rtl_box, side_by_side
from akhbar.explore.words import keyness_table, word_table
from akhbar.freq import word_counts
from akhbar.plot import bar_terms

__all__ = ["TOP", "WordsPanel"]

#: Terms drawn in the chart and listed in the table.
TOP = 25


class WordsPanel(Panel):
    """Top terms (chart + table) and keyness against the rest of the corpus."""

    name = "words"
    title = "Words · كلمات"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.ngram = widgets.ToggleButtons(options=[("words", 1), ("pairs of words", 2)], value=1,
                                           layout=widgets.Layout(width="auto"))
        self.ngram.observe(lambda _: self.explorer.refresh(self.name), "value")
        self.top = rtl_box(widgets.HTML())
        self.keyness_view = rtl_box(widgets.HTML())
        self.saver = Saver(explorer.output_folder, self.saved_view, "Save chart + CSV")
        self.keyness_saver = Saver(explorer.output_folder, self._keyness_view, "Save keyness CSV")
        self.widget.children = [
            self.ngram, self.message, side_by_side(self.chart, self.top),
            self.saver.widget,
            widgets.HTML("<h4>Typical of the selection (keyness against the rest of the corpus)</h4>"),
            self.keyness_view, self.keyness_saver.widget,
        ]

    def state(self) -> tuple:
        return (self.explorer.selection, self.ngram.value)

    def compute(self) -> Shown:
        selection = self.explorer.selection
        if self.ngram.value == 1:
            table = word_table(selection)
        else:
            table = word_counts(selection.frame, ngram=2, text=selection.index.text)
        said = "" if len(table) else "No words in the selection."
        return Shown(table, said)

    def keyness(self):
        """The keyness table of the selection (computed once per selection)."""
        return self.explorer.cached(("keyness", self.explorer.selection),
                                    lambda: keyness_table(self.explorer.selection))

    def _keyness_view(self) -> tuple:
        return None, self.keyness(), "explore_keyness"

    def make_figure(self, shown: Shown):
        top = shown.table.head(TOP)
        what = "words" if self.ngram.value == 1 else "pairs of words"
        return bar_terms(top, n=TOP, title=f"{TOP} most frequent {what}",
                         xlabel="count") if len(top) else None

    def render(self, shown: Shown) -> None:
        self.top.value = rtl_html(shown.table, max_rows=TOP)
        if self.explorer.selection.everything:
            self.keyness_view.value = note("Choose sections, sources, dates or a search: keyness"
                                           " compares the selection with the rest of the corpus.")
        else:
            self.keyness_view.value = rtl_html(self.keyness().round(3), max_rows=20)
