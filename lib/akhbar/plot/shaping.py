"""Who shapes Arabic: the renderer or us? Capability probes and ``ar()``.

Arabic needs shaping (letters join; لا is a ligature) and right-to-left
ordering. matplotlib >= 3.11 (libraqm inside ft2font) and Pillow with Raqm do
both themselves: give them the logical string. Older matplotlib and Pillow's
basic layout do neither: give them ``get_display(reshape(text))``. Applying
that recipe to a shaping renderer reverses every word, silently. So the recipe
is applied here and only here, after asking a probe.

| renderer                     | logical string | reshape + bidi |
|------------------------------|----------------|----------------|
| matplotlib >= 3.11 (libraqm) | correct        | reversed       |
| matplotlib < 3.11            | unjoined, LTR  | correct        |
| Pillow, Raqm layout          | correct        | reversed       |
| Pillow, basic layout         | unjoined, LTR  | correct        |

>>> ar("سلام", target="pillow", shapes=True)
'سلام'
>>> ar("سلام", target="pillow", shapes=False)
'ﻡﻼﺳ'
"""

from __future__ import annotations

import functools
import warnings
from typing import Literal

import regex

__all__ = [
    "ar",
    "has_rtl",
    "isolate_ltr_runs",
    "probe_verdict",
    "render_matplotlib",
    "render_pillow",
    "renderer_shapes",
    "same_rendering",
    "visual_order",
]

Target = Literal["matplotlib", "pillow"]

# The probe word: joins on both sides (س ل م), has the لا ligature, and is not
# a palindrome, so a reversed rendering differs from a correct one.
PROBE_WORD = "سلام"

# Runs of digits/Latin with inner separators: "18-11-2021", "17:18", "COVID-19".
# Inside Arabic text the bidi algorithm turns European digits after an Arabic
# letter into Arabic numbers, and "-" does not bind Arabic numbers, so
# "18-11-2021" would come out as "2021-11-18". A left-to-right isolate
# (LRI … PDI) keeps such a run in its own order.
_LTR_RUN = regex.compile(r"[0-9\p{Latin}]+(?:[-/.:,_+][0-9\p{Latin}]+)*")
_RTL = regex.compile(r"[\p{Arabic}\p{Hebrew}]")
_LRI, _PDI = "\u2066", "\u2069"
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"))


def has_rtl(text: str) -> bool:
    """True when *text* contains an Arabic (or Hebrew) character."""
    return bool(_RTL.search(text))


def isolate_ltr_runs(text: str) -> str:
    """Wrap digit/Latin runs of right-to-left text in LRI … PDI (no-op for LTR text).

    >>> isolate_ltr_runs("تاريخ 18-11-2021") == "تاريخ \\u206618-11-2021\\u2069"
    True
    """
    if not has_rtl(text):
        return text
    return _LTR_RUN.sub(lambda m: _LRI + m.group(0) + _PDI, text)


# Mirrored glyphs (rule L4 of the bidi algorithm): on a right-to-left line "("
# must be drawn as ")". python-bidi >= 0.5 reorders but leaves mirroring to
# the renderer, and a renderer without bidi never mirrors.
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _get_display(text: str) -> str:
    try:  # python-bidi >= 0.5 (Rust): full UBA including isolates, no mirroring
        from bidi import get_base_level, get_display
    except ImportError:  # python-bidi 0.4: no isolates (dates may flip), mirrors itself
        from bidi.algorithm import get_display

        return get_display(text.translate(_BIDI_CONTROLS))
    display = get_display(text)
    # Latin and digits sit in isolates (isolate_ltr_runs) and contain no
    # brackets, so on a right-to-left line every bracket is at an odd level.
    return display.translate(_MIRROR) if get_base_level(text) == 1 else display


def visual_order(text: str) -> str:
    """The reshape + bidi recipe, for renderers that neither shape nor reorder.

    Only ``ar()`` and the probes call this; everything else goes through ``ar()``.
    """
    import arabic_reshaper

    lines = []
    for line in text.split("\n"):  # bidi works per paragraph; keep line breaks
        shaped = _get_display(arabic_reshaper.reshape(line))
        # Renderers without bidi would draw the isolate controls as boxes.
        lines.append(shaped.translate(_BIDI_CONTROLS))
    return "\n".join(lines)


def ar(text: object, *, target: Target = "matplotlib", shapes: bool | None = None) -> str:
    """The string to hand to *target* so that Arabic *text* displays correctly.

    *shapes* forces the renderer capability (tests, deliberately wrong renders);
    by default the cached probe for *target* decides. Non-strings are ``str()``-ed,
    missing values (None, NaN, pd.NA) give an empty label.

    >>> ar("Top terms", target="matplotlib")
    'Top terms'
    """
    if not isinstance(text, str):
        text = "" if _missing(text) else str(text)
    if target not in ("matplotlib", "pillow"):
        raise ValueError(f"target must be 'matplotlib' or 'pillow', not {target!r}")
    if has_rtl(text):
        if shapes is None:
            shapes = renderer_shapes(target)
        text = isolate_ltr_runs(text)
        text = text if shapes else visual_order(text)
    if target == "matplotlib":
        # Two "$" would switch matplotlib to mathtext ("بقيمة 100$ و 200$").
        text = text.replace("$", r"\$")
    return text


def _missing(value: object) -> bool:
    """None, NaN, pd.NA, NaT: a missing label displays as nothing, not as "nan"."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def renderer_shapes(target: Target) -> bool:
    """Cached answer of the probe for *target* ("matplotlib" or "pillow")."""
    if target == "matplotlib":
        return matplotlib_shapes()
    if target == "pillow":
        return pillow_shapes()
    raise ValueError(f"target must be 'matplotlib' or 'pillow', not {target!r}")


# --- probes -------------------------------------------------------------------


def _ink(array) -> object:
    """Boolean ink mask of a greyscale/RGBA render, cropped to the inked box."""
    import numpy as np

    a = np.asarray(array)
    if a.ndim == 3:
        a = a[..., :3].min(axis=2)
    ink = a < 128 if a.mean() > 127 else a >= 128  # dark-on-light or light-on-dark
    rows, cols = np.where(ink.any(1))[0], np.where(ink.any(0))[0]
    if not len(rows):
        return ink[:0, :0]
    return ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def same_rendering(a, b, *, tolerance: float = 0.02) -> bool:
    """True when two ink masks have the same box and differ on few pixels."""
    if a.shape != b.shape or a.size == 0:
        return False
    return (a ^ b).sum() <= tolerance * max(a.sum(), b.sum())


def probe_verdict(render) -> bool:
    """Does a renderer shape Arabic itself? *render(str) -> ink mask*.

    A shaping renderer draws the logical word exactly as it draws the same
    word in presentation forms (already joined, logical order, which it then
    reorders), and differently from the visual-order recipe. A renderer that
    does not shape draws the logical word as isolated letters, which matches
    neither.
    """
    import arabic_reshaper

    logical = render(PROBE_WORD)
    joined = render(arabic_reshaper.reshape(PROBE_WORD))
    recipe = render(visual_order(PROBE_WORD))
    return same_rendering(logical, joined) and not same_rendering(logical, recipe)


def render_matplotlib(text: str, font: str | None = None):
    """Ink mask of *text* drawn by matplotlib's Agg renderer (no pyplot involved)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    from .fonts import bundled_font

    fig = Figure(figsize=(3, 1), dpi=100)
    canvas = FigureCanvasAgg(fig)
    fig.text(0.1, 0.3, text, fontproperties=FontProperties(fname=font or str(bundled_font()), size=24))
    canvas.draw()
    return _ink(canvas.buffer_rgba())


def render_pillow(text: str, font=None):
    """Ink mask of *text* drawn by Pillow with *font* (default: DejaVu, default layout)."""
    from PIL import Image, ImageDraw, ImageFont

    from .fonts import bundled_font

    font = font or ImageFont.truetype(str(bundled_font()), 32)
    image = Image.new("L", (400, 80), 255)
    ImageDraw.Draw(image).text((20, 10), text, font=font, fill=0)
    return _ink(image)


def _confirm(name: str, claims: bool, render) -> bool:
    """The pixel probe's verdict on a renderer whose build *claims* to shape.

    A disagreement is reported, not hidden: the probe wins, since it looked
    at what the renderer actually draws. If the probe itself cannot run, the
    build's claim stands.
    """
    if not claims:
        return False
    try:
        verdict = probe_verdict(render)
    except Exception as error:  # noqa: BLE001 - any failure to render means "no evidence"
        warnings.warn(f"{name}: shaping probe failed ({error!r}); trusting the build", stacklevel=3)
        return True
    if not verdict:
        warnings.warn(
            f"{name} has a shaping engine but did not shape the probe word {PROBE_WORD!r}; "
            "Arabic will be reshaped before drawing",
            stacklevel=3,
        )
    return verdict


@functools.cache
def matplotlib_shapes() -> bool:
    """True when this matplotlib shapes Arabic itself (ft2font built with libraqm, >= 3.11)."""
    from matplotlib import ft2font

    claims = bool(getattr(ft2font, "__libraqm_version__", None))
    return _confirm("matplotlib", claims, render_matplotlib)


@functools.cache
def pillow_shapes() -> bool:
    """True when Pillow's default text layout (what wordcloud uses) is Raqm and shapes."""
    from PIL import ImageFont, features

    from .fonts import bundled_font

    font = ImageFont.truetype(str(bundled_font()), 32)  # default engine, as wordcloud does
    claims = bool(features.check("raqm")) and font.layout_engine == ImageFont.Layout.RAQM
    return _confirm("Pillow", claims, lambda s: render_pillow(s, font))
