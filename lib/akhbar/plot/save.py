"""Save a figure as PNG (150 dpi) + SVG + the CSV of the data behind it."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

__all__ = ["save_figure"]

#: How floats are written to a figure's CSV (10 significant digits).
CSV_FLOAT_FORMAT = "%.10g"


def save_figure(
    fig, name: str, *, data: pd.DataFrame | None = None, out_dir: str | os.PathLike = "figures"
) -> dict[str, Path]:
    """Write ``out_dir/name.png``, ``.svg`` and (with *data*) ``.csv``; reruns overwrite.

    The SVG carries no date and uses a fixed id salt, so reruns give identical files.
    Numbers in the CSV keep 10 significant digits: enough for any figure, and
    free of the last-digit noise that another BLAS build or thread count
    leaves in a model's weights, so the CSV changes only when the data do.
    Returns ``{"png": path, "svg": path, "csv": path}`` (csv only with data).

    >>> import pandas as pd, tempfile
    >>> from akhbar.plot import bar_terms
    >>> t = pd.DataFrame({"term": ["روسيا"], "count": [2]})
    >>> sorted(save_figure(bar_terms(t), "02_demo", data=t, out_dir=tempfile.mkdtemp()))
    ['csv', 'png', 'svg']
    """
    import matplotlib

    stem = Path(name).name
    for suffix in (".png", ".svg", ".csv"):
        stem = stem.removesuffix(suffix)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"png": out / f"{stem}.png", "svg": out / f"{stem}.svg"}
    fig.savefig(paths["png"], dpi=150, metadata={"Software": None})
    with matplotlib.rc_context({"svg.hashsalt": stem}):
        fig.savefig(paths["svg"], metadata={"Date": None, "Creator": None})
    if data is not None:
        paths["csv"] = out / f"{stem}.csv"
        data.to_csv(paths["csv"], index=False, float_format=CSV_FLOAT_FORMAT)
    return paths
