"""The topic model as the explorer shows it: fitted once on the corpus, read per selection.

:func:`akhbar.topics.fit_topics` runs once, on the whole corpus, when the
Topics panel asks for it (it is the slowest thing the explorer does: minutes
on tens of thousands of articles when k is chosen by coherence). A filter
never refits it; each selection reads the fitted model:

- :func:`topic_table`: every topic with its share *in the selection* (the
  mean topic weight of its articles, :func:`akhbar.topics.topics_by`) next
  to its share of the corpus;
- :func:`topic_trend`: a topic's share per period of the selection
  (:func:`akhbar.topics.topics_over_time`);
- :func:`topic_articles`: its most representative articles in the selection
  (:func:`akhbar.topics.representative_articles`).

>>> import pandas as pd
>>> from akhbar.topics import fit_topics
>>> corpus = pd.DataFrame({"article_id": ["a"], "title": ["خبر"], "body": ["نص قصير"]})
>>> result = fit_topics(corpus)
>>> result.ok, topic_table(result, corpus).columns.tolist()
(False, ['topic', 'label', 'coherence', 'share', 'articles', 'corpus_share'])
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from akhbar.topics import representative_articles, topics_by, topics_over_time

__all__ = ["TOPIC_COLUMNS", "topic_articles", "topic_table", "topic_terms", "topic_trend"]

#: Columns of :func:`topic_table`.
TOPIC_COLUMNS = ["topic", "label", "coherence", "share", "articles", "corpus_share"]
_GROUP = "selection"


def topic_table(result, frame: pd.DataFrame) -> pd.DataFrame:
    """Each topic of ``result``: label, coherence, ``share`` (mean weight over
    the articles of ``frame``), ``articles`` (how many of them are modelled)
    and ``corpus_share`` (its share of the whole corpus); by share in ``frame``."""
    if not result.ok or frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in TOPIC_COLUMNS})
    shares = topics_by(result, frame.assign(**{_GROUP: _GROUP}), by=_GROUP)
    summary = result.summary.rename(columns={"share": "corpus_share"})
    table = summary.merge(shares[["topic", "share", "articles"]], on="topic", how="left")
    table = table.fillna({"share": 0.0, "articles": 0})
    table = table.sort_values(["share", "topic"], ascending=[False, True], kind="stable")
    return table[TOPIC_COLUMNS].reset_index(drop=True)


def topic_terms(result, topic: int) -> pd.DataFrame:
    """The top terms of one topic: ``[rank, term, weight]``."""
    terms = result.topics[result.topics["topic"] == topic]
    return terms[["rank", "term", "weight"]].reset_index(drop=True)


def topic_trend(result, frame: pd.DataFrame, topic: int) -> pd.DataFrame:
    """One topic's share per period of ``frame``: ``[<period>, topic, label, share, articles]``."""
    if not result.ok or frame.empty or "published" not in frame.columns \
            or frame["published"].isna().all():
        return pd.DataFrame(columns=["period", "topic", "label", "share", "articles"])
    try:
        table = topics_over_time(result, frame, by="auto")
    except TypeError:  # akhbar.topics before the reader API of issue 11: freq=, "period"
        table = topics_over_time(result, frame)
    return table[table["topic"] == topic].reset_index(drop=True)


def topic_articles(result, frame: pd.DataFrame, topic: int, n: int = 5) -> pd.DataFrame:
    """The ``n`` units of ``frame`` that belong most to ``topic``
    (:func:`akhbar.topics.representative_articles` restricted to ``frame``)."""
    if not result.ok or frame.empty:
        return pd.DataFrame(columns=["topic", "label", "rank", "article_id", "unit", "title",
                                     "excerpt", "weight"])
    ids = set(frame["article_id"].astype(str))
    doc_topics = result.doc_topics
    kept = doc_topics[doc_topics["article_id"].astype(str).isin(ids)
                      & (doc_topics["topic"] == topic)]
    restricted = dataclasses.replace(result, doc_topics=kept)
    return representative_articles(restricted, frame, n=n)
