"""Keywords in context: every occurrence of a word, any clitic form, with the words around it.

Per article: once the analyzer of the corpus is built (from the whole
corpus' token counts), each article is searched on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq.vocabulary import corpus_analyzer
from akhbar.text import TOKEN_PATTERN, ReferenceLexicon, reference_lexicon, token_counts

__all__ = ["kwic"]

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
    left, match, right]`` in corpus order (the text as written, line breaks
    as spaces); at most ``limit`` rows.

    >>> corpus = pd.DataFrame({"article_id": ["a1"], "body": ["قال بوتين إن روسيا، وروسيا أيضاً."]})
    >>> kwic(corpus, "روسيا", width=2)
      article_id       left   match           right
    0         a1   بوتين إن   روسيا  ، وروسيا أيضاً
    1         a1  إن روسيا،  وروسيا           أيضاً
    """
    texts = text_of(df, text)
    ids = df["article_id"] if "article_id" in df.columns else pd.Series(df.index, index=df.index)
    analyzer = corpus_analyzer(token_counts(texts), stopwords=False,
                               lexicon=lexicon or reference_lexicon())
    wanted = [analyzer.key(token) for token in _TOKEN_RE.findall(term)]
    if not wanted or None in wanted:
        raise ValueError(f"{term!r} has no word that can be searched for")
    key_of = analyzer.key_map()
    first_forms = {token for token, key in key_of.items() if key == wanted[0]}
    rows = []
    for article_id, body in zip(ids.tolist(), texts.tolist(), strict=True):
        matches = list(_TOKEN_RE.finditer(body))
        tokens = [match.group() for match in matches]
        if first_forms.isdisjoint(tokens):
            continue
        keys = [key_of.get(token) or analyzer.key(token) for token in tokens]
        for i in range(len(keys) - len(wanted) + 1):
            if keys[i : i + len(wanted)] == wanted:
                rows.append(_context(article_id, body, matches, i, len(wanted), width))
                if limit is not None and len(rows) >= limit:
                    return pd.DataFrame(rows, columns=_KWIC_COLUMNS)
    return pd.DataFrame(rows, columns=_KWIC_COLUMNS)


_KWIC_COLUMNS = ["article_id", "left", "match", "right"]


def _context(article_id, body: str, matches: list, i: int, n: int, width: int) -> tuple:
    start, end = matches[i].start(), matches[i + n - 1].end()
    left_start = matches[max(i - width, 0)].start()
    right_end = matches[min(i + n - 1 + width, len(matches) - 1)].end()

    def clean(part: str) -> str:
        return " ".join(part.split())

    return (
        article_id,
        clean(body[left_start:start]),
        clean(body[start:end]),
        clean(body[end:right_end]),
    )
