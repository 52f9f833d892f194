"""The topic model as a scikit-learn-shaped estimator, and :func:`fit_topics`.

:class:`TopicModel` stores its settings in ``__init__``; ``fit(corpus)``
learns, from the whole training corpus, the analyzer (keys), the vocabulary
and idf, the topics (NMF or LDA, k chosen by coherence) and, for NMF, the
regrouping (LSA projection and group centroids), and sets the tables as
attributes ending in ``_``. ``transform(corpus)`` then assigns the units of
*any* corpus on its own, batch by batch — a model fitted on a sample can
assign every partition of a corpus too big for memory — and for the corpus
it was fitted on it gives ``doc_topics_`` again.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> model = TopicModel(2).fit(corpus)
>>> model.unit_, model.n_topics_, len(model.transform(corpus)) == len(model.doc_topics_)
('paragraph', 2, True)
"""

from __future__ import annotations

import inspect
from typing import Literal

import numpy as np
import pandas as pd

from akhbar.scale import is_dask
from akhbar.text import analyze_texts, arabic_stopwords
from akhbar.topics.factorize import TOP_TERMS, Factors, doc_weights, select_k
from akhbar.topics.regroup import (
    FINE_GROUPS,
    GROUP_UNITS,
    LSA_DIMS,
    REFINE_STEPS,
    Regrouping,
    regroup,
)
from akhbar.topics.result import (
    TopicResult,
    doc_topics_table,
    empty_doc_topics,
    empty_tables,
    topic_tables,
)
from akhbar.topics.vectorize import (
    MAX_DF,
    MAX_TERMS,
    MIN_ARTICLES,
    NEWS_WORDS,
    choose_unit,
    make_units,
    make_vectorizer,
)

__all__ = ["MIN_UNITS", "TopicModel", "fit_topics"]

#: Fewer units (articles or paragraphs) than this: no topic model is fitted.
MIN_UNITS = 8


class TopicModel:
    """Topics of a corpus: NMF (or LDA) over clitic-stripped keys, k chosen by
    NPMI coherence, units regrouped in LSA space (see :mod:`akhbar.topics`).

    Parameters:
        n_topics: k; ``None`` tries a few and keeps the most coherent.
        method: ``"nmf"`` (tf-idf, NNDSVD) or ``"lda"`` (counts).
        unit: ``"auto"`` (articles, or paragraphs for a corpus under
            ``min_articles`` articles), ``"article"`` or ``"paragraph"``.
        random_state: fixes LDA's sampling, NMF's solver and the LSA
            projection; same input and state, same output.
        min_articles: fewer articles: ``unit="auto"`` models paragraphs (30).
        min_units: fewer units with words: no model, the note says why (8).
        min_df: fewest units a term must occur in; ``None`` scales with the
            corpus: 1 under 50 units, 2 under 2,000, 5 beyond.
        max_df: terms in more than this share of the units are dropped (0.5;
            when that leaves no term, 1.0 is used).
        bigrams: add bigrams of adjacent keys; ``None``: when ``min_df`` ≥ 2.
        max_terms: vocabulary cap, the most widespread terms (30,000).
        top_terms: top terms per topic, shown and scored by NPMI (10).
        regroup: re-read the units' weights from groups in LSA space (NMF
            only; True). False gives NMF's own weights.
        lsa_dims: dimensions of the LSA space (100).
        fine_groups: units are first split into this many times k groups,
            merged back to k (2).
        refine_steps: at most this many spherical k-means steps (20).
        group_units: fewest units per group: under ``group_units`` × k units
            no regrouping, under ``group_units`` × ``fine_groups`` × k no fine
            groups (10).

    Attributes (after :meth:`fit`):
        unit_: ``"article"`` or ``"paragraph"``, what was modelled.
        n_topics_: k (0 when the corpus was too small: see ``note_``).
        note_: one paragraph saying which units and which k, and why.
        k_scores_: ``k, coherence`` for each k tried.
        topics_, summary_, doc_topics_: the tables of
            :class:`~akhbar.topics.TopicResult`.
        units_: ``article_id, unit, text``, the modelled units.
        analyzer_: the :class:`akhbar.text.Analyzer` that keyed the training units;
            new text is keyed with it (``analyzer_.text_keys(text)``).
        vectorizer_: keys → tf-idf (NMF) or counts (LDA), fitted.
        model_: the scikit-learn NMF or LatentDirichletAllocation for k.
        regrouping_: the LSA projection (``.lsa``) and the k group centroids
            (``.centroids``, in the model's topic order), or None when the
            units were not regrouped (LDA, ``regroup=False``, or fewer than
            ``group_units`` × k units).
        topic_order_: ``topic_order_[i]`` is the model's topic shown as topic
            ``i + 1`` (topics are numbered by share, largest first).
        components_: topics × terms, each topic's term weights (shares), in
            topic order; the terms are ``vectorizer_.get_feature_names_out()``.
    """

    def __init__(
        self,
        n_topics: int | None = None,
        *,
        method: Literal["nmf", "lda"] = "nmf",
        unit: Literal["auto", "article", "paragraph"] = "auto",
        random_state: int = 0,
        min_articles: int = MIN_ARTICLES,
        min_units: int = MIN_UNITS,
        min_df: int | None = None,
        max_df: float = MAX_DF,
        bigrams: bool | None = None,
        max_terms: int = MAX_TERMS,
        top_terms: int = TOP_TERMS,
        regroup: bool = True,
        lsa_dims: int = LSA_DIMS,
        fine_groups: int = FINE_GROUPS,
        refine_steps: int = REFINE_STEPS,
        group_units: int = GROUP_UNITS,
    ) -> None:
        self.n_topics = n_topics
        self.method = method
        self.unit = unit
        self.random_state = random_state
        self.min_articles = min_articles
        self.min_units = min_units
        self.min_df = min_df
        self.max_df = max_df
        self.bigrams = bigrams
        self.max_terms = max_terms
        self.top_terms = top_terms
        self.regroup = regroup
        self.lsa_dims = lsa_dims
        self.fine_groups = fine_groups
        self.refine_steps = refine_steps
        self.group_units = group_units

    # ---------------------------------------------------------------- params

    @classmethod
    def _param_names(cls) -> list[str]:
        return [p for p in inspect.signature(cls.__init__).parameters if p != "self"]

    def get_params(self, deep: bool = True) -> dict:
        """The parameters, as scikit-learn's ``get_params`` (so ``clone`` works)."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params) -> TopicModel:
        """Change parameters (refit to use them); returns self."""
        unknown = set(params) - set(self._param_names())
        if unknown:
            raise ValueError(f"TopicModel has no parameter {', '.join(sorted(unknown))}")
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = {name: p.default
                    for name, p in inspect.signature(type(self).__init__).parameters.items()}
        changed = [f"{n}={v!r}" for n, v in self.get_params().items() if v != defaults[n]]
        return f"TopicModel({', '.join(changed)})"

    def _validate(self) -> None:
        if self.method not in ("nmf", "lda"):
            raise ValueError(f"method must be 'nmf' or 'lda', not {self.method!r}")
        if self.unit not in ("auto", "article", "paragraph"):
            raise ValueError(f"unit must be 'auto', 'article' or 'paragraph', not {self.unit!r}")
        if self.n_topics is not None and self.n_topics < 1:
            raise ValueError(f"n_topics must be at least 1, not {self.n_topics}")

    # ------------------------------------------------------------------- fit

    def fit(self, corpus: pd.DataFrame, y=None) -> TopicModel:
        """Learn the topics of ``corpus`` (``article_id``, ``title``, ``body``).

        A corpus too small for topics is not an error: ``n_topics_`` is 0, the
        tables are empty and ``note_`` says why.
        """
        if is_dask(corpus):  # a seeded sample, fitted here (akhbar.scale.topics)
            from akhbar.scale.topics import fit_model

            return fit_model(self, corpus)
        self._validate()
        self.unit_, why_unit = choose_unit(len(corpus), self.unit, self.min_articles)
        units = make_units(corpus, self.unit_)
        analyzed = analyze_texts(units["text"], stopwords=arabic_stopwords() | NEWS_WORDS)
        self.analyzer_ = analyzed.analyzer
        self.units_, unit_keys = _with_words(units, analyzed.keys)
        self.vectorizer_, X = None, None
        if len(self.units_) >= self.min_units:
            self.vectorizer_, X = self._vectorize(unit_keys)
        if X is None:  # too few units, or no term left: explain, do not fail
            n_units = len(self.units_) if len(self.units_) < self.min_units else 0
            return self._fit_nothing(f"{why_unit} {self._too_small(n_units)}")
        scores, why_k, fits = select_k(X, self.n_topics, self.method, self.random_state,
                                       top_terms=self.top_terms)
        self._fit_tables(X, fits[scores["k"][scores["chosen"]].iloc[0]])
        self.k_scores_ = scores.drop(columns="chosen")
        self.note_ = f"{why_unit} {why_k}"
        return self

    def _vectorize(self, unit_keys: list[list[str]]):
        options = {"min_df": self.min_df, "bigrams": self.bigrams, "max_terms": self.max_terms}
        try:
            vectorizer = make_vectorizer(self.method, unit_keys, max_df=self.max_df, **options)
            return vectorizer, vectorizer.fit_transform(unit_keys)
        except ValueError:
            # A few texts on one subject share every word, so "in more than
            # half of the units" prunes them all: keep them rather than fail.
            try:
                vectorizer = make_vectorizer(self.method, unit_keys, max_df=1.0, **options)
                return vectorizer, vectorizer.fit_transform(unit_keys)
            except ValueError:
                return None, None

    def _fit_tables(self, X, fit: Factors) -> None:
        self.model_ = fit.model
        self.regrouping_: Regrouping | None = None
        weights = fit.doc_weights
        if self.method == "nmf" and self.regroup:
            self.regrouping_, weights = regroup(
                X, fit, self.random_state, lsa_dims=self.lsa_dims, fine_groups=self.fine_groups,
                refine_steps=self.refine_steps, group_units=self.group_units)
        terms = self.vectorizer_.get_feature_names_out()
        display = np.array([" ".join(self.analyzer_.display(part) for part in t.split(" "))
                            for t in terms], dtype=object)
        self.topic_order_, self.topics_, self.doc_topics_, self.summary_ = topic_tables(
            weights, fit.term_weights, fit.coherence, display, self.units_, self.top_terms)
        self.components_ = fit.term_weights[self.topic_order_]
        self.n_topics_ = len(self.topic_order_)

    def _fit_nothing(self, note: str) -> TopicModel:
        tables = empty_tables()
        self.topics_, self.doc_topics_ = tables["topics"], tables["doc_topics"]
        self.summary_, self.k_scores_ = tables["summary"], tables["k_scores"]
        self.model_, self.regrouping_, self.components_ = None, None, None
        self.topic_order_ = np.zeros(0, dtype=np.int64)
        self.n_topics_, self.note_ = 0, note
        return self

    def _too_small(self, n_units: int) -> str:
        return (f"No topic model: only {n_units} {self.unit_}(s) with words to compare "
                f"(at least {self.min_units} are needed). Topics are patterns of words that "
                "recur across many texts; with this few texts any 'topic' would just "
                "be one text's vocabulary. Add articles, or look at word frequencies.")

    # ------------------------------------------------------------- transform

    def transform(self, corpus: pd.DataFrame) -> pd.DataFrame:
        """``article_id, unit, topic, weight`` for the units of any corpus, read
        with what :meth:`fit` learned (its units, keys, vocabulary, topics and
        groups); per article, so a corpus can be assigned a batch at a time.

        For the corpus the model was fitted on this is ``doc_topics_`` (to
        float rounding), except below ``group_units`` × k units with NMF,
        where there are no groups and the weights are NMF's with the topics
        held fixed: the same dominant topics, weights within about 1e-3 of the
        fit's (which stopped at a tolerance). Units without a known key are
        left out, as in ``doc_topics_``.
        """
        if not hasattr(self, "n_topics_"):
            raise ValueError("this TopicModel is not fitted yet: call fit(corpus) first")
        if is_dask(corpus):  # partition by partition on the workers (akhbar.scale.topics)
            from akhbar.scale.topics import transform

            return transform(self, corpus)
        if not self.n_topics_:
            return empty_doc_topics()
        units = make_units(corpus, self.unit_)
        units, keys = _with_words(units, [self.analyzer_.text_keys(text) for text in units["text"]])
        if units.empty:
            return empty_doc_topics()
        X = self.vectorizer_.transform(keys)
        if self.regrouping_ is None:
            weights = doc_weights(self.model_, X)
        else:
            weights = self.regrouping_.weights(X, lambda lost: doc_weights(self.model_, X[lost]))
        return doc_topics_table(units, weights[:, self.topic_order_])

    def fit_transform(self, corpus: pd.DataFrame, y=None) -> pd.DataFrame:
        """``fit(corpus)``, then its ``doc_topics_``."""
        return self.fit(corpus).doc_topics_


def _with_words(units: pd.DataFrame, unit_keys: list[list[str]]):
    """The units (index reset) and their keys, leaving out units with no key."""
    has_words = np.array([len(k) > 0 for k in unit_keys], dtype=bool)
    return (units[has_words].reset_index(drop=True),
            [k for k, ok in zip(unit_keys, has_words) if ok])


def fit_topics(corpus: pd.DataFrame, n_topics: int | None = None, **params) -> TopicResult:
    """Find the topics of a corpus: ``TopicModel(n_topics, **params).fit(corpus)``
    as a :class:`TopicResult` of tidy tables (see :class:`TopicModel` for the
    parameters, and the :mod:`akhbar.topics` docstring for the choices).

    Args:
        corpus: as from :func:`akhbar.load_corpus` (``article_id``, ``title``,
            ``body``; ``published`` and ``section`` are used later by
            :func:`~akhbar.topics.topics_over_time` and
            :func:`~akhbar.topics.topics_by`).
        n_topics: k; ``None`` tries a few and keeps the most coherent.
        **params: any :class:`TopicModel` parameter, e.g. ``method="lda"``,
            ``unit="paragraph"``, ``random_state=1``.

    Returns:
        A :class:`TopicResult`; ``result.ok`` is False (with empty tables and
        the reason in ``result.note``) when the corpus is too small;
        ``result.model`` is the fitted :class:`TopicModel`.

    >>> import akhbar
    >>> result = fit_topics(akhbar.load_corpus("seeds"))
    >>> result.unit, result.n_topics
    ('paragraph', 3)
    """
    if is_dask(corpus):
        from akhbar.scale.topics import fit_topics as fit_topics_on_dask

        return fit_topics_on_dask(corpus, n_topics, **params)
    return TopicResult.from_model(TopicModel(n_topics, **params).fit(corpus))
