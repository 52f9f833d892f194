"""Arabic text normalisation and tokenisation.

The same Arabic word reaches us in many spellings, and counting them apart
gives useless word lists. :func:`normalize` folds those spellings together,
one documented step at a time, in this order:

1. **Invisible format characters go first** (zero-width joiner/non-joiner,
   left-to-right and right-to-left marks, bidi embeddings, the byte-order
   mark, soft hyphens). Web pages scatter them inside words to steer
   rendering; they carry no meaning for counting and they would cut a word
   in two. They are removed before step 2 so that what they separated can
   be composed.
2. **Unicode NFKC.** Old Arabic web pages and PDFs use *presentation
   forms* (U+FB50–U+FDFF, U+FE70–U+FEFF): one code point per letter shape
   or ligature, e.g. ``ﻻ`` for لا or ``ﻛ`` for an initial ك. NFKC maps them
   back to the ordinary letters, composes a letter with a following
   combining hamza or madda (``ا`` + U+0654 → ``أ``), and maps full-width
   Latin letters and digits to ASCII.
3. **Diacritics** (``diacritics=True``): the harakat (fatha, damma, kasra),
   tanwin, shadda, sukun, the dagger (superscript) alef and the Qur'anic
   annotation marks are removed. News text writes them only occasionally
   (قَالَ beside قال) and inconsistently, so they split one word into many
   types; a tokenizer that does not know them cuts الرَّئِيسُ into fragments.
4. **Tatweel** (``tatweel=True``): the kashida ``ـ`` stretches a word for
   layout (الرئيـــس) and never changes it.
5. **Alef** (``alef=True``): hamza-on-alef and madda forms ``أ إ آ ٱ`` become
   a bare ``ا``. Writers and keyboards drop or misplace the hamza on alef
   all the time (اضاف / أضاف, الى / إلى); the few real minimal pairs
   (أن / إن) are function words that are stopwords anyway.
6. **Alef maqsura** (``alef_maqsura=True``): ``ى`` becomes ``ي``. Egyptian
   and many web sources write final ي as ى and vice versa (على / علي,
   مصطفى / مصطفي); folding loses the rare pair على (on) / علي (Ali) but is
   the usual choice for counting.
7. **Taa marbuta** (``taa_marbuta=False`` by default): ``ة`` → ``ه``. Off by
   default because ة is written reliably in news and the fold merges real
   words (مدرسة school / مدرسه his teacher); turn it on for messy
   social-media text.
8. **Hamza seats** (``hamza=False`` by default): ``ؤ`` → ``و``, ``ئ`` → ``ي``
   and the lone ``ء`` is dropped. Off by default because news spells these
   carefully and the fold is lossy (سئل / سيل).
9. **Digits** (``digits=True``): Arabic-Indic ``٠١٢…`` and Persian
   ``۰۱۲…`` digits become ASCII ``012…`` and the Arabic decimal and thousands
   separators ``٫ ٬`` become ``.`` and ``,``, so ٢٠٢١ and 2021 are one year.

Always, whatever the options: the Persian/Urdu look-alike letters keheh
``ک`` and Farsi yeh ``ی`` become Arabic ``ك`` and ``ي`` (they look the same to
a reader and come from Persian keyboards), and Latin letters are left as they
are (case is a concern of the analyzer, not of normalisation).

The result is *idempotent*: ``normalize(normalize(s)) == normalize(s)`` for
every string (a hypothesis test checks it), because removing a mark can
leave a letter and a combining hamza side by side that NFKC would compose;
we repeat the steps until nothing changes.

:func:`tokenize` splits text into Arabic words, other-script words and
numbers. Arabic punctuation (، ؛ ؟ « ») and quotes never stick to a word,
and diacritics and tatweel stay *inside* the word they belong to, so
``tokenize("قَالَ الرَّئِيسُ")`` gives two words, not five fragments.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

__all__ = ["ARABIC_WORD_PATTERN", "TOKEN_PATTERN", "normalize", "tokenize"]

# Step 1: zero-width and bidi controls, BOM, soft hyphen.
_FORMAT_CHARS = regex.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Step 3: harakat, tanwin, shadda, sukun, combining hamza/madda left over
# after NFKC, dagger alef, Qur'anic honorifics and annotation marks.
_DIACRITICS = regex.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
_TATWEEL = "\u0640"
_ALEF_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_ALEF_MAQSURA_TABLE = str.maketrans({"ى": "ي"})
_TAA_MARBUTA_TABLE = str.maketrans({"ة": "ه"})
_HAMZA_TABLE = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None})
_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_LOOKALIKE_TABLE = str.maketrans({"ک": "ك", "ی": "ي"})


def _normalize_once(
    text: str,
    *,
    diacritics: bool,
    tatweel: bool,
    alef: bool,
    alef_maqsura: bool,
    taa_marbuta: bool,
    hamza: bool,
    digits: bool,
) -> str:
    text = _FORMAT_CHARS.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    if diacritics:
        text = _DIACRITICS.sub("", text)
    if tatweel:
        text = text.replace(_TATWEEL, "")
    text = text.translate(_LOOKALIKE_TABLE)
    if alef:
        text = text.translate(_ALEF_TABLE)
    if alef_maqsura:
        text = text.translate(_ALEF_MAQSURA_TABLE)
    if taa_marbuta:
        text = text.translate(_TAA_MARBUTA_TABLE)
    if hamza:
        text = text.translate(_HAMZA_TABLE)
    if digits:
        text = text.translate(_DIGIT_TABLE)
    return text


def normalize(
    text: str,
    *,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    alef_maqsura: bool = True,
    taa_marbuta: bool = False,
    hamza: bool = False,
    digits: bool = True,
) -> str:
    """Fold the spelling variants of Arabic text (see the module docstring).

    >>> normalize("قَالَ الرئيـــس إنّ ﻻ")
    'قال الرئيس ان لا'
    >>> normalize("في عام ٢٠٢١ مستشفى")
    'في عام 2021 مستشفي'
    """
    options = {
        "diacritics": diacritics,
        "tatweel": tatweel,
        "alef": alef,
        "alef_maqsura": alef_maqsura,
        "taa_marbuta": taa_marbuta,
        "hamza": hamza,
        "digits": digits,
    }
    # Removing a mark can bring a letter and a combining hamza together that
    # NFKC then composes; repeat until a pass changes nothing (two passes in
    # practice) so that the function is idempotent.
    for _ in range(4):
        result = _normalize_once(text, **options)
        if result == text:
            break
        text = result
    return text


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """:func:`normalize` with default options, cached: for vocabularies.

    >>> normalize_word("وأضافَ")
    'واضاف'
    """
    return normalize(word)


# An Arabic word: Arabic letters, with marks, tatweel and zero-width
# joiners allowed inside so that diacritised or stretched words stay whole.
# Arabic digits and punctuation (، ؛ ؟ ٪) are not letters, so they split.
ARABIC_WORD_PATTERN = (
    r"[\p{scx=Arabic}&&\p{L}--\u0640]"
    r"(?:[\p{scx=Arabic}&&[\p{L}\p{M}]]|[\u200c\u200d])*"
)
# A word of any other script (Latin, Cyrillic, …), with inner apostrophes
# and hyphens (Al-Qaeda, O'Neil) kept.
_OTHER_WORD_PATTERN = r"[[\p{L}\p{M}]--\p{scx=Arabic}]+(?:['’\-][[\p{L}\p{M}]--\p{scx=Arabic}]+)*"
# A number, with decimal or thousands separators inside (3.5, 1,000, ٣٫٥).
_NUMBER_PATTERN = r"\p{Nd}+(?:[.,٫٬]\p{Nd}+)*"

TOKEN_PATTERN = f"{ARABIC_WORD_PATTERN}|{_OTHER_WORD_PATTERN}|{_NUMBER_PATTERN}"
_TOKEN_RE = regex.compile(TOKEN_PATTERN, regex.V1)


def tokenize(text: str) -> list[str]:
    """Split text into Arabic words, other-script words and numbers.

    Punctuation, quotes and symbols are dropped; tokens come back as
    written (call :func:`normalize` before or after to fold spellings).

    >>> tokenize("قال «بوتين»: روسيا، وأفغانستان؟ COVID-19 في 2021")
    ['قال', 'بوتين', 'روسيا', 'وأفغانستان', 'COVID', '19', 'في', '2021']
    >>> tokenize("قَالَ الرَّئِيسُ")
    ['قَالَ', 'الرَّئِيسُ']
    """
    return _TOKEN_RE.findall(text)
