"""Font resolution for Arabic figures, offline.

Order: the user's ``set_font(path)``, then the ``AKHBAR_FONT`` environment
variable, then a good Arabic font already installed on the system (Noto Naskh
Arabic, Noto Sans Arabic, …), else matplotlib's bundled DejaVu Sans, which covers Arabic
letters and their presentation forms. Nothing is ever downloaded.

>>> font_path().suffix in {".ttf", ".otf", ".ttc"}
True
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from pathlib import Path

__all__ = ["bundled_font", "font_family", "font_path", "resolve_font", "set_font"]

# Preferred families, best first: clear Naskh and sans faces with a generous
# x-height. Amiri and Scheherazade are beautiful but small at chart sizes
# (tesseract read 53 % of a word cloud in Amiri, 93 % in Noto Naskh Arabic,
# 80 % in DejaVu Sans), so they are used only when asked for with set_font().
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Noto Naskh Arabic UI",
    "Noto Sans Arabic UI",
    "Noto Kufi Arabic",
    "Vazirmatn",
)

# Letters every candidate must map; the presentation forms are needed only when
# the renderer does not shape and we feed it reshaped text (see shaping.py).
_ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_PRESENTATION_FORMS = "\ufe8d\ufe91\ufe92\ufe90\ufedf\ufee0\ufefb\ufefc\ufee3\ufee4"

_user_font: Path | None = None  # set only by set_font(); the one piece of user state


def set_font(path: str | os.PathLike | None) -> None:
    """Use this font file for every figure (``None`` returns to automatic choice).

    >>> set_font(None)
    """
    global _user_font
    if path is None:
        _user_font = None
        return
    p = Path(path).expanduser()
    if not p.is_file():
        raise FileNotFoundError(f"font file {p} does not exist; pass a .ttf/.otf path")
    _user_font = p.resolve()


def bundled_font() -> Path:
    """matplotlib's own DejaVu Sans: present wherever matplotlib is installed."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


@functools.cache
def covers(path: Path, chars: str) -> bool:
    """True when the font at *path* maps every character of *chars*."""
    from matplotlib.ft2font import FT2Font

    try:
        charmap = FT2Font(str(path)).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(c) in charmap for c in chars)


# File names worth opening when matplotlib's font cache predates a font install.
_ARABIC_FILE = re.compile(r"arab|naskh|kufi|vazir", re.IGNORECASE)


@functools.cache
def _installed_fonts() -> tuple[tuple[str, str, int, Path], ...]:
    """(family, style, weight, path) of installed fonts that may be Arabic.

    matplotlib's font list is cached on disk and misses fonts installed after
    it was built, so Arabic-looking files in the system font folders are read too.
    """
    from matplotlib import font_manager

    found = {
        Path(e.fname): (e.name, e.style, _weight(e.weight)) for e in font_manager.fontManager.ttflist
    }
    for fname in font_manager.findSystemFonts():
        path = Path(fname)
        if path not in found and _ARABIC_FILE.search(path.name):
            try:
                entry = font_manager.ttfFontProperty(font_manager.get_font(fname))
            except (OSError, RuntimeError, ValueError):
                continue
            found[path] = (entry.name, entry.style, _weight(entry.weight))
    return tuple((fam, style, weight, path) for path, (fam, style, weight) in found.items())


@functools.cache
def system_arabic_font(need_presentation_forms: bool = False, chars: str = "") -> Path | None:
    """The best installed Arabic font (see PREFERRED_FAMILIES) that maps *chars*, or None."""
    needed = _ARABIC_LETTERS + (_PRESENTATION_FORMS if need_presentation_forms else "") + chars
    for family in PREFERRED_FAMILIES:
        # Regular upright first: weight nearest 400, then the shortest file name.
        candidates = sorted(
            (style != "normal", abs(weight - 400), len(path.name), path)
            for fam, style, weight, path in _installed_fonts()
            if fam == family
        )
        for *_, path in candidates:
            if covers(path, needed):
                return path
    return None


def _weight(weight: int | str) -> int:
    names = {"regular": 400, "normal": 400, "book": 400, "medium": 500, "bold": 700}
    return weight if isinstance(weight, int) else names.get(str(weight).lower(), 400)


def font_path(*, need_presentation_forms: bool = False, text: str = "") -> Path:
    """Path of the font file to draw Arabic with (for Pillow/wordcloud and matplotlib).

    *need_presentation_forms* asks for a font that also maps the Arabic
    presentation forms (U+FB50–U+FEFF), which reshaped text uses. *text* is
    drawn without font fallback (Pillow): an installed Arabic font is chosen
    only if it maps every character of it (Noto Arabic fonts lack Latin and
    digits), else DejaVu Sans, which maps both scripts.
    """
    if _user_font is not None:
        return _user_font
    env = os.environ.get("AKHBAR_FONT")
    if env:
        p = Path(env).expanduser()
        if not p.is_file():
            raise FileNotFoundError(f"AKHBAR_FONT={env!r} is not a font file; unset it or fix the path")
        return p.resolve()
    # Spaces and invisible controls (bidi isolates, ZWJ) need no glyph.
    chars = "".join(sorted({c for c in text if not c.isspace() and unicodedata.category(c) != "Cf"}))
    return system_arabic_font(need_presentation_forms, chars) or bundled_font()


@functools.cache
def _family_of(path: Path) -> str:
    """Register *path* with matplotlib (idempotent) and return its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_family(*, need_presentation_forms: bool = False) -> list[str]:
    """matplotlib font.family list: the Arabic font, then DejaVu Sans for missing glyphs."""
    family = _family_of(font_path(need_presentation_forms=need_presentation_forms))
    return [family] if family == "DejaVu Sans" else [family, "DejaVu Sans"]


def resolve_font() -> tuple[Path, list[str]]:
    """Both answers at once: ``(path for Pillow/wordcloud, family list for matplotlib)``."""
    return font_path(), font_family()
