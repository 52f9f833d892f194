"""The Arabic character sets: the one place that says which code points are what.

Normalisation, tokenisation, the clitic analyzer and the loader import these
ranges instead of writing their own. They are spelled as code-point ranges
(strings for regex classes) because the standard ``re`` engine runs such
classes several times faster than Unicode property classes in ``regex``, and
tokenising is the hot loop of counting.

>>> import re
>>> re.fullmatch(f"[{ARABIC_LETTERS}]+", "بوتين") is not None
True
>>> "١٨-١١-٢٠٢١".translate(ARABIC_INDIC_DIGITS)
'18-11-2021'
"""

from __future__ import annotations

import re

__all__ = [
    "ALEF_FOLDS",
    "ALEF_MAQSURA_FOLDS",
    "ARABIC_DIGIT_FOLDS",
    "ARABIC_INDIC_DIGITS",
    "ARABIC_INNER",
    "ARABIC_LETTERS",
    "DIACRITICS",
    "FORMAT_CHARS",
    "HAMZA_FOLDS",
    "LOOKALIKES",
    "TAA_MARBUTA_FOLDS",
    "TATWEEL",
    "is_arabic_letter",
]

#: Zero-width and bidi controls, the byte-order mark and the soft hyphen:
#: web pages scatter them inside words to steer rendering.
FORMAT_CHARS = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
#: Harakat, tanwin, shadda, sukun, combining hamza/madda, dagger alef,
#: Qur'anic honorifics and annotation marks (a regex class body).
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
#: The kashida, which stretches a word for layout.
TATWEEL = "\u0640"
#: Arabic letters: the Arabic, Arabic Supplement and Extended-A blocks and
#: the presentation forms (without the ornate parentheses).
ARABIC_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc"
)
#: What may sit inside an Arabic word besides letters: marks, tatweel and
#: the zero-width (non-)joiners.
ARABIC_INNER = DIACRITICS + TATWEEL + "\u200c\u200d"

#: Letter folds of :func:`akhbar.text.normalize`, each its own option.
ALEF_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
ALEF_MAQSURA_FOLDS = {"ى": "ي"}
TAA_MARBUTA_FOLDS = {"ة": "ه"}
HAMZA_FOLDS = {"ؤ": "و", "ئ": "ي", "ء": ""}
#: Persian/Urdu letters that look like Arabic ones (Persian keyboards).
LOOKALIKES = {"ک": "ك", "ی": "ي"}

#: Arabic-Indic and Persian digits and the Arabic decimal and thousands
#: separators, with their ASCII counterparts.
ARABIC_DIGIT_FOLDS = tuple(
    zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,", strict=True)
)
#: The digits alone, as a ``str.translate`` table (dates in file headers).
ARABIC_INDIC_DIGITS = str.maketrans(
    "".join(old for old, _ in ARABIC_DIGIT_FOLDS[:20]),
    "".join(new for _, new in ARABIC_DIGIT_FOLDS[:20]),
)


def is_arabic_letter(char: str) -> bool:
    """Whether ``char`` is a letter of the Arabic or Arabic Supplement block.

    >>> is_arabic_letter("ب"), is_arabic_letter("b")
    (True, False)
    """
    return "\u0621" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"
