"""A histogram of one numeric column, with Arabic title and axis labels."""

from __future__ import annotations

import pandas as pd
from matplotlib.ticker import MaxNLocator

from .charts import _label, _new_figure, _text_style


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

    >>> fig = histogram(pd.DataFrame({"words": [120, 340, 360]}), title="طول المقالات")
    """
    if value not in table.columns:
        raise KeyError(f"table has no column {value!r}; it has {list(table.columns)}")
    style = _text_style(shapes)
    fig = _new_figure(7, 3.5)
    ax = fig.add_subplot()
    ax.hist(table[value].dropna(), bins=bins, color="#3b6ea5", edgecolor="white")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["right", "top"]].set_visible(False)
    _label(ax.set_xlabel, xlabel if xlabel is not None else value, shapes, style)
    _label(ax.set_ylabel, ylabel if ylabel is not None else "count", shapes, style)
    if title:
        _label(ax.set_title, title, shapes, style, size="large")
    return fig
