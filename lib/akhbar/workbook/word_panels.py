"""The panels of ``02_words``: top words and pairs, a word cloud, words by section and
over time, keyness, and a word in context.

Each takes the corpus (or its word counts) and a :class:`CorpusProfile`, reads
the text the profile names (the body, or the titles of a headline-only corpus)
and returns a :class:`Panel`.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> profile = CorpusProfile.of(corpus)
>>> terms_by_section(corpus, profile, out_dir=None).note[:26]
'**No per-section panels:**'
"""

from __future__ import annotations

import os

import pandas as pd

from akhbar.freq import keyness, kwic, word_counts
from akhbar.plot import bar_terms, line_over_time, small_multiples, word_cloud
from akhbar.workbook.panel import Panel, saved_panel
from akhbar.workbook.profile import CorpusProfile

__all__ = [
    "cloud",
    "keyness_of_section",
    "term_in_context",
    "terms_by_section",
    "terms_over_time",
    "top_bigrams",
    "top_terms",
]

OutDir = str | os.PathLike | None
_TIMES = "عدد المرات"


def _nothing(name: str, profile: CorpusProfile) -> Panel:
    return Panel(name, note=profile.titles_only() + " **No words to count** in this corpus.")


def top_terms(counts: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir, n: int = 20) -> Panel:
    """The ``n`` most frequent words of a :func:`~akhbar.freq.word_counts` table."""
    if counts.empty:
        return _nothing("02_top_terms", profile)
    fig = bar_terms(counts, n=n, title="أكثر الكلمات تكرارا", xlabel=_TIMES)
    return saved_panel("02_top_terms", fig, counts.head(n), out_dir, note=profile.titles_only())


def cloud(counts: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir, n: int = 100) -> Panel:
    """A word cloud of the ``n`` most frequent words."""
    if counts.empty:
        return _nothing("02_word_cloud", profile)
    return saved_panel("02_word_cloud", word_cloud(counts, n=n), counts.head(n), out_dir, rows=0)


def top_bigrams(corpus: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir,
                n: int = 20) -> Panel:
    """The ``n`` most frequent pairs of adjacent words."""
    bigrams = word_counts(corpus, ngram=2, text=profile.text)
    if bigrams.empty:
        return Panel("02_top_bigrams", note="**No pairs of words** to count in this corpus.")
    fig = bar_terms(bigrams, n=n, title="أكثر الأزواج تكرارا", xlabel=_TIMES)
    return saved_panel("02_top_bigrams", fig, bigrams.head(n), out_dir)


def terms_by_section(corpus: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir,
                     n: int = 10, keep: int = 20) -> Panel:
    """The ``n`` most frequent words of each section (one panel per section)."""
    note = profile.no_sections()
    if note:
        return Panel("02_terms_by_section", note=note)
    table = word_counts(corpus, by="section", text=profile.text)
    fig = small_multiples(table, panel="section", label="term", value="count", n=n, ncols=3,
                          title="أكثر الكلمات حسب القسم")
    return saved_panel("02_terms_by_section", fig, table, out_dir,
                       data=table.groupby("section").head(keep))


def terms_over_time(corpus: pd.DataFrame, counts: pd.DataFrame, profile: CorpusProfile,
                    out_dir: OutDir, *, period: str | None = None, top: int = 5) -> Panel:
    """The share of the ``top`` most frequent words per period."""
    if profile.period is None:
        return Panel("02_terms_over_time", note=profile.no_dates())
    period = period or profile.period
    over_time = word_counts(corpus, by=period, text=profile.text)
    lines = over_time[over_time["term"].isin(counts["term"].head(top))].dropna(subset=[period])
    fig = line_over_time(lines, x=period, y="share", group="term",
                         title="حصة أكثر الكلمات عبر الزمن", ylabel="الحصة")
    return saved_panel("02_terms_over_time", fig, lines, out_dir)


def keyness_of_section(corpus: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir,
                       section: str | None = None, n: int = 20) -> Panel:
    """The words typical of one section (default: the largest) against the others,
    or against general Arabic when the corpus has a single section or none."""
    if profile.sections:
        section = section if section is not None else profile.sections[0]
        inside = corpus["section"].astype(str).str.strip() == section
        target, rest = corpus[inside], corpus[~inside]
    else:
        section, target, rest = None, corpus, corpus.iloc[0:0]
    reference = rest if len(rest) else None
    table = keyness(target, reference, text=profile.text)
    against = (f"{len(rest):,} article(s) of other sections" if reference is not None
               else "general Arabic (wordfreq's list)")
    what = f"section {section}" if section is not None else "the corpus"
    note = f"Words typical of {what} ({len(target):,} article(s)) against {against}."
    if table.empty:
        return Panel("02_keyness", note=note + " No word is frequent enough to compare.")
    title = f"الكلمات المميزة لقسم {section}" if section else "الكلمات المميزة"
    fig = bar_terms(table, label="term", value="g2", n=n, title=title, xlabel="G²")
    return saved_panel("02_keyness", fig, table.head(n), out_dir, note=note)


def term_in_context(corpus: pd.DataFrame, profile: CorpusProfile, term: str,
                    width: int = 8, rows: int = 10) -> Panel:
    """Every occurrence of ``term`` (any clitic form) with ``width`` words each side,
    shown right to left: the words before it on its right."""
    try:
        table = kwic(corpus, term, width=width, text=profile.text)
    except ValueError as error:
        return Panel("kwic", note=f"**No contexts:** {error}.")
    table = table[["article_id", "before", "match", "after"]]
    note = f"{len(table):,} occurrence(s) of {term}." if len(table) else f"{term} does not occur."
    return Panel("kwic", table=table, note=note, rows=rows)
