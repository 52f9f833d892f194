"""``by=`` on a Dask corpus: resolved once for the whole corpus, applied per partition.

:func:`akhbar.grouping.with_groups` looks at the whole table twice: ``"auto"``
picks a period from the span of *all* dates, and a grouping with no value
in *any* row gives no groups at all. A partition alone cannot tell either,
so :func:`group_stats` runs per partition (dates' first and last, how many
rows have no value per group column), :func:`resolve_groups` reduces them on
the driver, and :func:`add_groups` adds the group columns to one partition
exactly as ``with_groups`` adds them to the whole corpus.

>>> frame = pd.DataFrame({"section": ["رياضة", ""],
...                       "published": pd.to_datetime(["2021-01-05", None])})
>>> add_groups(frame, ["section", "month"])["section"].tolist()
['رياضة', '(none)']
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from akhbar.grouping import (
    AUTO,
    EMPTY_GROUP,
    PERIODS,
    _check_columns,
    _is_text,
    _with_empty_group,
    auto_period,
    by_columns,
    period_start,
)

__all__ = ["add_groups", "group_stats", "needs_stats", "resolve_groups"]


def needs_stats(by: str | Sequence[str] | None) -> bool:
    """Whether ``by`` names any group (then :func:`group_stats` must run)."""
    return bool(by_columns(by))


def _names(columns, by) -> list[str]:
    return [name if name != AUTO or AUTO in columns else AUTO for name in by_columns(by)]


def add_groups(frame: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """One partition with its group columns (periods, ``(none)``), no row dropped."""
    added = {}
    for name in names:
        if name in PERIODS and name not in frame.columns:
            added[name] = period_start(frame["published"], name)
        elif _is_text(frame[name]):
            added[name] = _with_empty_group(frame[name])
    return frame.assign(**added) if added else frame


def group_stats(frame: pd.DataFrame, by: str | Sequence[str] | None) -> dict:
    """Per partition: first and last date, and per group column the rows, the rows
    without a value and the rows in the empty group (``"auto"`` as a day: the
    counts of a period column do not depend on the period)."""
    published = frame["published"] if "published" in frame.columns else None
    dates = (pd.to_datetime(published).dropna() if published is not None
             else pd.Series(dtype="datetime64[ns]"))
    names = ["day" if n == AUTO and AUTO not in frame.columns else n
             for n in _names(frame.columns, by)]
    grouped = add_groups(frame, names)
    counts = {n: (len(grouped), int(grouped[n].isna().sum()),
                  int(grouped[n].eq(EMPTY_GROUP).sum()) if _is_text(grouped[n]) else 0)
              for n in names}
    return {"first": dates.min() if len(dates) else None,
            "last": dates.max() if len(dates) else None, "counts": counts}


def resolve_groups(meta: pd.DataFrame, by, stats: list[dict]) -> tuple[list[str], bool]:
    """The group column names (``"auto"`` resolved from every date) and whether the
    grouping is empty (a group column with no value in any row), from every
    partition's :func:`group_stats`."""
    names = _names(meta.columns, by)
    _check_columns(meta, [n for n in names if n != AUTO])
    if AUTO in names:
        if "published" not in meta.columns:
            resolved = "day"
        else:
            dates = pd.Series([d for s in stats for d in (s["first"], s["last"]) if d is not None],
                              dtype="datetime64[ns]")
            resolved = auto_period(dates)
        names = [resolved if n == AUTO else n for n in names]
    _check_columns(meta, names)
    empty = False
    for name in _names(meta.columns, by):
        key = "day" if name == AUTO else name
        rows = sum(s["counts"][key][0] for s in stats)
        missing = sum(s["counts"][key][1] for s in stats)
        blank = sum(s["counts"][key][2] for s in stats)
        empty |= missing == rows or blank == rows
    return names, empty
