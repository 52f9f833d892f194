"""Tables that describe a loaded corpus: how many articles, where, when, how long.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> articles_by(corpus, "section")[["section", "articles"]].values.tolist()
[['عرب وعالم', 1]]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from akhbar.grouping import with_groups


def articles_by(corpus: pd.DataFrame, by: str | Sequence[str] = "section") -> pd.DataFrame:
    """Articles per group: columns ``[<by>, articles, share]``, largest group first.

    ``by`` as in :mod:`akhbar.grouping` (a column, or ``"day"``/``"month"``…).
    Empty section names show as ``"(none)"`` rather than vanishing.
    """
    frame, names = with_groups(corpus, by)
    frame = frame.assign(**{n: frame[n].replace("", "(none)") for n in names
                            if frame[n].dtype == object or pd.api.types.is_string_dtype(frame[n])})
    table = frame.groupby(names, dropna=False).size().rename("articles").reset_index()
    table["share"] = table["articles"] / table["articles"].sum()
    if any(n in ("day", "week", "month", "quarter", "year") for n in names):
        return table.sort_values(names, ignore_index=True)
    return table.sort_values(["articles", *names], ascending=[False] + [True] * len(names),
                             ignore_index=True)


def article_lengths(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per article: ``article_id, words, characters, paragraphs``.

    Words are counted on white space: a size measure, not the analysis tokens.
    """
    body = corpus["body"].fillna("")
    return pd.DataFrame({
        "article_id": corpus["article_id"],
        "words": body.str.split().str.len().astype("int64"),
        "characters": body.str.len().astype("int64"),
        "paragraphs": body.str.count("\n\n").add(body.str.strip().ne("").astype(int)),
    })
