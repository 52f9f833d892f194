"""Keywords in context for the explorer: the rows of :func:`akhbar.kwic`, read from the index.

:func:`akhbar.kwic` builds its analyzer from the articles it is given and
then reads *every* article. The explorer already has the keys of its
subcorpus (:class:`~akhbar.explore.keys.Keys`, without stopwords, as kwic
builds them), so it reads only the articles that hold one of the term's
written forms (the postings of the index) and hands each to the library's
own per-article step, :func:`akhbar.freq.kwic.contexts` — the same rows, in
the same order.

Rows can be sorted as in AntConc: by the first, second or third word before
the match (in Arabic, to its right) or after it, or by the match itself
(:func:`sort_contexts`); words compare in their normalised spelling, rows
without such a word go last, ties keep corpus order.

>>> import akhbar
>>> from akhbar.explore.index import CorpusIndex
>>> index = CorpusIndex.build(akhbar.load_corpus("seeds"))
>>> rows = context_table(index, index.keys(stopwords=False), "روسيا", width=2)
>>> rows[["before", "match", "after"]].head(2).values.tolist()
[['الحدود وتقديم', 'روسيا', 'المساعدة لحلفائها'], ['لضمان أمن', 'روسيا', 'على الحدود']]
>>> sort_contexts(rows, "after 1")["after"].head(2).tolist()  # ا before ع
['المساعدة لحلفائها', 'على الحدود']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from akhbar.explore.keys import Keys
from akhbar.freq.kwic import contexts
from akhbar.text import ARABIC_WORD_PATTERN, TOKEN_PATTERN, normalize, tokenize
from akhbar.text.charsets import ARABIC_INNER, ARABIC_LETTERS

__all__ = ["CONTEXT_COLUMNS", "SORT_LEVELS", "context_rows", "context_table", "matches_in",
           "phrase_candidates", "phrase_pattern", "phrase_rows", "sort_contexts"]

_TOKEN_RE = re.compile(TOKEN_PATTERN)
_ARABIC_WORD = re.compile(ARABIC_WORD_PATTERN)
#: Columns of :func:`context_table`: kwic's, then where the match is.
CONTEXT_COLUMNS = ["article_id", "before", "match", "after", "row", "start", "end"]
#: Sort levels, AntConc's: the n-th word before (right of) or after (left of) the match.
SORT_LEVELS = ["corpus", "match", "before 1", "before 2", "before 3",
               "after 1", "after 2", "after 3"]


class _KeyLookup:
    """What :func:`akhbar.freq.kwic.contexts` asks of an analyzer, for the tokens of
    a few articles. (An ``Analyzer.key_map()`` copies its whole table at each call.)"""

    def __init__(self, keys: dict[str, int | None]) -> None:
        self._keys = keys

    def key_map(self) -> dict[str, int | None]:
        return self._keys

    def key(self, token: str) -> int | None:
        return self._keys.get(token)


def _lookup(index, keys: Keys, wanted: list[int]) -> _KeyLookup:
    """The written forms of the wanted keys and their key ids. A token outside it
    can match no word of the term, so it needs no key (``contexts`` compares
    keys with the term's only): the same rows as with every token's key."""
    forms: dict[str, int] = {}
    for key_id in dict.fromkeys(wanted):
        forms.update(dict.fromkeys(index.tokens.take(keys.tokens_of(key_id)).to_pylist(),
                                   key_id))
    return _KeyLookup(forms)


def _forms(index, keys: Keys, key_id: int) -> frozenset[str]:
    return frozenset(index.tokens.take(keys.tokens_of(key_id)).to_pylist())


def matches_in(index, keys: Keys, term: str, row: int, text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each match of ``term`` in ``text``, a text of article
    ``row`` (its body, to mark it); none for a term that cannot be searched for."""
    try:
        wanted = keys.term_ids(term)
    except ValueError:
        return []
    found = contexts(text, wanted, _lookup(index, keys, wanted), 0,
                     _forms(index, keys, wanted[0]))
    return [(start, end) for start, end, *_ in found]


def context_rows(
    index, keys: Keys, wanted: list[int], rows: np.ndarray, *, width: int = 8
) -> Iterator[tuple[int, int, int, str, str, str]]:
    """``(row, start, end, before, match, after)`` of every match of the key ids
    ``wanted`` in the articles ``rows`` (which must be counted by ``keys``)."""
    forms = _forms(index, keys, wanted[0])
    if not forms or len(rows) == 0:
        return
    lookup = _lookup(index, keys, wanted)
    for row, text in zip(rows.tolist(), index.texts(rows), strict=True):
        for start, end, before, match, after in contexts(text, wanted, lookup, width, forms):
            yield row, start, end, before, match, after


def _forms_of(index, keys: Keys, wanted: list[int]) -> list[list[str]]:
    return [index.tokens.take(keys.tokens_of(key_id)).to_pylist() for key_id in wanted]


def _alternatives(forms: list[str]) -> str:
    return "(?:" + "|".join(re.escape(form) for form in forms) + ")"


def phrase_pattern(forms: list[list[str]]) -> tuple[str, bool]:
    """An RE2 pattern for a phrase whose i-th word is written as one of ``forms[i]``,
    and whether it is *exact* — matched by exactly the texts in which
    :func:`akhbar.freq.kwic.contexts` finds those tokens one after the other.

    It is exact when every form is an Arabic word (:data:`akhbar.text.ARABIC_WORD_PATTERN`):
    such a token starts where no Arabic letter runs into it (only marks or
    tatweel may come between, with no letter before them) and ends where no
    letter or mark follows; between two tokens that follow each other there is
    no letter or digit but marks and tatweel (they would be a token), and at
    least one character that is neither. Otherwise the pattern only requires no
    Arabic letter between the forms: every text with the phrase matches it.

    >>> import pyarrow as pa
    >>> pattern, exact = phrase_pattern([["وزير"], ["الخارجية", "والخارجية"]])
    >>> texts = pa.array(["قال وزير، الخارجية", "الوزير الخارجية", "وزيرالخارجية", "وزير 3 الخارجية"])
    >>> exact, pc.match_substring_regex(texts, pattern).to_pylist()
    (True, [True, False, False, False])
    """
    words = [_alternatives(f) for f in forms]
    if not all(_ARABIC_WORD.fullmatch(form) for f in forms for form in f):
        return f"[^{ARABIC_LETTERS}]*".join(words), False
    letters, inner = ARABIC_LETTERS, ARABIC_INNER
    between = f"[^\\p{{L}}\\p{{N}}{inner}](?:[^\\p{{L}}\\p{{N}}]|[{inner}])*"
    return (f"(?:^|[^{letters}{inner}])[{inner}]*" + between.join(words)
            + f"(?:$|[^{letters}{inner}])"), True


def _phrase_hits(index, keys: Keys, wanted: list[int], rows: np.ndarray):
    forms = _forms_of(index, keys, wanted)
    if not all(forms):
        return rows[:0], True
    pattern, exact = phrase_pattern(forms)
    hits = pc.match_substring_regex(index.text_array(rows), pattern)
    return rows[np.asarray(hits.to_numpy(zero_copy_only=False), dtype=bool)], exact


def phrase_candidates(index, keys: Keys, wanted: list[int], rows: np.ndarray) -> np.ndarray:
    """``rows`` narrowed, in Arrow's RE2 kernel, to the articles that may hold the
    phrase ``wanted`` (every one that does; for Arabic words, only those)."""
    if len(wanted) < 2 or len(rows) == 0:
        return rows
    return _phrase_hits(index, keys, wanted, rows)[0]


def phrase_rows(index, keys: Keys, wanted: list[int], rows: np.ndarray) -> np.ndarray:
    """The articles among ``rows`` where the key ids ``wanted`` follow each other
    (those where :func:`context_rows` has a row), without building the contexts."""
    if len(rows) == 0:
        return rows
    rows, exact = _phrase_hits(index, keys, wanted, rows)
    if exact:
        return rows
    get = _lookup(index, keys, wanted).key_map().get
    first, n, hits = wanted[0], len(wanted), []
    for row, text in zip(rows.tolist(), index.texts(rows), strict=True):
        found = list(map(get, _TOKEN_RE.findall(text)))
        if any(found[i:i + n] == wanted for i, key in enumerate(found) if key == first):
            hits.append(row)
    return np.array(hits, dtype=np.int64)


def context_table(
    index, keys: Keys, term: str, mask: np.ndarray | None = None, *, width: int = 8
) -> pd.DataFrame:
    """The rows of ``kwic(articles, term, width=width)`` for the articles in
    ``mask`` (all by default), ``keys`` being those articles' keys without
    stopwords. Columns :data:`CONTEXT_COLUMNS`; ValueError for a term that
    cannot be searched for (as :func:`akhbar.kwic`)."""
    wanted = keys.term_ids(term)
    rows = index.rows_with(keys.tokens_of(wanted[0]))
    if mask is not None:
        rows = rows[mask[rows]]
    rows = phrase_candidates(index, keys, wanted, rows)
    found = list(context_rows(index, keys, wanted, rows, width=width))
    ids = index.corpus["article_id"] if "article_id" in index.corpus.columns \
        else pd.Series(index.corpus.index)
    table = pd.DataFrame(found, columns=["row", "start", "end", "before", "match", "after"])
    table.insert(0, "article_id", ids.to_numpy()[table["row"].to_numpy(dtype=np.int64)])
    return table[CONTEXT_COLUMNS]


def _word(text: str, position: int) -> str | None:
    words = tokenize(text)
    if position < 0:
        return normalize(words[position]) if len(words) >= -position else None
    return normalize(words[position]) if len(words) > position else None


def sort_contexts(table: pd.DataFrame, level: str = "corpus") -> pd.DataFrame:
    """``table`` sorted by one of :data:`SORT_LEVELS` (``"before 1"``: the
    word right before the match — in Arabic, right next to it on its right)."""
    if level not in SORT_LEVELS:
        raise ValueError(f"sort level must be one of {', '.join(SORT_LEVELS)}, not {level!r}")
    if level == "corpus" or table.empty:
        return table.reset_index(drop=True)
    if level == "match":
        words = table["match"].map(normalize)
    else:
        side, n = level.split()
        position = -int(n) if side == "before" else int(n) - 1
        words = table[side].map(lambda text: _word(text, position))
    order = pd.DataFrame({"missing": words.isna(), "word": words.fillna("")})
    ranked = order.sort_values(["missing", "word"], kind="stable").index
    return table.loc[ranked].reset_index(drop=True)
