"""Word and n-gram counts by key, overall or per group.

Counting is fast because the expensive linguistic work is done once per
distinct word (~300,000 types for 8 million words), never per token: tokens
are counted in Arrow's C++ kernels (:func:`akhbar.text.token_counts`), the
analyzer is built once from the corpus' total counts, and the counts of the
types are then mapped to keys and summed.

The steps, and what each needs:

1. :func:`group_token_counts` — raw token counts per group; per batch of
   articles, and batches add up;
2. :func:`~akhbar.freq.vocabulary.corpus_analyzer` — one analyzer from the
   *whole corpus'* token counts and the reference lexicon;
3. :func:`keyed_unigrams` / :func:`keyed_ngrams` — counts by key per group
   (n-grams per batch of articles; batches add up);
4. :func:`finish_counts` — shares, ``min_count`` and order, on the summed table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq.vocabulary import corpus_analyzer, key_sequences, key_table
from akhbar.grouping import with_groups
from akhbar.scale import is_dask
from akhbar.text import Analyzer, ReferenceLexicon, reference_lexicon, token_counts

__all__ = [
    "finish_counts",
    "group_token_counts",
    "keyed_ngrams",
    "keyed_unigrams",
    "total_counts",
    "word_counts",
]


def word_counts(
    df: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    ngram: int = 1,
    stopwords: bool | Iterable[str] = True,
    min_count: int = 1,
    text: str | Sequence[str] = "body",
    lexicon: ReferenceLexicon | None = None,
) -> pd.DataFrame:
    """Count words (or n-grams of words) per group, by key.

    ``by``: None, a column (``"section"``), a period of ``published``
    (``"day"``, ``"week"``, ``"month"``, ``"year"``, ``"auto"``), or a list
    of these (see :mod:`akhbar.grouping`). ``ngram``: 2 for pairs of adjacent
    words, …; n-grams do not cross punctuation or a stopword. ``stopwords``:
    True (akhbar's list), False, or your own words. ``text``: the column(s)
    to read. ``lexicon``: the reference lexicon (default: wordfreq's, shared).

    Returns columns ``[<by columns>, term, count, share]``: ``term`` is the
    display form (n-gram words joined by a space), ``share`` the term's
    share of all counted terms of its group; sorted by group, then count
    (descending), then term.

    >>> corpus = pd.DataFrame({"body": ["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"]})
    >>> word_counts(corpus).head(3)
            term  count  share
    0      روسيا      2  0.250
    1       أضاف      1  0.125
    2  أفغانستان      1  0.125
    """
    if is_dask(df):
        from akhbar.scale.words import word_counts as word_counts_on_dask

        return word_counts_on_dask(df, by=by, ngram=ngram, stopwords=stopwords,
                                   min_count=min_count, text=text, lexicon=lexicon)
    lexicon = lexicon or reference_lexicon()
    frame, groups = with_groups(df, by)
    texts = text_of(frame, text)
    if not groups and ngram == 1:  # the common case, kept lean: no per-group frames
        tokens = token_counts(texts)
        analyzer = corpus_analyzer(tokens, stopwords=stopwords, lexicon=lexicon)
        # The analyzer was built from these very counts: it has their totals.
        return finish_counts(key_table(analyzer.key_counts(), analyzer), [], min_count)
    counts = group_token_counts(texts, frame, groups)
    analyzer = corpus_analyzer(total_counts(counts), stopwords=stopwords, lexicon=lexicon)
    if ngram == 1:
        table = keyed_unigrams(counts, analyzer, groups)
    else:
        table = keyed_ngrams(texts, frame, groups, analyzer, ngram)
    return finish_counts(table, groups, min_count)


def group_token_counts(texts: pd.Series, frame: pd.DataFrame, groups: list[str]) -> pd.DataFrame:
    """Raw token counts per group: columns ``[<groups>, token, count]``."""
    if not groups:
        return _counter_frame(token_counts(texts), {})
    parts = [
        _counter_frame(token_counts(group_texts), _group_values(groups, values))
        for values, group_texts in texts.groupby([frame[g] for g in groups], dropna=False,
                                                 sort=True)
    ]
    return _concat(parts, [*groups, "token", "count"])


def _group_values(groups: list[str], values) -> dict:
    if not groups:
        return {}
    return dict(zip(groups, values if isinstance(values, tuple) else (values,), strict=True))


def _counter_frame(counter: Counter, group_values: dict) -> pd.DataFrame:
    table = pd.DataFrame({"token": list(counter.keys()),
                          "count": pd.Series(list(counter.values()), dtype="int64")})
    for column, value in group_values.items():
        table[column] = value
    return table


def _concat(parts: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else object)
                             for c in columns})
    return pd.concat(parts, ignore_index=True)


def total_counts(counts: pd.DataFrame) -> dict[str, int]:
    """Token → count over all groups of a :func:`group_token_counts` table."""
    if counts.empty:
        return {}
    return counts.groupby("token", sort=False)["count"].sum().to_dict()


def keyed_unigrams(counts: pd.DataFrame, analyzer: Analyzer, groups: list[str]) -> pd.DataFrame:
    """A :func:`group_token_counts` table summed by key: ``[<groups>, key, count, term]``."""
    keys = counts["token"].map(analyzer.key_map())
    keyed = counts.assign(key=keys).dropna(subset=["key"])
    table = keyed.groupby([*groups, "key"], dropna=False, sort=False)["count"].sum().reset_index()
    table["term"] = table["key"].map(analyzer.display_map())
    return table


def keyed_ngrams(
    texts: pd.Series, frame: pd.DataFrame, groups: list[str], analyzer: Analyzer, n: int
) -> pd.DataFrame:
    """N-gram counts by key per group: ``[key, term, count, <groups>]``."""
    group_keys = [frame[g] for g in groups] if groups else [np.zeros(len(frame))]
    parts = []
    for values, group_texts in texts.groupby(group_keys, dropna=False, sort=True):
        counter: Counter = Counter()
        for keys in key_sequences(group_texts, analyzer):
            grams = zip(*(keys[i:] for i in range(n)), strict=False)
            counter.update(gram for gram in grams if None not in gram)
        part = pd.DataFrame(
            {
                "key": [" ".join(gram) for gram in counter],
                "term": [" ".join(analyzer.display(k) for k in gram) for gram in counter],
                "count": pd.Series(list(counter.values()), dtype="int64"),
            }
        )
        for column, value in _group_values(groups, values).items():
            part[column] = value
        parts.append(part)
    return _concat(parts, ["key", "term", "count", *groups])


def finish_counts(table: pd.DataFrame, groups: list[str], min_count: int) -> pd.DataFrame:
    """Shares within each group, rows under ``min_count`` left out, and the
    documented order: ``[<groups>, term, count, share]``."""
    if groups:
        totals = table.groupby(groups, dropna=False)["count"].transform("sum")
    else:
        totals = table["count"].sum()
    table = table.assign(share=table["count"] / totals)
    table = table[table["count"] >= min_count]
    table = table.sort_values(
        [*groups, "count", "term"], ascending=[True] * len(groups) + [False, True], kind="stable"
    )
    return table[[*groups, "term", "count", "share"]].reset_index(drop=True)
