"""One topic model for one k (NMF or LDA), and the choice of k by coherence.

* **NMF** (Frobenius loss, coordinate descent) on tf-idf, NNDSVD start:
  deterministic, so no random restarts are needed, and in our benchmarks as
  close to the sections as the best of five random restarts. (KL-divergence
  NMF follows sections slightly better but took 4x longer and gave markedly
  less coherent topics.) **LDA** is offered on raw counts for comparison.
* Topic term vectors are scaled to unit length before reading a document's
  weights, so that the arbitrary scale NMF gives each topic does not decide
  which topic a document belongs to; each unit's weights are then shares
  (summing to 1, or 0 for a unit with no known term).
* **Choosing k**: with ``n_topics=None`` a few values of k are fitted and the
  one with the highest mean NPMI of the top terms is kept (the smaller k on a
  tie).

Fitting needs the whole matrix; :func:`doc_weights` then reads the weights
of any unit (a row) on its own, from the fitted topics.

>>> import numpy as np
>>> X = np.array([[3, 1, 0, 0], [2, 1, 0, 0], [0, 0, 2, 1], [0, 0, 1, 2]], dtype=float)
>>> factors = factorize(X, 2, "nmf", random_state=0, top_terms=2)
>>> factors.doc_weights.argmax(axis=1).tolist(), factors.coherence.round(2).tolist()
([0, 0, 1, 1], [1.0, 1.0])
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from akhbar.topics.coherence import npmi_coherence

__all__ = [
    "TOP_TERMS",
    "Factors",
    "candidate_ks",
    "doc_weights",
    "factorize",
    "rows_to_shares",
    "select_k",
]

#: Top terms kept per topic in the tables and scored by NPMI.
TOP_TERMS = 10
# tol 1e-3: the topics no longer change by then and the fit is 1.5x faster.
NMF_TOL = 1e-3
NMF_MAX_ITER = 400
LDA_MAX_ITER = 20


@dataclass(frozen=True)
class Factors:
    """A fitted model and what it says about the units it was fitted on."""

    model: Any  # the scikit-learn NMF or LatentDirichletAllocation
    doc_weights: np.ndarray  # units × k, rows sum to 1 (or 0)
    term_weights: np.ndarray  # k × terms, rows sum to 1
    coherence: np.ndarray  # per topic


def rows_to_shares(matrix: np.ndarray) -> np.ndarray:
    """Each row divided by its sum (a row of zeros stays zeros)."""
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros_like(matrix, dtype=float), where=totals > 0)


def factorize(X, k: int, method: str, random_state: int, *, top_terms: int = TOP_TERMS,
              tol: float = NMF_TOL) -> Factors:
    """Fit ``method`` with ``k`` topics on ``X`` (units × terms)."""
    # A tiny corpus can stop NMF at max_iter; its topics are still usable and
    # the warning would only puzzle a notebook reader.
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return _factorize_quietly(X, k, method, random_state, top_terms, tol)


def _factorize_quietly(X, k: int, method: str, random_state: int, top_terms: int,
                       tol: float) -> Factors:
    from sklearn.decomposition import NMF, LatentDirichletAllocation

    if method == "lda":
        model = LatentDirichletAllocation(k, learning_method="batch", max_iter=LDA_MAX_ITER,
                                          random_state=random_state)
        W = model.fit_transform(X)
        H = model.components_
    else:
        model = NMF(k, init="nndsvd", solver="cd", tol=tol, max_iter=NMF_MAX_ITER,
                    random_state=random_state)
        W = model.fit_transform(X)
        H = model.components_
        # NMF can scale a topic's terms up and its documents down at will;
        # unit-length term vectors make the document weights comparable.
        norms = _term_norms(H)
        W, H = W * norms, H / norms[:, None]
    weights = rows_to_shares(W)
    term_weights = rows_to_shares(H)
    top = np.argsort(-term_weights, axis=1, kind="stable")[:, :top_terms]
    return Factors(model, weights, term_weights, npmi_coherence(X, top))


def _term_norms(H: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(H, axis=1)
    norms[norms == 0] = 1.0
    return norms


def doc_weights(model, X) -> np.ndarray:
    """Each unit's topic weights under a fitted model, as shares, read as
    :func:`factorize` reads them (one row at a time: any corpus).

    For LDA these are exactly the weights of the fit; for NMF they are the
    weights that best explain each unit with the topics held fixed, which is
    what the fit converges to (on the units it was fitted on they agree to
    about 1e-3, not to the last digit: the fit stops at a tolerance).
    """
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        W = model.transform(X)
    if isinstance(model, NMF):
        W = W * _term_norms(model.components_)
    return rows_to_shares(W)


def candidate_ks(n_units: int, n_terms: int) -> list[int]:
    """The k tried when ``n_topics=None``: a handful, growing with the corpus.

    >>> candidate_ks(40, 500), candidate_ks(5000, 30_000)
    ([2, 3, 4, 5, 6], [5, 10, 15, 20, 25])
    """
    if n_units < 100:
        ks = list(range(2, min(6, n_units // 3) + 1))
    else:
        ks = [k for k in (5, 10, 15, 20, 25) if k <= n_units // 10]
    return [k for k in ks if k <= n_terms] or [2]


def select_k(X, n_topics: int | None, method: str, random_state: int, *,
             top_terms: int = TOP_TERMS) -> tuple[pd.DataFrame, str, dict[int, Factors]]:
    """``k, coherence, chosen`` for each k fitted, a sentence saying which k
    and why, and the fit of each k."""
    n_units, n_terms = X.shape
    feasible = min(n_units, n_terms)
    if n_topics is not None:
        k = min(int(n_topics), feasible)
        why = f"k = {k} as asked." if k == n_topics else \
            f"k = {k}: {n_topics} asked, but only {feasible} units/terms allow."
        ks = [k]
    else:
        ks = candidate_ks(n_units, n_terms)
    fits = {k: factorize(X, k, method, random_state, top_terms=top_terms) for k in ks}
    scores = pd.DataFrame({"k": list(fits), "coherence": [f.coherence.mean() for f in fits.values()]})
    best = scores.sort_values(["coherence", "k"], ascending=[False, True], kind="stable").iloc[0]
    scores["chosen"] = scores["k"] == best["k"]
    if n_topics is None:
        tried = ", ".join(str(k) for k in scores["k"])
        why = (f"k = {int(best['k'])} chosen among {tried} as the most coherent "
               f"(mean NPMI of the top {top_terms} terms {best['coherence']:.3f}).")
    return scores, why, fits
