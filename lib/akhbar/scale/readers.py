"""Speakers and corpus overview on a Dask corpus: the same tables as pandas, identical.

=================  =========================================  ===========================
reader             per partition (workers)                    once (driver)
=================  =========================================  ===========================
``quotes``         ``article_quotes`` on each article          the rows into one table,
                                                              ``merge_names``, section and
                                                              date of each article
``speaker_counts`` (counts a quotes table: computed first)     the pandas reader
``articles_by``    group stats; then articles per group       ``by`` resolved; summed;
                                                              shares and order
=================  =========================================  ===========================

>>> import dask, pandas as pd, dask.dataframe as dd
>>> corpus = dd.from_pandas(pd.DataFrame({"article_id": ["a", "b"], "section": ["س", "س"],
...     "body": ["قال بوتين إن الوضع خطير.", "وقال احمد العلي إن الخطة جاهزة."]}), npartitions=2)
>>> with dask.config.set(scheduler="synchronous"):
...     speaker_counts(quotes(corpus))["speaker"].tolist()
['احمد العلي', 'بوتين']
"""

from __future__ import annotations

from collections.abc import Sequence

import dask
import pandas as pd

from akhbar import overview
from akhbar.scale.cluster import compute
from akhbar.scale.groups import add_groups, group_stats, resolve_groups
from akhbar.speakers import table as speakers_table
from akhbar.speakers.article import article_quotes
from akhbar.speakers.lexicon import Lexicon, load_lexicon

__all__ = ["articles_by", "quotes", "speaker_counts"]

_META = ("section", "published")


def _partition_quotes(frame: pd.DataFrame, text, lexicon: Lexicon | None):
    lex = load_lexicon() if lexicon is None else lexicon
    rows: list[dict] = []
    for aid, body in zip(frame["article_id"].tolist(), speakers_table._texts(frame, text),
                         strict=True):
        rows.extend(article_quotes(aid, body, lex))
    extra = [c for c in _META if c in frame.columns]
    meta = None
    if extra and rows:
        ids = {row["article_id"] for row in rows}
        meta = frame.loc[frame["article_id"].isin(ids), ["article_id", *extra]]
    return rows, meta


def quotes(corpus, *, text: str | Sequence[str] = "body",
           lexicon: Lexicon | None = None) -> pd.DataFrame:
    """:func:`akhbar.speakers.quotes` of a Dask corpus: the per-article step on the
    workers, name merging once on the driver (ids are unique in a loaded corpus)."""
    parts = [dask.delayed(_partition_quotes, pure=True)(p, text, lexicon)
             for p in corpus.to_delayed()]
    found = compute(*parts)
    rows = [row for part, _ in found for row in part]
    extra = [c for c in _META if c in corpus.columns]
    if not extra:
        return speakers_table.finish_quotes(rows)
    metas = [meta for _, meta in found if meta is not None]
    meta = pd.concat(metas) if metas else corpus._meta[["article_id", *extra]]
    return speakers_table.finish_quotes(rows, meta)


def speaker_counts(quotes_table, *, by=None, include_nested: bool = False) -> pd.DataFrame:
    """:func:`akhbar.speakers.speaker_counts` of a quotes table held as a Dask frame
    (only the columns it counts are brought to the driver); a pandas table, as
    :func:`quotes` returns, is counted as it is."""
    if not hasattr(quotes_table, "to_delayed"):
        return speakers_table.speaker_counts(quotes_table, by=by, include_nested=include_nested)
    speakers_table._check_quotes_table(quotes_table._meta)
    wanted = ["article_id", "speaker", "nested", "continuation", *_META]
    wanted += [c for c in ([by] if isinstance(by, str) else list(by or [])) if c not in wanted]
    table = quotes_table[[c for c in dict.fromkeys(wanted) if c in quotes_table.columns]]
    return speakers_table.speaker_counts(compute(table)[0], by=by,
                                         include_nested=include_nested)


def _group_sizes(frame: pd.DataFrame, names: list[str]) -> pd.Series:
    return add_groups(frame, names).groupby(names, dropna=False).size()


def _sum_sizes(sizes: list[pd.Series], names: list[str]) -> pd.Series:
    sizes = [s for s in sizes if len(s)]
    if not sizes:
        return pd.Series(dtype="int64")
    return pd.concat(sizes).groupby(level=list(range(len(names))), dropna=False).sum()


def articles_by(corpus, *, by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """:func:`akhbar.overview.articles_by` of a Dask corpus."""
    if by is None:
        by = "section"
        if by not in corpus.columns:
            return overview.articles_by(corpus._meta)
    parts = corpus.to_delayed()
    stats = compute(*[dask.delayed(group_stats, pure=True)(p, by) for p in parts])
    names, empty = resolve_groups(corpus._meta, by, stats)
    if empty:
        return overview.articles_by(corpus._meta, by=names)
    sizes = compute(*[dask.delayed(_group_sizes, pure=True)(p, names) for p in parts])
    table = _sum_sizes(list(sizes), names).astype("int64").rename("articles").reset_index()
    table.columns = [*names, "articles"]
    table["share"] = table["articles"] / table["articles"].sum()
    if any(n in overview.PERIODS for n in names):
        return table.sort_values(names, ignore_index=True)
    return table.sort_values(["articles", *names], ascending=[False] + [True] * len(names),
                             ignore_index=True)
