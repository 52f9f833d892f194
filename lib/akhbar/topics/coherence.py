"""Topic coherence: NPMI of a topic's top terms over the documents.

Computed here with one sparse matrix product instead of gensim's
``CoherenceModel``: gensim is a heavy extra dependency, its sliding-window
estimate needs the token stream again, and document co-occurrence over the
very units we modelled is the standard, cheap and exactly reproducible
reference. Needs the whole document-term matrix the topics were fitted on.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

__all__ = ["npmi_coherence"]


def npmi_coherence(presence, top_terms) -> np.ndarray:
    """Mean NPMI of each topic's top terms over documents.

    ``presence`` is a documents × terms matrix (sparse or dense; any value
    > 0 means "the term occurs in the document"); ``top_terms`` lists, per
    topic, the column indices of its top terms. For each pair of terms,
    NPMI = log(p(i,j) / (p(i) p(j))) / −log p(i,j) with p the share of
    documents containing the term(s): 1 means the two terms always occur
    together, 0 independent, −1 never together (pairs that never co-occur
    score −1). A pair present in every document scores 0 (it tells nothing).

    All pair counts come from one sparse product ``Xᵀ X`` over the union of
    the top terms, so scoring 20 topics over 30,000 documents takes
    milliseconds.

    >>> import numpy as np
    >>> X = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]])
    >>> npmi_coherence(X, [[0, 1], [0, 2]]).round(2).tolist()
    [1.0, -1.0]
    """
    X = sparse.csc_matrix(presence)
    X = (X > 0).astype(np.float64)
    n_docs = X.shape[0]
    columns = np.unique(np.concatenate([np.asarray(t, dtype=int) for t in top_terms]))
    sub = X[:, columns]
    together = (sub.T @ sub).toarray() / max(n_docs, 1)
    position = {c: i for i, c in enumerate(columns)}
    scores = []
    for terms in top_terms:
        idx = np.array([position[int(t)] for t in terms])
        i, j = np.triu_indices(len(idx), 1)
        p_ij = together[idx[i], idx[j]]
        p_i, p_j = together[idx[i], idx[i]], together[idx[j], idx[j]]
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.log(p_ij / (p_i * p_j)) / -np.log(p_ij)
        value = np.where(p_ij <= 0, -1.0, np.where(p_ij >= 1, 0.0, value))
        scores.append(float(value.mean()) if value.size else 0.0)
    return np.array(scores)
