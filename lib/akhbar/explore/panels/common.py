"""What every panel of the explorer shares: right-to-left styling, figures as
images, save buttons, lists of rows that open an article, and debouncing.

- :data:`STYLE`: the explorer's CSS, put once in the page. Boxes of Arabic
  read right to left; text boxes take the direction of what is typed
  (``unicode-bidi: plaintext``); keyword-in-context lines are a three-column
  grid in which, right to left, the words *before* the match come first
  (on its right), the match sits in the middle, the words after it on its left.
- :func:`figure_png`: a matplotlib figure as PNG bytes for an ``Image`` widget.
- :class:`Saver`: buttons that write a view's figure (PNG + SVG + CSV, via
  :func:`akhbar.plot.save_figure`) or its table (CSV).
- :class:`RowList`: a fixed pool of rows (an HTML line and an "open" button),
  refilled page by page.
- :class:`Debouncer`: runs a function once typing has paused (~300 ms).

>>> kwic_line("قال بوتين إن", "روسيا", "مستعدة للحوار").count('dir="rtl"')
4
"""

from __future__ import annotations

import asyncio
import html
import io
from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from akhbar.plot import save_figure

__all__ = ["DEBOUNCE_SECONDS", "STYLE", "Debouncer", "RowList", "Saver", "chart_image",
           "figure_png", "kwic_line", "later", "note", "rtl_box", "rtl_input", "side_by_side"]

#: Pause in typing after which a search box runs its search.
DEBOUNCE_SECONDS = 0.3

STYLE = """<style>
.akhbar-explorer { max-width: 1100px; }
.akhbar-rtl, .akhbar-rtl .widget-html-content { direction: rtl; text-align: right; }
.akhbar-rtl-input input, .akhbar-rtl-input select, .akhbar-rtl-input textarea {
  direction: rtl; unicode-bidi: plaintext; text-align: right; }
.akhbar-explorer .widget-tab > .lm-TabBar .lm-TabBar-tabLabel { unicode-bidi: plaintext; }
.akhbar-kwic-line { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
  direction: rtl; width: 100%; font-size: 15px; line-height: 1.7; }
.akhbar-kwic-before { direction: ltr; text-align: right; overflow: hidden;
  white-space: nowrap; text-overflow: ellipsis; }
.akhbar-kwic-after { direction: rtl; text-align: right; overflow: hidden;
  white-space: nowrap; text-overflow: ellipsis; }
.akhbar-kwic-match { font-weight: bold; color: #a4161a; padding: 0 0.5em; white-space: nowrap; }
.akhbar-row { border-bottom: 1px solid #eee; }
.akhbar-row .widget-html { flex: 1 1 auto; min-width: 0; }
.akhbar-row .widget-html-content { width: 100%; }
.akhbar-body { white-space: pre-wrap; unicode-bidi: plaintext; font-size: 16px;
  line-height: 1.8; }
.akhbar-match { background: #ffd43b; padding: 0; }
.akhbar-speaker { padding: 0 0.4em; margin-left: 0.3em; border-radius: 3px; }
.akhbar-note { color: #555; }
.akhbar-rtl table.dataframe { direction: rtl; }
</style>"""


def note(text: str) -> str:
    """A short explanation shown instead of (or above) a view."""
    return f'<p class="akhbar-note" dir="auto">{html.escape(text)}</p>'


def rtl_box(widget: widgets.Widget) -> widgets.Widget:
    """``widget`` laid out right to left (HTML, boxes: the first child on the right)."""
    widget.add_class("akhbar-rtl")
    return widget


def rtl_input(widget: widgets.Widget) -> widgets.Widget:
    """An input widget whose text reads in the direction of what is in it
    (right to left when empty); its English label stays on the left."""
    widget.add_class("akhbar-rtl-input")
    return widget


def kwic_line(before: str, match: str, after: str) -> str:
    """One keyword-in-context line: before on the right, the match, after on the left."""
    return ('<div class="akhbar-kwic-line" dir="rtl">'
            f'<span class="akhbar-kwic-before"><span dir="rtl">{html.escape(before)}</span></span>'
            f'<span class="akhbar-kwic-match" dir="rtl">{html.escape(match)}</span>'
            f'<span class="akhbar-kwic-after" dir="rtl">{html.escape(after)}</span></div>')


def chart_image(width: str) -> widgets.Image:
    """An image widget for a chart, ``width`` wide, hidden until it has one."""
    return widgets.Image(format="png", layout=widgets.Layout(width=width, height="auto",
                                                             display="none"))


def side_by_side(chart: widgets.Widget, table: widgets.Widget) -> widgets.Box:
    """A chart and its table in one row, right to left (the chart on the right),
    each at its own height."""
    return rtl_box(widgets.HBox([chart, table], layout=widgets.Layout(align_items="flex-start")))


def figure_png(fig, dpi: int = 80) -> bytes:
    """The PNG of a matplotlib figure (for an ``ipywidgets.Image``)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


class Saver:
    """A "save" button for a view: its figure as PNG + SVG + CSV, or its table as CSV.

    ``current()`` returns ``(figure or None, table, name)`` for what is shown now.
    """

    def __init__(self, out_dir: Callable[[], Path], current: Callable[[], tuple],
                 label: str = "Save") -> None:
        self.out_dir = out_dir
        self.current = current
        self.button = widgets.Button(description=label, icon="download",
                                     layout=widgets.Layout(width="auto"))
        self.status = widgets.HTML()
        self.button.on_click(lambda _: self.save())
        self.widget = widgets.HBox([self.button, self.status])

    def save(self) -> dict[str, Path]:
        """Write the view's files; returns them by suffix."""
        fig, table, name = self.current()
        folder = Path(self.out_dir())
        if fig is not None:
            files = save_figure(fig, name, data=table, out_dir=folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            files = {"csv": folder / f"{name}.csv"}
            (table if table is not None else pd.DataFrame()).to_csv(files["csv"], index=False)
        self.status.value = note("saved: " + ", ".join(str(p) for p in files.values()))
        return files


class RowList:
    """``size`` rows, each an HTML line and an "open" button, refilled with :meth:`show`."""

    def __init__(self, size: int, on_open: Callable[[object], None]) -> None:
        self.on_open = on_open
        self.targets: list[object] = [None] * size
        self.lines = [widgets.HTML() for _ in range(size)]
        self.buttons = [widgets.Button(icon="file-text-o", tooltip="open the article",
                                       layout=widgets.Layout(width="36px")) for _ in range(size)]
        self.rows = []
        for i, (line, button) in enumerate(zip(self.lines, self.buttons, strict=True)):
            button.on_click(lambda _, i=i: self._open(i))
            row = rtl_box(widgets.HBox([button, line], layout=widgets.Layout(display="none")))
            row.add_class("akhbar-row")
            self.rows.append(row)
        self.widget = widgets.VBox(self.rows)

    def _open(self, i: int) -> None:
        if self.targets[i] is not None:
            self.on_open(self.targets[i])

    def show(self, lines: list[str], targets: list[object], tooltips: list[str] | None = None):
        """Show ``lines`` (HTML); the button of line i opens ``targets[i]``."""
        for i, row in enumerate(self.rows):
            visible = i < len(lines)
            self.targets[i] = targets[i] if visible else None
            if visible:
                self.lines[i].value = lines[i]
                self.buttons[i].tooltip = (tooltips or [""] * len(lines))[i] or "open the article"
            row.layout.display = "flex" if visible else "none"


def later(function: Callable[[], None]) -> None:
    """Run ``function`` at the next turn of the running asyncio loop (a kernel's:
    what was changed so far reaches the screen first), or at once without one."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        function()
    else:
        loop.call_soon(function)


class Debouncer:
    """Call ``function`` once calls have paused for ``wait`` seconds.

    In a running kernel the call is scheduled on its asyncio loop (so it runs
    in the kernel's thread, between messages: keystrokes never queue work);
    with no running loop (a script, a test) it runs at once. ``now=True``
    (or :attr:`immediate`) runs it at once too — the explorer's own calls.
    """

    def __init__(self, function: Callable[[], None], wait: float = DEBOUNCE_SECONDS) -> None:
        self.function = function
        self.wait = wait
        self.immediate = False
        self.calls = 0  # how often function ran (tests read it)
        self._handle = None

    def __call__(self, *_, now: bool = False) -> None:
        self.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if now or self.immediate or loop is None:
            self._run()
        else:
            self._handle = loop.call_later(self.wait, self._run)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _run(self) -> None:
        self._handle = None
        self.calls += 1
        self.function()
