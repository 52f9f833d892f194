"""Topics: what a corpus talks about, and how that moves over time.

:class:`TopicModel` (scikit-learn shaped: settings in ``__init__``,
``fit(corpus)``, ``transform(corpus)``) factorises a tf-idf matrix of the
text core's *keys* (normalised, clitic-stripped words, see
:mod:`akhbar.text`, without the text core's stopwords nor the words of news
reporting in :data:`NEWS_WORDS`) with scikit-learn's NMF (default) or LDA;
:func:`fit_topics` is the one-line convenience that returns a
:class:`TopicResult` of tidy tables. One module per step:

* :mod:`~akhbar.topics.vectorize` — units (articles, or paragraphs for a
  corpus under :data:`MIN_ARTICLES` articles; under :data:`MIN_UNITS` units
  the result is empty and its ``note`` says why), keys, vocabulary and the
  tf-idf matrix (sublinear tf, l2-normalised rows; terms in too few units or
  in more than half of them dropped; bigrams of adjacent keys once the
  corpus is big enough for them to repeat);
* :mod:`~akhbar.topics.factorize` — NMF (NNDSVD start, deterministic) or
  LDA for one k, and the choice of k by coherence;
* :mod:`~akhbar.topics.coherence` — NPMI of each topic's top 10 terms over
  the modelled units, in one sparse product (no gensim);
* :mod:`~akhbar.topics.regroup` — (NMF) each unit's weights re-read from
  groups of similar units in a 100-dimensional LSA space: 2k fine groups,
  merged back to k by shared vocabulary, polished by spherical k-means,
  each group shown with the terms of the NMF topic its units weigh most;
* :mod:`~akhbar.topics.model` — :class:`TopicModel` and :func:`fit_topics`;
* :mod:`~akhbar.topics.result` — :class:`TopicResult` and its tables;
* :mod:`~akhbar.topics.readers` — :func:`topics_over_time`,
  :func:`topics_by`, :func:`dominant_topics`, :func:`representative_articles`.

Fitting needs the whole (training) corpus: the analyzer learns its names
from it, the vocabulary and idf come from its document frequencies, the
topics and groups from all its units. Everything after that is per article:
``transform`` keys, weighs and assigns any corpus a batch at a time, with
what the fit learned — which lets a model fitted on a sample assign every
partition of a corpus too big for memory.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"article_id": ["a"], "title": ["مباراة"], "body": ["فاز الفريق"]})
>>> result = fit_topics(corpus)
>>> result.ok, result.note.startswith("Only 1 article(s)")
(False, True)
"""

from akhbar.topics.coherence import npmi_coherence
from akhbar.topics.model import MIN_UNITS, TopicModel, fit_topics
from akhbar.topics.readers import (
    dominant_topics,
    representative_articles,
    topics_by,
    topics_over_time,
)
from akhbar.topics.result import TopicResult
from akhbar.topics.vectorize import MIN_ARTICLES, NEWS_WORDS

__all__ = [
    "MIN_ARTICLES",
    "MIN_UNITS",
    "NEWS_WORDS",
    "TopicModel",
    "TopicResult",
    "dominant_topics",
    "fit_topics",
    "npmi_coherence",
    "representative_articles",
    "topics_by",
    "topics_over_time",
]
