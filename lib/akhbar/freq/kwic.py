"""Keywords in context: every occurrence of a word, any clitic form, with the words around it.

Per article: once the analyzer of the corpus is built (from the whole
corpus' token counts), each article is searched on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq.vocabulary import corpus_analyzer
from akhbar.scale import is_dask
from akhbar.text import TOKEN_PATTERN, Analyzer, ReferenceLexicon, reference_lexicon, token_counts

__all__ = ["contexts", "first_forms", "kwic", "term_keys"]

_TOKEN_RE = re.compile(TOKEN_PATTERN)


def kwic(
    df: pd.DataFrame,
    term: str,
    *,
    width: int = 8,
    text: str | Sequence[str] = "body",
    limit: int | None = None,
    lexicon: ReferenceLexicon | None = None,
) -> pd.DataFrame:
    """Every occurrence of ``term`` with ``width`` words of context each side.

    Matching is on keys, so every clitic form is found (روسيا finds وروسيا،
    لروسيا، بروسيا) and names are not (بوتين does not find وتين). ``term``
    may be several words (وزير الخارجية). Returns columns ``[article_id,
    before, match, after]`` in corpus order (the text as written, line
    breaks as spaces); at most ``limit`` rows. ``before`` is the text that
    comes before the match in reading order — in Arabic, to its *right*:
    show the table right to left (:func:`akhbar.display.rtl`). ``left`` and
    ``right``, this table's column names before 0.2, follow as copies of
    ``before`` and ``after`` for one release.

    >>> corpus = pd.DataFrame({"article_id": ["a1"], "body": ["قال بوتين إن روسيا، وروسيا أيضاً."]})
    >>> kwic(corpus, "روسيا", width=2)[["article_id", "before", "match", "after"]]
      article_id     before   match           after
    0         a1   بوتين إن   روسيا  ، وروسيا أيضاً
    1         a1  إن روسيا،  وروسيا           أيضاً
    """
    if is_dask(df):
        from akhbar.scale.words import kwic as kwic_on_dask

        return kwic_on_dask(df, term, width=width, text=text, limit=limit, lexicon=lexicon)
    texts = text_of(df, text)
    ids = df["article_id"] if "article_id" in df.columns else pd.Series(df.index, index=df.index)
    analyzer = corpus_analyzer(token_counts(texts), stopwords=False,
                               lexicon=lexicon or reference_lexicon())
    wanted = term_keys(term, analyzer)
    forms = first_forms(wanted, analyzer)
    rows = []
    for article_id, body in zip(ids.tolist(), texts.tolist(), strict=True):
        for _, _, before, match, after in contexts(body, wanted, analyzer, width, forms):
            rows.append((article_id, before, match, after))
            if limit is not None and len(rows) >= limit:
                return _table(rows)
    return _table(rows)


def _table(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["article_id", "before", "match", "after"])
    return table.assign(left=table["before"], right=table["after"])


def term_keys(term: str, analyzer: Analyzer) -> list[str]:
    """The keys a search term stands for (one per word); ValueError when a word
    of it cannot be searched for (a stopword alone, punctuation)."""
    wanted = [analyzer.key(token) for token in _TOKEN_RE.findall(term)]
    if not wanted or None in wanted:
        raise ValueError(f"{term!r} has no word that can be searched for")
    return wanted


def first_forms(wanted: list[str], analyzer: Analyzer) -> frozenset[str]:
    """The written forms of the corpus whose key is the term's first key."""
    return frozenset(token for token, key in analyzer.key_map().items() if key == wanted[0])


def contexts(
    text: str, wanted: list[str], analyzer: Analyzer, width: int,
    forms: frozenset[str] | None = None,
) -> Iterator[tuple[int, int, str, str, str]]:
    """Each match of the key sequence ``wanted`` in one text: ``(start, end,
    before, match, after)``, offsets into ``text``. Per article: needs only
    the corpus' analyzer. ``forms`` (:func:`first_forms`) lets a text without
    the term be skipped without analysing its words."""
    matches = list(_TOKEN_RE.finditer(text))
    tokens = [m.group() for m in matches]
    if forms is not None and forms.isdisjoint(tokens):
        return
    key_of = analyzer.key_map()
    keys = [key_of.get(token) or analyzer.key(token) for token in tokens]
    n = len(wanted)
    for i in range(len(keys) - n + 1):
        if keys[i] == wanted[0] and keys[i:i + n] == wanted:
            start, end = matches[i].start(), matches[i + n - 1].end()
            before_start = matches[max(i - width, 0)].start()
            after_end = matches[min(i + n - 1 + width, len(matches) - 1)].end()
            yield (start, end, _clean(text[before_start:start]), _clean(text[start:end]),
                   _clean(text[end:after_end]))


def _clean(part: str) -> str:
    return " ".join(part.split())
