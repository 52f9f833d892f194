"""Word readers on a Dask corpus: the same tables as :mod:`akhbar.freq`, identical.

Each reader is the pandas one split at its corpus-wide step:

=================  ===========================================  =====================
reader             per partition (workers)                      reduced (driver)
=================  ===========================================  =====================
``word_counts``    token counts (+ group stats when ``by=``)    summed; one analyzer
                   then, with ``by=`` or n-grams, counts by     summed per group and key;
                   key per group (analyzer sent once)           shares and order
``keyness``        token counts of target and reference         summed; the G² table
``kwic``           token counts; then the contexts of the term  analyzer; rows in order
``collocations``   token counts; then key and pair counts       analyzer; PMI table
=================  ===========================================  =====================

The analyzer is built once on the driver from the corpus' summed token
counts (as pandas builds it from the whole corpus' counts) and sent to each
worker once (:func:`akhbar.scale.cluster.shared`); it carries the shared
reference lexicon as a reference, so it stays small.

>>> import dask, pandas as pd, dask.dataframe as dd
>>> corpus = pd.DataFrame({"body": ["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"]})
>>> with dask.config.set(scheduler="synchronous"):
...     word_counts(dd.from_pandas(corpus, npartitions=2))["term"].head(2).tolist()
['روسيا', 'أضاف']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import dask
import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq import counts as freq_counts
from akhbar.freq.collocations import collocation_table, pair_counts
from akhbar.freq.keyness import keyness_table
from akhbar.freq.kwic import _table as kwic_table
from akhbar.freq.kwic import contexts, first_forms, term_keys
from akhbar.freq.vocabulary import corpus_analyzer, key_table
from akhbar.scale.cluster import compute, shared
from akhbar.scale.groups import add_groups, group_stats, needs_stats, resolve_groups
from akhbar.text import ReferenceLexicon, reference_lexicon, token_counts

__all__ = ["collocations", "corpus_token_counts", "keyness", "kwic", "tree_reduce",
           "word_counts"]


def tree_reduce(values: list, combine: Callable, width: int = 8):
    """Combine delayed values in a tree (``width`` at a time): no task gets them all."""
    values = list(values)
    if not values:
        return dask.delayed(combine)([])
    while len(values) > 1:
        values = [dask.delayed(combine, pure=True)(values[i:i + width])
                  for i in range(0, len(values), width)]
    return values[0]


def _sum_counters(counters: list[Counter]) -> Counter:
    total: Counter = Counter()
    for counter in counters:
        total.update(counter)
    return total


def _partition_tokens(frame: pd.DataFrame, text) -> Counter:
    return token_counts(text_of(frame, text))


def corpus_token_counts(corpus, text: str | Sequence[str] = "body"):
    """The corpus' token counts as one delayed Counter (per partition, summed)."""
    parts = [dask.delayed(_partition_tokens, pure=True)(p, text) for p in corpus.to_delayed()]
    return tree_reduce(parts, _sum_counters)


def _analyzer(tokens: Counter, stopwords, lexicon):
    return corpus_analyzer(tokens, stopwords=stopwords, lexicon=lexicon or reference_lexicon())


def _keyed(frame: pd.DataFrame, analyzer, names: list[str], text, ngram: int) -> pd.DataFrame:
    frame = add_groups(frame, names)
    texts = text_of(frame, text)
    if ngram == 1:
        counts = freq_counts.group_token_counts(texts, frame, names)
        return freq_counts.keyed_unigrams(counts, analyzer, names)
    return freq_counts.keyed_ngrams(texts, frame, names, analyzer, ngram)


def _sum_tables(names: list[str]) -> Callable:
    def combine(tables: list[pd.DataFrame]) -> pd.DataFrame:
        tables = [t for t in tables if len(t)]
        if not tables:
            return pd.DataFrame(columns=[*names, "key", "term", "count"])
        table = pd.concat(tables, ignore_index=True)
        return (table.groupby([*names, "key", "term"], dropna=False, sort=False)["count"]
                .sum().reset_index())
    return combine


def word_counts(corpus, *, by=None, ngram: int = 1, stopwords: bool | Iterable[str] = True,
                min_count: int = 1, text: str | Sequence[str] = "body",
                lexicon: ReferenceLexicon | None = None) -> pd.DataFrame:
    """:func:`akhbar.freq.word_counts` of a Dask corpus (same arguments, same table)."""
    parts = corpus.to_delayed()
    tokens = corpus_token_counts(corpus, text)
    if not needs_stats(by) and ngram == 1:  # one pass: the analyzer has the totals
        analyzer = _analyzer(compute(tokens)[0], stopwords, lexicon)
        return freq_counts.finish_counts(key_table(analyzer.key_counts(), analyzer), [], min_count)
    stats = [dask.delayed(group_stats, pure=True)(p, by) for p in parts]
    totals, *stats = compute(tokens, *stats)
    names, empty = resolve_groups(corpus._meta, by, stats)
    if empty:  # no group has a value: pandas' own empty table
        return freq_counts.word_counts(corpus._meta, by=names, ngram=ngram, stopwords=stopwords,
                                       min_count=min_count, text=text, lexicon=lexicon)
    analyzer = shared(_analyzer(totals, stopwords, lexicon))
    keyed = [dask.delayed(_keyed, pure=True)(p, analyzer, names, text, ngram) for p in parts]
    table = compute(tree_reduce(keyed, _sum_tables(names)))[0].astype({"count": "int64"})
    return freq_counts.finish_counts(table, names, min_count)


def _tokens_of(frame, text) -> Counter:
    if frame is None:
        return Counter()
    if hasattr(frame, "to_delayed"):
        return compute(corpus_token_counts(frame, text))[0]
    return token_counts(text_of(frame, text))


def keyness(target, reference=None, *, stopwords: bool | Iterable[str] = True,
            min_count: int = 3, text: str | Sequence[str] = "body",
            lexicon: ReferenceLexicon | None = None) -> pd.DataFrame:
    """:func:`akhbar.freq.keyness` where the target, the reference or both are Dask corpora."""
    reference_tokens = _tokens_of(reference, text) if reference is not None else None
    return keyness_table(_tokens_of(target, text), reference_tokens, stopwords=stopwords,
                         min_count=min_count, lexicon=lexicon)


def _contexts(frame: pd.DataFrame, analyzer, wanted, forms, width, text, limit) -> list[tuple]:
    texts = text_of(frame, text)
    ids = (frame["article_id"] if "article_id" in frame.columns
           else pd.Series(frame.index, index=frame.index))
    rows = []
    for article_id, body in zip(ids.tolist(), texts.tolist(), strict=True):
        for _, _, before, match, after in contexts(body, wanted, analyzer, width, forms):
            rows.append((article_id, before, match, after))
            if limit is not None and len(rows) >= limit:
                return rows
    return rows


def kwic(corpus, term: str, *, width: int = 8, text: str | Sequence[str] = "body",
         limit: int | None = None, lexicon: ReferenceLexicon | None = None) -> pd.DataFrame:
    """:func:`akhbar.freq.kwic` of a Dask corpus: rows in corpus order, at most ``limit``."""
    analyzer = _analyzer(compute(corpus_token_counts(corpus, text))[0], False, lexicon)
    wanted = term_keys(term, analyzer)
    forms = first_forms(wanted, analyzer)
    sent = shared(analyzer)
    parts = [dask.delayed(_contexts, pure=True)(p, sent, wanted, forms, width, text, limit)
             for p in corpus.to_delayed()]
    rows = [row for part in compute(*parts) for row in part]
    return kwic_table(rows[:limit] if limit is not None else rows)


def _pairs(frame: pd.DataFrame, analyzer, text) -> tuple[Counter, Counter]:
    return pair_counts(text_of(frame, text), analyzer)


def _sum_pairs(pairs: list[tuple[Counter, Counter]]) -> tuple[Counter, Counter]:
    return _sum_counters([u for u, _ in pairs]), _sum_counters([b for _, b in pairs])


def collocations(corpus, term: str | None = None, *, min_count: int = 3,
                 stopwords: bool | Iterable[str] = True, text: str | Sequence[str] = "body",
                 lexicon: ReferenceLexicon | None = None) -> pd.DataFrame:
    """:func:`akhbar.freq.collocations` of a Dask corpus."""
    analyzer = _analyzer(compute(corpus_token_counts(corpus, text))[0], stopwords, lexicon)
    sent = shared(analyzer)
    parts = [dask.delayed(_pairs, pure=True)(p, sent, text) for p in corpus.to_delayed()]
    unigrams, bigrams = compute(tree_reduce(parts, _sum_pairs))[0]
    return collocation_table(unigrams, bigrams, analyzer, term, min_count)
