"""Word frequencies for Arabic news: counts, keyness, keywords in context, collocations.

Every reader takes the corpus DataFrame of :func:`akhbar.load_corpus` (one
row per article) first, then keyword arguments (``by=``, ``text=``,
``stopwords=``, ``lexicon=``), and returns a tidy DataFrame. Words are
counted by their *key* (:class:`akhbar.text.Analyzer`: normalised, clitics
stripped, so وروسيا and لروسيا count as روسيا) and shown by their most
frequent surface form.

- :mod:`~akhbar.freq.vocabulary` — the analyzer of a corpus' vocabulary, shared;
- :mod:`~akhbar.freq.counts` — :func:`word_counts` (words, n-grams, per group);
- :mod:`~akhbar.freq.keyness` — :func:`keyness` against other articles or general Arabic;
- :mod:`~akhbar.freq.kwic` — :func:`kwic`, keywords in context;
- :mod:`~akhbar.freq.collocations` — :func:`collocations`, bigram PMI.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"body": ["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"]})
>>> word_counts(corpus)["term"].head(2).tolist()
['روسيا', 'أضاف']
"""

from akhbar.freq.collocations import collocations
from akhbar.freq.counts import word_counts
from akhbar.freq.keyness import keyness
from akhbar.freq.kwic import kwic
from akhbar.freq.vocabulary import corpus_analyzer

__all__ = ["collocations", "corpus_analyzer", "keyness", "kwic", "word_counts"]
