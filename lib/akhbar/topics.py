"""Topics: what a corpus talks about, and how that moves over time.

:func:`fit_topics` factorises a tf-idf matrix of the text core's *keys*
(normalised, clitic-stripped words, see :mod:`akhbar.text`, without the
text core's stopwords nor the words of news reporting in :data:`NEWS_WORDS`)
with scikit-learn's NMF (default) or LDA, and returns a :class:`TopicResult`
of tidy tables. scikit-learn's default ``token_pattern`` is never used: it
cuts words at every diacritic and keeps وال/بال/لل prefixes and function
words, so its topics are made of و and في.

Choices, each made for news sections rather than for one corpus:

* **Units.** Articles (title + body). A corpus with fewer than
  :data:`MIN_ARTICLES` articles cannot show article-level topics, so
  ``unit="auto"`` (the default) models its *paragraphs* instead and says so
  in :attr:`TopicResult.note`. Under :data:`MIN_UNITS` units no topic model
  is meaningful: the result is empty and its ``note`` explains why (nothing
  is raised, so a notebook over a tiny corpus still runs to the end).
* **Weighting.** tf-idf with sublinear tf (``1 + log tf``: a name repeated
  ten times in one story should not outweigh the story's other words) and
  l2-normalised rows (long and short articles count alike). Terms in fewer
  than ``min_df`` units (typos, one-off names) and in more than half of the
  units (boilerplate such as a station's name, words every story uses) are
  dropped. Bigrams of adjacent keys (ولي العهد, كاس العالم) join the
  unigrams once the corpus is big enough for them to repeat.
* **Model.** NMF (Frobenius loss, coordinate descent) with NNDSVD
  initialisation: deterministic, so no random restarts are needed, and in
  our benchmarks as close to the sections as the best of five random
  restarts. (KL-divergence NMF follows sections slightly better but took 4x
  longer and gave markedly less coherent topics.) LDA is offered on raw
  counts for comparison.
* **Dominant topic.** Topic term vectors are scaled to unit length before
  reading a document's weights, so that the arbitrary scale NMF gives each
  topic does not decide which topic a document belongs to. Then (NMF only)
  the units are regrouped in a 100-dimensional LSA space: split into 2k
  fine groups, merged back to k by shared vocabulary, polished by
  spherical k-means; each group takes the terms of the NMF topic its units
  weigh most, and a unit's weights become its similarity to each group
  (see :func:`_refine_assignment`): NMI with sections from 0.39 to 0.43 on
  ANT, 0.53 to 0.59 on ANT balanced, 0.51 to 0.61 on al-Watan, same topics
  and terms. ``model.transform`` still gives plain NMF weights.
* **Coherence.** NPMI of each topic's top 10 terms over the documents of the
  corpus (see :func:`npmi_coherence`), computed here with one sparse matrix
  product instead of gensim's ``CoherenceModel``: gensim is a heavy extra
  dependency, its sliding-window estimate needs the token stream again, and
  document co-occurrence over the very units we modelled is the standard,
  cheap and exactly reproducible reference.
* **Choosing k.** With ``n_topics=None`` a few values of k are fitted and
  the one with the highest mean NPMI is kept (the smaller k on a tie); the
  scores are in :attr:`TopicResult.k_scores` and the reason in ``note``.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"article_id": ["a"], "title": ["مباراة"], "body": ["فاز الفريق"]})
>>> fit_topics(corpus).ok
False
"""

from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, pairwise
from typing import Any, Literal

import numpy as np
import pandas as pd
import regex
from scipy import sparse

from akhbar.grouping import auto_period

__all__ = [
    "MIN_ARTICLES",
    "MIN_UNITS",
    "NEWS_WORDS",
    "TopicResult",
    "dominant_topics",
    "fit_topics",
    "npmi_coherence",
    "representative_articles",
    "topics_by",
    "topics_over_time",
]

#: Fewer articles than this: ``unit="auto"`` models paragraphs instead.
MIN_ARTICLES = 30
#: Fewer units (articles or paragraphs) than this: no topic model is fitted.
MIN_UNITS = 8
#: Vocabulary cap: the terms (unigrams and bigrams) in most units are kept;
#: beyond that the extra rare bigrams only slow NMF down.
MAX_TERMS = 30_000
#: Dimensions of the LSA space in which units are regrouped after NMF.
LSA_DIMS = 100
#: At most this many spherical k-means steps regroup the units after NMF.
REFINE_STEPS = 20
#: Units are first split into this many times k fine groups, merged back to k.
FINE_GROUPS = 2
#: Top terms kept per topic in :attr:`TopicResult.topics` and scored by NPMI.
TOP_TERMS = 10

_PARAGRAPH_BREAK = regex.compile(r"\n\s*\n")
_LINE_BREAK = regex.compile(r"\n+")


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
        model, vectorizer: the fitted scikit-learn objects, for reuse
            (``model.transform(vectorizer.transform(keys))``).
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


# --------------------------------------------------------------------------
# Units and keys


def _paragraphs(body: str) -> list[str]:
    # "\n\n" separates paragraphs in scraped pages; some sources (ANT) use a
    # single "\n" per paragraph, so fall back to lines when there is no blank line.
    parts = _PARAGRAPH_BREAK.split(body) if _PARAGRAPH_BREAK.search(body) else \
        _LINE_BREAK.split(body)
    return [p.strip() for p in parts if p.strip()]


def _units(df: pd.DataFrame, unit: str) -> pd.DataFrame:
    """``article_id, unit, text``: one row per article or per paragraph."""
    titles = df["title"].fillna("").astype(str) if "title" in df else pd.Series("", index=df.index)
    bodies = df["body"].fillna("").astype(str)
    ids = df["article_id"].astype(str)
    if unit == "article":
        texts = (titles + "\n" + bodies).str.strip()
        return pd.DataFrame({"article_id": ids.to_numpy(), "unit": 0, "text": texts.to_numpy()})
    rows = [(aid, i, p) for aid, body in zip(ids, bodies) for i, p in enumerate(_paragraphs(body))]
    return pd.DataFrame(rows, columns=["article_id", "unit", "text"])


# Words of news *reporting* rather than of any topic, on top of the text
# core's function-word list: verbs that introduce speech, weekdays, months
# (Mashriq, Maghreb and Levant names) and calendar words. Every story has
# them, so they only blur topics. Written as keys (no ال, no و).
_NEWS_WORDS = """
قال قالت قالوا يقول تقول اضاف اضافت اكد اكدت يؤكد اشار اشارت يشير اوضح اوضحت تابع
تابعت صرح صرحت افاد افادت لفت لفتت ذكر ذكرت بين بينت
احد اثنين ثلاثاء اربعاء خميس جمعة سبت
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
جانفي فيفري افريل جوان جويلية اوت كانون شباط اذار نيسان ايار حزيران تموز ايلول تشرين
يوم ايام عام اعوام سنة سنوات شهر اشهر اسبوع ساعة ساعات دقيقة ماضي مقبل حالي جاري
"""
NEWS_WORDS = frozenset(_NEWS_WORDS.split())


class _Keys:
    """Text → keys (via :class:`akhbar.text.Analyzer`) and key → display form.

    Built once over all the modelled texts: the analyzer learns from the
    corpus which prefixed forms are words of their own (names stay whole).
    Calling it on a new text gives the keys the fitted vectorizer expects.
    """

    def __init__(self, texts) -> None:
        from akhbar.text import Analyzer, arabic_stopwords, reference_lexicon, tokenize

        self._tokenize = tokenize
        self.tokens = [tokenize(text) for text in texts]
        self._analyzer = Analyzer(Counter(chain.from_iterable(self.tokens)), reference_lexicon(),
                                  stopwords=arabic_stopwords() | NEWS_WORDS)
        self._key_of = self._analyzer.key_map()
        self._display = self._analyzer.display_map()

    def corpus_keys(self) -> list[list[str]]:
        """The keys of each text given at construction, in order."""
        return [[k for k in map(self._key_of.__getitem__, doc) if k is not None]
                for doc in self.tokens]

    def __call__(self, text: str) -> list[str]:
        return [k for k in map(self._key, self._tokenize(text)) if k is not None]

    def _key(self, token: str) -> str | None:
        return self._key_of[token] if token in self._key_of else self._analyzer.key(token)

    def display(self, key: str) -> str:
        return self._display.get(key, key)


def _with_bigrams(keys: list[str]) -> list[str]:
    # Adjacent keys after stopword removal: ولي العهد, كاس العالم, مجلس الامن.
    return keys + [f"{a} {b}" for a, b in pairwise(keys)]


def _as_is(keys: list[str]) -> list[str]:
    return keys


def _vocabulary(unit_keys: list[list[str]], *, min_df: int, max_df: float,
                bigrams: bool) -> list[str]:
    """Terms in at least ``min_df`` and at most ``max_df`` of the units, the
    :data:`MAX_TERMS` most widespread of them.

    Counted here with numpy on integer codes rather than by scikit-learn's
    ``min_df``/``max_features``: those first build the full bigram vocabulary
    (millions of entries) in Python and take 3x longer on 10,000 articles.
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
    ranked = sorted(zip(-df[keep], terms, strict=True))[:MAX_TERMS]
    return sorted(term for _, term in ranked)


def _vectorizer(method: str, unit_keys: list[list[str]], max_df: float = 0.5):
    """A vectorizer over key lists, with pruning scaled to the corpus size."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    n_units = len(unit_keys)
    # A term seen once or twice cannot define a topic in a big corpus, but in
    # a 10-paragraph corpus every term is rare: scale min_df with size.
    min_df = 1 if n_units < 50 else 2 if n_units < 2000 else 5
    # Bigrams only once they can repeat (min_df >= 2), else they are noise.
    bigrams = min_df >= 2
    vocabulary = _vocabulary(unit_keys, min_df=min_df, max_df=max_df, bigrams=bigrams)
    if not vocabulary:
        raise ValueError("no term left after pruning")
    options = {"analyzer": _with_bigrams if bigrams else _as_is, "vocabulary": vocabulary,
               "lowercase": False}
    if method == "lda":  # LDA models counts, not tf-idf weights
        return CountVectorizer(**options)
    return TfidfVectorizer(**options, sublinear_tf=True, norm="l2")


# --------------------------------------------------------------------------
# Coherence


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


# --------------------------------------------------------------------------
# Fitting


@dataclass(frozen=True)
class _Fit:
    model: Any
    doc_weights: np.ndarray  # units × k, rows sum to 1 (or 0)
    term_weights: np.ndarray  # k × terms, rows sum to 1
    coherence: np.ndarray  # per topic


def _fit_once(X, k: int, method: str, random_state: int, tol: float = 1e-3) -> _Fit:
    # A tiny corpus can stop NMF at max_iter; its topics are still usable and
    # the warning would only puzzle a notebook reader.
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return _fit_quietly(X, k, method, random_state, tol)


def _fit_quietly(X, k: int, method: str, random_state: int, tol: float) -> _Fit:
    from sklearn.decomposition import NMF, LatentDirichletAllocation

    if method == "lda":
        model = LatentDirichletAllocation(k, learning_method="batch", max_iter=20,
                                          random_state=random_state)
        W = model.fit_transform(X)
        H = model.components_
    else:
        # tol 1e-3: the topics no longer change by then and the fit is 1.5x faster.
        model = NMF(k, init="nndsvd", solver="cd", tol=tol, max_iter=400,
                    random_state=random_state)
        W = model.fit_transform(X)
        H = model.components_
        # NMF can scale a topic's terms up and its documents down at will;
        # unit-length term vectors make the document weights comparable.
        norms = np.linalg.norm(H, axis=1)
        norms[norms == 0] = 1.0
        W, H = W * norms, H / norms[:, None]
    doc_weights = _rows_to_shares(W)
    term_weights = _rows_to_shares(H)
    top = np.argsort(-term_weights, axis=1, kind="stable")[:, :TOP_TERMS]
    return _Fit(model, doc_weights, term_weights, npmi_coherence(X, top))


def _refine_assignment(X, fit: _Fit, random_state: int) -> _Fit:
    """The NMF fit with each unit's weights re-read from groups of similar
    units, found in a 100-dimensional LSA space.

    NMF explains every unit as a *mix* of topics, and the largest part of a
    mix is often a generic topic (the country's news, officials' visits)
    rather than what the story is about; grouping units by whole-text
    similarity in a denoised (LSA) space tracks what the story is about more
    closely. With k groups wanted, the units are first split into 2k fine
    groups, which are merged back to k by how much vocabulary they share
    (:func:`_merged_fine_groups`), then polished by spherical k-means. The
    topics' terms stay NMF's, so labels and coherence do not change: each
    group is paired with the NMF topic its units weigh most (one group per
    topic), and a unit's weights become its cosine similarity (clipped at 0)
    to each group's centroid, as shares. Deterministic for a given
    ``random_state``.
    """
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    n_units, k = fit.doc_weights.shape
    dims = min(LSA_DIMS, min(X.shape) - 1)
    if dims < max(2, k) or n_units < 10 * k:  # too little data for stable groups
        return fit
    # Two power iterations instead of five: 3x faster on 10,000 articles and
    # as close to the sections in our benchmarks (the groups, not the exact
    # singular vectors, matter here).
    Z = normalize(TruncatedSVD(dims, n_iter=2, random_state=random_state).fit_transform(X))
    fine = FINE_GROUPS * k
    if fine <= dims and n_units >= 10 * fine:
        group = _merged_fine_groups(X, Z, k, random_state)
    else:  # too few units for the fine groups: start from the NMF topics
        group = fit.doc_weights.argmax(axis=1)
    group, similarity = _spherical_kmeans(Z, group, k)
    weights = _rows_to_shares(np.clip(similarity[:, _topic_order(group, fit.doc_weights)],
                                      0.0, None))
    # A unit unlike every centroid (all similarities <= 0) keeps its NMF weights.
    lost = weights.sum(axis=1) == 0
    weights[lost] = fit.doc_weights[lost]
    return _Fit(fit.model, weights, fit.term_weights, fit.coherence)


def _spherical_kmeans(Z: np.ndarray, group: np.ndarray, k: int):
    """Up to :data:`REFINE_STEPS` steps moving each unit (a row of ``Z``, unit
    length) to the group whose mean direction it is closest to; the groups
    and each unit's cosine similarity to the k centroids."""
    from sklearn.preprocessing import normalize

    for _ in range(REFINE_STEPS):
        centroids = np.zeros((k, Z.shape[1]))
        np.add.at(centroids, group, Z)
        similarity = Z @ normalize(centroids).T
        new_group = similarity.argmax(axis=1)
        if np.array_equal(new_group, group):
            break
        group = new_group
    return group, similarity


def _merged_fine_groups(X, Z: np.ndarray, k: int, random_state: int) -> np.ndarray:
    """k groups of units made by merging :data:`FINE_GROUPS` × k finer ones.

    Plain k-means with k = the number of news sections tends to split one
    big, tight subject in two (the war in Yemen / the war in Syria inside
    "politics") and to pour several looser ones (culture, local news) into
    one generic group. Finer groups, seeded by the dominant topics of a
    quick NMF with 2k topics, separate those loose subjects; average-linkage
    merging of the fine groups by the cosine of their centred tf-idf
    centroids then puts the two wars back together, as they share their
    vocabulary (قوات، الحكومة، الميليشيات). On our three benchmark corpora
    (80% resamples) this adds +0.002 to +0.045 NMI with sections, on average,
    over k-means started from the k NMF topics, and wins in each of 14
    resamples.
    """
    from sklearn.cluster import AgglomerativeClustering

    fine = FINE_GROUPS * k
    # A loose tolerance: only each unit's dominant topic is used, as a seed.
    seeds = _fit_once(X, fine, "nmf", random_state, tol=3e-2).doc_weights.argmax(axis=1)
    fine_group, _ = _spherical_kmeans(Z, seeds, fine)
    _, fine_group = np.unique(fine_group, return_inverse=True)  # drop emptied groups
    n_fine = fine_group.max() + 1
    if n_fine <= k:
        return fine_group
    members = sparse.csr_matrix((np.ones(len(fine_group)), (np.arange(len(fine_group)),
                                                             fine_group)))
    # Centred: a big generic group lies near the corpus mean, so uncentred it
    # looks like every other group and swallows them (economy into local news).
    centroids = (members.T @ X).toarray() / np.bincount(fine_group)[:, None]
    centroids -= np.asarray(X.mean(axis=0)).ravel()
    merged = AgglomerativeClustering(k, linkage="average", metric="cosine").fit_predict(centroids)
    return merged[fine_group]


def _topic_order(group: np.ndarray, doc_weights: np.ndarray) -> np.ndarray:
    """For each NMF topic, the group whose units weigh it most in total, one
    group per topic (a maximum-weight matching), so that a group is shown
    with the terms of the topic that best describes its units."""
    from scipy.optimize import linear_sum_assignment

    k = doc_weights.shape[1]
    weight = np.zeros((k, k))
    np.add.at(weight, group, doc_weights)  # weight[g, t]: topic t's weight over group g
    groups, topics = linear_sum_assignment(weight, maximize=True)
    return groups[np.argsort(topics)]


def _rows_to_shares(matrix: np.ndarray) -> np.ndarray:
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros_like(matrix, dtype=float), where=totals > 0)


def _candidate_ks(n_units: int, n_terms: int) -> list[int]:
    """The k tried when ``n_topics=None``: a handful, growing with the corpus."""
    if n_units < 100:
        ks = list(range(2, min(6, n_units // 3) + 1))
    else:
        ks = [k for k in (5, 10, 15, 20, 25) if k <= n_units // 10]
    return [k for k in ks if k <= n_terms] or [2]


def _choose_unit(df: pd.DataFrame, unit: str) -> tuple[str, str]:
    """The unit to model and a sentence saying why."""
    n_articles = len(df)
    if unit != "auto":
        return unit, f"Modelled {unit}s as asked."
    if n_articles >= MIN_ARTICLES:
        return "article", f"Modelled the {n_articles} articles (title + body)."
    return "paragraph", (
        f"Only {n_articles} article(s): too few for article-level topics (at least "
        f"{MIN_ARTICLES} needed), so the model works on their paragraphs: its topics "
        "are the themes *within* these articles, not what a corpus talks about.")


def _empty(method: str, unit: str, note: str, units: pd.DataFrame | None = None) -> TopicResult:
    return TopicResult(
        topics=pd.DataFrame({"topic": pd.Series(dtype="int64"), "rank": pd.Series(dtype="int64"),
                             "term": pd.Series(dtype="str"), "weight": pd.Series(dtype=float)}),
        doc_topics=pd.DataFrame({"article_id": pd.Series(dtype="str"),
                                 "unit": pd.Series(dtype="int64"),
                                 "topic": pd.Series(dtype="int64"),
                                 "weight": pd.Series(dtype=float)}),
        summary=pd.DataFrame({"topic": pd.Series(dtype="int64"), "label": pd.Series(dtype="str"),
                              "coherence": pd.Series(dtype=float),
                              "share": pd.Series(dtype=float), "units": pd.Series(dtype="int64")}),
        k_scores=pd.DataFrame({"k": pd.Series(dtype="int64"),
                               "coherence": pd.Series(dtype=float)}),
        n_topics=0, method=method, unit=unit, note=note, units=units)


def _too_small(n_units: int, unit: str) -> str:
    return (f"No topic model: only {n_units} {unit}(s) with words to compare "
            f"(at least {MIN_UNITS} are needed). Topics are patterns of words that "
            "recur across many texts; with this few texts any 'topic' would just "
            "be one text's vocabulary. Add articles, or look at word frequencies.")


def fit_topics(
    df: pd.DataFrame,
    n_topics: int | None = None,
    *,
    method: Literal["nmf", "lda"] = "nmf",
    unit: Literal["auto", "article", "paragraph"] = "auto",
    random_state: int = 0,
) -> TopicResult:
    """Find the topics of a corpus (see the module docstring for the choices).

    Args:
        df: a corpus as from :func:`akhbar.load_corpus` (``article_id``,
            ``title``, ``body``; ``published`` and ``section`` are used later
            by :func:`topics_over_time` and :func:`topics_by`).
        n_topics: k; ``None`` tries a few and keeps the most coherent.
        method: ``"nmf"`` (tf-idf, NNDSVD) or ``"lda"`` (counts).
        unit: ``"auto"`` (articles, or paragraphs for a corpus under
            :data:`MIN_ARTICLES` articles), ``"article"`` or ``"paragraph"``.
        random_state: fixes LDA's sampling and NMF's solver; same input and
            state, same output.

    Returns:
        A :class:`TopicResult`; ``result.ok`` is False (with empty tables and
        the reason in ``result.note``) when the corpus is too small.

    >>> import akhbar
    >>> result = fit_topics(akhbar.load_corpus("seeds"))  # doctest: +SKIP
    >>> result.unit, result.n_topics  # doctest: +SKIP
    ('paragraph', 2)
    """
    if method not in ("nmf", "lda"):
        raise ValueError(f"method must be 'nmf' or 'lda', not {method!r}")
    if unit not in ("auto", "article", "paragraph"):
        raise ValueError(f"unit must be 'auto', 'article' or 'paragraph', not {unit!r}")
    chosen_unit, why_unit = _choose_unit(df, unit)
    units = _units(df, chosen_unit)
    keys = _Keys(units["text"])
    unit_keys = keys.corpus_keys()
    has_words = np.array([len(k) > 0 for k in unit_keys], dtype=bool)
    units, unit_keys = units[has_words].reset_index(drop=True), \
        [k for k, ok in zip(unit_keys, has_words) if ok]
    if len(units) < MIN_UNITS:
        return _empty(method, chosen_unit, f"{why_unit} {_too_small(len(units), chosen_unit)}",
                      units)
    try:
        vectorizer = _vectorizer(method, unit_keys)
        X = vectorizer.fit_transform(unit_keys)
    except ValueError:
        # A few texts on one subject share every word, so "in more than half
        # of the units" prunes them all: keep them rather than fail.
        try:
            vectorizer = _vectorizer(method, unit_keys, max_df=1.0)
            X = vectorizer.fit_transform(unit_keys)
        except ValueError:
            return _empty(method, chosen_unit, f"{why_unit} {_too_small(0, chosen_unit)}", units)
    ks, why_k, fits = _select_k(X, n_topics, method, random_state)
    k = ks["k"][ks["chosen"]].iloc[0]
    fit = _refine_assignment(X, fits[k], random_state) if method == "nmf" else fits[k]
    return _result(fit, vectorizer, keys, units, method, chosen_unit,
                   f"{why_unit} {why_k}", ks.drop(columns="chosen"))


def _select_k(X, n_topics: int | None, method: str, random_state: int):
    n_units, n_terms = X.shape
    feasible = min(n_units, n_terms)
    if n_topics is not None:
        if n_topics < 1:
            raise ValueError(f"n_topics must be at least 1, not {n_topics}")
        k = min(int(n_topics), feasible)
        why = f"k = {k} as asked." if k == n_topics else \
            f"k = {k}: {n_topics} asked, but only {feasible} units/terms allow."
        fits = {k: _fit_once(X, k, method, random_state)}
    else:
        fits = {k: _fit_once(X, k, method, random_state) for k in _candidate_ks(n_units, n_terms)}
    scores = pd.DataFrame({"k": list(fits), "coherence": [f.coherence.mean() for f in fits.values()]})
    best = scores.sort_values(["coherence", "k"], ascending=[False, True], kind="stable").iloc[0]
    scores["chosen"] = scores["k"] == best["k"]
    if n_topics is None:
        tried = ", ".join(str(k) for k in scores["k"])
        why = (f"k = {int(best['k'])} chosen among {tried} as the most coherent "
               f"(mean NPMI of the top {TOP_TERMS} terms {best['coherence']:.3f}).")
    return scores, why, fits


def _result(fit: _Fit, vectorizer, keys: _Keys, units: pd.DataFrame, method: str, unit: str,
            note: str, k_scores: pd.DataFrame) -> TopicResult:
    # Number topics 1..k by their share of the corpus, largest first.
    share = fit.doc_weights.mean(axis=0)
    order = np.argsort(-share, kind="stable")
    W, H = fit.doc_weights[:, order], fit.term_weights[order]
    k = W.shape[1]
    terms = vectorizer.get_feature_names_out()
    display = np.array([" ".join(keys.display(part) for part in t.split(" ")) for t in terms],
                       dtype=object)
    top = np.argsort(-H, axis=1, kind="stable")[:, :TOP_TERMS]
    topics = pd.DataFrame({
        "topic": np.repeat(np.arange(1, k + 1), top.shape[1]),
        "rank": np.tile(np.arange(1, top.shape[1] + 1), k),
        "term": display[top].ravel(),
        "weight": np.take_along_axis(H, top, axis=1).ravel(),
    })
    topics["term"] = topics["term"].astype(str)
    doc_topics = pd.DataFrame({
        "article_id": np.repeat(units["article_id"].to_numpy(), k),
        "unit": np.repeat(units["unit"].to_numpy(), k),
        "topic": np.tile(np.arange(1, k + 1), len(units)),
        "weight": W.ravel(),
    })
    dominant = np.where(W.sum(axis=1) > 0, W.argmax(axis=1) + 1, 0)
    summary = pd.DataFrame({
        "topic": np.arange(1, k + 1),
        "label": ["، ".join(display[row[:3]]) for row in top],
        "coherence": fit.coherence[order],
        "share": share[order],
        "units": [int((dominant == t).sum()) for t in range(1, k + 1)],
    })
    return TopicResult(topics=topics, doc_topics=doc_topics, summary=summary, k_scores=k_scores,
                       n_topics=k, method=method, unit=unit, note=note, model=fit.model,
                       vectorizer=vectorizer, analyzer=keys, units=units)


# --------------------------------------------------------------------------
# Reading a result


def _article_weights(result: TopicResult) -> pd.DataFrame:
    """``article_id, topic, weight``: a paragraph model's weights averaged per article."""
    return (result.doc_topics.groupby(["article_id", "topic"], as_index=False, sort=True)
            ["weight"].mean())


def dominant_topics(result: TopicResult) -> pd.DataFrame:
    """``article_id, unit, topic, weight``: each unit's strongest topic.

    Units with no known term have no dominant topic and are left out.

    >>> dominant_topics(fit_topics(corpus)).columns.tolist()  # doctest: +SKIP
    ['article_id', 'unit', 'topic', 'weight']
    """
    table = result.doc_topics[result.doc_topics["weight"] > 0]
    table = table.sort_values(["article_id", "unit", "weight", "topic"],
                              ascending=[True, True, False, True], kind="stable")
    return table.drop_duplicates(["article_id", "unit"]).reset_index(drop=True)


def _shares(result: TopicResult, groups: pd.DataFrame, column: str) -> pd.DataFrame:
    """Mean topic weight of the articles in each group (rows of a group sum to ≤ 1)."""
    weights = _article_weights(result).merge(groups, on="article_id", how="inner")
    counts = groups.groupby(column, sort=True)["article_id"].nunique().rename("articles")
    table = weights.groupby([column, "topic"], sort=True)["weight"].sum().rename("share")
    table = table.reset_index().merge(counts.reset_index(), on=column)
    table["share"] = table["share"] / table["articles"]
    table.insert(2, "label", table["topic"].map(result.labels).astype(str))
    return table[[column, "topic", "label", "share", "articles"]]


def topics_over_time(result: TopicResult, df: pd.DataFrame, freq: str = "auto") -> pd.DataFrame:
    """Share of each topic per day (``"D"``), week (``"W"``) or month (``"M"``).

    ``freq="auto"`` picks days for a corpus spanning up to two months, weeks
    up to two years, months beyond. Columns: ``period`` (the period's first
    day, datetime64), ``topic``, ``label``, ``share`` (mean topic weight of
    the period's articles: the topics of one period sum to 1), ``articles``
    (articles dated in the period). Articles without a date are left out.

    >>> topics_over_time(result, corpus, "W").head(1)  # doctest: +SKIP
         period  topic                label  share  articles
    2015-07-20      1  السعودية، المملكة، ولي   0.12       812
    """
    if freq not in ("auto", "D", "W", "M"):
        raise ValueError(f"freq must be 'auto', 'D', 'W' or 'M', not {freq!r}")
    dated = df[["article_id", "published"]].dropna()
    published = pd.to_datetime(dated["published"])
    if freq == "auto":
        freq = {"day": "D", "week": "W", "month": "M"}[auto_period(published)]
    dated = pd.DataFrame({
        "article_id": dated["article_id"].astype(str).to_numpy(),
        "period": published.dt.to_period(freq).dt.start_time.to_numpy(),
    })
    return _shares(result, dated, "period")


def topics_by(result: TopicResult, df: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Share of each topic within each value of a column (section, source, …).

    Columns: ``<by>``, ``topic``, ``label``, ``share`` (mean topic weight of the
    group's articles), ``articles``. Empty values are grouped as "(none)".

    >>> topics_by(result, corpus, "section").head()  # doctest: +SKIP
    section  topic               label  share  articles
      رياضة      3  مباراة، فريق، دوري   0.61       140
    """
    if by not in df:
        raise KeyError(f"the corpus has no column {by!r} (columns: {', '.join(df.columns)})")
    values = df[by].astype("string").fillna("").str.strip().replace("", "(none)")
    groups = pd.DataFrame({"article_id": df["article_id"].astype(str).to_numpy(),
                           by: values.astype(str).to_numpy()})
    return _shares(result, groups, by)


def representative_articles(result: TopicResult, df: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` units that belong most to each topic, with their titles.

    Columns: ``topic, label, rank, article_id, unit, title, excerpt, weight``;
    ``excerpt`` is the first 80 characters of the paragraph, or of the body
    for article units (it tells apart the paragraphs of one article, which
    share its title).
    """
    top = (result.doc_topics.sort_values(["topic", "weight", "article_id", "unit"],
                                         ascending=[True, False, True, True], kind="stable")
           .groupby("topic", sort=True).head(n).copy())
    top["rank"] = top.groupby("topic").cumcount() + 1
    titles = pd.Series(df["title"].astype(str).to_numpy(), index=df["article_id"].astype(str))
    titles = titles[~titles.index.duplicated()]
    top["title"] = top["article_id"].map(titles).fillna("").astype(str)
    if result.unit == "article":  # the unit text starts with the title: show the body
        bodies = dict(zip(df["article_id"].astype(str), df["body"].astype(str), strict=True))
        texts = [bodies.get(a, "") for a in top["article_id"]]
    else:
        units = result.units
        paragraphs = dict(zip(zip(units["article_id"], units["unit"], strict=True),
                              units["text"], strict=True))
        texts = [paragraphs.get(key, "") for key in zip(top["article_id"], top["unit"],
                                                         strict=True)]
    top["excerpt"] = [" ".join(text.split())[:80] for text in texts]
    top["label"] = top["topic"].map(result.labels).astype(str)
    return top[["topic", "label", "rank", "article_id", "unit", "title", "excerpt", "weight"]] \
        .reset_index(drop=True)
