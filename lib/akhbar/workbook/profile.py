"""What a corpus has to show: dates, sections, sources, text — and what to say when it lacks one.

Real corpora come without dates, with one section, with headlines only. The
notebooks ask a :class:`CorpusProfile` what can be drawn and, for what
cannot, show its note instead of a figure (never a traceback).

>>> import pandas as pd
>>> corpus = pd.DataFrame({"article_id": ["a", "b"], "title": ["خبر", "خبر آخر"],
...                        "body": ["", ""], "section": ["", ""],
...                        "published": pd.to_datetime([None, None])})
>>> profile = CorpusProfile.of(corpus)
>>> profile.text, profile.period, profile.sections
(['title'], None, [])
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from akhbar.grouping import auto_period

__all__ = ["CorpusProfile"]


def _values(corpus: pd.DataFrame, column: str) -> list[str]:
    """The non-empty values of a text column, most frequent first."""
    if column not in corpus.columns:
        return []
    values = corpus[column].astype("string").str.strip()
    return values[values.notna() & values.ne("")].value_counts().index.tolist()


@dataclass(frozen=True)
class CorpusProfile:
    """What one corpus has.

    ``articles``: how many; ``dated``: how many have a publication date;
    ``undated_in_files``: dates the loader found but could not read;
    ``sections`` / ``sources``: the non-empty values, most frequent first;
    ``text``: the columns word and topic panels read (the body, or the titles
    when no article has a body); ``period``: the period of over-time charts
    (None without dates).
    """

    articles: int
    dated: int
    undated_in_files: int
    sections: list[str]
    sources: list[str]
    text: list[str]
    period: str | None

    @classmethod
    def of(cls, corpus: pd.DataFrame) -> CorpusProfile:
        published = corpus["published"] if "published" in corpus.columns else pd.Series(
            pd.NaT, index=corpus.index)
        dated = int(pd.to_datetime(published).notna().sum())
        has_body = "body" in corpus.columns and corpus["body"].fillna("").astype(str).str.strip().ne("").any()
        has_title = "title" in corpus.columns
        return cls(
            articles=len(corpus),
            dated=dated,
            undated_in_files=_unread_dates(corpus),
            sections=_values(corpus, "section"),
            sources=_values(corpus, "source"),
            text=["body"] if has_body or not has_title else ["title"],
            period=auto_period(published) if dated else None,
        )

    # -- notes, in the notebooks' words ------------------------------------------

    def no_dates(self) -> str:
        """Why nothing is shown over time (empty when something is)."""
        if self.dated:
            return ""
        unread = (f" The files had {self.undated_in_files} date(s) that could not be read"
                  " (see the load report in `01_corpus`)." if self.undated_in_files else "")
        return ("**Nothing over time:** the corpus has no publication dates." + unread +
                " If your files have them under another name, load them with"
                " `load_corpus(..., columns={'<field>': 'published'})` (on the command line:"
                " `--map <field>=published`).")

    def no_sections(self, what: str = "per-section panels") -> str:
        """Why there are no per-section views (empty when there are)."""
        if len(self.sections) >= 2:
            return ""
        if self.sections:
            return f"**No {what}:** all {self.articles:,} article(s) are in one section ({self.sections[0]})."
        return (f"**No {what}:** the articles have no section. Load one with"
                " `columns={'<field>': 'section'}`, or `section_from='folder'` for an archive"
                " kept in one folder per section.")

    def titles_only(self) -> str:
        """Say that words come from the titles (empty when there is body text)."""
        if self.text != ["title"]:
            return ""
        return ("**Headlines only:** no article has body text, so words are counted in the"
                " titles.")


def _unread_dates(corpus: pd.DataFrame) -> int:
    """How many dates the load report says it could not read."""
    report = corpus.attrs.get("load_report")
    if report is None or "reason" not in report:
        return 0
    found = report["reason"].astype(str).str.extract(r"(\d+) date\(s\) not understood")[0]
    return int(pd.to_numeric(found, errors="coerce").fillna(0).sum())
