"""The speakers of a corpus, found once and kept as arrays.

:func:`akhbar.speakers.quotes` reads every article (the slowest step of the
index: about a minute for the dev corpus), and names are merged across the
*whole* corpus. The explorer runs it once, on first use, and keeps per
reporting event the article's row, the speaker's code, whether the event is
counted (not nested in another statement, not a continuing participle), its
kind, offsets and statement. The speakers of any set of articles are then a
masked ``np.bincount`` — the same table as :func:`akhbar.speakers.speaker_counts`
of the events of those articles.

>>> import akhbar
>>> quotes = QuoteIndex.build(akhbar.load_corpus("seeds"))
>>> quotes.counts(np.ones(1, dtype=bool))[["speaker", "count"]].head(2).values.tolist()
[['دميتري بيسكوف', 4], ['فلاديمير بوتين', 3]]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = ["QuoteIndex"]


@dataclass(frozen=True)
class QuoteIndex:
    """Reporting events as arrays: ``row`` (article), ``speaker`` (code into
    ``speakers``), ``counted``, ``start``/``end`` (offsets into ``body``),
    ``kind`` (code into ``kinds``) and ``statement`` (Arrow strings); ``pairs``:
    the distinct (speaker, row) of counted events."""

    row: np.ndarray
    speaker: np.ndarray
    speakers: np.ndarray
    counted: np.ndarray
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    kinds: list[str]
    statement: pa.Array
    pair_speaker: np.ndarray
    pair_row: np.ndarray

    @classmethod
    def build(cls, corpus: pd.DataFrame) -> QuoteIndex:
        """Find the reporting events of ``corpus`` (rows in corpus order)."""
        from akhbar.speakers import quotes

        events = quotes(corpus.reset_index(drop=True))
        rows = pd.Series(np.arange(len(corpus)), index=corpus["article_id"].to_numpy())
        rows = rows[~rows.index.duplicated()]
        row = events["article_id"].map(rows).to_numpy(dtype=np.int32)
        speaker, speakers = pd.factorize(events["speaker"].astype(object))
        kind, kinds = pd.factorize(events["kind"].astype(object))
        counted = ~events["nested"].to_numpy(bool) & ~events["continuation"].to_numpy(bool)
        pairs = np.unique(np.stack([speaker[counted], row[counted]]), axis=1) \
            if counted.any() else np.zeros((2, 0), dtype=np.int64)
        return cls(row=row, speaker=speaker.astype(np.int32),
                   speakers=np.asarray(speakers, dtype=object), counted=counted,
                   start=events["start"].to_numpy(np.int32), end=events["end"].to_numpy(np.int32),
                   kind=kind.astype(np.int8), kinds=list(kinds),
                   statement=pa.array(events["quote"].astype(object).tolist(), type=pa.string()),
                   pair_speaker=pairs[0].astype(np.int32), pair_row=pairs[1].astype(np.int32))

    @property
    def nbytes(self) -> int:
        arrays = (self.row, self.speaker, self.counted, self.start, self.end, self.kind,
                  self.pair_speaker, self.pair_row)
        names = sum(len(s.encode()) + 50 for s in self.speakers)  # str objects
        return sum(a.nbytes for a in arrays) + self.statement.nbytes + names

    def __len__(self) -> int:
        return len(self.row)

    def counts(self, mask: np.ndarray) -> pd.DataFrame:
        """``speaker, count, articles`` of the articles in ``mask``, as
        :func:`akhbar.speakers.speaker_counts` gives them for their events."""
        chosen = self.counted & mask[self.row]
        if not chosen.any():
            return pd.DataFrame(columns=["speaker", "count", "articles"])
        count = np.bincount(self.speaker[chosen], minlength=len(self.speakers))
        articles = np.bincount(self.pair_speaker[mask[self.pair_row]],
                               minlength=len(self.speakers))
        ids = np.flatnonzero(count)
        table = pd.DataFrame({"speaker": self.speakers[ids].tolist(),
                              "count": count[ids].astype(np.int64),
                              "articles": articles[ids].astype(np.int64)})
        table = table.sort_values(["count", "speaker"], ascending=[False, True], kind="stable")
        return table.reset_index(drop=True)

    def events(self, mask: np.ndarray, speaker: str | None = None) -> np.ndarray:
        """Event numbers of the counted events in ``mask`` (of one speaker), in corpus order."""
        chosen = self.counted & mask[self.row]
        if speaker is not None:
            code = np.flatnonzero(self.speakers == speaker)
            chosen &= np.isin(self.speaker, code)
        return np.flatnonzero(chosen)

    def in_rows(self, rows) -> np.ndarray:
        """Event numbers (all, nested ones too) of the articles ``rows``."""
        return np.flatnonzero(np.isin(self.row, np.atleast_1d(rows)))
