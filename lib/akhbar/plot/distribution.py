"""A histogram of one numeric column, with Arabic title and axis labels."""

from __future__ import annotations

import pandas as pd
from matplotlib.ticker import MaxNLocator

from .figure import new_figure, no_data_figure, require_columns, set_text, text_style

__all__ = ["histogram"]


def histogram(
    table: pd.DataFrame,
    *,
    value: str = "words",
    bins: int = 30,
    title: str | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    shapes: bool | None = None,
):
    """Histogram of *value* (e.g. ``article_lengths(corpus)``'s ``words``).

    Numbers read left to right in Arabic too, so the axis keeps its usual direction;
    only the texts go through ``ar()``.

    >>> fig = histogram(pd.DataFrame({"words": [120, 340, 360]}), bins=2, title="طول المقالات")
    >>> [int(bar.get_height()) for bar in fig.axes[0].patches]
    [1, 2]
    """
    require_columns(table, (value,))
    if table[value].dropna().empty:
        return no_data_figure(title, shapes=shapes)
    style = text_style(shapes)
    fig = new_figure(7, 3.5)
    ax = fig.add_subplot()
    ax.hist(table[value].dropna(), bins=bins, color="#3b6ea5", edgecolor="white")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["right", "top"]].set_visible(False)
    set_text(ax.set_xlabel, xlabel if xlabel is not None else value, shapes, style)
    set_text(ax.set_ylabel, ylabel if ylabel is not None else "count", shapes, style)
    if title:
        set_text(ax.set_title, title, shapes, style, size="large")
    return fig
