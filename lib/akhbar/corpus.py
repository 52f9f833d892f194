"""What a corpus is: its columns, and what a paragraph of an article is.

Every module that reads articles imports these facts from here, so that a
paragraph number in :func:`akhbar.speakers.quotes`, a paragraph unit of
:mod:`akhbar.topics` and the paragraph count of :func:`akhbar.overview.article_lengths`
always agree for the same article.

A corpus is a pandas DataFrame, one row per article, with the columns of
:data:`ARTICLE_COLUMNS` first (then any other field of the source records).
A paragraph is a non-empty line of ``body``, whitespace trimmed. News dumps
write one paragraph a line (some with blank lines between, some without),
so the loader writes every body as its paragraphs with one blank line
between them (:func:`join_paragraphs`), and any text is read back the same
way (:func:`paragraph_spans`). Archives whose lines are wrapped in the middle
of a sentence are unwrapped by the loader, not here.

>>> split_paragraphs("قال بوتين\\n\\nوأضاف بيسكوف")
['قال بوتين', 'وأضاف بيسكوف']
>>> split_paragraphs("سطر أول\\nسطر ثان\\n")
['سطر أول', 'سطر ثان']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "join_paragraphs",
    "paragraph_spans",
    "split_paragraphs",
    "text_of",
]

#: The columns every loaded corpus starts with, in this order.
ARTICLE_COLUMNS = ["article_id", "title", "tags", "section", "published", "body",
                   "source_file", "encoding"]

_LINE = re.compile(r"[^\n]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each paragraph of ``text``, whitespace trimmed.

    >>> paragraph_spans("أ ب\\n\\n ج د \\n")
    [(0, 3), (6, 9)]
    """
    spans = []
    for line in _LINE.finditer(text):
        piece = line.group()
        stripped = piece.strip()
        if stripped:
            first = line.start() + len(piece) - len(piece.lstrip())
            spans.append((first, first + len(stripped)))
    return spans


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (see the module docstring), whitespace trimmed."""
    return [text[start:end] for start, end in paragraph_spans(text)]


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs as a ``body``: trimmed, empty ones dropped, one blank line between.

    >>> join_paragraphs(["فقرة أولى ", "", "فقرة ثانية"])
    'فقرة أولى\\n\\nفقرة ثانية'
    """
    return "\n\n".join(p for p in map(str.strip, paragraphs) if p)


def text_of(corpus: pd.DataFrame, text: str | Sequence[str] = "body") -> pd.Series:
    """The text a reader analyses: one column, or several joined by a line break.

    Every reader's ``text=`` argument means this (``"body"`` by default,
    ``["title", "body"]`` to read the headline too); missing values read as "".

    >>> frame = pd.DataFrame({"title": ["عنوان"], "body": ["نص"]})
    >>> text_of(frame, ["title", "body"]).tolist()
    ['عنوان\\nنص']
    """
    columns = [text] if isinstance(text, str) else list(text)
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"cannot read text from {', '.join(map(repr, missing))}: the table has"
                         f" no such column (its columns: {', '.join(map(str, corpus.columns))})")
    joined = corpus[columns[0]].fillna("").astype(str)
    for column in columns[1:]:
        joined = joined + "\n" + corpus[column].fillna("").astype(str)
    return joined
