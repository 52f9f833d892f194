"""The corpus filter shared by every panel: sections, sources, dates and a search.

A :class:`Filter` is a value (what the filter bar shows); :meth:`Filter.mask`
turns it into a boolean mask over the index's articles — the subcorpus every
panel reads. Each part is a few array operations:

- sections / sources: the articles whose value is one of those chosen
  (nothing chosen: every article, those without a value too);
- dates: ``start`` and ``end`` are whole days, both included; undated
  articles drop out as soon as either is set;
- ``query``: the articles where :func:`akhbar.kwic` finds the term, any
  clitic form (روسيا finds وروسيا، لروسيا، بروسيا; a phrase matches word by word).
  The search reads the keys of the *whole* corpus — the filter defines the
  subcorpus, so it cannot depend on it. A single word is a lookup of the
  postings of its forms; a phrase is checked, article by article, only in
  the articles holding all its words.

>>> import akhbar
>>> from akhbar.explore.index import CorpusIndex
>>> index = CorpusIndex.build(akhbar.load_corpus("seeds"))
>>> int(Filter(query="لروسيا").mask(index).sum()), int(Filter(query="طوكيو").mask(index).sum())
(1, 0)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from akhbar.explore.keys import Keys

__all__ = ["Filter", "matching_rows"]


def _day(value) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    day = pd.Timestamp(value)
    return None if pd.isna(day) else day.normalize()


def _values(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class Filter:
    """``sections``, ``sources`` (tuples of values; empty: all), ``start`` and
    ``end`` (days, inclusive; None: open) and ``query`` (a word or phrase)."""

    sections: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    query: str = ""

    @classmethod
    def of(cls, *, section=None, source=None, start=None, end=None, query=None) -> Filter:
        """A filter from loose values: a value or a list, a date string or a Timestamp.

        >>> Filter.of(section="رياضة", start="2015-07-21").sections
        ('رياضة',)
        """
        return cls(_values(section), _values(source), _day(start), _day(end),
                   (query or "").strip())

    @property
    def everything(self) -> bool:
        """Whether the filter keeps every article."""
        return self == Filter()

    def mask(self, index) -> np.ndarray:
        """Which articles of ``index`` (a :class:`~akhbar.explore.index.CorpusIndex`) pass."""
        keep = np.ones(len(index), dtype=bool)
        if self.sections:
            keep &= index.sections.mask(self.sections)
        if self.sources:
            keep &= index.sources.mask(self.sources)
        if self.start is not None:
            keep &= index.published >= self.start.to_datetime64()
        if self.end is not None:
            keep &= index.published < (self.end + pd.Timedelta(days=1)).to_datetime64()
        if self.query:
            hit = np.zeros(len(index), dtype=bool)
            hit[matching_rows(index, index.keys(stopwords=False), self.query, keep)] = True
            keep &= hit
        return keep


def matching_rows(index, keys: Keys, term: str, mask: np.ndarray | None = None) -> np.ndarray:
    """Rows (sorted) of the articles, within ``mask``, where ``term`` occurs under
    ``keys`` — those where :func:`akhbar.kwic` has a row. An unsearchable term
    (a stopword or punctuation alone) matches nothing."""
    try:
        wanted = keys.term_ids(term)
    except ValueError:
        return np.zeros(0, dtype=np.int64)
    rows = None
    for key_id in dict.fromkeys(wanted):
        found = index.rows_with(keys.tokens_of(key_id))
        rows = found if rows is None else np.intersect1d(rows, found, assume_unique=True)
    if mask is not None:
        rows = rows[mask[rows]]
    if len(wanted) > 1 and len(rows):
        from akhbar.explore.contexts import phrase_rows

        rows = phrase_rows(index, keys, wanted, rows)
    return rows
