"""A progress bar for the explorer's long steps, shown only when they are long.

A tqdm bar (a widget in JupyterLab, text in a terminal) counts articles,
and its description names the step under way ("index", "keys of the
corpus"). A small corpus gets no bar at all, so that a notebook's stored
output does not change from run to run (nbval compares it).

>>> with Progress(10, "index", show=False) as bar:
...     bar.update(10)
...     bar.step("keys")
>>> bar.done
10
"""

from __future__ import annotations

from typing import Self

__all__ = ["SHOW_FROM", "Progress"]

#: Corpora with at least this many articles get a progress bar by default.
SHOW_FROM = 2_000


class Progress:
    """``update(n)`` after ``n`` articles; ``step(name)`` when a new step starts."""

    def __init__(self, total: int, description: str, *, show: bool | None = None) -> None:
        self.total = total
        self.description = description
        self.show = total >= SHOW_FROM if show is None else show
        self.done = 0
        self._bar = None

    def __enter__(self) -> Self:
        if self.show:
            from tqdm.auto import tqdm

            self._bar = tqdm(total=self.total, desc=self.description, unit="article")
        return self

    def update(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)

    def step(self, name: str) -> None:
        if self._bar is not None:
            self._bar.set_description(name)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()
