"""Correctly shaped, right-to-left Arabic in every figure, on every renderer.

>>> import pandas as pd
>>> from akhbar.plot import ar, bar_terms, save_figure
>>> counts = pd.DataFrame({"term": ["روسيا", "أفغانستان", "طالبان"], "count": [7, 5, 3]})
>>> fig = bar_terms(counts, title="أكثر الكلمات")
>>> ar("عرب وعالم 18-11-2021", target="matplotlib", shapes=False)  # matplotlib < 3.11
'18-11-2021 ﻢﻟﺎﻋﻭ ﺏﺮﻋ'

``ar`` is the only place where the reshape + bidi recipe is applied, after
asking a cached probe whether the renderer shapes Arabic itself.
"""

from . import figure
from .charts import bar_terms, line_over_time, small_multiples
from .cloud import cloud_frequencies, word_cloud
from .distribution import histogram
from .figure import NO_DATA, no_data_figure
from .fonts import bundled_font, font_family, font_path, resolve_font, set_font
from .save import save_figure
from .shaping import ar, isolate_ltr_runs, matplotlib_shapes, pillow_shapes, renderer_shapes

__all__ = [
    "NO_DATA",
    "ar",
    "bar_terms",
    "bundled_font",
    "cloud_frequencies",
    "figure",
    "font_family",
    "font_path",
    "histogram",
    "isolate_ltr_runs",
    "line_over_time",
    "matplotlib_shapes",
    "no_data_figure",
    "pillow_shapes",
    "renderer_shapes",
    "resolve_font",
    "save_figure",
    "set_font",
    "small_multiples",
    "word_cloud",
]
