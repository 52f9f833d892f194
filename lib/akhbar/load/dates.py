"""Publication dates: whatever the files wrote, as naive local wall time.

Works on a column of values (one file's or the whole corpus'): no state.

Dates are kept as the newspaper's local wall time, so a trailing UTC offset
after a time (``…T17:18:00+03:00``, ``…Z``) is dropped, never applied.
Year-first dates are ISO; others are read day first (``18-11-2021``), as
Arabic sites write them. Arabic-Indic digits and direction marks are read
too. A date pandas cannot hold (before 1677 or after 2262) becomes NaT and
is reported like any date not understood.
"""

from __future__ import annotations

import pandas as pd

from akhbar.text.charsets import ARABIC_INDIC_DIGITS, FORMAT_CHARS

__all__ = ["parse_published"]

# A UTC offset, only right after a time: "18-11-2021" ends in "-2021", which is no offset.
_UTC_OFFSET = r"(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|[+-]\d{2}:?\d{2})$"
_OFFSET_HINT = r"(?:Z|[+-]\d{2}:?\d{2})$"
_MARKS = FORMAT_CHARS.pattern  # direction marks and other invisible controls


def parse_published(values: pd.Series) -> pd.Series:
    """Dates as naive local wall time: ISO (year first), else day first (18-11-2021).

    >>> parse_published(pd.Series(["2015-07-21 02:51:32+03:00", "18-11-2021",
    ...                            "١٨-١١-٢٠٢١ 17:18", "غدا"])).tolist()
    [Timestamp('2015-07-21 02:51:32'), Timestamp('2021-11-18 00:00:00'), \
Timestamp('2021-11-18 17:18:00'), NaT]
    """
    if pd.api.types.is_datetime64_any_dtype(values) and getattr(values.dt, "tz", None) is None:
        return values.astype("datetime64[ns]")
    text = values.astype("string").str.strip()
    if text.str.contains(_MARKS, regex=True).any():
        text = text.str.replace(_MARKS, "", regex=True).str.strip()
    if text.str.contains(_OFFSET_HINT, regex=True).any():
        text = text.str.replace(_UTC_OFFSET, r"\1", regex=True)
    if text.str.contains("[٠-٩۰-۹]", regex=True).any():
        text = text.str.translate(ARABIC_INDIC_DIGITS)
    text = text.fillna("")
    year_first = text.str.match(r"\d{4}-\d{1,2}-\d{1,2}")
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for rows, how in ((year_first, {"format": "ISO8601"}),
                      (~year_first & text.ne(""), {"format": "mixed", "dayfirst": True})):
        if rows.any():
            found = pd.to_datetime(text[rows], errors="coerce", **how)
            in_range = found.between(pd.Timestamp.min, pd.Timestamp.max)
            parsed[rows] = found.where(in_range).astype("datetime64[ns]")
    return parsed
