"""The explorer's index of a corpus: built once, then every question is arithmetic.

What it holds, and which step needs what:

- ``matrix``: token counts per article (:func:`~akhbar.explore.matrix.token_matrix`,
  a sparse ``articles × tokens`` matrix in CSC form). Per article, so any set
  of articles has its token counts as one masked sum, and the articles that
  hold a word are the rows of its columns (its postings);
- the keys of the *whole corpus* (:class:`~akhbar.explore.keys.Keys`), with
  stopwords left out (what :func:`akhbar.freq.word_counts` and
  :func:`akhbar.freq.keyness` count) and without (what :func:`akhbar.freq.kwic`
  and the search box match). Keys need the whole corpus' token counts: the
  column sums of the matrix;
- the metadata as arrays: section and source codes, publication times;
- the speakers: :func:`akhbar.speakers.quotes` run once over the corpus on
  first use (the slowest step: about a minute on the 28,583 articles of the
  dev corpus), kept as arrays (:class:`~akhbar.explore.quotes.QuoteIndex`).

>>> import akhbar
>>> index = CorpusIndex.build(akhbar.load_corpus("seeds"))
>>> index.matrix.shape[0], index.keys().display_of([0])
(1, ['قال'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy import sparse

from akhbar.corpus import text_of
from akhbar.explore.keys import Keys, keys_of
from akhbar.explore.matrix import token_matrix
from akhbar.explore.progress import Progress
from akhbar.text import ReferenceLexicon, reference_lexicon

__all__ = ["CorpusIndex", "Facet"]


@dataclass(frozen=True)
class Facet:
    """A text column as codes: ``codes`` per article (-1: empty) and ``values``
    (the non-empty values, most frequent first).

    >>> Facet.of(pd.Series(["رياضة", "", "اقتصاد", "رياضة"])).values
    ['رياضة', 'اقتصاد']
    """

    codes: np.ndarray
    values: list[str]

    @classmethod
    def of(cls, column: pd.Series | None) -> Facet:
        if column is None:
            return cls(np.zeros(0, dtype=np.int16), [])
        text = column.astype("string").str.strip().fillna("")
        counts = text[text.ne("")].value_counts(sort=False)
        values = sorted(counts.index, key=lambda v: (-counts[v], v))
        lookup = {value: code for code, value in enumerate(values)}
        codes = text.map(lambda v: lookup.get(v, -1)).to_numpy(dtype=np.int32)
        return cls(codes.astype(np.min_scalar_type(-max(len(values), 1))), values)

    def mask(self, chosen: Sequence[str]) -> np.ndarray:
        """Which articles have one of the ``chosen`` values."""
        wanted = [self.values.index(v) for v in chosen if v in self.values]
        return np.isin(self.codes, wanted)


@dataclass(eq=False)
class CorpusIndex:
    """Everything the explorer reads, built once from a corpus (see the module docstring)."""

    corpus: pd.DataFrame
    text: str | list[str]
    matrix: sparse.csc_matrix
    tokens: pa.Array
    totals: np.ndarray
    published: np.ndarray
    sections: Facet
    sources: Facet
    lexicon: ReferenceLexicon = field(repr=False)
    _keys: dict[bool, Keys] = field(default_factory=dict, repr=False)
    _quotes: object | None = field(default=None, repr=False)
    _numeric: np.ndarray | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls,
        corpus: pd.DataFrame,
        *,
        text: str | Sequence[str] = "body",
        lexicon: ReferenceLexicon | None = None,
        progress: bool | None = None,
    ) -> CorpusIndex:
        """Index ``corpus`` (a DataFrame of :func:`akhbar.load_corpus`).

        ``text``: the column(s) words are read from, as everywhere in akhbar.
        ``progress``: show a progress bar (default: from 2,000 articles on).
        """
        if "article_id" not in corpus.columns:  # as kwic does: the index stands for the id
            corpus = corpus.assign(article_id=corpus.index.to_numpy())
        texts = text_of(corpus, text)
        with Progress(len(corpus), "index", show=progress) as bar:
            matrix, tokens = token_matrix(texts, advance=bar.update)
            bar.step("keys of the corpus")
            totals = np.asarray(matrix.sum(axis=0, dtype=np.int64)).ravel()
            lexicon = lexicon or reference_lexicon()
            # Both analyzers of the corpus: counts leave stopwords out; the
            # search box and contexts (as kwic) keep them.
            keys = {stop: keys_of(tokens, totals, stopwords=stop, lexicon=lexicon)
                    for stop in (True, False)}
        published = (pd.to_datetime(corpus["published"]).to_numpy(dtype="datetime64[ns]")
                     if "published" in corpus.columns
                     else np.full(len(corpus), np.datetime64("NaT"), dtype="datetime64[ns]"))
        return cls(corpus=corpus, text=text if isinstance(text, str) else list(text),
                   matrix=matrix, tokens=tokens, totals=totals, published=published,
                   sections=Facet.of(corpus.get("section")), sources=Facet.of(corpus.get("source")),
                   lexicon=lexicon, _keys=keys)

    def __len__(self) -> int:
        return self.matrix.shape[0]

    # -- keys and counts ---------------------------------------------------------

    def keys(self, stopwords: bool = True) -> Keys:
        """The whole corpus' keys (stopwords left out, or kept as for :func:`akhbar.kwic`)."""
        if stopwords not in self._keys:
            self._keys[stopwords] = keys_of(self.tokens, self.totals, stopwords=stopwords,
                                            lexicon=self.lexicon)
        return self._keys[stopwords]

    def token_sums(self, mask: np.ndarray) -> np.ndarray:
        """Token counts of the articles in ``mask`` (the whole corpus' when all are)."""
        if mask.all():
            return self.totals
        return np.asarray(self.matrix.T @ mask.astype(np.int64)).ravel()

    def rows_with(self, token_ids: np.ndarray) -> np.ndarray:
        """Articles (row numbers, sorted) holding any of the tokens ``token_ids``."""
        if len(token_ids) == 0:
            return np.zeros(0, dtype=np.int64)
        return np.unique(self.matrix[:, token_ids].indices)

    def counts_in_rows(self, token_ids: np.ndarray) -> np.ndarray:
        """Per article, how often the tokens ``token_ids`` occur."""
        if len(token_ids) == 0:
            return np.zeros(len(self), dtype=np.int64)
        return np.asarray(self.matrix[:, token_ids].sum(axis=1, dtype=np.int64)).ravel()

    def keyed_totals(self, keys: Keys) -> np.ndarray:
        """Per article, how many of its tokens have a key under ``keys`` (kept for reuse)."""
        if "keyed totals" not in keys.derived:
            keys.derived["keyed totals"] = np.asarray(
                self.matrix @ (keys.token_key >= 0).astype(np.int64)).ravel()
        return keys.derived["keyed totals"]

    def numeric(self) -> np.ndarray:
        """Per token, whether it starts with a digit (keyness leaves numbers out of totals)."""
        if self._numeric is None:
            self._numeric = np.array([t[:1].isdigit() for t in self.tokens.to_pylist()],
                                     dtype=bool)
        return self._numeric

    def text_array(self, rows: np.ndarray) -> pa.Array:
        """The text read of the articles ``rows``, as Arrow strings."""
        texts = text_of(self.corpus.iloc[rows], self.text)
        array = pa.array(texts.array if hasattr(texts.array, "__arrow_array__") else
                         texts.tolist())
        return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array

    def texts(self, rows: np.ndarray) -> list[str]:
        """The text read (``text=``) of the articles ``rows``."""
        return text_of(self.corpus.iloc[rows], self.text).tolist()

    # -- speakers ----------------------------------------------------------------

    @property
    def quotes_pending(self) -> bool:
        """Whether the quotes are still to be found (the next use of :attr:`quotes` is slow)."""
        return self._quotes is None

    @property
    def quotes(self):
        """The corpus' reporting events as a :class:`~akhbar.explore.quotes.QuoteIndex`
        (computed on first use, with a progress note)."""
        if self._quotes is None:
            from akhbar.explore.quotes import QuoteIndex

            self._quotes = QuoteIndex.build(self.corpus)
        return self._quotes

    def memory(self) -> pd.Series:
        """Bytes held by each part of the index (the corpus itself not counted)."""
        parts = {
            "matrix": self.matrix.data.nbytes + self.matrix.indices.nbytes
            + self.matrix.indptr.nbytes,
            "tokens": self.tokens.nbytes,
            "totals": self.totals.nbytes,
            "metadata": self.published.nbytes + self.sections.codes.nbytes
            + self.sources.codes.nbytes,
            "keys": sum(k.nbytes for k in self._keys.values()),
            "numeric flags": self._numeric.nbytes if self._numeric is not None else 0,
            "quotes": self._quotes.nbytes if self._quotes is not None else 0,
        }
        return pd.Series(parts, name="bytes")
