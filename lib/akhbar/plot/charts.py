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

from .fonts import font_family
from .shaping import ar, renderer_shapes


def _new_figure(width: float, height: float, layout: str | None = "constrained"):
    """A figure that Jupyter can display but that pyplot does not keep alive.

    pyplot is imported so that the inline backend registers its display hook;
    closing the figure stops pyplot from showing it a second time or leaking it.
    """
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(width, height), layout=layout)
    plt.close(fig)
    return fig


def _text_style(shapes: bool | None) -> dict:
    """Font settings for Arabic text; reshaped text needs presentation-form glyphs."""
    if shapes is None:
        shapes = renderer_shapes("matplotlib")
    return {"family": font_family(need_presentation_forms=not shapes)}


def top_rows(table: pd.DataFrame, label: str, value: str, n: int | None) -> pd.DataFrame:
    """The *n* largest rows by *value* (ties keep table order), columns label, value."""
    missing = [c for c in (label, value) if c not in table.columns]
    if missing:
        raise KeyError(
            f"table has no column {missing[0]!r}; it has {list(table.columns)} "
            f"(pass label=/value= to name the columns to plot)"
        )
    rows = table[[label, value]].dropna()
    rows = rows.sort_values(value, ascending=False, kind="stable")
    return (rows if n is None else rows.head(n)).reset_index(drop=True)


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
    style = _text_style(shapes)
    fig = _new_figure(7, 1.2 + 0.32 * max(len(rows), 1))
    ax = fig.add_subplot()
    _draw_bars(ax, rows, label, value, rtl=rtl, shapes=shapes, style=style)
    _label(ax.set_xlabel, xlabel if xlabel is not None else value, shapes, style)
    if title:
        _label(ax.set_title, title, shapes, style, size="large")
    return fig


def _label(setter, text, shapes, style, **kw):
    setter(ar(text, target="matplotlib", shapes=shapes), family=style["family"], **kw)


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
    for column in (x, y, group):
        if column not in table.columns:
            raise KeyError(f"table has no column {column!r}; it has {list(table.columns)}")
    style = _text_style(shapes)
    # A tidy count table leaves out the periods where a group had nothing: those are zeros.
    wide = table.pivot_table(index=x, columns=group, values=y, aggfunc="sum", sort=True,
                             fill_value=0)
    groups = list(pd.unique(table[group]))  # legend in table order (e.g. by rank)
    fig = _new_figure(8, 4.5)
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
        ax.legend(prop={"family": style["family"]}, markerfirst=False, alignment="right")
    ax.spines[["right", "top"]].set_visible(False)
    _label(ax.set_ylabel, ylabel if ylabel is not None else y, shapes, style)
    if title:
        _label(ax.set_title, title, shapes, style, size="large")
    return fig


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
    if panel not in table.columns:
        raise KeyError(f"table has no column {panel!r}; it has {list(table.columns)}")
    style = _text_style(shapes)
    panels = list(pd.unique(table[panel]))
    ncols = max(1, min(ncols, len(panels)))
    nrows = max(1, math.ceil(len(panels) / ncols))
    fig = _new_figure(3.2 * ncols, 0.6 + (0.26 * n + 0.6) * nrows)
    for i, key in enumerate(panels):
        row, col = divmod(i, ncols)
        # Panels read right to left, like the labels: the first is top right.
        ax = fig.add_subplot(nrows, ncols, row * ncols + (ncols - 1 - col) + 1)
        rows = top_rows(table[table[panel] == key], label, value, n)
        _draw_bars(ax, rows, label, value, rtl=True, shapes=shapes, style=style)
        ax.tick_params(axis="x", labelsize="small")
        _label(ax.set_title, key, shapes, style)
    if title:
        fig.suptitle(ar(title, target="matplotlib", shapes=shapes), family=style["family"])
    return fig
