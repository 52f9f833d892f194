"""Word cloud from our own frequency table, drawn by wordcloud (which uses Pillow).

wordcloud's own tokenizer and English stopwords never see our text: we pass
``generate_from_frequencies`` the counts we computed, keyed by the string
Pillow must draw (``ar(..., target="pillow")``).
"""

from __future__ import annotations

import pandas as pd

from .figure import new_figure, no_data_figure, text_style, top_rows
from .fonts import font_path
from .shaping import ar, renderer_shapes

__all__ = ["cloud_frequencies", "word_cloud"]

# Dark, distinct colours: wordcloud's default colormaps include pale yellows
# that are hard to read on white (for people and for OCR alike).
PALETTE = ("#1f3b73", "#8c1c13", "#1e5631", "#5b2a86", "#7a4a00", "#1b1b1b", "#00607a")


def _palette_color(word, font_size, position, orientation, random_state=None, **kwargs) -> str:
    """wordcloud color_func: a palette colour chosen by the cloud's own random state."""
    return PALETTE[random_state.randint(0, len(PALETTE) - 1)]


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
    >>> fig.get_size_inches().tolist(), fig.axes[0].get_images()[0].get_array().shape
    ([8.0, 4.0], (600, 1200, 3))

    An empty table gives a figure that says "no data" (لا توجد بيانات).
    """
    from wordcloud import WordCloud

    pillow_shapes = renderer_shapes("pillow") if shapes is None else shapes
    freqs = cloud_frequencies(table, label=label, value=value, n=n, shapes=pillow_shapes)
    if not freqs:
        return no_data_figure(title, shapes=shapes, width=width / 150, height=height / 150)
    cloud = WordCloud(
        # Pillow has no font fallback: the font must map every character drawn.
        font_path=str(font_path(need_presentation_forms=not pillow_shapes, text="".join(freqs))),
        width=width,
        height=height,
        background_color="white",
        color_func=_palette_color,
        # Legibility over drama: a capped largest size, gentle scaling and wide
        # margins stop small words nesting inside big ones, which makes a cloud
        # unreadable (for people and for the OCR check alike).
        max_font_size=max(12, height // 6),
        relative_scaling=0.3,
        margin=max(4, width // 75),
        prefer_horizontal=1.0,
        max_words=n,
        random_state=0,
    )
    cloud.generate_from_frequencies(freqs)
    # One image pixel per output pixel at save_figure's 150 dpi: resampling
    # would blur the small words.
    title_px = 60 if title else 0
    fig = new_figure(width / 150, (height + title_px) / 150, layout=None)
    ax = fig.add_axes((0, 0, 1, height / (height + title_px)))
    ax.imshow(cloud.to_array(), interpolation="nearest")
    ax.set_axis_off()
    if title:
        style = text_style(shapes)
        fig.suptitle(ar(title, target="matplotlib", shapes=shapes), family=style["family"], size="large")
    return fig
