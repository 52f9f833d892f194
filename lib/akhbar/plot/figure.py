"""What every chart helper shares: a detached figure, Arabic text style, columns, "no data".

Chart modules (:mod:`~akhbar.plot.charts`, :mod:`~akhbar.plot.cloud`,
:mod:`~akhbar.plot.distribution`) build on these and nothing else of each
other's. A table with nothing to draw — an empty corpus, a corpus without
dates or sections — gives a figure that says so instead of an error, so a
notebook over any corpus runs to the end.

>>> import pandas as pd
>>> fig = no_data_figure("المقالات حسب اليوم")
>>> any("بيانات" in text.get_text() for text in fig.axes[0].texts)
True
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .fonts import font_family
from .shaping import ar, renderer_shapes

__all__ = [
    "NO_DATA",
    "new_figure",
    "no_data_figure",
    "require_columns",
    "set_text",
    "text_style",
    "top_rows",
]

#: What an empty chart says.
NO_DATA = "لا توجد بيانات"


def new_figure(width: float, height: float, layout: str | None = "constrained"):
    """A figure that Jupyter can display but that pyplot does not keep alive.

    pyplot is imported so that the inline backend registers its display hook;
    closing the figure stops pyplot from showing it a second time or leaking it.
    """
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(width, height), layout=layout)
    plt.close(fig)
    return fig


def text_style(shapes: bool | None) -> dict:
    """Font settings for Arabic text; reshaped text needs presentation-form glyphs."""
    if shapes is None:
        shapes = renderer_shapes("matplotlib")
    return {"family": font_family(need_presentation_forms=not shapes)}


def set_text(setter, text: str, shapes: bool | None, style: dict, **kw) -> None:
    """Call a matplotlib text setter (``ax.set_title`` …) with Arabic made right."""
    setter(ar(text, target="matplotlib", shapes=shapes), family=style["family"], **kw)


def require_columns(table: pd.DataFrame, columns: Iterable[str]) -> None:
    """A ``KeyError`` naming the first column the table lacks, and the ones it has."""
    for column in columns:
        if column not in table.columns:
            raise KeyError(
                f"table has no column {column!r}; it has {list(table.columns)} "
                f"(pass label=/value=/x=/y= to name the columns to plot)"
            )


def top_rows(table: pd.DataFrame, label: str, value: str, n: int | None) -> pd.DataFrame:
    """The *n* largest rows by *value* (ties keep table order), columns label, value."""
    require_columns(table, (label, value))
    rows = table[[label, value]].dropna()
    rows = rows.sort_values(value, ascending=False, kind="stable")
    return (rows if n is None else rows.head(n)).reset_index(drop=True)


def no_data_figure(title: str | None = None, *, shapes: bool | None = None,
                   width: float = 7, height: float = 2.5):
    """A figure with the chart's title and the words "no data" (لا توجد بيانات)."""
    style = text_style(shapes)
    fig = new_figure(width, height)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, ar(NO_DATA, target="matplotlib", shapes=shapes), ha="center",
            va="center", family=style["family"], size="x-large", color="#666666",
            transform=ax.transAxes)
    if title:
        set_text(ax.set_title, title, shapes, style, size="large")
    return fig
