"""What ``by=`` means everywhere in akhbar: a column, or a period of ``published``.

``word_counts(df, by="month")``, ``speaker_counts(events, by="section")``,
``articles_by(df, by="day")`` and ``topics_over_time(result, df, by="auto")``
all accept the same values, resolved here once:

- a period name — ``"day"``, ``"week"``, ``"month"``, ``"quarter"``, ``"year"``
  (:data:`PERIODS`) — becomes a column of that name holding the period's
  first day (a Timestamp), computed from ``published``;
- ``"auto"`` is the period that suits the corpus' span (:func:`auto_period`),
  and the column is named after the period it chose;
- any other string names a column of the DataFrame;
- a list combines several (``["section", "month"]``).

Missing values form a group of their own, so nothing is dropped silently: an
empty or missing text value is :data:`EMPTY_GROUP` (``"(none)"``), an
undated article falls in the period ``NaT``. When *no* row has a value (a
corpus without sections, or without dates) there are no groups at all, and
readers return an empty table with their documented columns. Grouping by a
column the frame does not have raises a ``ValueError`` that names it.

>>> frame = pd.DataFrame({"published": pd.to_datetime(["2021-11-18", None]),
...                       "section": ["عرب وعالم", ""]})
>>> grouped, names = with_groups(frame, ["section", "month"])
>>> names, grouped["section"].tolist()
(['section', 'month'], ['عرب وعالم', '(none)'])
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = [
    "AUTO",
    "EMPTY_GROUP",
    "PERIODS",
    "auto_period",
    "by_columns",
    "period_start",
    "resolve_by",
    "with_groups",
]

#: Period names and the pandas frequency of each: the one table of them.
PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
#: ``by="auto"``: the period that suits the corpus' span.
AUTO = "auto"
#: How an empty or missing text value is shown as a group.
EMPTY_GROUP = "(none)"


def by_columns(by: str | Sequence[str] | None) -> list[str]:
    """``by`` as a list of names (empty for None), ``"auto"`` not yet resolved."""
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def period_start(published: pd.Series, period: str) -> pd.Series:
    """The first day of each timestamp's period: ``2021-11-18 17:18`` → ``2021-11-01`` by month.

    >>> period_start(pd.Series(pd.to_datetime(["2021-11-18 17:18"])), "month").tolist()
    [Timestamp('2021-11-01 00:00:00')]
    """
    published = pd.to_datetime(published)
    if period == "day":
        starts = published.dt.normalize()
    else:
        starts = published.dt.to_period(PERIODS[period]).dt.start_time
    # One resolution for every period (pandas 3 gives µs for period starts).
    return starts.astype("datetime64[ns]")


def auto_period(published: pd.Series) -> str:
    """A period that gives a readable line over time: ``"day"`` for up to two
    months of articles, ``"week"`` up to two years, ``"month"`` beyond.

    >>> auto_period(pd.Series(pd.to_datetime(["2013-01-01", "2017-06-30"])))
    'month'
    """
    dates = pd.to_datetime(published).dropna()
    span = dates.max() - dates.min() if len(dates) else pd.Timedelta(0)
    if span <= pd.Timedelta(days=62):
        return "day"
    return "week" if span <= pd.Timedelta(days=731) else "month"


def resolve_by(df: pd.DataFrame, by: str | Sequence[str] | None) -> list[str]:
    """The group column names ``by`` stands for in ``df`` (``"auto"`` resolved).

    >>> resolve_by(pd.DataFrame({"published": pd.to_datetime(["2021-11-18"])}), ["auto"])
    ['day']
    """
    names = []
    for name in by_columns(by):
        if name == AUTO and AUTO not in df.columns:
            name = auto_period(df["published"]) if "published" in df.columns else "day"
        names.append(name)
    return names


def with_groups(df: pd.DataFrame, by: str | Sequence[str] | None) -> tuple[pd.DataFrame, list[str]]:
    """``df`` with one column per group of ``by``, and the group column names.

    Periods become columns of period starts; empty text values become
    :data:`EMPTY_GROUP`. Rows are all kept unless a group column has no value
    at all, in which case no row is (there are no groups to show).
    """
    names = resolve_by(df, by)
    _check_columns(df, names)
    added = {}
    for name in names:
        if name in PERIODS and name not in df.columns:
            added[name] = period_start(df["published"], name)
        elif _is_text(df[name]):
            added[name] = _with_empty_group(df[name])
    frame = df.assign(**added) if added else df
    if any(frame[name].isna().all() or frame[name].eq(EMPTY_GROUP).all() for name in names):
        frame = frame.iloc[0:0]
    return frame, names


def _check_columns(df: pd.DataFrame, names: list[str]) -> None:
    missing = [n for n in names if n not in df.columns and n not in PERIODS]
    if missing:
        raise ValueError(
            f"cannot group by {', '.join(map(repr, missing))}: the table has no such column"
            f" (its columns: {', '.join(map(str, df.columns))}); a period is one of"
            f" {', '.join(PERIODS)} or {AUTO!r}")
    if any(n in PERIODS and n not in df.columns for n in names) and "published" not in df.columns:
        raise ValueError("cannot group by a period: the table has no 'published' column")


def _is_text(values: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(values)


def _with_empty_group(values: pd.Series) -> pd.Series:
    text = values.astype("string").str.strip()
    return text.mask(text.isna() | text.eq(""), EMPTY_GROUP).astype(values.dtype)
