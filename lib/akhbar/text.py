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

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARABIC_WORD_PATTERN",
    "TOKEN_PATTERN",
    "normalize",
    "normalize_many",
    "tokenize",
]

# Step 1: zero-width and bidi controls, BOM, soft hyphen.
_FORMAT_CHARS = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Step 3: harakat, tanwin, shadda, sukun, combining hamza/madda left over
# after NFKC, dagger alef, Qur'anic honorifics and annotation marks.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
_ALEF_MAQSURA = {"ى": "ي"}
_TAA_MARBUTA = {"ة": "ه"}
_HAMZA = {"ؤ": "و", "ئ": "ي", "ء": ""}
_LOOKALIKES = {"ک": "ك", "ی": "ي"}
_ARABIC_DIGITS = re.compile("[٠-٩۰-۹٫٬]")
_DIGITS = tuple(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,", strict=True))


@lru_cache(maxsize=128)
def _fold_steps(
    diacritics: bool, tatweel: bool, alef: bool, alef_maqsura: bool, taa_marbuta: bool, hamza: bool
) -> tuple[re.Pattern[str] | None, tuple[tuple[str, str], ...]]:
    """The deletions (one regex) and the letter replacements of steps 3–8.

    ``str.replace`` per letter is an order of magnitude faster than
    ``str.translate`` with a dict on long strings, and the maps never chain.
    """
    deleted = (_DIACRITICS if diacritics else "") + (_TATWEEL if tatweel else "")
    deletions = re.compile(f"[{deleted}]") if deleted else None
    replacements = dict(_LOOKALIKES)
    for wanted, fold in [
        (alef, _ALEF),
        (alef_maqsura, _ALEF_MAQSURA),
        (taa_marbuta, _TAA_MARBUTA),
        (hamza, _HAMZA),
    ]:
        if wanted:
            replacements.update(fold)
    return deletions, tuple(replacements.items())


# Text made only of ASCII and Arabic letters without combining marks (or
# the compatibility high-hamza letters U+0675–U+0678) is already NFKC, in
# any order: none of these characters composes, decomposes or reorders.
# Checking for anything else is ~10x cheaper than running NFKC on news text.
_MAY_CHANGE_UNDER_NFKC = re.compile(
    "[^\x00-\x7f\u0600-\u060f\u061b-\u064a\u0660-\u066f\u0671-\u0674\u0679-\u06d5\u06ee-\u06ff]"
)


def _nfkc(text: str) -> str:
    if _MAY_CHANGE_UNDER_NFKC.search(text):
        return unicodedata.normalize("NFKC", text)
    return text


def _is_nfkc(text: str) -> bool:
    return not _MAY_CHANGE_UNDER_NFKC.search(text) or unicodedata.is_normalized("NFKC", text)


def _fold(text: str, deletions, replacements, digits: bool) -> str:
    if deletions is not None:
        text = deletions.sub("", text)
    for old, new in replacements:
        text = text.replace(old, new)
    if digits and _ARABIC_DIGITS.search(text):
        for old, new in _DIGITS:
            text = text.replace(old, new)
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
    deletions, replacements = _fold_steps(
        diacritics, tatweel, alef, alef_maqsura, taa_marbuta, hamza
    )
    text = _FORMAT_CHARS.sub("", text)
    # Removing a mark or a lone hamza can bring a letter and a combining
    # hamza together that NFKC then composes; repeat until the text is NFKC
    # (one pass in practice) so that the function is idempotent.
    for _ in range(4):
        text = _fold(_nfkc(text), deletions, replacements, digits)
        if _is_nfkc(text):
            break
    return text


def normalize_many(words: list[str], **options: bool) -> list[str]:
    """:func:`normalize` each of many words (or lines) at once.

    Much faster than a loop for a vocabulary: the whole list is normalised
    as one string. The words must not contain a newline.

    >>> normalize_many(["وأَضافَ", "الرئيـــس"])
    ['واضاف', 'الرئيس']
    """
    if not words:
        return []
    # NFKC word by word (cheap: most words skip it), the folds on one joined
    # string (fast C loops), then the rare word that needs another round.
    joined = _FORMAT_CHARS.sub("", "\n".join(words))
    joined = _redo_lines_that_may_change(joined, _nfkc)
    folded = _fold(joined, *_fold_steps(**_step_options(options)), options.get("digits", True))
    return _redo_lines_that_may_change(folded, lambda word: normalize(word, **options)).split("\n")


_LINE_THAT_MAY_CHANGE = re.compile(f"[^\\n]*{_MAY_CHANGE_UNDER_NFKC.pattern}[^\\n]*")


def _redo_lines_that_may_change(joined: str, redo) -> str:
    """Apply ``redo`` to the few lines that NFKC might change, keep the rest."""
    suspects = set(_LINE_THAT_MAY_CHANGE.findall(joined))
    if not suspects:
        return joined
    fixed = {line: redo(line) for line in suspects}
    return "\n".join([fixed.get(line, line) for line in joined.split("\n")])


def _step_options(options: dict[str, bool]) -> dict[str, bool]:
    defaults = {"diacritics": True, "tatweel": True, "alef": True, "alef_maqsura": True}
    defaults |= {"taa_marbuta": False, "hamza": False}
    unknown = set(options) - set(defaults) - {"digits"}
    if unknown:
        raise TypeError(f"unknown normalize option(s): {sorted(unknown)}")
    return {name: options.get(name, value) for name, value in defaults.items()}


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """:func:`normalize` with default options, cached: for vocabularies.

    >>> normalize_word("وأضافَ")
    'واضاف'
    """
    return normalize(word)


# Character classes are spelled out as code-point ranges because the
# standard ``re`` engine runs them several times faster than Unicode
# property classes in ``regex``, and tokenising is the hot loop of counting.
# Arabic letters: the Arabic, Arabic Supplement and Extended-A blocks and
# the presentation forms (without the ornate parentheses).
_ARABIC_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc"
)
# Marks, tatweel and zero-width (non-)joiners may sit inside a word.
_ARABIC_INNER = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
)
ARABIC_WORD_PATTERN = f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_INNER}]*"
# A word of any other script (Latin, Cyrillic, …): letters that are not
# Arabic, with inner apostrophes and hyphens (Al-Qaeda, O'Neil) kept.
_OTHER_LETTER = f"[^\\W\\d_{_ARABIC_LETTERS}{_ARABIC_INNER}]"
_OTHER_WORD_PATTERN = f"{_OTHER_LETTER}+(?:['’-]{_OTHER_LETTER}+)*"
# A number, with decimal or thousands separators inside (3.5, 1,000, ٣٫٥).
_NUMBER_PATTERN = r"\d+(?:[.,٫٬]\d+)*"

TOKEN_PATTERN = f"{ARABIC_WORD_PATTERN}|{_OTHER_WORD_PATTERN}|{_NUMBER_PATTERN}"
_TOKEN_RE = re.compile(TOKEN_PATTERN)


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
