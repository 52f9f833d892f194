"""Keyness: which words are typical of a set of articles, against another or general Arabic.

Per-corpus work: the target's and reference's token counts (each summable
over batches of articles), then :func:`keyness_table`: one analyzer over both,
and arithmetic on the keyed totals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from akhbar.corpus import text_of
from akhbar.freq.vocabulary import corpus_analyzer, keyed_counts
from akhbar.scale import is_dask
from akhbar.text import Analyzer, ReferenceLexicon, reference_lexicon, token_counts
from akhbar.text.affixes import ARTICLE, ARTICLE_STRINGS, PROCLITIC_STRINGS

__all__ = ["keyness", "keyness_table"]

# Clitic strings tried in front of a key to collect its reference frequency
# from wordfreq's list (which counts surface forms).
_REFERENCE_PREFIXES = ("", *PROCLITIC_STRINGS, *ARTICLE_STRINGS)
# wordfreq's smallest listed frequency: words it does not list are rarer.
_REFERENCE_FLOOR = 1e-8


def keyness(
    target: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    stopwords: bool | Iterable[str] = True,
    min_count: int = 3,
    text: str | Sequence[str] = "body",
    lexicon: ReferenceLexicon | None = None,
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
    if is_dask(target) or is_dask(reference):
        from akhbar.scale.words import keyness as keyness_on_dask

        return keyness_on_dask(target, reference, stopwords=stopwords, min_count=min_count,
                               text=text, lexicon=lexicon)
    target_tokens = token_counts(text_of(target, text))
    reference_tokens = (
        token_counts(text_of(reference, text)) if reference is not None else None
    )
    return keyness_table(target_tokens, reference_tokens, stopwords=stopwords,
                         min_count=min_count, lexicon=lexicon)


def keyness_table(
    target_tokens: Counter,
    reference_tokens: Counter | None,
    *,
    stopwords: bool | Iterable[str] = True,
    min_count: int = 3,
    lexicon: ReferenceLexicon | None = None,
) -> pd.DataFrame:
    """:func:`keyness` from the token counts of the target and of the reference
    (None: general Arabic); counts of batches of articles add up."""
    reference = reference_tokens
    reference_tokens = reference_tokens if reference_tokens is not None else Counter()
    analyzer = corpus_analyzer(target_tokens + reference_tokens, stopwords=stopwords,
                               lexicon=lexicon or reference_lexicon())
    counts = keyed_counts(target_tokens, analyzer)
    target_total = _word_total(target_tokens)
    counts = counts[counts["count"] >= min_count]
    if reference is None:
        reference_share = counts["key"].map(lambda key: _reference_frequency(key, analyzer))
        table = _g2_against_rates(counts, target_total, reference_share.astype(float))
    else:
        reference_counts = keyed_counts(reference_tokens, analyzer).set_index("key")["count"]
        b = counts["key"].map(reference_counts).fillna(0).astype(float)
        table = _g2_two_corpora(counts, target_total, b, _word_total(reference_tokens))
    table = table.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    columns = ["term", "count", "expected", "share", "reference_share", "g2", "log_ratio"]
    return table[columns].reset_index(drop=True)


def _word_total(tokens: Counter) -> int:
    """Number of word tokens (numbers left out), stopwords included."""
    return sum(count for token, count in tokens.items() if not token[0].isdigit())


def _reference_frequency(key: str, analyzer: Analyzer) -> float:
    lexicon = analyzer.lexicon.frequencies
    forms = {prefix + key for prefix in _REFERENCE_PREFIXES}
    if key.startswith(ARTICLE):
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
