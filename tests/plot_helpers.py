"""Rendering and comparison helpers for the plot tests (and the OCR benchmark).

A label is judged by looking at pixels, never by comparing strings: the same
string is right on one renderer and reversed on another.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import regex

from akhbar.plot.fonts import bundled_font

SIZE = 48  # pixels per em for every renderer, so their images are comparable


def ink(image) -> np.ndarray:
    """Boolean mask of dark pixels of a light image, cropped to the inked box."""
    a = np.asarray(image)
    if a.ndim == 3:
        a = a[..., :3].min(axis=2)
    mask = a < 128
    rows, cols = np.where(mask.any(1))[0], np.where(mask.any(0))[0]
    if not len(rows):
        return mask[:0, :0]
    return mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def matplotlib_image(text: str, font: Path | None = None) -> np.ndarray:
    """*text* drawn by matplotlib's Agg at SIZE px (72 dpi, SIZE pt), as an RGBA array."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    fig = Figure(figsize=(0.6 * len(text) + 2, 2), dpi=72)
    canvas = FigureCanvasAgg(fig)
    prop = FontProperties(fname=str(font or bundled_font()), size=SIZE)
    fig.text(0.02, 0.3, text, fontproperties=prop)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def pillow_font(layout: str = "raqm", font: Path | None = None):
    """A Pillow font at SIZE px with the named layout engine ("raqm" or "basic")."""
    from PIL import ImageFont

    engine = {"raqm": ImageFont.Layout.RAQM, "basic": ImageFont.Layout.BASIC}[layout]
    return ImageFont.truetype(str(font or bundled_font()), SIZE, layout_engine=engine)


def pillow_image(text: str, layout: str = "raqm", font: Path | None = None) -> np.ndarray:
    """*text* drawn by Pillow with the given layout engine, as a greyscale array."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (int(SIZE * (0.7 * len(text) + 2)), SIZE * 2), 255)
    ImageDraw.Draw(image).text((SIZE // 2, SIZE // 3), text, font=pillow_font(layout, font), fill=0)
    return np.asarray(image)


def raqm_available() -> bool:
    from PIL import features

    return bool(features.check("raqm"))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two ink masks after aligning their boxes.

    Masks of different width by more than 10 % count as dissimilar (0.0): a
    reshaped word and its unjoined letters differ in width before anything else.
    """
    if a.size == 0 or b.size == 0:
        return 0.0
    if abs(a.shape[1] - b.shape[1]) > 0.1 * max(a.shape[1], b.shape[1]):
        return 0.0
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    best = 0.0
    # Allow a pixel of offset either way: two rasterisers round differently.
    for dy in (0, a.shape[0] - h):
        for dx in (0, a.shape[1] - w):
            for ey in (0, b.shape[0] - h):
                for ex in (0, b.shape[1] - w):
                    x = a[dy : dy + h, dx : dx + w]
                    y = b[ey : ey + h, ex : ex + w]
                    union = (x | y).sum()
                    best = max(best, (x & y).sum() / union if union else 0.0)
    return best


# --- OCR oracle -----------------------------------------------------------------


@functools.cache
def tesseract_missing() -> str | None:
    """Why the OCR oracle cannot run here, or None when tesseract reads Arabic."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ara)"
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    if "ara" not in (out.stdout + out.stderr).split():
        return "tesseract has no Arabic data (apt-get install tesseract-ocr-ara)"
    return None


def ocr(image, *, psm: int = 6) -> str:
    """Text tesseract -l ara reads in *image* (a path or an array)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        if isinstance(image, (str, Path)):
            path = Path(image)
        else:
            path = Path(tmp) / "img.png"
            Image.fromarray(np.asarray(image)).save(path)
        out = subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "ara", "--psm", str(psm)],
            capture_output=True, text=True, check=False,
        )
    return out.stdout


_MARKS = regex.compile(r"[\p{Mn}\u0640]")  # harakat and tatweel: OCR adds or drops them
_FOLD = str.maketrans("أإآٱىة", "اااايه")  # hamza seats, alef maqsura, taa marbuta


def ocr_key(word: str) -> str:
    """Spelling-tolerant key: OCR confuses hamza seats and final ى/ي, ة/ه."""
    return _MARKS.sub("", word).translate(_FOLD)


def binarize(image):
    """Every coloured glyph black on white: tesseract reads colour words poorly."""
    from PIL import Image

    a = np.asarray(Image.open(image).convert("L") if isinstance(image, (str, Path)) else image)
    if a.ndim == 3:
        a = a[..., :3].min(axis=2)
    return np.where(a < 200, 0, 255).astype("uint8")


def ocr_words(image, *, scales=(1.0,), psms=(6,)) -> set[str]:
    """Keys of every word tesseract reads at any of the given scales and page modes.

    One pass reads a chart's labels; a word cloud needs several (see
    found_cloud_terms). Reversed renderings get the same passes as correct
    ones, so the comparison is fair.
    """
    from PIL import Image

    base = Image.fromarray(binarize(image))
    words: set[str] = set()
    for scale in scales:
        size = (max(1, int(base.width * scale)), max(1, int(base.height * scale)))
        scaled = base if scale == 1 else base.resize(size, Image.LANCZOS)
        for psm in psms:
            words |= {ocr_key(w) for w in regex.findall(r"\w+", ocr(np.asarray(scaled), psm=psm))}
    return words


def found_terms(terms, image, **kw) -> list[str]:
    """The *terms* that OCR reads back, as whole words, from *image*."""
    seen = ocr_words(image, **kw)
    return [t for t in terms if ocr_key(str(t)) in seen]


CLOUD_SCALES = (1.0, 0.7, 0.5, 0.35, 0.25)
CLOUD_PSMS = (3, 6, 11)


def found_cloud_terms(terms, image, *, scales=CLOUD_SCALES, psms=CLOUD_PSMS) -> list[str]:
    """The *terms* OCR reads back from a word cloud: the union of several passes.

    A cloud mixes 15 px and 100 px words packed edge to edge; tesseract reads
    each size at a different scale and page mode. The reversed rendering gets
    exactly the same passes, so the comparison stays fair.
    """
    return found_terms(terms, image, scales=scales, psms=psms)


@contextlib.contextmanager
def pillow_without_raqm():
    """Make every ImageFont.truetype() use the basic layout, as on a host without Raqm.

    wordcloud opens its fonts itself, so this is the way to show it the basic layout.
    """
    from PIL import ImageFont

    original = ImageFont.truetype

    def basic(*args, **kwargs):
        kwargs["layout_engine"] = ImageFont.Layout.BASIC
        return original(*args, **kwargs)

    ImageFont.truetype = basic
    try:
        yield
    finally:
        ImageFont.truetype = original



def loose_similarity(a: np.ndarray, b: np.ndarray, *, blur: int = 2) -> float:
    """similarity() after thickening both masks by *blur* px: forgives 1-2 px offsets
    between separately laid-out runs, not a word or number in the wrong place."""
    from scipy import ndimage

    grow = np.ones((2 * blur + 1, 2 * blur + 1), dtype=bool)
    return similarity(ndimage.binary_dilation(a, grow), ndimage.binary_dilation(b, grow))
