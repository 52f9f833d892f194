"""The Speakers panel: who is quoted in the selection, and what they said.

The table is :func:`akhbar.speakers.speaker_counts` of the corpus' quotes
restricted to the selected articles (the quotes are found once for the
whole corpus, so names are merged across it). Choosing a speaker lists their
statements — date, title, statement, newest first — with a button that opens
the article, the statements shaded, and draws how many times they are
reported per period.

>>> SpeakersPanel.name
'speakers'
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import numpy as np
import pandas as pd

from akhbar.display import rtl_html
from akhbar.explore.panels.base import Panel, Shown
from akhbar.explore.panels.common import (
    RowList,
    Saver,
    chart_image,
    figure_png,
    note,
    rtl_box,
    rtl_input,
    side_by_side,
)
from akhbar.grouping import auto_period, period_start
from akhbar.plot import bar_terms, line_over_time

__all__ = ["STATEMENTS", "TOP", "SpeakersPanel", "statements"]

#: Speakers drawn in the chart and listed in the table.
TOP = 20
#: Statements of the chosen speaker listed (newest first).
STATEMENTS = 15


def statements(selection, speaker: str) -> pd.DataFrame:
    """A speaker's counted statements in the selection, newest first:
    ``[published, title, statement, article_id, row]``."""
    quotes = selection.index.quotes
    events = quotes.events(selection.mask, speaker)
    corpus = selection.index.corpus
    rows = quotes.row[events]
    table = pd.DataFrame({
        "published": corpus["published"].iloc[rows].to_numpy() if "published" in corpus else pd.NaT,
        "title": corpus["title"].iloc[rows].to_numpy() if "title" in corpus else "",
        "statement": quotes.statement.take(events).to_pylist(),
        "article_id": corpus["article_id"].iloc[rows].to_numpy(),
        "row": rows,
    })
    return table.sort_values("published", ascending=False, kind="stable",
                             na_position="last").reset_index(drop=True)


def _over_time(table: pd.DataFrame, speaker: str) -> pd.DataFrame:
    dated = table.dropna(subset=["published"])
    if dated.empty:
        return pd.DataFrame(columns=["period", "speaker", "count"])
    period = auto_period(dated["published"])
    starts = period_start(dated["published"], period)
    counts = starts.value_counts().sort_index()
    return pd.DataFrame({period: counts.index, "speaker": speaker,
                         "count": counts.to_numpy(dtype=np.int64)})


class SpeakersPanel(Panel):
    """Top speakers of the selection; one speaker's statements and counts over time."""

    name = "speakers"
    title = "Speakers · المتحدثون"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.top = rtl_box(widgets.HTML())
        self.chosen = rtl_input(widgets.Dropdown(description="Speaker", options=[],
                                               layout=widgets.Layout(width="420px")))
        self.chosen.observe(lambda _: self._show_speaker(), "value")
        self.over_time = chart_image("640px")
        self.lines = RowList(STATEMENTS, lambda row: self.explorer.open_article(int(row)))
        self.saver = Saver(explorer.output_folder, self.saved_view, "Save chart + CSV")
        self.statement_saver = Saver(explorer.output_folder, self._statements_view,
                                     "Save statements CSV")
        self.widget.children = [self.message, side_by_side(self.chart, self.top),
                                self.saver.widget,
                                self.chosen, self.over_time, self.lines.widget,
                                self.statement_saver.widget]

    def state(self) -> tuple:
        return (self.explorer.selection,)

    def compute(self) -> Shown:
        selection = self.explorer.selection
        if selection.index.quotes_pending:
            self.explorer.status.value = note(
                f"finding who is quoted in the {len(selection.index):,} articles (once; about"
                " a minute for 30,000)…")
        table = selection.index.quotes.counts(selection.mask)
        return Shown(table, "" if len(table) else "Nobody is quoted in the selection.")

    def make_figure(self, shown: Shown):
        return bar_terms(shown.table, label="speaker", value="count", n=TOP,
                         title="أكثر المتحدثين اقتباسا", xlabel="statements") \
            if len(shown.table) else None

    def render(self, shown: Shown) -> None:
        table = shown.table
        self.top.value = rtl_html(table, max_rows=TOP)
        names = table["speaker"].head(200).tolist()
        current = self.chosen.value if self.chosen.value in names else (names[0] if names else None)
        self.chosen.options = names
        self.chosen.value = current
        self._show_speaker()

    def _statements(self) -> pd.DataFrame:
        speaker = self.chosen.value
        if not speaker:
            return pd.DataFrame(columns=["published", "title", "statement", "article_id", "row"])
        return self.explorer.cached(("statements", self.explorer.selection, speaker),
                                    lambda: statements(self.explorer.selection, speaker))

    def _statements_view(self) -> tuple:
        return None, self._statements().drop(columns="row"), "explore_statements"

    def _show_speaker(self) -> None:
        table = self._statements()
        speaker = self.chosen.value or ""
        counts = _over_time(table, speaker)
        figure = line_over_time(counts, x=counts.columns[0], y="count", group="speaker",
                                title=speaker, ylabel="statements") if len(counts) else None
        self.over_time.value = figure_png(figure) if figure is not None else b""
        self.over_time.layout.display = None if figure is not None else "none"
        head = table.head(STATEMENTS)
        lines = [f'<div dir="rtl"><b dir="auto">{html.escape(_date(p))}</b> · '
                 f'<span dir="auto">{html.escape(str(t))}</span><br>'
                 f'<span dir="rtl">«{html.escape(s)}»</span></div>'
                 for p, t, s in zip(head["published"], head["title"], head["statement"],
                                    strict=True)]
        self.lines.show(lines, list(head["row"]))


def _date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")
