"""The panels of ``01_corpus``: what was loaded, articles per section/source/period, lengths.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> panel = articles_over_time(corpus, CorpusProfile.of(corpus), out_dir=None)
>>> panel.name, panel.table["articles"].tolist()
('01_articles_per_day', [1])
"""

from __future__ import annotations

import os

import pandas as pd

from akhbar.overview import article_lengths, articles_by
from akhbar.plot import bar_terms, histogram, line_over_time
from akhbar.workbook.panel import Panel, saved_panel
from akhbar.workbook.profile import CorpusProfile

__all__ = ["article_length_panel", "articles_by_column", "articles_over_time", "load_report"]

OutDir = str | os.PathLike | None
_COUNT = "عدد المقالات"


def load_report(corpus: pd.DataFrame) -> Panel:
    """Every input file that was not simply loaded, with its reason."""
    report = corpus.attrs.get("load_report")
    if report is None:
        return Panel("load_report", note="This corpus was not read by `load_corpus`: no report.")
    counts = report["status"].value_counts()
    summary = ", ".join(f"{n:,} {status}" for status, n in counts.items())
    problems = report[report["status"] != "loaded"]
    note = f"**{len(corpus):,} article(s)** from {len(report):,} file(s): {summary}."
    if problems.empty:
        note += " Every file loaded cleanly."
    return Panel("load_report", table=problems.reset_index(drop=True), note=note, rows=20)


def articles_by_column(corpus: pd.DataFrame, profile: CorpusProfile, column: str,
                       out_dir: OutDir, *, title: str) -> Panel:
    """Articles per value of ``column`` (``"section"`` or ``"source"``), largest first."""
    name = f"01_{column}s"
    values = profile.sections if column == "section" else profile.sources
    if len(values) < 2:
        what = f"chart of articles per {column}"
        note = (profile.no_sections(what) if column == "section" else
                f"**No {what}:** " + ("all articles come from one source." if values else
                                      "the articles have no source field."))
        return Panel(name, note=note)
    table = articles_by(corpus, by=column)
    fig = bar_terms(table, label=column, value="articles", n=30, title=title, xlabel=_COUNT)
    return saved_panel(name, fig, table, out_dir)


def articles_over_time(corpus: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir) -> Panel:
    """Articles per day, week or month (the period that suits the corpus' span)."""
    if profile.period is None:
        return Panel("01_articles_per_day", note=profile.no_dates())
    period = profile.period
    table = articles_by(corpus, by=period).dropna(subset=[period]).assign(series="المقالات")
    titles = {"day": "اليوم", "week": "الأسبوع", "month": "الشهر"}
    fig = line_over_time(table, x=period, y="articles", group="series",
                         title=f"المقالات حسب {titles[period]}", ylabel=_COUNT)
    undated = profile.articles - profile.dated
    note = f"{undated:,} article(s) without a date are left out." if undated else ""
    return saved_panel(f"01_articles_per_{period}", fig, table, out_dir, note=note)


def article_length_panel(corpus: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir) -> Panel:
    """A histogram of article lengths in words (white-space words of the text read)."""
    column = profile.text[0]
    lengths = article_lengths(corpus.assign(body=corpus[column]) if column != "body" else corpus)
    what = "words per title" if column == "title" else "عدد الكلمات"
    fig = histogram(lengths, value="words", title="طول المقالات", xlabel=what,
                    ylabel=_COUNT)
    return saved_panel("01_article_lengths", fig, lengths.describe().round(1).reset_index(),
                       out_dir, note=profile.titles_only(), data=lengths)
