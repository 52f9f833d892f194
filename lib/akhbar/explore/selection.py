"""A filtered subcorpus of the index, and what is worth keeping about it.

A :class:`Selection` is an index, a :class:`~akhbar.explore.filters.Filter`
and its mask; it computes on demand, once, the subcorpus' token counts (a
masked sum), its DataFrame, and its keys. Which keys, is the explorer's
``vocabulary`` choice:

- ``"subcorpus"``: the keys of an analyzer built from the
  subcorpus' own token counts — what :func:`akhbar.freq.word_counts` and
  :func:`akhbar.kwic` compute on the subcorpus, so every table equals the
  library's. Building that analyzer is the slow step of a new selection
  (seconds on the dev corpus); the keys of the last few selections are kept
  (:class:`KeyCache`), and the whole corpus' come with the index;
- ``"corpus"``: the whole corpus' keys for every selection — one key per
  word whatever the filter (what :func:`akhbar.freq.keyness` does when it
  compares a subcorpus with the rest), and no analyzer to build. Counts and
  shares are those of the subcorpus; a key or display form may differ from
  what the library computes on the subcorpus alone;
- ``"auto"`` (the explorer's default): ``"subcorpus"`` on a corpus of at most
  :data:`EXACT_UP_TO` articles, where an analyzer per selection takes well
  under a second, ``"corpus"`` above, where it takes seconds and exploring
  must stay a conversation (:func:`resolve_vocabulary`).

>>> import akhbar
>>> from akhbar.explore.filters import Filter
>>> from akhbar.explore.index import CorpusIndex
>>> index = CorpusIndex.build(akhbar.load_corpus("seeds"))
>>> chosen = Selection(index, Filter(query="روسيا"), KeyCache())
>>> chosen.size, chosen.keys() is index.keys()  # the one article: the whole corpus
(1, True)
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import numpy as np
import pandas as pd

from akhbar.explore.filters import Filter
from akhbar.explore.keys import Keys, keys_of

__all__ = ["EXACT_UP_TO", "VOCABULARIES", "KeyCache", "Selection", "resolve_vocabulary"]

#: The ``vocabulary=`` choices (see the module docstring).
VOCABULARIES = ("auto", "subcorpus", "corpus")

#: Up to this many articles, ``"auto"`` counts each selection with its own keys
#: (on the dev corpus, 28,583 articles, that takes a median 1.8 s a selection;
#: the whole corpus' keys 0.1 s: benchmarks/bench_explore.py).
EXACT_UP_TO = 5_000


def resolve_vocabulary(vocabulary: str, articles: int) -> str:
    """``"subcorpus"`` or ``"corpus"``: what ``vocabulary`` means for a corpus of
    ``articles``.

    >>> resolve_vocabulary("auto", 1), resolve_vocabulary("auto", 28_583)
    ('subcorpus', 'corpus')
    """
    if vocabulary not in VOCABULARIES:
        raise ValueError(f"vocabulary must be one of {VOCABULARIES}, not {vocabulary!r}")
    if vocabulary == "auto":
        return "subcorpus" if articles <= EXACT_UP_TO else "corpus"
    return vocabulary


class KeyCache:
    """The keys of the last ``size`` subcorpora, by mask and stopword setting."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._keys: OrderedDict[tuple[bytes, bool], Keys] = OrderedDict()

    def get(self, digest: bytes, stopwords: bool, build) -> Keys:
        found = self._keys.get((digest, stopwords))
        if found is None:
            found = self._keys[digest, stopwords] = build()
            while len(self._keys) > self.size:
                self._keys.popitem(last=False)
        self._keys.move_to_end((digest, stopwords))
        return found

    @property
    def nbytes(self) -> int:
        return sum(keys.nbytes for keys in self._keys.values())


class Selection:
    """The articles of ``index`` that pass ``filter``; ``vocabulary`` as in the
    module docstring; ``cache``: where subcorpus keys are kept."""

    def __init__(self, index, filter: Filter, cache: KeyCache, *,
                 vocabulary: str = "auto") -> None:
        self.index = index
        self.filter = filter
        self.vocabulary = resolve_vocabulary(vocabulary, len(index))
        self.cache = cache
        self.mask = filter.mask(index)
        self.size = int(self.mask.sum())
        self.everything = self.size == len(index)
        self._sums: np.ndarray | None = None
        self._frame: pd.DataFrame | None = None

    @property
    def rows(self) -> np.ndarray:
        """Row numbers of the selected articles."""
        return np.flatnonzero(self.mask)

    @property
    def digest(self) -> bytes:
        return hashlib.blake2b(np.packbits(self.mask).tobytes(), digest_size=16).digest()

    def token_sums(self) -> np.ndarray:
        """Token counts of the selected articles (per token of the index)."""
        if self._sums is None:
            self._sums = self.index.token_sums(self.mask)
        return self._sums

    def keys(self, stopwords: bool = True) -> Keys:
        """The keys tables of this selection are counted by (see the module docstring)."""
        if self.everything or self.vocabulary == "corpus":
            return self.index.keys(stopwords)
        return self.cache.get(self.digest, stopwords, lambda: keys_of(
            self.index.tokens, self.token_sums(), stopwords=stopwords,
            lexicon=self.index.lexicon))

    @property
    def frame(self) -> pd.DataFrame:
        """The selected articles as a DataFrame (the corpus' rows, with their index)."""
        if self._frame is None:
            corpus = self.index.corpus
            self._frame = corpus if self.everything else corpus.iloc[self.rows]
        return self._frame
