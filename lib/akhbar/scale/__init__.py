"""The same analyses on Dask: a corpus bigger than one machine's memory.

Pandas stays the default everywhere. ``load_corpus(*paths, engine="dask")``
returns a lazy ``dask.dataframe.DataFrame`` with exactly the columns, dtypes,
rows and index of the pandas corpus; ``word_counts``, ``keyness``, ``kwic``,
``collocations``, ``quotes``, ``speaker_counts``, ``articles_by``,
``fit_topics`` and :class:`~akhbar.topics.TopicModel` accept it and return
the same small pandas tables as for the pandas corpus — identical ones. They
hand a Dask frame to this package, which splits each analysis into what
runs per partition on the workers and what is reduced once on the driver:

=========================  ===============================================
:mod:`~akhbar.scale.plan`       which files and blocks each partition reads
:mod:`~akhbar.scale.pieces`     reading one file or one block of lines
:mod:`~akhbar.scale.witness`    the rows that fix the corpus' columns and dtypes
:mod:`~akhbar.scale.partition`  one partition: scan (keys) and build (rows)
:mod:`~akhbar.scale.corpuswide` duplicates, ids and the report, on the driver
:mod:`~akhbar.scale.loading`    ``load_corpus(engine="dask")``, partitioned parquet
:mod:`~akhbar.scale.groups`     ``by=`` resolved once for the whole corpus
:mod:`~akhbar.scale.words`      word counts, keyness, kwic, collocations
:mod:`~akhbar.scale.readers`    quotes, speaker counts, articles by group
:mod:`~akhbar.scale.topics`     topics fitted on a seeded sample, assigned per partition
:mod:`~akhbar.scale.cluster`    the cluster, the progress bar, objects sent once
=========================  ===============================================

Importing :mod:`akhbar` never imports Dask; this module only does when one of
its functions is called (:func:`is_dask` needs no Dask at all).

>>> import pandas as pd
>>> is_dask(pd.DataFrame())
False
"""

from __future__ import annotations

import importlib

__all__ = [
    "articles_by",
    "collocations",
    "fit_topics",
    "is_dask",
    "keyness",
    "kwic",
    "load_corpus",
    "load_report",
    "quotes",
    "sample_articles",
    "save_partitioned",
    "speaker_counts",
    "start_client",
    "word_counts",
]

_HOME = {
    "load_corpus": "loading", "load_report": "loading", "save_partitioned": "loading",
    "word_counts": "words", "keyness": "words", "kwic": "words", "collocations": "words",
    "quotes": "readers", "speaker_counts": "readers", "articles_by": "readers",
    "fit_topics": "topics", "sample_articles": "topics", "start_client": "cluster",
}


def is_dask(obj) -> bool:
    """True for a Dask DataFrame or Series (checked without importing Dask)."""
    return type(obj).__module__.split(".")[0] in ("dask", "dask_expr")


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(f"akhbar.scale.{_HOME[name]}"), name)
    raise AttributeError(f"module 'akhbar.scale' has no attribute {name!r}")
