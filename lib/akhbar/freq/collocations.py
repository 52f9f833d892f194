"""Collocations: pairs of adjacent words that go together more than chance (bigram PMI).

Per corpus: the analyzer of the whole corpus, then bigram and unigram
counts that add up over batches of articles (:func:`pair_counts`), then the
table (:func:`collocation_table`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq.vocabulary import corpus_analyzer, key_sequences
from akhbar.scale import is_dask
from akhbar.text import Analyzer, ReferenceLexicon, reference_lexicon, token_counts

__all__ = ["collocation_table", "collocations", "pair_counts"]


def collocations(
    df: pd.DataFrame,
    term: str | None = None,
    *,
    min_count: int = 3,
    stopwords: bool | Iterable[str] = True,
    text: str | Sequence[str] = "body",
    lexicon: ReferenceLexicon | None = None,
) -> pd.DataFrame:
    """Pairs of adjacent words that go together more than chance (bigram PMI).

    Words are keys (clitics stripped), pairs do not cross punctuation or a
    stopword. With ``term``, only pairs that contain it. Returns columns
    ``[term, first, second, count, pmi]`` (``term``: the pair as shown;
    ``pmi``: log2 of how much more often the pair occurs than if its words
    were independent), pairs seen at least ``min_count`` times, strongest
    first.

    >>> corpus = pd.DataFrame({"body": ["قال وزير الخارجية. وزير الخارجية زار روسيا. وزير الخارجية"]})
    >>> collocations(corpus, min_count=2)[["term", "count"]]
                term  count
    0  وزير الخارجية      3
    """
    if is_dask(df):
        from akhbar.scale.words import collocations as collocations_on_dask

        return collocations_on_dask(df, term, min_count=min_count, stopwords=stopwords,
                                    text=text, lexicon=lexicon)
    texts = text_of(df, text)
    analyzer = corpus_analyzer(token_counts(texts), stopwords=stopwords,
                               lexicon=lexicon or reference_lexicon())
    unigrams, bigrams = pair_counts(texts, analyzer)
    return collocation_table(unigrams, bigrams, analyzer, term, min_count)


def pair_counts(texts: Iterable[str], analyzer: Analyzer) -> tuple[Counter, Counter]:
    """Key and adjacent-key-pair counts of some texts (per batch of articles: they add up)."""
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for keys in key_sequences(texts, analyzer):
        unigrams.update(key for key in keys if key is not None)
        bigrams.update(pair for pair in pairwise(keys) if None not in pair)
    return unigrams, bigrams


def collocation_table(unigrams: Counter, bigrams: Counter, analyzer: Analyzer,
                      term: str | None, min_count: int) -> pd.DataFrame:
    """The :func:`collocations` table from the corpus' summed :func:`pair_counts`."""
    total = sum(unigrams.values())
    wanted = analyzer.key(term) if term is not None else None
    display = analyzer.display_map()
    rows = [
        (
            f"{display[x]} {display[y]}",
            display[x],
            display[y],
            count,
            math.log2(count * total / (unigrams[x] * unigrams[y])),
        )
        for (x, y), count in bigrams.items()
        if count >= min_count and (wanted is None or wanted in (x, y))
    ]
    table = pd.DataFrame(rows, columns=["term", "first", "second", "count", "pmi"])
    table = table.sort_values(["pmi", "count", "term"], ascending=[False, False, True])
    return table.reset_index(drop=True)
