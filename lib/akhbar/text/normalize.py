"""Arabic spelling normalisation: fold the variants of a word into one form.

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
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from akhbar.text.charsets import (
    ALEF_FOLDS,
    ALEF_MAQSURA_FOLDS,
    ARABIC_DIGIT_FOLDS,
    DIACRITICS,
    FORMAT_CHARS,
    HAMZA_FOLDS,
    LOOKALIKES,
    TAA_MARBUTA_FOLDS,
    TATWEEL,
)

__all__ = ["fold_alef", "normalize", "normalize_many"]

_ARABIC_DIGITS = re.compile("[٠-٩۰-۹٫٬]")

@lru_cache(maxsize=128)
def _fold_steps(
    diacritics: bool, tatweel: bool, alef: bool, alef_maqsura: bool, taa_marbuta: bool, hamza: bool
) -> tuple[re.Pattern[str] | None, tuple[tuple[str, str], ...]]:
    """The deletions (one regex) and the letter replacements of steps 3–8.

    ``str.replace`` per letter is an order of magnitude faster than
    ``str.translate`` with a dict on long strings, and the maps never chain.
    """
    deleted = (DIACRITICS if diacritics else "") + (TATWEEL if tatweel else "")
    deletions = re.compile(f"[{deleted}]") if deleted else None
    replacements = dict(LOOKALIKES)
    for wanted, fold in [
        (alef, ALEF_FOLDS),
        (alef_maqsura, ALEF_MAQSURA_FOLDS),
        (taa_marbuta, TAA_MARBUTA_FOLDS),
        (hamza, HAMZA_FOLDS),
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
        for old, new in ARABIC_DIGIT_FOLDS:
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
    text = FORMAT_CHARS.sub("", text)
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
    joined = FORMAT_CHARS.sub("", "\n".join(words))
    joined = _redo_lines_that_may_change(joined, _nfkc)
    folded = _fold(joined, *_fold_steps(**_step_options(options)), options.get("digits", True))
    return _redo_lines_that_may_change(folded, lambda word: normalize(word, **options)).split("\n")


def fold_alef(text: str) -> str:
    """The alef and alef maqsura folds of :func:`normalize` alone (fast)."""
    for old, new in (*ALEF_FOLDS.items(), *ALEF_MAQSURA_FOLDS.items()):
        text = text.replace(old, new)
    return text


def _redo_lines_that_may_change(joined: str, redo) -> str:
    """Apply ``redo`` to the few lines that NFKC might change, keep the rest."""
    pieces, done, fixed = [], 0, {}
    for match in _MAY_CHANGE_UNDER_NFKC.finditer(joined):
        start = joined.rfind("\n", 0, match.start()) + 1
        if start < done:
            continue  # this line is already redone
        end = joined.find("\n", match.start())
        end = end if end >= 0 else len(joined)
        line = joined[start:end]
        if line not in fixed:
            fixed[line] = redo(line)
        pieces += [joined[done:start], fixed[line]]
        done = end
    if not pieces:
        return joined
    pieces.append(joined[done:])
    return "".join(pieces)


def _step_options(options: dict[str, bool]) -> dict[str, bool]:
    defaults = {"diacritics": True, "tatweel": True, "alef": True, "alef_maqsura": True}
    defaults |= {"taa_marbuta": False, "hamza": False}
    unknown = set(options) - set(defaults) - {"digits"}
    if unknown:
        raise TypeError(f"unknown normalize option(s): {sorted(unknown)}")
    return {name: options.get(name, value) for name, value in defaults.items()}


# Character classes are spelled out as code-point ranges because the
# standard ``re`` engine runs them several times faster than Unicode
# property classes in ``regex``, and tokenising is the hot loop of counting.
