"""Corpus → units → keys → vocabulary → the matrix a topic model reads.

* **Units** (:func:`make_units`) are articles (title + body) or their
  paragraphs (:func:`akhbar.corpus.split_paragraphs`, the one definition of a
  paragraph); :func:`choose_unit` says which, and why. Per article.
* **Keys** (:func:`akhbar.text.analyze_texts`, the one place where a corpus
  becomes keys): normalised, clitic-stripped words without stopwords nor
  :data:`NEWS_WORDS`, from :class:`akhbar.text.Analyzer`.
  The analyzer is built once from the token counts of the *whole* training
  corpus (it learns from them which prefixed forms are words of their own,
  so names stay whole); after that, keying a text is per text, and a text
  of another corpus is keyed by the same analyzer (tokens it has not seen
  are analysed with the lexicon alone).
* **Vocabulary** (:func:`vocabulary`): needs the whole training corpus
  (document frequencies); the fitted vectorizer then turns any unit into a
  row on its own (tf-idf with the idf learned at fit time).

scikit-learn's default ``token_pattern`` is never used: it cuts words at
every diacritic and keeps وال/بال/لل prefixes and function words, so its
topics are made of و and في.

>>> make_units(pd.DataFrame({"article_id": [7], "title": ["عنوان"],
...                          "body": ["فقرة أولى\\n\\nفقرة ثانية"]}), "paragraph")
  article_id  unit        text
0          7     0   فقرة أولى
1          7     1  فقرة ثانية
"""

from __future__ import annotations

from importlib.resources import files
from itertools import pairwise

import numpy as np
import pandas as pd

from akhbar.corpus import split_paragraphs

__all__ = [
    "MIN_ARTICLES",
    "NEWS_WORDS",
    "as_is",
    "choose_unit",
    "default_min_df",
    "make_units",
    "make_vectorizer",
    "vocabulary",
    "with_bigrams",
]

#: Fewer articles than this: ``unit="auto"`` models paragraphs instead.
MIN_ARTICLES = 30
#: Vocabulary cap: the terms (unigrams and bigrams) in most units are kept;
#: beyond that the extra rare bigrams only slow NMF down.
MAX_TERMS = 30_000
#: Terms in more than this share of the units are dropped (boilerplate such
#: as a station's name, words every story uses).
MAX_DF = 0.5


def _news_words() -> frozenset[str]:
    text = files("akhbar").joinpath("data/topics_news_words.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() for word in line.split("#", 1)[0].split())


#: Words of news *reporting* rather than of any topic (verbs of saying,
#: weekdays, months, calendar words), as keys: ``data/topics_news_words.txt``.
NEWS_WORDS = _news_words()


# --------------------------------------------------------------------------
# Units


def choose_unit(n_articles: int, unit: str, min_articles: int = MIN_ARTICLES) -> tuple[str, str]:
    """The unit to model and a sentence saying why.

    >>> choose_unit(1, "auto")[0], choose_unit(500, "auto")[0]
    ('paragraph', 'article')
    """
    if unit != "auto":
        return unit, f"Modelled {unit}s as asked."
    if n_articles >= min_articles:
        return "article", f"Modelled the {n_articles} articles (title + body)."
    return "paragraph", (
        f"Only {n_articles} article(s): too few for article-level topics (at least "
        f"{min_articles} needed), so the model works on their paragraphs: its topics "
        "are the themes *within* these articles, not what a corpus talks about.")


def make_units(df: pd.DataFrame, unit: str) -> pd.DataFrame:
    """``article_id, unit, text``: one row per article (``unit`` 0, the title
    and body) or per paragraph of the body (``unit`` numbers them from 0)."""
    titles = df["title"].fillna("").astype(str) if "title" in df else pd.Series("", index=df.index)
    bodies = df["body"].fillna("").astype(str)
    ids = df["article_id"].astype(str)
    if unit == "article":
        texts = (titles + "\n" + bodies).str.strip()
        return pd.DataFrame({"article_id": ids.to_numpy(), "unit": 0, "text": texts.to_numpy()})
    rows = [(aid, i, p) for aid, body in zip(ids, bodies)
            for i, p in enumerate(split_paragraphs(body))]
    return pd.DataFrame(rows, columns=["article_id", "unit", "text"])


# --------------------------------------------------------------------------
# Vocabulary and matrix


def with_bigrams(keys: list[str]) -> list[str]:
    """The keys and the bigrams of adjacent keys after stopword removal
    (ولي العهد, كاس العالم, مجلس الامن)."""
    return keys + [f"{a} {b}" for a, b in pairwise(keys)]


def as_is(keys: list[str]) -> list[str]:
    """The keys, unigrams only."""
    return keys


def default_min_df(n_units: int) -> int:
    """Fewest units a term must occur in, by corpus size: a term seen once or
    twice cannot define a topic in a big corpus, but in a 10-paragraph corpus
    every term is rare.

    >>> default_min_df(10), default_min_df(500), default_min_df(10_000)
    (1, 2, 5)
    """
    return 1 if n_units < 50 else 2 if n_units < 2000 else 5


def vocabulary(unit_keys: list[list[str]], *, min_df: int, max_df: float, bigrams: bool,
               max_terms: int = MAX_TERMS) -> list[str]:
    """Terms in at least ``min_df`` and at most ``max_df`` of the units, the
    ``max_terms`` most widespread of them, sorted.

    Counted here with numpy on integer codes rather than by scikit-learn's
    ``min_df``/``max_features``: those first build the full bigram vocabulary
    (millions of entries) in Python and take 3x longer on 10,000 articles.

    >>> vocabulary([["نفط", "سعر"], ["نفط", "سعر"], ["نفط"]], min_df=2, max_df=1.0,
    ...            bigrams=True)
    ['سعر', 'نفط', 'نفط سعر']
    """
    ids: dict[str, int] = {}
    docs = [np.fromiter((ids.setdefault(k, len(ids)) for k in keys), dtype=np.int64,
                        count=len(keys)) for keys in unit_keys]
    n_words = len(ids)
    codes = [np.unique(d) for d in docs]
    if bigrams:  # a bigram (a, b) is coded n_words + a * n_words + b, after all words
        codes += [np.unique(n_words + d[:-1] * n_words + d[1:]) for d in docs if len(d) > 1]
    code, df = np.unique(np.concatenate(codes or [np.zeros(0, np.int64)]), return_counts=True)
    keep = (df >= min_df) & (df <= max_df * len(unit_keys))
    names = np.array(list(ids), dtype=object)
    pair = code[keep] - n_words
    terms = np.where(code[keep] < n_words, names[np.minimum(code[keep], n_words - 1)],
                     names[np.maximum(pair, 0) // n_words] + " " + names[np.maximum(pair, 0) % n_words])
    # Most widespread first, ties by the term itself, so the cut is reproducible.
    ranked = sorted(zip(-df[keep], terms, strict=True))[:max_terms]
    return sorted(term for _, term in ranked)


def make_vectorizer(method: str, unit_keys: list[list[str]], *, min_df: int | None = None,
                    max_df: float = MAX_DF, bigrams: bool | None = None,
                    max_terms: int = MAX_TERMS):
    """An unfitted vectorizer over key lists with its vocabulary fixed from
    ``unit_keys``: tf-idf with sublinear tf and l2-normalised rows for NMF,
    raw counts for LDA.

    ``min_df=None`` scales with the corpus (:func:`default_min_df`);
    ``bigrams=None`` adds bigrams once they can repeat (``min_df`` ≥ 2), as
    below that they are noise. Raises ``ValueError`` when no term is left.
    """
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    min_df = default_min_df(len(unit_keys)) if min_df is None else min_df
    bigrams = min_df >= 2 if bigrams is None else bigrams
    terms = vocabulary(unit_keys, min_df=min_df, max_df=max_df, bigrams=bigrams,
                       max_terms=max_terms)
    if not terms:
        raise ValueError("no term left after pruning")
    options = {"analyzer": with_bigrams if bigrams else as_is, "vocabulary": terms,
               "lowercase": False}
    if method == "lda":  # LDA models counts, not tf-idf weights
        return CountVectorizer(**options)
    return TfidfVectorizer(**options, sublinear_tf=True, norm="l2")
