"""The tidy tables of a topic model, and :class:`TopicResult` that holds them.

Topics are numbered 1..k by their share of the corpus, largest first.
Building the tables needs the fitted model; :func:`doc_topics_table` turns
any units' weights into rows, a batch at a time.

>>> empty_tables()["doc_topics"].columns.tolist()
['article_id', 'unit', 'topic', 'weight']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "TopicResult",
    "doc_topics_table",
    "empty_doc_topics",
    "empty_tables",
    "topic_tables",
]


@dataclass(frozen=True)
class TopicResult:
    """A fitted topic model and its tidy tables.

    Attributes:
        topics: ``topic, rank, term, weight`` — the top terms of each topic in
            display form; ``rank`` starts at 1; ``weight`` is the term's share
            of the topic's mass (over the whole vocabulary).
        doc_topics: ``article_id, unit, topic, weight`` — one row per modelled
            unit and topic; ``unit`` is 0 for articles and the paragraph
            number (from 0) for paragraphs; each unit's weights sum to 1 (0
            for a unit with no known term).
        summary: ``topic, label, coherence, share, units`` — label = the top 3
            terms, coherence = mean NPMI of the top 10 terms, share = mean
            weight over units, units = how many units it dominates.
        k_scores: ``k, coherence`` — mean NPMI of each k tried (one row when k
            was given).
        n_topics, method, unit: what was fitted (``n_topics`` 0 when nothing).
        note: one paragraph saying which units and which k, and why.
        model: the fitted :class:`~akhbar.topics.TopicModel`;
            ``model.transform(corpus)`` gives the ``doc_topics`` of any corpus
            (of this one: exactly ``doc_topics``).
        vectorizer: the fitted scikit-learn vectorizer (None when nothing was
            fitted).
        analyzer: turns one text into the list of keys the vectorizer reads.
        units: ``article_id, unit, text`` — the modelled texts.
    """

    topics: pd.DataFrame
    doc_topics: pd.DataFrame
    summary: pd.DataFrame
    k_scores: pd.DataFrame
    n_topics: int
    method: str
    unit: str
    note: str
    model: Any = field(default=None, repr=False)
    vectorizer: Any = field(default=None, repr=False)
    analyzer: Any = field(default=None, repr=False)
    units: pd.DataFrame | None = field(default=None, repr=False)

    @classmethod
    def from_model(cls, model) -> TopicResult:
        """The tables and settings of a fitted :class:`~akhbar.topics.TopicModel`."""
        return cls(topics=model.topics_, doc_topics=model.doc_topics_, summary=model.summary_,
                   k_scores=model.k_scores_, n_topics=model.n_topics_, method=model.method,
                   unit=model.unit_, note=model.note_, model=model,
                   vectorizer=model.vectorizer_, analyzer=model.analyzer_, units=model.units_)

    @property
    def ok(self) -> bool:
        """True when a topic model was fitted (False: see :attr:`note`)."""
        return self.n_topics > 0

    @property
    def labels(self) -> dict[int, str]:
        """Topic number → label (its top 3 terms)."""
        return dict(zip(self.summary["topic"], self.summary["label"]))

    @property
    def coherence(self) -> dict[int, float]:
        """Topic number → NPMI coherence of its top 10 terms."""
        return dict(zip(self.summary["topic"], self.summary["coherence"]))

    def __repr__(self) -> str:  # a notebook shows the note, not the DataFrames
        return f"TopicResult(n_topics={self.n_topics}, method={self.method!r}, " \
               f"unit={self.unit!r})\n{self.note}"


def empty_doc_topics() -> pd.DataFrame:
    """A ``doc_topics`` table with no row."""
    return pd.DataFrame({"article_id": pd.Series(dtype="str"), "unit": pd.Series(dtype="int64"),
                         "topic": pd.Series(dtype="int64"), "weight": pd.Series(dtype=float)})


def empty_tables() -> dict[str, pd.DataFrame]:
    """``topics, doc_topics, summary, k_scores`` with no row, for a corpus too small."""
    return {
        "topics": pd.DataFrame({"topic": pd.Series(dtype="int64"),
                                "rank": pd.Series(dtype="int64"),
                                "term": pd.Series(dtype="str"), "weight": pd.Series(dtype=float)}),
        "doc_topics": empty_doc_topics(),
        "summary": pd.DataFrame({"topic": pd.Series(dtype="int64"),
                                 "label": pd.Series(dtype="str"),
                                 "coherence": pd.Series(dtype=float),
                                 "share": pd.Series(dtype=float),
                                 "units": pd.Series(dtype="int64")}),
        "k_scores": pd.DataFrame({"k": pd.Series(dtype="int64"),
                                  "coherence": pd.Series(dtype=float)}),
    }


def doc_topics_table(units: pd.DataFrame, weights: np.ndarray) -> pd.DataFrame:
    """``article_id, unit, topic, weight`` from the units (``article_id,
    unit``) and their weights (units × topics, in topic order)."""
    k = weights.shape[1]
    return pd.DataFrame({
        "article_id": np.repeat(units["article_id"].to_numpy(), k),
        "unit": np.repeat(units["unit"].to_numpy(), k),
        "topic": np.tile(np.arange(1, k + 1), len(units)),
        "weight": weights.ravel(),
    })


def topic_tables(doc_weights: np.ndarray, term_weights: np.ndarray, coherence: np.ndarray,
                 display: np.ndarray, units: pd.DataFrame, top_terms: int):
    """The topic order (largest share first: ``order[i]`` is the model's topic
    shown as topic ``i + 1``) and the ``topics``, ``doc_topics`` and
    ``summary`` tables, from the units' weights and the topics' term weights
    in the model's order, each topic's coherence and each term's display form."""
    share = doc_weights.mean(axis=0)
    order = np.argsort(-share, kind="stable")
    W, H = doc_weights[:, order], term_weights[order]
    k = W.shape[1]
    top = np.argsort(-H, axis=1, kind="stable")[:, :top_terms]
    topics = pd.DataFrame({
        "topic": np.repeat(np.arange(1, k + 1), top.shape[1]),
        "rank": np.tile(np.arange(1, top.shape[1] + 1), k),
        "term": display[top].ravel(),
        "weight": np.take_along_axis(H, top, axis=1).ravel(),
    })
    topics["term"] = topics["term"].astype(str)
    dominant = np.where(W.sum(axis=1) > 0, W.argmax(axis=1) + 1, 0)
    summary = pd.DataFrame({
        "topic": np.arange(1, k + 1),
        "label": ["، ".join(display[row[:3]]) for row in top],
        "coherence": coherence[order],
        "share": share[order],
        "units": [int((dominant == t).sum()) for t in range(1, k + 1)],
    })
    return order, topics, doc_topics_table(units, W), summary
