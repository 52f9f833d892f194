"""Tables of Arabic text shown right to left, in notebooks and in the explorer.

A DataFrame shown by Jupyter is a left-to-right HTML table: its first column
is on the left. For Arabic that reads backwards — the words *before* a match
in :func:`akhbar.kwic` must stand to its *right*. :func:`rtl` wraps a table
so that Jupyter shows it right to left: the first column on the right, each
cell in its own direction (``dir="auto"``: Arabic right to left, numbers and
Latin as they are). Its plain-text form (a terminal, a test) is the usual
``DataFrame`` text.

>>> import pandas as pd
>>> table = rtl(pd.DataFrame({"before": ["قال بوتين"], "match": ["روسيا"], "after": ["اليوم"]}))
>>> 'dir="rtl"' in table._repr_html_() and '<td dir="auto">روسيا</td>' in table._repr_html_()
True
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["RightToLeftTable", "rtl", "rtl_html"]


def rtl_html(table: pd.DataFrame, *, max_rows: int | None = 20, index: bool = False) -> str:
    """The HTML of ``table`` as a right-to-left table (first column on the right)."""
    shown = table if max_rows is None else table.head(max_rows)
    body = shown.to_html(index=index, escape=True, border=0, na_rep="",
                         float_format=lambda x: f"{x:.4g}")
    body = body.replace('<table class="dataframe">',
                        '<table class="dataframe akhbar-rtl" dir="rtl">', 1)
    body = body.replace("<td>", '<td dir="auto">').replace("<th>", '<th dir="auto">')
    note = ""
    if max_rows is not None and len(table) > max_rows:
        note = f'<p dir="auto">{html.escape(f"{max_rows} of {len(table):,} rows")}</p>'
    return f'<div dir="rtl" style="direction: rtl; text-align: right">{body}{note}</div>'


class RightToLeftTable:
    """A DataFrame that Jupyter shows right to left (see :func:`rtl`)."""

    def __init__(self, table: pd.DataFrame, max_rows: int | None = 20) -> None:
        self.table = table
        self.max_rows = max_rows

    def _repr_html_(self) -> str:
        return rtl_html(self.table, max_rows=self.max_rows)

    def __repr__(self) -> str:
        shown = self.table if self.max_rows is None else self.table.head(self.max_rows)
        return shown.to_string(index=False)


def rtl(table: pd.DataFrame, max_rows: int | None = 20) -> RightToLeftTable:
    """Show ``table`` right to left in a notebook (at most ``max_rows`` rows)."""
    return RightToLeftTable(table, max_rows)
