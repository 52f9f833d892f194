"""What one clitic analyzer says about the index's tokens, kept compact.

An :class:`akhbar.text.Analyzer` of the dev corpus takes 150 MB (every form,
its analysis, its evidence); the explorer keeps only what its tables need
(:class:`Keys`): the key of each token of the index as an integer id, and
the display form and written key of each id — a few megabytes, as numpy and
Arrow arrays. Counting by key is then ``np.bincount``.

Which analyzer: :func:`akhbar.freq.word_counts` and :func:`akhbar.freq.kwic`
build theirs from the token counts of the articles they are given (with
stopwords for counts, without for contexts). So the keys of a subcorpus are
those of an analyzer built from *its* token counts — the masked column sum
of the index — and they differ from the whole corpus' keys: a word seen
fewer than three times, a clitic form whose stem the subcorpus lacks, the
most frequent written form of a key all depend on the articles counted.
:func:`keys_of` makes the keys of any token counts, exactly as the library
does; building the analyzer is the costly step (seconds on the dev corpus),
so callers keep the keys they build.

A typed term is resolved the way ``Analyzer.key`` resolves it
(:meth:`Keys.term_ids`): a token of the counted articles has its key; a
spelling whose normalised form was counted has that form's key; anything
else needs the analyzer itself, which is rebuilt (slowly) for that rare case.

>>> import numpy as np, pyarrow as pa
>>> from akhbar.text import reference_lexicon
>>> tokens = pa.array(["روسيا", "وروسيا", "في", "لبنان"])
>>> counts = np.array([5, 2, 4, 0])
>>> keys = keys_of(tokens, counts, stopwords=True, lexicon=reference_lexicon())
>>> keys.token_key.tolist(), keys.term_ids("لروسيا"), keys.display_of([0])
([0, 0, -1, -2], [0], ['روسيا'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from akhbar.text import TOKEN_PATTERN, Analyzer, ReferenceLexicon, normalize, normalize_many

__all__ = ["ABSENT", "NO_KEY", "Keys", "keys_of"]

#: ``Keys.token_key`` of a token the analyzer left out (stopword, number, one letter).
NO_KEY = -1
#: ``Keys.token_key`` of a token that does not occur in the counted articles.
ABSENT = -2
_TOKEN_RE = re.compile(TOKEN_PATTERN)


@dataclass(eq=False)
class Keys:
    """The keys of an index's tokens under one analyzer.

    ``token_key``: per token of the index, its key id (:data:`NO_KEY`,
    :data:`ABSENT`); ``keys`` / ``display``: the written key and the display
    form of each id (Arrow strings); ``stopwords``: whether the analyzer left
    stopwords out; ``tokens``: the index's tokens; ``token_counts``: the
    counts the analyzer was built from (to build it again, :meth:`analyzer`).
    """

    token_key: np.ndarray
    keys: pa.Array
    display: pa.Array
    stopwords: bool
    tokens: pa.Array
    token_counts: np.ndarray = field(repr=False)
    lexicon: ReferenceLexicon = field(repr=False)
    _forms: pa.Array | None = field(default=None, repr=False)
    _resolved: dict[str, int] = field(default_factory=dict, repr=False)
    _order: np.ndarray | None = field(default=None, repr=False)
    #: Arrays derived from these keys by their users (e.g. keyed totals per article).
    derived: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def nbytes(self) -> int:
        """Memory held (the shared token list not counted)."""
        forms = self._forms.nbytes if self._forms is not None else 0
        derived = sum(a.nbytes for a in self.derived.values())
        return (self.token_key.nbytes + self.keys.nbytes + self.display.nbytes
                + self.token_counts.nbytes + forms + derived)

    def analyzer(self) -> Analyzer:
        """The analyzer these keys come from, built again (seconds on a big corpus)."""
        return _analyzer(self.tokens, self.token_counts, self.stopwords, self.lexicon)[0]

    def display_of(self, ids) -> list[str]:
        """Display forms of key ids."""
        return self.display.take(pa.array(np.asarray(ids, dtype=np.int64))).to_pylist()

    def display_order(self) -> np.ndarray:
        """Rank of each key id's display form in string order (ties: id order)."""
        if self._order is None:
            order = pc.sort_indices(self.display).to_numpy()
            ranks = np.empty(len(order), dtype=np.int64)
            ranks[order] = np.arange(len(order))
            self._order = ranks
        return self._order

    def counts(self, token_counts: np.ndarray) -> np.ndarray:
        """Per key id, the summed counts of its tokens."""
        keyed = self.token_key >= 0
        summed = np.bincount(self.token_key[keyed], weights=token_counts[keyed],
                             minlength=len(self.keys))
        return np.rint(summed).astype(np.int64)

    def tokens_of(self, key_id: int) -> np.ndarray:
        """Ids of the counted tokens whose key is ``key_id``."""
        return np.flatnonzero(self.token_key == key_id)

    def term_ids(self, term: str) -> list[int]:
        """Key ids of the words of ``term`` (as :func:`akhbar.freq.kwic.term_keys`
        finds them); ValueError when a word of it has no key. A word no
        counted token has the key of gets an id past the last (matching nothing)."""
        ids = [self._token_id(token) for token in _TOKEN_RE.findall(term)]
        if not ids or NO_KEY in ids:
            raise ValueError(f"{term!r} has no word that can be searched for")
        return ids

    def _token_id(self, token: str) -> int:
        if token not in self._resolved:
            self._resolved[token] = self._resolve(token)
        return self._resolved[token]

    def _resolve(self, token: str) -> int:
        found = self._counted(pc.equal(self.tokens, token))
        if found is None:
            found = self._counted(pc.equal(self._normalized_forms(), normalize(token)))
        if found is not None:
            return found
        key = self.analyzer().key(token)  # a spelling the counted articles never use
        if key is None:
            return NO_KEY
        where = pc.index(self.keys, key).as_py()
        return where if where >= 0 else len(self.keys)

    def _counted(self, hits: pa.Array) -> int | None:
        ids = self.token_key[np.asarray(hits.to_numpy(zero_copy_only=False), dtype=bool)]
        ids = ids[ids != ABSENT]
        return int(ids[0]) if len(ids) else None

    def _normalized_forms(self) -> pa.Array:
        if self._forms is None:
            self._forms = pa.array(normalize_many(self.tokens.to_pylist()), type=pa.string())
        return self._forms


def _analyzer(tokens: pa.Array, counts: np.ndarray, stopwords: bool,
              lexicon: ReferenceLexicon) -> tuple[Analyzer, list[str], np.ndarray]:
    present = np.flatnonzero(counts > 0)
    written = tokens.take(pa.array(present)).to_pylist()
    vocabulary = dict(zip(written, counts[present].tolist(), strict=True))
    return Analyzer(vocabulary, lexicon, stopwords=stopwords), written, present


def keys_of(
    tokens: pa.Array,
    counts: np.ndarray,
    *,
    stopwords: bool,
    lexicon: ReferenceLexicon,
) -> Keys:
    """The :class:`Keys` of the analyzer :func:`akhbar.freq.word_counts` (``stopwords=True``)
    or :func:`akhbar.freq.kwic` (``stopwords=False``) builds for articles
    whose token counts are ``counts`` (per token of ``tokens``)."""
    analyzer, written, present = _analyzer(tokens, counts, stopwords, lexicon)
    key_of = analyzer.key_map()
    codes, uniques = pd.factorize(pd.Series([key_of[t] for t in written], dtype=object))
    token_key = np.full(len(tokens), ABSENT, dtype=np.int32)
    token_key[present] = codes
    display = [analyzer.display(key) for key in uniques]
    kept = counts.astype(np.min_scalar_type(int(counts.max()) if len(counts) else 0))
    return Keys(token_key, pa.array(list(uniques), type=pa.string()),
                pa.array(display, type=pa.string()), stopwords, tokens, kept, lexicon)
