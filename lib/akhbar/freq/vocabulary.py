"""A corpus' vocabulary and the analyzer built from it, shared by every word reader.

A notebook asks for the words, the pairs, the words by section and by month
of one corpus: the vocabulary (its token counts) is the same each time, and
building its :class:`~akhbar.text.Analyzer` is the costly part, so the last
one is kept. The analyzer is a pure function of the token counts, the
stopwords and the reference lexicon, so keeping it changes no result.

Token counts come from :func:`akhbar.text.token_counts`, which works on any
batch of texts; the analyzer needs the whole corpus' counts (summed over
batches), and then keys each text on its own.

>>> from akhbar.text import reference_lexicon
>>> analyzer = corpus_analyzer({"قال": 1, "وروسيا": 2, "روسيا": 5}, lexicon=reference_lexicon())
>>> list(key_sequences(["قال: وروسيا"], analyzer))
[['قال', None, 'روسيا']]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import pandas as pd

from akhbar.text import TOKEN_PATTERN, Analyzer, ReferenceLexicon, resolve_stopwords

__all__ = ["corpus_analyzer", "key_sequences", "key_table", "keyed_counts"]

# N-grams never run across punctuation that ends a phrase or a quotation.
_TOKEN_OR_BREAK_RE = re.compile(f'{TOKEN_PATTERN}|[.!?؟،,؛;:«»"“”()\\[\\]{{}}\\n|/–—-]')


def corpus_analyzer(
    token_counts: Mapping[str, int],
    *,
    stopwords: bool | Iterable[str] = True,
    lexicon: ReferenceLexicon,
) -> Analyzer:
    """The :class:`~akhbar.text.Analyzer` of a vocabulary, built once and reused."""
    return _cached_analyzer(_Vocabulary(token_counts), resolve_stopwords(stopwords), lexicon)


class _Vocabulary:
    """Token counts as a cache key: hashed once, compared item by item."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self.items = tuple(counts.items())
        self.hash = hash(self.items)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Vocabulary) and self.items == other.items


@lru_cache(maxsize=1)
def _cached_analyzer(
    vocabulary: _Vocabulary, stopwords: frozenset[str], lexicon: ReferenceLexicon
) -> Analyzer:
    return Analyzer(vocabulary.counts, lexicon, stopwords=stopwords)


def keyed_counts(tokens: Mapping[str, int], analyzer: Analyzer) -> pd.DataFrame:
    """Token counts summed by key: columns ``[key, term, count]``."""
    key_of = analyzer.key_map()
    totals: Counter = Counter()
    for token, count in tokens.items():
        key = key_of[token] if token in key_of else analyzer.key(token)
        if key is not None:
            totals[key] += count
    return key_table(totals, analyzer)


def key_table(totals: Mapping[str, int], analyzer: Analyzer) -> pd.DataFrame:
    """Columns ``[key, term, count]`` of per-key totals, ``term`` the display form."""
    return pd.DataFrame(
        {
            "key": list(totals),
            "term": [analyzer.display(key) for key in totals],
            "count": list(totals.values()),
        }
    )


def key_sequences(texts: Iterable[str], analyzer: Analyzer) -> Iterator[list[str | None]]:
    """Per text, the keys of its tokens in order, None at stopwords and at
    phrase-ending punctuation (so that n-grams do not cross them)."""
    key_of = analyzer.key_map()
    for body in texts:
        yield [key_of.get(token) for token in _TOKEN_OR_BREAK_RE.findall(body)]
