"""Tables that describe a loaded corpus: how many articles, where, when, how long.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> articles_by(corpus, by="section")[["section", "articles"]].values.tolist()
[['عرب وعالم', 1]]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from akhbar.corpus import paragraph_spans
from akhbar.grouping import PERIODS, with_groups
from akhbar.scale import is_dask

__all__ = ["article_lengths", "articles_by"]


def articles_by(corpus: pd.DataFrame, *, by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Articles per group: columns ``[<by>, articles, share]``, largest group first
    (in time order when grouped by a period).

    ``by`` as in :mod:`akhbar.grouping` (a column, ``"day"``/``"month"``…,
    ``"auto"``, or a list); by default the section, and an empty table when
    the corpus has none. Empty section names show as ``"(none)"``.
    """
    if is_dask(corpus):
        from akhbar.scale.readers import articles_by as articles_by_on_dask

        return articles_by_on_dask(corpus, by=by)
    if by is None:
        by = "section"
        if by not in corpus.columns:
            return pd.DataFrame({by: pd.Series(dtype=str), "articles": pd.Series(dtype="int64"),
                                 "share": pd.Series(dtype=float)})
    frame, names = with_groups(corpus, by)
    table = frame.groupby(names, dropna=False).size().rename("articles").reset_index()
    table["share"] = table["articles"] / table["articles"].sum()
    if any(n in PERIODS for n in names):
        return table.sort_values(names, ignore_index=True)
    return table.sort_values(["articles", *names], ascending=[False] + [True] * len(names),
                             ignore_index=True)


def article_lengths(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per article: ``article_id, words, characters, paragraphs``.

    Words are counted on white space: a size measure, not the analysis tokens.
    """
    body = corpus["body"].fillna("").astype(str)
    return pd.DataFrame({
        "article_id": corpus["article_id"],
        "words": body.str.split().str.len().astype("int64"),
        "characters": body.str.len().astype("int64"),
        "paragraphs": body.map(lambda text: len(paragraph_spans(text))).astype("int64"),
    })
