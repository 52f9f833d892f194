"""Topics of a Dask corpus: fitted on a seeded sample, every article assigned per partition.

Fitting needs all its units at once (the analyzer, the vocabulary and idf,
NMF, the regrouping), so it runs on the driver on a sample: the
``sample`` articles whose ids hash lowest under ``seed``
(:func:`sample_articles` — the same articles for a pandas and a Dask corpus,
whatever the partitions). Assigning is per article: the fitted model is sent
to the workers once and :meth:`~akhbar.topics.TopicModel.transform` runs on
each partition; the rows come back in corpus order.

When the corpus is no bigger than the sample, the sample *is* the corpus and
the result is the pandas ``fit_topics`` result, ``doc_topics`` included.

The readers (``topics_over_time``, ``topics_by``, ``representative_articles``)
need only a few columns of the corpus (:func:`corpus_columns`) or a few
articles (:func:`corpus_articles`).

>>> import dask, pandas as pd, dask.dataframe as dd
>>> corpus = pd.DataFrame({"article_id": [f"a{i}" for i in range(6)], "body": ["نص"] * 6})
>>> with dask.config.set(scheduler="synchronous"):
...     sample_articles(dd.from_pandas(corpus, npartitions=2), 3)["article_id"].tolist()
['a1', 'a2', 'a5']
>>> sample_articles(corpus, 3)["article_id"].tolist()  # the same articles from pandas
['a1', 'a2', 'a5']
"""

from __future__ import annotations

from dataclasses import replace

import dask
import numpy as np
import pandas as pd

from akhbar.scale.cluster import compute, shared

__all__ = ["SAMPLE_ARTICLES", "corpus_articles", "corpus_columns", "fit_model", "fit_topics",
           "sample_articles", "transform"]

#: Articles a topic model of a Dask corpus is fitted on, by default.
SAMPLE_ARTICLES = 10_000


def _hashes(frame: pd.DataFrame, seed: int) -> np.ndarray:
    key = f"akhbar{seed:010d}"[-16:]
    return pd.util.hash_array(frame["article_id"].astype(str).to_numpy(dtype=object),
                              hash_key=key)


def _lowest(frame: pd.DataFrame, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    hashes = _hashes(frame, seed)
    order = np.argsort(hashes, kind="stable")[:n]
    return hashes[order], order


def sample_articles(corpus, n: int = SAMPLE_ARTICLES, seed: int = 0) -> pd.DataFrame:
    """The ``n`` articles whose ids hash lowest under ``seed``, in corpus order, as a
    pandas DataFrame (the whole corpus when it has at most ``n``)."""
    if not hasattr(corpus, "to_delayed"):
        hashes, order = _lowest(corpus, n, seed)
        return corpus.iloc[np.sort(order)]
    parts = corpus.to_delayed()
    found = compute(*[dask.delayed(_lowest, pure=True)(p, n, seed) for p in parts])
    sizes = compute(*[dask.delayed(len, pure=True)(p) for p in parts])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    hashes = np.concatenate([h for h, _ in found]) if found else np.zeros(0, np.uint64)
    where = np.concatenate([o + s for (_, o), s in zip(found, starts, strict=True)]) \
        if found else np.zeros(0, np.int64)
    chosen = np.sort(where[np.lexsort((where, hashes))[:n]])
    picks = [dask.delayed(_take, pure=True)(p, chosen[(chosen >= s) & (chosen < s + k)] - s)
             for p, s, k in zip(parts, starts, sizes, strict=True)]
    taken = [t for t in compute(*picks) if len(t)]
    return pd.concat(taken) if taken else corpus._meta


def _take(frame: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    return frame.iloc[positions]


def _transform(frame: pd.DataFrame, model) -> pd.DataFrame:
    return model.transform(frame)


def transform(model, corpus) -> pd.DataFrame:
    """``model.transform`` of every partition, in corpus order (one table)."""
    from akhbar.topics.result import empty_doc_topics

    sent = shared(model)
    parts = compute(*[dask.delayed(_transform, pure=True)(p, sent)
                      for p in corpus.to_delayed()])
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else empty_doc_topics()


def fit_model(model, corpus, *, sample: int = SAMPLE_ARTICLES, seed: int = 0):
    """``model.fit`` on :func:`sample_articles` of a Dask corpus; returns the model and
    whether the sample was the whole corpus."""
    articles = sample_articles(corpus, sample, seed)
    model.fit(articles)
    model.sample_size_ = len(articles)
    return model


def fit_topics(corpus, n_topics: int | None = None, *, sample: int = SAMPLE_ARTICLES,
               seed: int = 0, **params):
    """:func:`akhbar.topics.fit_topics` of a Dask corpus: fitted on ``sample``
    articles (seeded by ``seed``), ``doc_topics`` for every article."""
    from akhbar.topics import TopicModel, TopicResult

    model = fit_model(TopicModel(n_topics, **params), corpus, sample=sample, seed=seed)
    result = TopicResult.from_model(model)
    total = int(sum(compute(*[dask.delayed(len)(p) for p in corpus.to_delayed()])))
    if model.sample_size_ >= total or not result.ok:
        return result
    note = (f"{result.note} Fitted on a sample of {model.sample_size_:,} of the {total:,}"
            f" articles (seed {seed}); every article assigned with the fitted model.")
    return replace(result, doc_topics=transform(model, corpus), note=note)


def corpus_columns(corpus, by) -> pd.DataFrame:
    """The columns of a Dask corpus the topic readers group by, as pandas."""
    from akhbar.grouping import by_columns

    wanted = ["article_id", "published", "section", *by_columns(by)]
    return compute(corpus[[c for c in dict.fromkeys(wanted) if c in corpus.columns]])[0]


def corpus_articles(corpus, ids) -> pd.DataFrame:
    """The rows of a Dask corpus with these article ids, as pandas."""
    ids = pd.Index(ids).astype(str).unique()
    rows = corpus[corpus["article_id"].astype(str).isin(list(ids))]
    return compute(rows)[0]
