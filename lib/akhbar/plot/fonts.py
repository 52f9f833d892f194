"""Font resolution for Arabic figures, offline.

Order: the user's ``set_font(path)``, then the ``AKHBAR_FONT`` environment
variable, then a good Arabic font already installed on the system (Noto Naskh
Arabic, Amiri, …), else matplotlib's bundled DejaVu Sans, which covers Arabic
letters and their presentation forms. Nothing is ever downloaded.

>>> font_path().suffix in {".ttf", ".otf", ".ttc"}
True
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

# Preferred families, best first. Naskh styles read best in running text and
# OCR well; DejaVu Sans is the always-present fallback.
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Amiri",
    "Scheherazade New",
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


@functools.cache
def system_arabic_font(need_presentation_forms: bool = False) -> Path | None:
    """The best installed Arabic font, or None. Scans matplotlib's font list."""
    from matplotlib import font_manager

    needed = _ARABIC_LETTERS + (_PRESENTATION_FORMS if need_presentation_forms else "")
    by_family: dict[str, list] = {}
    for entry in font_manager.fontManager.ttflist:
        by_family.setdefault(entry.name, []).append(entry)
    for family in PREFERRED_FAMILIES:
        entries = sorted(
            by_family.get(family, []),
            # Regular upright first: weight nearest 400, then shortest file name.
            key=lambda e: (e.style != "normal", abs(_weight(e.weight) - 400), len(e.fname)),
        )
        for entry in entries:
            if covers(Path(entry.fname), needed):
                return Path(entry.fname)
    return None


def _weight(weight: int | str) -> int:
    names = {"regular": 400, "normal": 400, "book": 400, "medium": 500, "bold": 700}
    return weight if isinstance(weight, int) else names.get(str(weight).lower(), 400)


def font_path(*, need_presentation_forms: bool = False) -> Path:
    """Path of the font file to draw Arabic with (for Pillow/wordcloud and matplotlib).

    *need_presentation_forms* asks for a font that also maps the Arabic
    presentation forms (U+FB50–U+FEFF), which reshaped text uses.
    """
    if _user_font is not None:
        return _user_font
    env = os.environ.get("AKHBAR_FONT")
    if env:
        p = Path(env).expanduser()
        if not p.is_file():
            raise FileNotFoundError(f"AKHBAR_FONT={env!r} is not a font file; unset it or fix the path")
        return p.resolve()
    return system_arabic_font(need_presentation_forms) or bundled_font()


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
