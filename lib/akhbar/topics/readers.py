"""Reading a topic result against its corpus: shares over time and by group,
dominant topics, representative articles.

Like every akhbar reader they take the result, then the corpus, then a
keyword-only ``by=`` resolved by :mod:`akhbar.grouping` (a column, a period
name, ``"auto"``, or a list). Shares are per *article*: a paragraph model's
weights are first averaged over each article's paragraphs. They need the
corpus-wide ``doc_topics`` table, and only its small, reduced form (one row
per article and topic), so the same readers work on ``doc_topics`` gathered
from :meth:`~akhbar.topics.TopicModel.transform` partition by partition.

>>> import akhbar
>>> from akhbar.topics import fit_topics
>>> corpus = akhbar.load_corpus("seeds")
>>> result = fit_topics(corpus)
>>> topics_by(result, corpus).round({"share": 2})
     section  topic                     label  share  articles
0  عرب وعالم      1  الأمن، الاتصال، الأمريكي   0.48         1
1  عرب وعالم      2      اتخاذ، إضافية، تقديم   0.30         1
2  عرب وعالم      3   الدولي، التعاون، جيرنوف   0.23         1
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from akhbar.grouping import PERIODS, resolve_by, with_groups
from akhbar.scale import is_dask
from akhbar.topics.result import TopicResult

__all__ = [
    "SHARE_COLUMNS",
    "dominant_topics",
    "representative_articles",
    "topics_by",
    "topics_over_time",
]

#: The columns after the group columns in :func:`topics_over_time` and
#: :func:`topics_by`.
SHARE_COLUMNS = ["topic", "label", "share", "articles"]


def _article_weights(result: TopicResult) -> pd.DataFrame:
    """``article_id, topic, weight``: a paragraph model's weights averaged per article."""
    return (result.doc_topics.groupby(["article_id", "topic"], as_index=False, sort=True)
            ["weight"].mean())


def dominant_topics(result: TopicResult) -> pd.DataFrame:
    """``article_id, unit, topic, weight``: each unit's strongest topic.

    Units with no known term have no dominant topic and are left out.

    >>> import akhbar
    >>> from akhbar.topics import fit_topics
    >>> dominant_topics(fit_topics(akhbar.load_corpus("seeds"))).round(2).head(3)
                 article_id  unit  topic  weight
    0  000_9d01ffca6c2bf9eb     0      2     1.0
    1  000_9d01ffca6c2bf9eb     1      2     1.0
    2  000_9d01ffca6c2bf9eb     2      2     0.8
    """
    table = result.doc_topics[result.doc_topics["weight"] > 0]
    table = table.sort_values(["article_id", "unit", "weight", "topic"],
                              ascending=[True, True, False, True], kind="stable")
    return table.drop_duplicates(["article_id", "unit"]).reset_index(drop=True)


def _groups(corpus: pd.DataFrame, by: str | Sequence[str], default: str):
    """``article_id`` and the group columns of each article, and their names.

    The reader's *default* grouping on a corpus without the column it needs
    (no ``published``, no ``section``) gives no groups rather than an error;
    a grouping the caller named must exist.
    """
    try:
        frame, names = with_groups(corpus, by)
    except ValueError:
        if by != default:
            raise
        names = resolve_by(corpus, by)
        frame = pd.DataFrame({"article_id": pd.Series(dtype="str"),
                              **{n: _empty_group_column(n) for n in names}})
    groups = frame[names].reset_index(drop=True)
    groups.insert(0, "article_id", frame["article_id"].astype(str).to_numpy())
    return groups, names


def _empty_group_column(name: str) -> pd.Series:
    return pd.Series(dtype="datetime64[ns]" if name in PERIODS else "str")


def _shares(result: TopicResult, groups: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Mean topic weight of the articles in each group (rows of a group sum to ≤ 1)."""
    weights = _article_weights(result).merge(groups, on="article_id", how="inner")
    counts = groups.groupby(names, sort=True, dropna=False)["article_id"].nunique() \
        .rename("articles")
    table = weights.groupby([*names, "topic"], sort=True, dropna=False)["weight"].sum() \
        .rename("share")
    table = table.reset_index().merge(counts.reset_index(), on=names)
    table["share"] = table["share"] / table["articles"]
    table.insert(len(names) + 1, "label", table["topic"].map(result.labels).astype(str))
    return table[[*names, *SHARE_COLUMNS]]


def topics_over_time(result: TopicResult, corpus: pd.DataFrame, *,
                     by: str | Sequence[str] = "auto") -> pd.DataFrame:
    """Share of each topic per period of ``published`` (or any ``by=``).

    ``by="auto"`` picks days for a corpus spanning up to two months, weeks up
    to two years, months beyond; or give a period (``"day"``, ``"week"``,
    ``"month"``, ``"quarter"``, ``"year"``), a column, or a list
    (``["source", "month"]``). Columns: the period, named after it
    (``month``: the period's first day, datetime64), ``topic``, ``label``,
    ``share`` (mean topic weight of the period's articles: the topics of one
    period sum to 1), ``articles`` (articles in the period). Undated
    articles form a period ``NaT`` of their own, last, so that none is left
    out unseen (a chart over time leaves it out); a corpus without dates
    gives an empty table with these columns.

    >>> import akhbar
    >>> from akhbar.topics import fit_topics
    >>> corpus = akhbar.load_corpus("seeds")
    >>> topics_over_time(fit_topics(corpus), corpus, by="month").round({"share": 2})
           month  topic                     label  share  articles
    0 2021-11-01      1  الأمن، الاتصال، الأمريكي   0.48         1
    1 2021-11-01      2      اتخاذ، إضافية، تقديم   0.30         1
    2 2021-11-01      3   الدولي، التعاون، جيرنوف   0.23         1
    """
    if is_dask(corpus):
        from akhbar.scale.topics import corpus_columns

        corpus = corpus_columns(corpus, by)
    groups, names = _groups(corpus, by, "auto")
    return _shares(result, groups, names)


def topics_by(result: TopicResult, corpus: pd.DataFrame, *,
              by: str | Sequence[str] = "section") -> pd.DataFrame:
    """Share of each topic within each value of a column (section, source, …),
    or of any ``by=`` (a period, a list).

    Columns: the ``by`` columns, ``topic``, ``label``, ``share`` (mean topic
    weight of the group's articles), ``articles``. Empty values are grouped
    as "(none)"; a corpus without sections gives an empty table with these
    columns.

    >>> import akhbar
    >>> from akhbar.topics import fit_topics
    >>> corpus = akhbar.load_corpus("seeds")
    >>> topics_by(fit_topics(corpus), corpus, by="section")["section"].tolist()
    ['عرب وعالم', 'عرب وعالم', 'عرب وعالم']
    """
    if is_dask(corpus):
        from akhbar.scale.topics import corpus_columns

        corpus = corpus_columns(corpus, by)
    groups, names = _groups(corpus, by, "section")
    return _shares(result, groups, names)


def representative_articles(result: TopicResult, corpus: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` units that belong most to each topic, with their titles.

    Columns: ``topic, label, rank, article_id, unit, title, excerpt, weight``;
    ``excerpt`` is the first 80 characters of the paragraph, or of the body
    for article units (it tells apart the paragraphs of one article, which
    share its title).

    >>> import akhbar
    >>> from akhbar.topics import fit_topics
    >>> corpus = akhbar.load_corpus("seeds")
    >>> representative_articles(fit_topics(corpus), corpus, n=1)[["topic", "unit", "excerpt"]]
       topic  unit                                            excerpt
    0      1     7  وأضاف بيسكوف:" لا توجد أي اتفاقات محددة بين ال...
    1      2     0  قال الرئيس الروسي، فلاديمير بوتين إن "الأحداث ...
    2      3     4  وأضاف جيرنوف - في تصريحات للصحفيين في كابول، ن...
    """
    top = (result.doc_topics.sort_values(["topic", "weight", "article_id", "unit"],
                                         ascending=[True, False, True, True], kind="stable")
           .groupby("topic", sort=True).head(n).copy())
    top["rank"] = top.groupby("topic").cumcount() + 1
    if is_dask(corpus):
        from akhbar.scale.topics import corpus_articles

        corpus = corpus_articles(corpus, top["article_id"])
    titles = pd.Series(corpus["title"].astype(str).to_numpy(),
                       index=corpus["article_id"].astype(str))
    titles = titles[~titles.index.duplicated()]
    top["title"] = top["article_id"].map(titles).fillna("").astype(str)
    if result.unit == "article":  # the unit text starts with the title: show the body
        bodies = dict(zip(corpus["article_id"].astype(str), corpus["body"].astype(str),
                          strict=True))
        texts = [bodies.get(a, "") for a in top["article_id"]]
    else:
        units = result.units
        paragraphs = dict(zip(zip(units["article_id"], units["unit"], strict=True),
                              units["text"], strict=True))
        texts = [paragraphs.get(key, "") for key in zip(top["article_id"], top["unit"],
                                                         strict=True)]
    top["excerpt"] = [" ".join(text.split())[:80] for text in texts]
    top["label"] = top["topic"].map(result.labels).astype(str)
    return top[["topic", "label", "rank", "article_id", "unit", "title", "excerpt", "weight"]] \
        .reset_index(drop=True)
