"""What a panel of the explorer is: data computed once per state, drawn when seen.

A :class:`Panel` separates *computing* its data (:meth:`Panel.compute`, a
table and whatever its view needs) from *drawing* it (:meth:`Panel.render`,
widgets and a figure). Both are cached by the panel's :meth:`Panel.state` —
the current selection and the panel's own inputs — so that:

- ``explorer.table(name)`` computes the table of a hidden panel without
  drawing it;
- a filter change redraws only the panel on screen; the others redraw when
  their tab is opened;
- nothing is computed twice for the same state;
- a panel's chart (:meth:`Panel.make_figure`, a matplotlib figure shown as
  an image: the slowest part of drawing) is drawn *after* its tables are on
  screen — in a kernel, at the next turn of its event loop — and not at all
  if the state has changed meanwhile.

>>> class Count(Panel):
...     name, title = "count", "Count"
...     def state(self): return (1,)
...     def compute(self): return Shown(pd.DataFrame({"n": [1]}))
>>> panel = Count(explorer=None)
>>> panel.table().to_dict("list"), panel.data() is panel.data()
({'n': [1]}, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ipywidgets as widgets
import pandas as pd

from akhbar.explore.panels.common import chart_image, figure_png, later, note

__all__ = ["Panel", "Shown"]


@dataclass
class Shown:
    """What a panel computed: its ``table`` and anything else its view draws."""

    table: pd.DataFrame
    note: str = ""
    extra: dict = field(default_factory=dict)


class Panel:
    """One tab of the explorer (see the module docstring)."""

    name = ""
    title = ""

    def __init__(self, explorer) -> None:
        self.explorer = explorer
        self.widget = widgets.VBox()
        self.message = widgets.HTML()
        self.figure = None
        self.chart = chart_image("520px")
        self._data_state: tuple | None = None
        self._data: Shown | None = None
        self._drawn_state: tuple | None = None

    # -- what subclasses define ---------------------------------------------------

    def state(self) -> tuple:
        """What the panel's data depends on (the selection and the panel's inputs)."""
        raise NotImplementedError

    def compute(self) -> Shown:
        """The panel's data for the current state."""
        raise NotImplementedError

    def render(self, shown: Shown) -> None:
        """Draw ``shown`` in the panel's widgets (its chart apart: :meth:`make_figure`)."""

    def make_figure(self, shown: Shown):
        """The panel's chart for ``shown`` (a matplotlib figure), or None (no chart)."""

    # -- shared ----------------------------------------------------------------------

    def data(self) -> Shown:
        """The data of the current state, computed once."""
        state = self.state()
        if self._data is None or state != self._data_state:
            self._data = self.compute()
            self._data_state = state
        return self._data

    def table(self) -> pd.DataFrame:
        """The table this panel shows now (computed on demand)."""
        return self.data().table

    def show(self) -> None:
        """Draw the panel if what it shows has changed."""
        state = self.state()
        if state == self._drawn_state:
            return
        shown = self.data()
        self.message.value = note(shown.note) if shown.note else ""
        self.render(shown)
        self._drawn_state = state
        later(lambda: self._draw_chart(state, shown))

    def _draw_chart(self, state: tuple, shown: Shown) -> None:
        if state != self._drawn_state:  # the user has moved on: this chart is stale
            return
        self.figure = self.make_figure(shown)
        if self.figure is not None:
            self.chart.value = figure_png(self.figure)
        self.chart.layout.display = None if self.figure is not None else "none"

    def saved_view(self) -> tuple:
        """``(figure or None, table, file name)`` of what is shown, for the save button."""
        return self.figure, self.table(), f"explore_{self.name}"
