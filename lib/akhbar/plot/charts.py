"""Chart helpers for the notebooks: tidy table in, matplotlib Figure out.

Every string that reaches matplotlib (tick labels, titles, legend entries)
goes through ``ar(..., target="matplotlib")``, so the same call is right on
matplotlib 3.11+ (which shapes) and on older versions (which do not).

>>> import pandas as pd
>>> fig = bar_terms(pd.DataFrame({"term": ["روسيا", "أفغانستان"], "count": [5, 3]}))
>>> len(fig.axes)
1
"""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.ticker import MaxNLocator

from .figure import new_figure, no_data_figure, require_columns, set_text, text_style, top_rows
from .shaping import ar

__all__ = ["bar_terms", "line_over_time", "small_multiples"]


def _draw_bars(ax, rows: pd.DataFrame, label: str, value: str, *, rtl: bool, shapes, style):
    """Horizontal bars, largest on top; rtl puts labels on the right, bars growing left."""
    positions = range(len(rows))
    ax.barh(list(positions), rows[value].to_list(), color="#3b6ea5")
    ax.set_yticks(
        list(positions),
        labels=[ar(t, target="matplotlib", shapes=shapes) for t in rows[label]],
    )
    ax.tick_params(axis="y", labelfontfamily=style["family"], length=0)
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)  # first row on top (an empty table: one slot)
    if pd.api.types.is_integer_dtype(rows[value]):  # counts: no 0.5-article ticks
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.spines[["left", "top"]].set_visible(False)
    else:
        ax.spines[["right", "top"]].set_visible(False)


def bar_terms(
    table: pd.DataFrame,
    *,
    label: str = "term",
    value: str = "count",
    n: int = 20,
    title: str | None = None,
    xlabel: str | None = None,
    rtl: bool = True,
    shapes: bool | None = None,
):
    """Horizontal bar chart of the *n* largest *value*s, labelled by *label*.

    Takes e.g. the word_counts table as it comes (columns term, count; extra
    columns ignored). Right-to-left by default: labels on the right, bars
    growing leftward. *shapes* forces the renderer capability (see ``ar``).

    >>> import pandas as pd
    >>> fig = bar_terms(pd.DataFrame({"term": ["بوتين"], "count": [4]}), title="أكثر الكلمات")
    """
    rows = top_rows(table, label, value, n)
    if rows.empty:
        return no_data_figure(title, shapes=shapes)
    style = text_style(shapes)
    fig = new_figure(7, 1.2 + 0.32 * len(rows))
    ax = fig.add_subplot()
    _draw_bars(ax, rows, label, value, rtl=rtl, shapes=shapes, style=style)
    set_text(ax.set_xlabel, xlabel if xlabel is not None else value, shapes, style)
    if title:
        set_text(ax.set_title, title, shapes, style, size="large")
    return fig


def line_over_time(
    table: pd.DataFrame,
    *,
    x: str = "period",
    y: str = "share",
    group: str = "term",
    title: str | None = None,
    ylabel: str | None = None,
    shapes: bool | None = None,
):
    """One line per *group* (e.g. term) of *y* against *x* (a date or a period label).

    Legend entries are the Arabic group names, marker on the right for RTL reading.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": ["2021-10", "2021-11"], "term": ["طالبان"] * 2, "share": [.1, .2]})
    >>> fig = line_over_time(t, title="حصة الكلمات")
    """
    require_columns(table, (x, y, group))
    table = table.dropna(subset=[x, y])  # undated rows have no place on a time axis
    if table.empty:
        return no_data_figure(title, shapes=shapes, width=8)
    style = text_style(shapes)
    # A tidy count table leaves out the periods where a group had nothing: those are zeros.
    wide = table.pivot_table(index=x, columns=group, values=y, aggfunc="sum", sort=True,
                             fill_value=0)
    groups = list(pd.unique(table[group]))  # legend in table order (e.g. by rank)
    fig = new_figure(8, 4.5)
    ax = fig.add_subplot()
    dated = pd.api.types.is_datetime64_any_dtype(wide.index)
    # Periods given as labels ("2021-11") are categories; so is a single date,
    # which a date axis would otherwise stretch over four empty years.
    categorical = len(wide) < 2 or not (dated or pd.api.types.is_numeric_dtype(wide.index))
    xs = list(range(len(wide))) if categorical else wide.index
    for g in groups:
        ax.plot(xs, wide[g].to_numpy(), marker="o", label=ar(g, target="matplotlib", shapes=shapes))
    if categorical:
        names = [v.strftime("%Y-%m-%d") if dated else v for v in wide.index]
        ax.set_xticks(xs, labels=[ar(v, target="matplotlib", shapes=shapes) for v in names])
        ax.tick_params(axis="x", labelfontfamily=style["family"])
    elif dated:  # full ISO dates are long: slanted, neighbours do not overlap
        ax.tick_params(axis="x", labelrotation=30)
    if pd.api.types.is_integer_dtype(table[y]):
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if groups:
        # Outside the plot, on the right (where an Arabic reader starts): lines
        # that fill the whole axes never run under it.
        ax.legend(prop={"family": style["family"]}, markerfirst=False, alignment="right",
                  loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.spines[["right", "top"]].set_visible(False)
    set_text(ax.set_ylabel, ylabel if ylabel is not None else y, shapes, style)
    if title:
        set_text(ax.set_title, title, shapes, style, size="large")
    return fig


# A panel title longer than this would run past its panel (3.2 inches wide).
_PANEL_TITLE_CHARS = 26


def _fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip("،, ") + "…"


def small_multiples(
    table: pd.DataFrame,
    *,
    panel: str = "topic",
    label: str = "term",
    value: str = "weight",
    n: int = 10,
    ncols: int = 4,
    title: str | None = None,
    shapes: bool | None = None,
):
    """One right-to-left bar panel per *panel* value (topic, section), top *n* each.

    Panels appear in table order from the top right; the panel value (a number or Arabic name) is its title.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"topic": [0, 0, 1], "term": ["بوتين", "روسيا", "طالبان"], "weight": [3, 2, 5]})
    >>> len(small_multiples(t).axes)
    2
    """
    require_columns(table, (panel, label, value))
    panels = list(pd.unique(table[panel]))
    if not panels:
        return no_data_figure(title, shapes=shapes)
    style = text_style(shapes)
    ncols = max(1, min(ncols, len(panels)))
    nrows = max(1, math.ceil(len(panels) / ncols))
    fig = new_figure(3.2 * ncols, 0.6 + (0.26 * n + 0.6) * nrows)
    for i, key in enumerate(panels):
        row, col = divmod(i, ncols)
        # Panels read right to left, like the labels: the first is top right.
        ax = fig.add_subplot(nrows, ncols, row * ncols + (ncols - 1 - col) + 1)
        rows = top_rows(table[table[panel] == key], label, value, n)
        # One long label (a 60-letter agency name) would take its column's width
        # from the bars and push the panel's title off the figure: cut it to the
        # panels' width (the CSV saved with the figure keeps it whole).
        rows = rows.assign(**{label: [_fit(str(t), _PANEL_TITLE_CHARS) for t in rows[label]]})
        _draw_bars(ax, rows, label, value, rtl=True, shapes=shapes, style=style)
        # A narrow panel has room for three numbers (0.0075 0.0050 … ran together).
        ax.xaxis.set_major_locator(MaxNLocator(3, integer=pd.api.types.is_integer_dtype(
            rows[value])))
        ax.tick_params(axis="x", labelsize="small")
        set_text(ax.set_title, _fit(str(key), _PANEL_TITLE_CHARS), shapes, style, size="medium")
    if title:
        fig.suptitle(ar(title, target="matplotlib", shapes=shapes), family=style["family"])
    return fig
