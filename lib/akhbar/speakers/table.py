"""The reader API: :func:`quotes` (one row per reporting event) and :func:`speaker_counts`.

:func:`quotes` runs the per-article step (:func:`akhbar.speakers.article_quotes`)
on every article and then the one corpus-wide step, name merging
(:func:`akhbar.speakers.merge_names`). A scaled-out run does the same by
hand: ``article_quotes`` per partition, one ``merge_names`` at the end.
:func:`speaker_counts` counts a quotes table, overall or by group.

>>> corpus = pd.DataFrame({"article_id": ["a"], "body": ["قال بوتين إن الوضع خطير."]})
>>> speaker_counts(quotes(corpus)).to_dict("records")
[{'speaker': 'بوتين', 'count': 1, 'articles': 1}]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from akhbar.grouping import with_groups
from akhbar.scale import is_dask
from akhbar.speakers.article import QUOTE_COLUMNS, article_quotes
from akhbar.speakers.lexicon import Lexicon, load_lexicon
from akhbar.speakers.names import merge_names

__all__ = ["COUNT_COLUMNS", "finish_quotes", "quotes", "speaker_counts"]

#: The columns of :func:`speaker_counts`, after those of ``by``.
COUNT_COLUMNS = ["speaker", "count", "articles"]
_META = ("section", "published")


def quotes(
    corpus: pd.DataFrame,
    *,
    text: str | Sequence[str] = "body",
    lexicon: Lexicon | None = None,
) -> pd.DataFrame:
    """One row per reporting event in the articles of ``corpus`` (needs ``article_id``
    and the ``text`` column(s); several columns are read as one text, joined by a
    newline, and the offsets refer to that text).

    >>> corpus = pd.DataFrame({"article_id": ["a"],
    ...                        "body": ["وقالت وزارة الخارجية إن الاجتماع مفيد."]})
    >>> quotes(corpus).loc[0, ["speaker", "verb", "kind", "quote"]].tolist()
    ['وزارة الخارجية', 'وقالت', 'indirect', 'إن الاجتماع مفيد']

    Columns: ``article_id``; ``speaker`` (canonical name, merged within the
    article and across the corpus); ``speaker_surface`` (the words of this
    mention, "" for a verb without subject); ``verb`` (the trigger as written);
    ``kind`` (``direct`` quoted speech, ``indirect`` أن/إن clause, ``attribution``
    بحسب/وفقا لـ …); ``quote`` (the statement); ``start``, ``end`` (character
    offsets of trigger … end of statement in the text); ``paragraph`` (0-based);
    ``nested`` (a report inside another's statement); ``continuation`` (a
    participle such as موضحا). ``section`` and ``published`` follow when
    ``corpus`` has them. ``lexicon``: the word lists to use (default
    :func:`akhbar.speakers.load_lexicon`).
    """
    if is_dask(corpus):
        from akhbar.scale.readers import quotes as quotes_on_dask

        return quotes_on_dask(corpus, text=text, lexicon=lexicon)
    lex = load_lexicon() if lexicon is None else lexicon
    rows: list[dict] = []
    for aid, body in zip(corpus["article_id"].tolist(), _texts(corpus, text), strict=True):
        rows.extend(article_quotes(aid, body, lex))
    extra = [c for c in _META if c in corpus.columns]
    return finish_quotes(rows, corpus[["article_id", *extra]] if extra else None)


def finish_quotes(rows: list[dict], meta: pd.DataFrame | None = None) -> pd.DataFrame:
    """The quotes table of the per-article ``rows`` (:func:`article_quotes`): typed,
    speakers' spellings merged across the corpus (:func:`merge_names`, the one
    corpus-wide step), then each article's ``meta`` columns (section, published)
    joined on ``article_id``. Shared by the pandas and the Dask readers."""
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    out = out.astype({"start": "int64", "end": "int64", "paragraph": "int64",
                      "nested": "bool", "continuation": "bool"})
    out = merge_names(out)
    if meta is not None:
        out = out.merge(meta.drop_duplicates("article_id"), on="article_id", how="left")
    return out


def _texts(corpus: pd.DataFrame, text: str | Sequence[str]) -> list[str]:
    columns = [text] if isinstance(text, str) else list(text)
    values = [[v if isinstance(v, str) else "" for v in corpus[c].tolist()] for c in columns]
    return values[0] if len(values) == 1 else ["\n".join(parts) for parts in zip(*values)]


def speaker_counts(
    quotes_table: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    include_nested: bool = False,
) -> pd.DataFrame:
    """How often each speaker is reported, overall or per group.

    ``quotes_table`` is the output of :func:`quotes` (pass ``quotes(corpus)``, not
    the corpus). ``by`` is a column (``"section"``, ``"article_id"``), a period of
    ``published`` (``"day"``, ``"month"`` …, ``"auto"``) or a list of them, as
    everywhere (:mod:`akhbar.grouping`). Nested reports and continuation
    participles are left out unless ``include_nested``.

    >>> corpus = pd.DataFrame({"article_id": ["a"], "body": ["قال بوتين إن الوضع خطير."]})
    >>> speaker_counts(quotes(corpus)).to_dict("records")
    [{'speaker': 'بوتين', 'count': 1, 'articles': 1}]

    Columns: ``<by>…, speaker, count`` (events), ``articles`` (distinct
    articles), sorted by group then count descending. A grouping with no value
    at all (a corpus without sections, by section) gives an empty table with
    these columns.
    """
    if is_dask(quotes_table):
        from akhbar.scale.readers import speaker_counts as speaker_counts_on_dask

        return speaker_counts_on_dask(quotes_table, by=by, include_nested=include_nested)
    _check_quotes_table(quotes_table)
    q = quotes_table
    if not include_nested:
        q = q[~q["nested"].astype(bool) & ~q["continuation"].astype(bool)]
    q, groups = with_groups(q, by)
    keys = [*groups, "speaker"]
    if q.empty:
        return pd.DataFrame(columns=[*groups, *COUNT_COLUMNS])
    out = (q.groupby(keys, dropna=False, sort=False)
           .agg(count=("article_id", "size"), articles=("article_id", "nunique"))
           .reset_index())
    out = out.sort_values([*groups, "count", "speaker"],
                          ascending=[True] * len(groups) + [False, True], kind="stable")
    return out.reset_index(drop=True)


def _check_quotes_table(table) -> None:
    needed = ["article_id", "speaker", "nested", "continuation"]
    if not isinstance(table, pd.DataFrame) or any(c not in table.columns for c in needed):
        what = "a corpus" if isinstance(table, pd.DataFrame) and "body" in table.columns \
            else f"a {type(table).__name__} without the columns {', '.join(needed)}"
        raise TypeError(f"speaker_counts() counts a table of quotes: pass quotes(corpus), "
                        f"not {what}")
