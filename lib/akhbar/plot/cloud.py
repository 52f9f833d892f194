"""Word cloud from our own frequency table, drawn by wordcloud (which uses Pillow).

wordcloud's own tokenizer and English stopwords never see our text: we pass
``generate_from_frequencies`` the counts we computed, keyed by the string
Pillow must draw (``ar(..., target="pillow")``).
"""

from __future__ import annotations

import pandas as pd

from .charts import _label, _new_figure, _text_style, top_rows
from .fonts import font_path
from .shaping import ar, renderer_shapes


def cloud_frequencies(
    table: pd.DataFrame, *, label: str = "term", value: str = "count", n: int = 100,
    shapes: bool | None = None,
) -> dict[str, float]:
    """``{display string: weight}`` of the *n* largest rows, ready for wordcloud."""
    rows = top_rows(table, label, value, n)
    freqs: dict[str, float] = {}
    for term, weight in zip(rows[label], rows[value]):
        if weight > 0:
            key = ar(term, target="pillow", shapes=shapes)
            freqs[key] = freqs.get(key, 0.0) + float(weight)
    return freqs


def word_cloud(
    table: pd.DataFrame,
    *,
    label: str = "term",
    value: str = "count",
    n: int = 100,
    title: str | None = None,
    shapes: bool | None = None,
    width: int = 1200,
    height: int = 600,
):
    """A word cloud of the *n* largest *value*s as a matplotlib Figure.

    Deterministic (fixed random state), all words horizontal (Arabic does not
    read rotated). *shapes* forces Pillow's capability (see ``ar``).

    >>> import pandas as pd
    >>> fig = word_cloud(pd.DataFrame({"term": ["أفغانستان", "بوتين"], "count": [6, 4]}))
    """
    from wordcloud import WordCloud

    pillow_shapes = renderer_shapes("pillow") if shapes is None else shapes
    freqs = cloud_frequencies(table, label=label, value=value, n=n, shapes=pillow_shapes)
    cloud = WordCloud(
        font_path=str(font_path(need_presentation_forms=not pillow_shapes)),
        width=width,
        height=height,
        background_color="white",
        colormap="viridis",
        prefer_horizontal=1.0,
        max_words=n,
        random_state=0,
    )
    if freqs:
        cloud.generate_from_frequencies(freqs)
    fig = _new_figure(width / 150, height / 150 + (0.4 if title else 0))
    ax = fig.add_subplot()
    if freqs:
        ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        _label(ax.set_title, title, shapes, _text_style(shapes), size="large")
    return fig
