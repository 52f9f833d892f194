"""The word tables of a selection: top words, keyness against the rest, trends.

Each is computed from the index — a masked token sum, then ``np.bincount``
by key — and equals the library's table on the same articles:

- :func:`word_table` is ``word_counts(subcorpus)`` (``[term, count, share]``);
- :func:`keyness_table` is ``keyness(subcorpus, rest)``: its analyzer is built
  from target and reference together, i.e. the whole corpus' — the index's
  own keys, whatever the selection;
- :func:`trend_table` is the rows of ``word_counts(subcorpus, by="auto")``
  for the terms asked (``[<period>, term, count, share]``, the period chosen
  by :func:`akhbar.grouping.auto_period` on the subcorpus' dates).

>>> import akhbar
>>> from akhbar.explore.filters import Filter
>>> from akhbar.explore.index import CorpusIndex
>>> from akhbar.explore.selection import KeyCache, Selection
>>> everything = Selection(CorpusIndex.build(akhbar.load_corpus("seeds")), Filter(), KeyCache())
>>> word_table(everything).head(2)
     term  count     share
0   الأمن      7  0.028571
1  الروسي      7  0.028571
>>> trend_table(everything, ["روسيا", "والأمن"])[["day", "term", "count"]].values.tolist()
[[Timestamp('2021-11-18 00:00:00'), 'الأمن', 7], [Timestamp('2021-11-18 00:00:00'), 'روسيا', 4]]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from akhbar.grouping import auto_period, period_start

__all__ = ["KEYNESS_COLUMNS", "keyness_table", "split_terms", "trend_table", "word_table"]

KEYNESS_COLUMNS = ["term", "count", "expected", "share", "reference_share", "g2", "log_ratio"]
_TERM_SEPARATORS = re.compile(r"[،,؛;\s]+")


def word_table(selection) -> pd.DataFrame:
    """``word_counts(selection.frame)``: ``[term, count, share]``, most frequent first."""
    keys = selection.keys()
    counts = keys.counts(selection.token_sums())
    ids = np.flatnonzero(counts)
    order = np.lexsort((keys.display_order()[ids], -counts[ids]))
    ids = ids[order]
    table = pd.DataFrame({"term": keys.display_of(ids), "count": counts[ids]})
    return table.assign(share=table["count"] / table["count"].sum())


def keyness_table(selection, *, min_count: int = 3) -> pd.DataFrame:
    """``keyness(selection.frame, rest_of_corpus, min_count=min_count)``:
    ``[term, count, expected, share, reference_share, g2, log_ratio]``,
    most typical of the selection first. Empty for the whole corpus (no rest)."""
    index = selection.index
    if selection.everything or selection.size == 0:
        return pd.DataFrame({c: pd.Series(dtype=float) for c in KEYNESS_COLUMNS})
    keys = index.keys()  # target + reference = the whole corpus
    target = selection.token_sums()
    reference = index.totals - target
    words = ~index.numeric()
    n1, n2 = int(target[words].sum()), int(reference[words].sum())
    a_all, b_all = keys.counts(target), keys.counts(reference)
    ids = np.flatnonzero(a_all >= max(min_count, 1))
    a = pd.Series(a_all[ids].astype(float))
    b = pd.Series(b_all[ids].astype(float))
    table = pd.DataFrame({"term": keys.display_of(ids), "count": a_all[ids]})
    e1, e2 = n1 * (a + b) / (n1 + n2), n2 * (a + b) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * ((a * np.log(a / e1)).where(a > 0, 0.0) + (b * np.log(b / e2)).where(b > 0, 0.0))
    log_ratio = np.log2((a.clip(lower=0.5) / n1) / (b.clip(lower=0.5) / n2))
    table = table.assign(expected=n1 * b / n2, share=a / n1, reference_share=b / n2,
                         g2=np.sign(log_ratio) * g2, log_ratio=log_ratio)
    table = table.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    return table[KEYNESS_COLUMNS].reset_index(drop=True)


def split_terms(text: str) -> list[str]:
    """The words typed in a trends box: separated by spaces or commas (، ,).

    >>> split_terms("روسيا، أمريكا  الصين")
    ['روسيا', 'أمريكا', 'الصين']
    """
    return [t for t in _TERM_SEPARATORS.split(text or "") if t]


def _periods(selection) -> tuple[str, pd.Series] | None:
    corpus = selection.index.corpus
    if "published" not in corpus.columns:
        return None
    published = pd.to_datetime(corpus["published"].iloc[selection.rows])
    if published.isna().all():
        return None
    name = auto_period(published)
    return name, period_start(published, name)


def trend_table(selection, terms: list[str]) -> pd.DataFrame:
    """How often each of ``terms`` occurs per period of the selection, and its
    share of the period's counted words: the rows of
    ``word_counts(selection.frame, by="auto")`` for those terms. A stopword
    has no row; a word the selection lacks has none either."""
    periods = _periods(selection)
    if periods is None or selection.size == 0:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"),
                             "term": pd.Series(dtype=str), "count": pd.Series(dtype="int64"),
                             "share": pd.Series(dtype=float)})
    name, starts = periods
    index, keys, rows = selection.index, selection.keys(), selection.rows
    codes, groups = pd.factorize(starts, use_na_sentinel=False)
    totals = np.bincount(codes, weights=index.keyed_totals(keys)[rows], minlength=len(groups))
    wanted = []
    for term in terms:
        try:
            wanted.extend(keys.term_ids(term)[:1])
        except ValueError:
            continue
    parts = []
    for key_id in dict.fromkeys(i for i in wanted if i < len(keys.keys)):
        per_article = index.counts_in_rows(keys.tokens_of(key_id))[rows]
        counts = np.rint(np.bincount(codes, weights=per_article, minlength=len(groups)))
        found = np.flatnonzero(counts > 0)
        count = counts[found].astype(np.int64)
        parts.append(pd.DataFrame({name: pd.Series(groups[found]).astype(starts.dtype),
                                   "term": keys.display_of([key_id]) * len(found),
                                   "count": count,
                                   "share": count / np.rint(totals[found]).astype(np.int64)}))
    if not parts:
        return pd.DataFrame({name: pd.Series(dtype=starts.dtype), "term": pd.Series(dtype=str),
                             "count": pd.Series(dtype="int64"), "share": pd.Series(dtype=float)})
    table = pd.concat(parts, ignore_index=True)
    table = table.sort_values([name, "count", "term"], ascending=[True, False, True],
                              kind="stable")
    return table.reset_index(drop=True)
