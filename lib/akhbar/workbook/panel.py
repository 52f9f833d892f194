"""A panel of a notebook: a figure and the table behind it, or a note saying why not.

Every figure-making function of :mod:`akhbar.workbook` returns a
:class:`Panel`. In a notebook it displays itself — the note (Markdown), the
figure, then the first rows of its table, right to left — and its figure is
already saved with :func:`akhbar.plot.save_figure` (PNG + SVG + CSV).

>>> panel = Panel("01_articles_per_day", note="**Nothing over time:** no dates.")
>>> panel.shown, repr(panel)
(False, '01_articles_per_day: **Nothing over time:** no dates.')
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from akhbar.display import rtl
from akhbar.plot import save_figure

__all__ = ["Panel", "saved_panel"]


@dataclass
class Panel:
    """``name``: the figure's file name; ``figure``: a matplotlib Figure or
    None; ``table``: the data behind it; ``note``: Markdown said before it
    (or instead of it); ``files``: what was written; ``rows``: table rows shown."""

    name: str
    figure: object | None = None
    table: pd.DataFrame | None = None
    note: str = ""
    files: dict[str, Path] = field(default_factory=dict)
    rows: int = 10

    @property
    def shown(self) -> bool:
        """Whether there is a figure (False: only the note)."""
        return self.figure is not None

    def _ipython_display_(self) -> None:
        from IPython.display import Markdown, display

        if self.note:
            display(Markdown(self.note))
        if self.figure is not None:
            display(self.figure)
        if self.table is not None and len(self.table) and self.rows:
            display(rtl(self.table, max_rows=self.rows))

    def __repr__(self) -> str:
        what = "figure" if self.figure is not None else "no figure"
        return f"{self.name}: {self.note or what}"


def saved_panel(name: str, figure, table: pd.DataFrame, out_dir: str | os.PathLike | None,
                *, note: str = "", data: pd.DataFrame | None = None, rows: int = 10) -> Panel:
    """A panel whose figure is saved to ``out_dir`` with ``data`` (default: ``table``) as CSV."""
    files = save_figure(figure, name, data=table if data is None else data,
                        out_dir=out_dir) if out_dir is not None else {}
    return Panel(name, figure, table, note, files, rows)
