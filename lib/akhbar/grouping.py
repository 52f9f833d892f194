"""What ``by=`` means everywhere in akhbar: a column, or a period of ``published``.

``word_counts(df, by="month")``, ``speaker_counts(df, by="section")`` and
``articles_by(df, "day")`` all accept the same values, resolved here once:

- a period name — ``"day"``, ``"week"``, ``"month"``, ``"quarter"``, ``"year"`` —
  becomes a column of that name holding the period's first day (a Timestamp),
  computed from ``published`` (articles without a date fall into ``NaT``, kept);
- any other string names a column of the DataFrame;
- a list combines several (``["section", "month"]``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def by_columns(by: str | Sequence[str] | None) -> list[str]:
    """``by`` as a list of column names (empty for None)."""
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def period_start(published: pd.Series, period: str) -> pd.Series:
    """The first day of each timestamp's period: ``2021-11-18 17:18`` → ``2021-11-01`` by month.

    >>> period_start(pd.Series(pd.to_datetime(["2021-11-18 17:18"])), "month").tolist()
    [Timestamp('2021-11-01 00:00:00')]
    """
    if period == "day":
        return published.dt.normalize()
    return published.dt.to_period(PERIODS[period]).dt.start_time


def auto_period(published: pd.Series) -> str:
    """A period that gives a readable line over time: ``"day"`` for up to two
    months of articles, ``"week"`` up to two years, ``"month"`` beyond.

    >>> auto_period(pd.Series(pd.to_datetime(["2013-01-01", "2017-06-30"])))
    'month'
    """
    dates = published.dropna()
    span = dates.max() - dates.min() if len(dates) else pd.Timedelta(0)
    if span <= pd.Timedelta(days=62):
        return "day"
    return "week" if span <= pd.Timedelta(days=731) else "month"


def with_groups(df: pd.DataFrame, by: str | Sequence[str] | None) -> tuple[pd.DataFrame, list[str]]:
    """Return ``df`` with a column for every period in ``by``, and the group column names.

    >>> frame = pd.DataFrame({"published": pd.to_datetime(["2021-11-18"]), "section": ["عرب"]})
    >>> with_groups(frame, ["section", "month"])[1]
    ['section', 'month']
    """
    names = by_columns(by)
    missing = [n for n in names if n not in df.columns and n not in PERIODS]
    if missing:
        raise KeyError(f"cannot group by {missing}: not a column, nor one of {list(PERIODS)}")
    periods = {n: period_start(df["published"], n) for n in names
               if n in PERIODS and n not in df.columns}
    return (df.assign(**periods) if periods else df), names
