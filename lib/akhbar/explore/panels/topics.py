"""The Topics panel: the corpus' topic model, fitted on demand, read per selection.

The model is fitted once, on the whole corpus, when the user asks for it
(button "Fit topics"; k chosen by coherence unless given) — the progress bar
marks its steps. Then the panel lists the topics with their share in the
selection (:func:`akhbar.explore.topics.topic_table`) and, for the topic
chosen, its terms, its share over time in the selection and its most
representative articles there (each opens in the Article tab).

>>> TopicsPanel.name
'topics'
"""

from __future__ import annotations

import html

import ipywidgets as widgets
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
)
from akhbar.explore.topics import (
    TOPIC_COLUMNS,
    topic_articles,
    topic_table,
    topic_terms,
    topic_trend,
)
from akhbar.plot import bar_terms, line_over_time

__all__ = ["ARTICLES", "TopicsPanel"]

#: Representative articles listed for the chosen topic.
ARTICLES = 5


class TopicsPanel(Panel):
    """Fit the topic model; a topic's terms, share over time and articles."""

    name = "topics"
    title = "Topics · مواضيع"

    def __init__(self, explorer) -> None:
        super().__init__(explorer)
        self.k = widgets.BoundedIntText(value=0, min=0, max=60, description="k (0: auto)",
                                        layout=widgets.Layout(width="160px"))
        self.fit_button = widgets.Button(description="Fit topics", icon="cogs")
        self.fit_button.on_click(lambda _: self.fit())
        self.progress = widgets.IntProgress(value=0, max=3, layout=widgets.Layout(width="200px",
                                                                               display="none"))
        self.about = widgets.HTML()
        self.summary = rtl_box(widgets.HTML())
        self.chosen = rtl_input(widgets.Dropdown(description="Topic", options=[],
                                               layout=widgets.Layout(width="420px")))
        self.chosen.observe(lambda _: self._show_topic(), "value")
        self.terms_chart = chart_image("560px")
        self.trend_chart = chart_image("640px")
        self.articles = RowList(ARTICLES, lambda row: self.explorer.open_article(int(row)))
        self.saver = Saver(explorer.output_folder, self.saved_view, "Save chart + CSV")
        self.widget.children = [
            widgets.HBox([self.k, self.fit_button, self.progress]), self.about, self.message,
            self.summary, self.chosen, self.terms_chart, self.saver.widget, self.trend_chart,
            self.articles.widget]

    def fit(self):
        """Fit the model on the whole corpus (once; again only when k changes)."""
        from akhbar.topics import fit_topics

        k = self.k.value or None
        if self.explorer.topic_model is None or self.explorer.topic_k != k:
            self.progress.layout.display = None
            self.progress.value = 1
            self.about.value = note("Fitting the topic model on the whole corpus…")
            self.explorer.topic_model = fit_topics(self.explorer.index.corpus, n_topics=k)
            self.explorer.topic_k = k
            self.progress.value = 3
            self.progress.layout.display = "none"
        self.about.value = note(self.explorer.topic_model.note)
        self._drawn_state = None
        self.show()
        return self.explorer.topic_model

    def state(self) -> tuple:
        return (self.explorer.selection, id(self.explorer.topic_model))

    def compute(self) -> Shown:
        result = self.explorer.topic_model
        if result is None:
            return Shown(pd.DataFrame(columns=TOPIC_COLUMNS),
                         "Press “Fit topics”: the model is fitted once, on the whole corpus.")
        table = topic_table(result, self.explorer.selection.frame)
        return Shown(table, "" if result.ok else result.note)

    def render(self, shown: Shown) -> None:
        table = shown.table
        self.summary.value = rtl_html(table.round(3), max_rows=30) if len(table) else ""
        options = [(f"{t}: {label}", int(t)) for t, label in zip(table["topic"], table["label"],
                                                                  strict=True)]
        current = self.chosen.value
        self.chosen.options = options
        if options:
            self.chosen.value = current if current in [v for _, v in options] else options[0][1]
        self._show_topic()

    def _show_topic(self) -> None:
        result, topic = self.explorer.topic_model, self.chosen.value
        if result is None or not result.ok or topic is None:
            self.figure = None
            for image in (self.terms_chart, self.trend_chart):
                image.layout.display = "none"
            self.articles.show([], [])
            return
        frame = self.explorer.selection.frame
        terms = topic_terms(result, topic)
        self.figure = bar_terms(terms, label="term", value="weight", n=10,
                                title=f"الموضوع {topic}", xlabel="weight")
        self.terms_chart.value = figure_png(self.figure)
        self.terms_chart.layout.display = None
        trend = topic_trend(result, frame, topic)
        self._draw_trend(trend)
        best = topic_articles(result, frame, topic, n=ARTICLES)
        rows = [self.explorer.row_of(a) for a in best["article_id"]]
        lines = [f'<span dir="auto"><b>{html.escape(str(t))}</b> — {html.escape(str(e))}</span>'
                 for t, e in zip(best["title"], best["excerpt"], strict=True)]
        self.articles.show(lines, rows)

    def _draw_trend(self, trend) -> None:
        if len(trend) > 0:
            figure = line_over_time(trend, x=trend.columns[0], y="share", group="label",
                                    title="حصة الموضوع", ylabel="share")
            self.trend_chart.value = figure_png(figure)
            self.trend_chart.layout.display = None
        else:
            self.trend_chart.layout.display = "none"

    def saved_view(self) -> tuple:
        result, topic = self.explorer.topic_model, self.chosen.value
        if result is None or not result.ok or topic is None:
            return None, self.table(), "explore_topics"
        return self.figure, topic_terms(result, topic), f"explore_topic_{topic}"
