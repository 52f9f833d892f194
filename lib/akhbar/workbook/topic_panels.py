"""The panels of ``03_topics``: the topics, their terms, their shares over time and by
section or source, and the articles that represent them.

A corpus too small for topics gives the model's own explanation
(``result.note``) instead of figures.

>>> import akhbar
>>> from akhbar.topics import fit_topics
>>> corpus = akhbar.load_corpus("seeds")
>>> profile, result = CorpusProfile.of(corpus), fit_topics(corpus)
>>> topic_terms(result, out_dir=None).table["topic"].nunique()
3
>>> topics_by_column(result, corpus, profile, "section", out_dir=None).note[:26]
'**No per-section panels:**'
"""

from __future__ import annotations

import os

import pandas as pd

from akhbar.plot import line_over_time, small_multiples
from akhbar.topics import TopicResult, representative_articles, topics_by, topics_over_time
from akhbar.workbook.panel import Panel, saved_panel
from akhbar.workbook.profile import CorpusProfile

__all__ = ["representatives", "summary", "topic_terms", "topics_by_column", "topics_in_time"]

OutDir = str | os.PathLike | None


def summary(result: TopicResult) -> Panel:
    """The model's note (which units, which k, and why) and one row per topic."""
    return Panel("topics", table=result.summary, note=result.note, rows=30)


def topic_terms(result: TopicResult, out_dir: OutDir, n: int = 10) -> Panel:
    """One panel per topic: its ``n`` strongest terms."""
    if not result.ok:
        return Panel("03_topic_terms", note=result.note)
    terms = result.topics.merge(result.summary[["topic", "label"]], on="topic")
    terms["panel"] = terms["topic"].astype(str) + " · " + terms["label"]
    fig = small_multiples(terms, panel="panel", label="term", value="weight", n=n, ncols=4,
                          title="أهم كلمات كل موضوع")
    return saved_panel("03_topic_terms", fig, terms, out_dir, rows=0)


def topics_in_time(result: TopicResult, corpus: pd.DataFrame, profile: CorpusProfile,
                   out_dir: OutDir, largest: int = 6) -> Panel:
    """The share of the ``largest`` topics per period (the period suits the corpus' span)."""
    if not result.ok:
        return Panel("03_topics_over_time", note=result.note)
    if profile.period is None:
        return Panel("03_topics_over_time", note=profile.no_dates())
    over_time = topics_over_time(result, corpus, by=profile.period)
    lines = over_time[over_time["topic"] <= largest]
    fig = line_over_time(lines, x=profile.period, y="share", group="label",
                         title="حصة المواضيع عبر الزمن", ylabel="الحصة")
    return saved_panel("03_topics_over_time", fig, over_time, out_dir)


def topics_by_column(result: TopicResult, corpus: pd.DataFrame, profile: CorpusProfile,
                     column: str, out_dir: OutDir, n: int = 5) -> Panel:
    """The ``n`` largest topics of each section (or source): one panel per value."""
    name = f"03_topics_by_{column}"
    if not result.ok:
        return Panel(name, note=result.note)
    values = profile.sections if column == "section" else profile.sources
    if len(values) < 2:
        note = (profile.no_sections() if column == "section"
                else "**No per-source panels:** the corpus has fewer than two sources.")
        return Panel(name, note=note)
    table = topics_by(result, corpus, by=column)
    title = "المواضيع حسب القسم" if column == "section" else "المواضيع حسب المصدر"
    fig = small_multiples(table, panel=column, label="label", value="share", n=n, ncols=3,
                          title=title)
    return saved_panel(name, fig, table, out_dir)


def representatives(result: TopicResult, corpus: pd.DataFrame, n: int = 3) -> Panel:
    """For each topic, the ``n`` units that belong to it most, with their titles."""
    if not result.ok:
        return Panel("representative_articles", note=result.note)
    table = representative_articles(result, corpus, n=n)
    columns = ["topic", "label", "rank", "title", "excerpt", "weight"]
    return Panel("representative_articles", table=table[columns], rows=30)
