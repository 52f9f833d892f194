"""Word frequencies for Arabic news: counts, keyness, keywords in context, collocations.

Every function takes the corpus DataFrame of :func:`akhbar.load_corpus` (one
row per article) and returns a tidy DataFrame. Words are counted by their
*key* (:class:`akhbar.text.Analyzer`: normalised, clitics stripped, so وروسيا
and لروسيا count as روسيا) and shown by their most frequent surface form.

Counting is fast because the expensive linguistic work is done once per
distinct word (the vocabulary, ~300,000 types for 8 million words), never
per token: tokens are counted in Arrow's C++ kernels
(:func:`akhbar.text.token_counts`), and the counts of the types are then
mapped to keys and summed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np
import pandas as pd

from akhbar.grouping import with_groups
from akhbar.stopwords import resolve_stopwords
from akhbar.text import TOKEN_PATTERN, Analyzer, token_counts

__all__ = ["collocations", "keyness", "kwic", "word_counts"]

_TOKEN_RE = re.compile(TOKEN_PATTERN)
# N-grams never run across punctuation that ends a phrase or a quotation.
_TOKEN_OR_BREAK_RE = re.compile(f'{TOKEN_PATTERN}|[.!?؟،,؛;:«»"“”()\\[\\]{{}}\\n|/–—-]')


def word_counts(
    df: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    ngram: int = 1,
    stopwords: bool | Iterable[str] = True,
    min_count: int = 1,
    text: str | Sequence[str] = "body",
) -> pd.DataFrame:
    """Count words (or n-grams of words) per group, by key.

    ``by``: None, a column (``"section"``), a period of ``published``
    (``"day"``, ``"week"``, ``"month"``, ``"year"``), or a list of these.
    ``ngram``: 2 for pairs of adjacent words, …; n-grams do not cross
    punctuation or a stopword. ``stopwords``: True (akhbar's list), False,
    or your own words. ``text``: the column(s) to read.

    Returns columns ``[<by columns>, term, count, share]``: ``term`` is the
    display form (n-gram words joined by a space), ``share`` the term's
    share of all counted terms of its group; sorted by group, then count
    (descending), then term.

    >>> corpus = pd.DataFrame({"body": ["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"]})
    >>> word_counts(corpus).head(3)
            term  count  share
    0      روسيا      2  0.250
    1       أضاف      1  0.125
    2  أفغانستان      1  0.125
    """
    frame, groups = with_groups(df, by)
    texts = _texts(frame, text)
    if not groups and ngram == 1:  # the common case, kept lean: no per-group frames
        tokens = token_counts(texts)
        analyzer = corpus_analyzer(tokens, stopwords=stopwords)
        # The analyzer was built from these very counts: it has their totals.
        return _finish(_key_table(analyzer.key_counts(), analyzer), [], min_count)
    counts = _group_token_counts(texts, frame, groups)
    analyzer = corpus_analyzer(_total_counts(counts), stopwords=stopwords)
    if ngram == 1:
        table = _keyed_unigrams(counts, analyzer, groups)
    else:
        table = _keyed_ngrams(texts, frame, groups, analyzer, ngram)
    return _finish(table, groups, min_count)


def corpus_analyzer(
    token_counts: dict[str, int], *, stopwords: bool | Iterable[str] = True
) -> Analyzer:
    """The :class:`Analyzer` of a vocabulary, built once and reused.

    A notebook asks for the words, the pairs, the words by section and by
    month of one corpus: the vocabulary is the same each time, and building
    its analyzer is the costly part, so the last one is kept (it is a pure
    function of the token counts and the stopwords).
    """
    return _cached_analyzer(_Vocabulary(token_counts), resolve_stopwords(stopwords))


class _Vocabulary:
    """Token counts as a cache key: hashed once, compared item by item."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.items = tuple(counts.items())
        self.hash = hash(self.items)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Vocabulary) and self.items == other.items


@lru_cache(maxsize=1)
def _cached_analyzer(vocabulary: _Vocabulary, stopwords: frozenset[str]) -> Analyzer:
    return Analyzer(vocabulary.counts, stopwords=stopwords)


def _texts(frame: pd.DataFrame, text: str | Sequence[str]) -> pd.Series:
    columns = [text] if isinstance(text, str) else list(text)
    joined = frame[columns[0]].fillna("").astype(str)
    for column in columns[1:]:
        joined = joined + "\n" + frame[column].fillna("").astype(str)
    return joined


def _group_token_counts(texts: pd.Series, frame: pd.DataFrame, groups: list[str]) -> pd.DataFrame:
    """Raw token counts per group: columns [<groups>, token, count]."""
    if not groups:
        return _counter_frame(token_counts(texts), {})
    parts = []
    keys = [frame[g] for g in groups]
    for values, group_texts in texts.groupby(keys, dropna=False, sort=True):
        values = values if isinstance(values, tuple) else (values,)
        parts.append(_counter_frame(token_counts(group_texts), dict(zip(groups, values))))
    return pd.concat(parts, ignore_index=True)


def _counter_frame(counter: Counter, group_values: dict) -> pd.DataFrame:
    table = pd.DataFrame({"token": list(counter.keys()), "count": list(counter.values())})
    for column, value in group_values.items():
        table[column] = value
    return table


def _total_counts(counts: pd.DataFrame) -> dict[str, int]:
    if counts.empty:
        return {}
    return counts.groupby("token", sort=False)["count"].sum().to_dict()


def _keyed_counter(tokens: Counter, analyzer: Analyzer) -> pd.DataFrame:
    key_of = analyzer.key_map()
    totals: Counter = Counter()
    for token, count in tokens.items():
        key = key_of[token]
        if key is not None:
            totals[key] += count
    return _key_table(totals, analyzer)


def _key_table(totals: dict[str, int], analyzer: Analyzer) -> pd.DataFrame:
    """Columns [key, term, count] of per-key totals."""
    display = analyzer.display_map()
    return pd.DataFrame(
        {
            "key": list(totals),
            "term": [display[key] for key in totals],
            "count": list(totals.values()),
        }
    )


def _keyed_unigrams(counts: pd.DataFrame, analyzer: Analyzer, groups: list[str]) -> pd.DataFrame:
    keys = counts["token"].map(analyzer.key_map())
    keyed = counts.assign(key=keys).dropna(subset=["key"])
    table = keyed.groupby([*groups, "key"], dropna=False, sort=False)["count"].sum().reset_index()
    table["term"] = table["key"].map(analyzer.display_map())
    return table


def _keyed_ngrams(
    texts: pd.Series, frame: pd.DataFrame, groups: list[str], analyzer: Analyzer, n: int
) -> pd.DataFrame:
    display = analyzer.display_map()
    group_keys = [frame[g] for g in groups] if groups else [np.zeros(len(frame))]
    parts = []
    for values, group_texts in texts.groupby(group_keys, dropna=False, sort=True):
        values = values if isinstance(values, tuple) else (values,)
        counter: Counter = Counter()
        for keys in _key_sequences(group_texts, analyzer):
            grams = zip(*(keys[i:] for i in range(n)), strict=False)
            counter.update(gram for gram in grams if None not in gram)
        part = pd.DataFrame(
            {
                "key": [" ".join(gram) for gram in counter],
                "term": [" ".join(display[k] for k in gram) for gram in counter],
                "count": list(counter.values()),
            }
        )
        for column, value in zip(groups, values, strict=False):
            part[column] = value
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def _finish(table: pd.DataFrame, groups: list[str], min_count: int) -> pd.DataFrame:
    if groups:
        totals = table.groupby(groups, dropna=False)["count"].transform("sum")
    else:
        totals = table["count"].sum()
    table = table.assign(share=table["count"] / totals)
    table = table[table["count"] >= min_count]
    table = table.sort_values(
        [*groups, "count", "term"], ascending=[True] * len(groups) + [False, True], kind="stable"
    )
    return table[[*groups, "term", "count", "share"]].reset_index(drop=True)


# ---------------------------------------------------------------------------
# Keyness
# ---------------------------------------------------------------------------

# Clitic strings tried in front of a key to collect its reference frequency
# from wordfreq's list (which counts surface forms).
_REFERENCE_PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ك",
    "ل",
    "ال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
)
# wordfreq's smallest listed frequency: words it does not list are rarer.
_REFERENCE_FLOOR = 1e-8


def keyness(
    target: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    stopwords: bool | Iterable[str] = True,
    min_count: int = 3,
    text: str | Sequence[str] = "body",
) -> pd.DataFrame:
    """Which words are typical of ``target``, compared with ``reference``.

    ``reference``: another set of articles (e.g. the other sections), or
    None for general Arabic (wordfreq's Arabic frequency list, offline).

    Returns columns ``[term, count, expected, share, reference_share, g2,
    log_ratio]``: ``share`` is the term's share of all word tokens of the
    target (stopwords included, as in the reference), ``expected`` the count
    the term would have at the reference's rate, ``g2`` the signed
    log-likelihood (Dunning's G²; positive when the target uses the term
    more; above 15.13 is p < 0.0001) and ``log_ratio`` the binary log of the
    ratio of the two rates (1 = twice as frequent; zero counts count as 0.5).
    Terms seen fewer than ``min_count`` times in the target are left out;
    sorted by ``g2``, most typical first.

    >>> target = pd.DataFrame({"body": ["بوتين بوتين بوتين روسيا وروسيا قال"]})
    >>> keyness(target, min_count=2)[["term", "count"]]
        term  count
    0  بوتين      3
    1  روسيا      2
    """
    target_tokens = token_counts(_texts(target, text))
    reference_tokens = (
        token_counts(_texts(reference, text)) if reference is not None else Counter()
    )
    analyzer = corpus_analyzer(target_tokens + reference_tokens, stopwords=stopwords)
    counts = _keyed_counter(target_tokens, analyzer)
    target_total = _word_total(target_tokens)
    counts = counts[counts["count"] >= min_count]
    if reference is None:
        reference_share = counts["key"].map(lambda key: _reference_frequency(key, analyzer))
        table = _g2_against_rates(counts, target_total, reference_share.astype(float))
    else:
        reference_counts = _keyed_counter(reference_tokens, analyzer).set_index("key")["count"]
        b = counts["key"].map(reference_counts).fillna(0).astype(float)
        table = _g2_two_corpora(counts, target_total, b, _word_total(reference_tokens))
    table = table.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    columns = ["term", "count", "expected", "share", "reference_share", "g2", "log_ratio"]
    return table[columns].reset_index(drop=True)


def _word_total(tokens: Counter) -> int:
    """Number of word tokens (numbers left out), stopwords included."""
    return sum(count for token, count in tokens.items() if not token[0].isdigit())


def _reference_frequency(key: str, analyzer: Analyzer) -> float:
    from akhbar.text import reference_lexicon

    lexicon = reference_lexicon()
    forms = {prefix + key for prefix in _REFERENCE_PREFIXES}
    if key.startswith("ال"):
        forms |= {prefix + key[2:] for prefix in ("لل",)}
    # sorted: summing floats in set order would change the last digits between runs
    frequency = sum(lexicon.get(form, 0.0) for form in sorted(forms) if analyzer.key(form) == key)
    return max(frequency, _REFERENCE_FLOOR)


def _g2_against_rates(counts: pd.DataFrame, total: int, rate: pd.Series) -> pd.DataFrame:
    # The reference list stands for a corpus far larger than the target, so
    # G² reduces to its Poisson limit: 2 (a ln(a/E) - (a - E)), E = N·p.
    a = counts["count"].astype(float)
    expected = total * rate
    g2 = 2 * (a * np.log(a / expected) - (a - expected))
    log_ratio = np.log2((a / total) / rate)
    return counts.assign(
        expected=expected,
        share=a / total,
        reference_share=rate,
        g2=np.sign(log_ratio) * g2,
        log_ratio=log_ratio,
    )


def _g2_two_corpora(counts: pd.DataFrame, n1: int, b: pd.Series, n2: int) -> pd.DataFrame:
    a = counts["count"].astype(float)
    e1 = n1 * (a + b) / (n1 + n2)
    e2 = n2 * (a + b) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * (_x_log_x_over(a, e1) + _x_log_x_over(b, e2))
    log_ratio = np.log2((a.clip(lower=0.5) / n1) / (b.clip(lower=0.5) / n2))
    return counts.assign(
        expected=n1 * b / n2,
        share=a / n1,
        reference_share=b / n2,
        g2=np.sign(log_ratio) * g2,
        log_ratio=log_ratio,
    )


def _x_log_x_over(x: pd.Series, e: pd.Series) -> pd.Series:
    """x·ln(x/e), with 0·ln 0 = 0."""
    return (x * np.log(x / e)).where(x > 0, 0.0)


# ---------------------------------------------------------------------------
# Keywords in context
# ---------------------------------------------------------------------------


def kwic(
    df: pd.DataFrame,
    term: str,
    *,
    width: int = 8,
    text: str | Sequence[str] = "body",
    limit: int | None = None,
) -> pd.DataFrame:
    """Every occurrence of ``term`` with ``width`` words of context each side.

    Matching is on keys, so every clitic form is found (روسيا finds وروسيا،
    لروسيا، بروسيا) and names are not (بوتين does not find وتين). ``term``
    may be several words (وزير الخارجية). Returns columns ``[article_id,
    left, match, right]`` in corpus order (the text as written, line breaks
    as spaces); at most ``limit`` rows.

    >>> corpus = pd.DataFrame({"article_id": ["a1"], "body": ["قال بوتين إن روسيا، وروسيا أيضاً."]})
    >>> kwic(corpus, "روسيا", width=2)
      article_id       left   match           right
    0         a1   بوتين إن   روسيا  ، وروسيا أيضاً
    1         a1  إن روسيا،  وروسيا           أيضاً
    """
    texts = _texts(df, text)
    ids = df["article_id"] if "article_id" in df.columns else pd.Series(df.index, index=df.index)
    analyzer = corpus_analyzer(token_counts(texts), stopwords=False)
    wanted = [analyzer.key(token) for token in _TOKEN_RE.findall(term)]
    if not wanted or None in wanted:
        raise ValueError(f"{term!r} has no word that can be searched for")
    key_of = analyzer.key_map()
    first_forms = {token for token, key in key_of.items() if key == wanted[0]}
    rows = []
    for article_id, body in zip(ids.tolist(), texts.tolist(), strict=True):
        matches = list(_TOKEN_RE.finditer(body))
        tokens = [match.group() for match in matches]
        if first_forms.isdisjoint(tokens):
            continue
        keys = [key_of.get(token) or analyzer.key(token) for token in tokens]
        for i in range(len(keys) - len(wanted) + 1):
            if keys[i : i + len(wanted)] == wanted:
                rows.append(_context(article_id, body, matches, i, len(wanted), width))
                if limit is not None and len(rows) >= limit:
                    return pd.DataFrame(rows, columns=_KWIC_COLUMNS)
    return pd.DataFrame(rows, columns=_KWIC_COLUMNS)


_KWIC_COLUMNS = ["article_id", "left", "match", "right"]


def _context(article_id, body: str, matches: list, i: int, n: int, width: int) -> tuple:
    start, end = matches[i].start(), matches[i + n - 1].end()
    left_start = matches[max(i - width, 0)].start()
    right_end = matches[min(i + n - 1 + width, len(matches) - 1)].end()

    def clean(part: str) -> str:
        return " ".join(part.split())

    return (
        article_id,
        clean(body[left_start:start]),
        clean(body[start:end]),
        clean(body[end:right_end]),
    )


# ---------------------------------------------------------------------------
# Collocations
# ---------------------------------------------------------------------------


def collocations(
    df: pd.DataFrame,
    term: str | None = None,
    *,
    min_count: int = 3,
    stopwords: bool | Iterable[str] = True,
    text: str | Sequence[str] = "body",
) -> pd.DataFrame:
    """Pairs of adjacent words that go together more than chance (bigram PMI).

    Words are keys (clitics stripped), pairs do not cross punctuation or a
    stopword. With ``term``, only pairs that contain it. Returns columns
    ``[term, first, second, count, pmi]`` (``term``: the pair as shown;
    ``pmi``: log2 of how much more often the pair occurs than if its words
    were independent), pairs seen at least ``min_count`` times, strongest
    first.

    >>> corpus = pd.DataFrame({"body": ["قال وزير الخارجية. وزير الخارجية زار روسيا. وزير الخارجية"]})
    >>> collocations(corpus, min_count=2)[["term", "count"]]
                term  count
    0  وزير الخارجية      3
    """
    texts = _texts(df, text)
    analyzer = corpus_analyzer(token_counts(texts), stopwords=stopwords)
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for keys in _key_sequences(texts, analyzer):
        unigrams.update(key for key in keys if key is not None)
        bigrams.update(pair for pair in pairwise(keys) if None not in pair)
    total = sum(unigrams.values())
    wanted = analyzer.key(term) if term is not None else None
    display = analyzer.display_map()
    rows = [
        (
            f"{display[x]} {display[y]}",
            display[x],
            display[y],
            count,
            math.log2(count * total / (unigrams[x] * unigrams[y])),
        )
        for (x, y), count in bigrams.items()
        if count >= min_count and (wanted is None or wanted in (x, y))
    ]
    table = pd.DataFrame(rows, columns=["term", "first", "second", "count", "pmi"])
    table = table.sort_values(["pmi", "count", "term"], ascending=[False, False, True])
    return table.reset_index(drop=True)


def _key_sequences(texts: Iterable[str], analyzer: Analyzer):
    """Per text, the keys of its tokens in order, None at stopwords and
    phrase-ending punctuation."""
    key_of = analyzer.key_map()
    for body in texts:
        yield [key_of.get(token) for token in _TOKEN_OR_BREAK_RE.findall(body)]
