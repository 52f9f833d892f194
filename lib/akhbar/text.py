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

:class:`Analyzer` turns tokens into *keys* for counting: normalised, with
the clitics و ف ب ك ل ال and the pronoun suffixes stripped only where the
corpus and wordfreq's Arabic list show that they are clitics (وروسيا →
روسيا, but بوتين and وزير stay whole), stopwords left out. The comment above
it explains the evidence; :func:`analyze_texts` and :func:`analyze` wrap it.
"""

from __future__ import annotations

import gc
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from itertools import chain
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from akhbar.diskcache import cached, source_hash

__all__ = [
    "ARABIC_WORD_PATTERN",
    "TOKEN_PATTERN",
    "normalize",
    "normalize_many",
    "token_counts",
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


def _fold_alef(text: str) -> str:
    """The alef and alef maqsura folds of :func:`normalize` alone (fast)."""
    for old, new in (*_ALEF.items(), *_ALEF_MAQSURA.items()):
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


# token_counts splits text where no token can go on (whitespace, then the
# punctuation news glues to words), so each piece holds whole tokens only.
# Not . , ' ’ - : they can sit inside a number (3.5) or a Latin word (Al-Qaeda).
# A test checks that none of these characters can be part of a token.
PIECE_BREAKS = "،؛؟«»\"“”()[]{}:!?/…;*#@+=<>|%٪_–—"
_PIECE_BREAK_PATTERN = "[" + re.escape(PIECE_BREAKS) + "]+"
# A piece that is one token as it stands (RE2 syntax, same meaning as ours).
_SINGLE_TOKEN_PATTERN = f"^(?:{ARABIC_WORD_PATTERN}|[A-Za-z]+|[0-9]+)$"
# Texts split per batch: keeps the transient Arrow arrays to ~10 M characters.
_BATCH_TEXTS = 5_000


def token_counts(texts: Iterable[str]) -> Counter:
    """How often each token of :func:`tokenize` occurs in many texts.

    The same counts as ``Counter(chain.from_iterable(map(tokenize, texts)))``
    (a test proves it on random text), about three times faster on a corpus:
    the texts are split at whitespace and counted in Arrow's C++ kernels, so
    the regular expression runs once per distinct piece (~360,000 for the 8
    million words of the dev corpus), not once per word.

    >>> token_counts(["قال «بوتين»: روسيا", "وقال بوتين 3.5"])
    Counter({'بوتين': 2, 'قال': 1, 'روسيا': 1, 'وقال': 1, '3.5': 1})
    """
    # A pandas string column backed by Arrow is taken as it is, without a copy;
    # anything else that is not a list (a generator, a tuple) is listed first.
    if not isinstance(texts, list) and not hasattr(getattr(texts, "array", None), "__arrow_array__"):
        texts = list(texts)
    strings = pa.array(texts, type=pa.large_string())
    if len(strings) == 0:
        return Counter()
    slices = [strings.slice(start, _BATCH_TEXTS) for start in range(0, len(strings), _BATCH_TEXTS)]
    # Arrow's kernels release the GIL, so batches are split and counted on
    # all cores; map() keeps their order, so the result does not change.
    with ThreadPoolExecutor(max_workers=min(len(slices), os.cpu_count() or 1)) as pool:
        batches = list(pool.map(_whitespace_piece_counts, slices))
    pieces = _summed(pa.concat_tables(batches))
    # Pieces with punctuation glued on (روسيا،) are split once more; only
    # those that are still not a single token (3.5, Al-Qaeda, قَالَ.) go
    # through the Python regular expression.
    split = pc.split_pattern_regex(pieces["piece"], _PIECE_BREAK_PATTERN)
    weights = pc.take(pieces["count"], pc.list_parent_indices(split))
    pieces = _summed(pa.table({"piece": pc.list_flatten(split), "count": weights}))
    single = pc.match_substring_regex(pieces["piece"], _SINGLE_TOKEN_PATTERN)
    counts = Counter(dict(_pairs(pieces.filter(single))))
    for piece, count in _pairs(pieces.filter(pc.invert(single))):
        for token in _TOKEN_RE.findall(piece):
            counts[token] += count
    return counts


def _whitespace_piece_counts(texts: pa.Array) -> pa.Table:
    counted = pc.value_counts(pc.list_flatten(pc.utf8_split_whitespace(texts)))
    return pa.table({"piece": counted.field("values"), "count": counted.field("counts")})


def _summed(table: pa.Table) -> pa.Table:
    """The counts of equal pieces added up, in order of first appearance."""
    # Dictionary encoding + bincount: several times faster than Acero's
    # group_by, whose output order is only fixed when it runs on one thread.
    encoded = pc.dictionary_encode(table["piece"].combine_chunks())
    indices, weights = encoded.indices.to_numpy(), table["count"].to_numpy()
    counts = np.bincount(indices, weights=weights, minlength=len(encoded.dictionary))
    return pa.table({"piece": encoded.dictionary, "count": counts.astype(np.int64)})


def _pairs(table: pa.Table):
    return zip(table["piece"].to_pylist(), table["count"].to_pylist(), strict=True)


# ---------------------------------------------------------------------------
# Clitic-aware keys
# ---------------------------------------------------------------------------
#
# Arabic writes the conjunctions و ف, the prepositions ب ك ل, the article ال
# and the object/possessive pronouns as part of the word: وروسيا، لروسيا،
# بالسعودية، حكومته. Counting surface forms splits one word into many;
# light stemmers that cut these letters blindly mangle names (بوتين → وتين,
# فلاديمير → لاديمير). We strip a clitic only when the evidence says it is one:
#
# 1. what remains is a word the corpus or the reference lexicon (wordfreq's
#    Arabic list, offline) knows;
# 2. the whole form is not itself a word. The best witness is a clitic that
#    could not stand before the one we want to strip: ووزير، الوزير، لبوتين،
#    بلبنان prove that وزير، بوتين، لبنان are words, because a conjunction
#    cannot follow another proclitic and a preposition cannot follow a
#    preposition or the article. For pronoun suffixes the witness is the
#    article (الوجه proves that وجه is not وج + ه) or a second suffix;
# 3. the whole form is not far more frequent than what remains (بوتين is
#    seventy times more frequent than وتين in wordfreq; وروسيا is a tenth
#    of روسيا).
#
# Proclitics stack in a fixed order — (و|ف)? (ب|ك|ل)? (ال)? — so each
# layer is tried in turn; ل + ال is written لل (للسعودية). Where two
# readings compete (للبنان = ل + لبنان or ل + ال + بنان) the one whose
# remainder is more frequent wins. Everything is decided once per
# normalised *type* of the vocabulary and cached, never per token.

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
_ARTICLE = "ال"
# Longest first, so that هما is tried before هم and ه.
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")
# Witnesses: proclitic strings that cannot stand before a conjunction (any)
# or before a preposition (those holding a preposition or the article). The
# article is the strongest witness (الوزير); the others need support from
# frequency, because a witness can be a word of its own (بوروسيا, Borussia,
# is not ب + وروسيا).
_ARTICLE_WITNESSES = ("ال", "وال", "فال", "بال", "كال", "لل")
_OTHER_WITNESSES = {
    1: ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل"),
    2: ("ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل"),
}
_CLITIC_FIRST_LETTERS = frozenset("وفبكلا")
_SUFFIX_LAST_LETTERS = frozenset(suffix[-1] for suffix in _SUFFIXES)
# The suffixes a word may end with, by its last letter, longest first: most
# words end in none of these letters and are done with one look-up.
_SUFFIXES_BY_LAST_LETTER = {
    letter: tuple(suffix for suffix in _SUFFIXES if suffix[-1] == letter)
    for letter in _SUFFIX_LAST_LETTERS
}
_KNOWN_LEXICON_FREQUENCY = 1e-6  # Zipf 3: about one in a million words
_COMMON_LEXICON_FREQUENCY = 1e-5  # Zipf 4
_KNOWN_CORPUS_COUNT = 3
_WITNESS_SHARE = 0.02  # witnesses must make at least 2 % of the whole form
_WHOLE_FORM_RATIO = 10.0  # a whole form this much more frequent is a word
_MIN_STEM = 2


def reference_lexicon() -> dict[str, float]:
    """wordfreq's Arabic word frequencies by normalised form (offline).

    Built once per wordfreq version and kept in akhbar's cache folder
    (:mod:`akhbar.diskcache`), because normalising 620,000 words takes seconds.

    >>> reference_lexicon()["روسيا"] > 1e-5
    True
    """
    return _lexicon_evidence().counts


def _build_reference_lexicon() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    raw = get_frequency_dict("ar")
    words = [word for word in raw if "\n" not in word]
    lexicon: dict[str, float] = {}
    for key, word in zip(normalize_many(words), words, strict=True):
        lexicon[key] = lexicon.get(key, 0.0) + raw[word]
    return lexicon


class _Evidence(NamedTuple):
    """What one source (the corpus or the lexicon) says about forms.

    ``witnessed``: the forms whose witnesses make at least 2 % of the form —
    index 0 the article, 1 proclitics barred before a conjunction, 2 before a
    preposition, 3 a second pronoun suffix. ``known``: forms frequent enough
    to count as words. Sets, so that judging a word is a few look-ups.
    """

    counts: dict[str, float]
    known: frozenset[str]
    witnessed: tuple[frozenset[str], ...]


def _evidence(counts: dict[str, float], min_seen: float, known_at: float) -> _Evidence:
    # One pass over the vocabulary instead of ~20 look-ups per analysed word.
    masses: tuple[dict[str, float], ...] = tuple(defaultdict(float) for _ in range(4))
    targets: dict[str, list[dict[str, float]]] = {q: [masses[0]] for q in _ARTICLE_WITNESSES}
    for layer in (1, 2):
        for q in _OTHER_WITNESSES[layer]:
            targets.setdefault(q, []).append(masses[layer])
    by_first_letter: dict[str, list[tuple[str, list[dict[str, float]]]]] = defaultdict(list)
    for q, target in targets.items():
        by_first_letter[q[0]].append((q, target))
    suffixes = set(_SUFFIXES)
    # A witness must be seen min_seen times: forms rarer than that cannot
    # add up to a witness in the corpus and are skipped (half the corpus types).
    for form, n in counts.items():
        if n < min_seen:
            continue
        for q, target in by_first_letter.get(form[:1], ()):
            if form.startswith(q):
                rest = form[len(q) :]
                for mass in target:
                    mass[rest] += n
        if form[-1:] in _SUFFIX_LAST_LETTERS:
            for size in (1, 2, 3):
                if form[-size:] in suffixes:
                    masses[3][form[:-size]] += n
    witnessed = tuple(
        frozenset(
            form
            for form, seen in mass.items()
            if (whole := counts.get(form, 0)) and seen >= max(min_seen, _WITNESS_SHARE * whole)
        )
        for mass in masses
    )
    known = frozenset(form for form, n in counts.items() if n >= known_at)
    return _Evidence(counts, known, witnessed)


@lru_cache(maxsize=1)
def _lexicon_evidence() -> _Evidence:
    # Rebuilt when wordfreq, this module (normalisation, evidence rules) or
    # Python's Unicode tables (NFKC) change.
    version = (
        f"wordfreq {metadata.version('wordfreq')}, unicode {unicodedata.unidata_version},"
        f" akhbar.text {source_hash(__file__)}"
    )
    return cached(
        "lexicon-evidence",
        version,
        lambda: _evidence(_build_reference_lexicon(), 0.0, _KNOWN_LEXICON_FREQUENCY),
    )


class Analyzer:
    """Turns tokens into clitic-stripped, normalised keys for one vocabulary.

    Build it from the token counts of a corpus (the more text, the better
    it knows which forms are words); tokens outside the vocabulary are still
    analysed, with the lexicon alone. :meth:`key` returns ``None`` for
    stopwords, numbers and one-letter tokens; :meth:`display` gives the
    surface form most often seen for a key, without و ف ب ك ل (the article
    stays: السعودية).

    >>> analyzer = Analyzer({"وروسيا": 3, "روسيا": 10, "بوتين": 5, "وأضاف": 2})
    >>> [analyzer.key(t) for t in ["وروسيا", "لروسيا", "بوتين", "وأضاف", "أضاف", "وعلى"]]
    ['روسيا', 'روسيا', 'بوتين', 'اضاف', 'اضاف', None]
    >>> analyzer.display("اضاف")
    'أضاف'
    """

    def __init__(
        self, token_counts: dict[str, int] | None = None, *, stopwords: bool | Iterable[str] = True
    ) -> None:
        with _garbage_collector_paused():
            self._build(token_counts or {}, stopwords)

    def _build(self, token_counts: dict[str, int], stopwords: bool | Iterable[str]) -> None:
        from akhbar.stopwords import resolve_stopwords

        self.stopwords = resolve_stopwords(stopwords)
        tokens = list(token_counts)
        lights = normalize_many(tokens, alef=False, alef_maqsura=False)
        forms = _fold_alef("\n".join(lights)).split("\n") if tokens else []
        counts: dict[str, float] = defaultdict(float)
        for form, count in zip(forms, token_counts.values(), strict=True):
            counts[form] += count
        self._corpus = _evidence(counts, 2.0, _KNOWN_CORPUS_COUNT)
        self._lexicon = _lexicon_evidence()
        self._total = sum(counts.values())
        self._known: dict[tuple[str, int], bool] = {}
        self._peeled: dict[tuple[str, int], tuple[str, int, bool, bool] | None] = {}
        self._known_forms = self._corpus.known | self._lexicon.known
        self._article_witnessed = self._corpus.witnessed[0] | self._lexicon.witnessed[0]
        self._analyses = {form: self._analyse(form) for form in counts}
        analyses = [self._analyses[form] for form in forms]
        self._keys = {token: analysis[0] for token, analysis in zip(tokens, analyses, strict=True)}
        self._display, self._key_counts = _most_frequent_display(
            analyses, map(_shown, forms, lights, analyses), token_counts.values()
        )

    # -- public ----------------------------------------------------------------

    def key(self, token: str) -> str | None:
        """The key of one token (cached), or None for a stopword or non-word."""
        if token not in self._keys:
            form = normalize(token)
            if form not in self._analyses:
                self._analyses[form] = self._analyse(form)
            key = self._keys[token] = self._analyses[form][0]
            if key is not None and key not in self._display:
                light = normalize(token, alef=False, alef_maqsura=False)
                self._display[key] = _shown(form, light, self._analyses[form])
        return self._keys[token]

    def keys(self, tokens: Iterable[str]) -> list[str]:
        """The keys of many tokens, stopwords and non-words left out."""
        return [k for k in map(self.key, tokens) if k is not None]

    def key_map(self) -> dict[str, str | None]:
        """token → key for every token seen so far (None: left out)."""
        return dict(self._keys)

    def display(self, key: str) -> str:
        """The surface form most often seen for ``key``, clitics removed."""
        return self._display.get(key, key)

    def key_counts(self) -> dict[str, int]:
        """key → how often it occurs in the token counts the analyzer was
        built from (stopwords left out), in order of first appearance.

        >>> Analyzer({"وروسيا": 3, "روسيا": 10, "في": 7}).key_counts()
        {'روسيا': 13}
        """
        return dict(self._key_counts)

    def display_map(self) -> dict[str, str]:
        """key → display form for every key seen so far."""
        return dict(self._display)

    # -- analysis of one normalised form ---------------------------------------

    def _analyse(self, form: str) -> tuple[str | None, int, bool, int, bool]:
        """(key, letters cut in front, ل+ال restored, letters cut behind, ت→ة)."""
        nothing = (None, 0, False, 0, False)
        if len(form) < _MIN_STEM or form[0].isdigit():
            return nothing
        if not _is_arabic_letter(form[0]):
            key = form.casefold()
            return nothing if key in self.stopwords else (key, 0, False, 0, False)
        if form[0] not in _CLITIC_FIRST_LETTERS and form[-1] not in _SUFFIX_LAST_LETTERS:
            # Most words cannot carry a clitic at all: no evidence needed.
            return nothing if form in self.stopwords else (form, 0, False, 0, False)
        # Each form is analysed once, and only inner layers are ever looked up
        # again: the outer layer skips the cache (half the cached entries).
        peeled = self._peel_uncached(form, 1)
        if peeled is None:
            return nothing
        stem, front, restore_alef, had_article = peeled
        if stem in self.stopwords:
            return nothing
        back, restore_taa = 0, False
        if not had_article and not stem.startswith(_ARTICLE):
            stripped = self._strip_suffix(stem)
            if stripped is None:
                return nothing
            stem, back, restore_taa = stripped
        return stem, front, restore_alef, back, restore_taa

    def _peel(self, word: str, layer: int) -> tuple[str, int, bool, bool] | None:
        """Strip proclitics from ``layer`` on: (stem, front cut, alef restored,
        article seen), or None when the word is a stopword."""
        if (word, layer) not in self._peeled:
            self._peeled[word, layer] = self._peel_uncached(word, layer)
        return self._peeled[word, layer]

    def _peel_uncached(self, word: str, layer: int) -> tuple[str, int, bool, bool] | None:
        if word in self.stopwords:
            return None
        known = self._known_forms
        candidates = []
        for next_layer, rest, cut, restored in _proclitic_readings(word, layer):
            if len(rest) < _MIN_STEM:
                continue
            if rest in self.stopwords:
                if next_layer == 4 and len(rest) <= 2:
                    continue  # ال never precedes a pronoun: الله is not ال + له
                # Only a witness that cannot be a spelling clash keeps the word
                # whole (وولي: ولي العهد); الوان (ألوان) does not save وأن.
                if next_layer < 4 and self._witnessed(word, next_layer - 1, rest):
                    continue
                return None
            if rest not in known and not self._is_known_or_peelable(rest, next_layer):
                continue
            if self._is_whole_word(word, next_layer - 1, rest):
                continue
            candidates.append((rest, next_layer, cut, restored))
        if not candidates:
            return word, 0, False, False
        # Competing readings (للبنان: ل + لبنان or ل + ال + بنان): the more
        # frequent remainder wins.
        rest, next_layer, cut, restored = (
            candidates[0] if len(candidates) == 1 else max(candidates, key=self._frequency_of_rest)
        )
        inner = self._peel(rest, next_layer)
        if inner is None:
            return None
        stem, inner_cut, inner_restored, had_article = inner
        if next_layer == 4 or (restored and next_layer == 3):
            # The article stays in the display form (السعودية), only و ف ب ك ل go.
            return stem, cut, restored, True
        return stem, cut + inner_cut, restored or inner_restored, had_article

    def _strip_suffix(self, stem: str) -> tuple[str, int, bool] | None:
        for suffix in _SUFFIXES_BY_LAST_LETTER.get(stem[-1:], ()):
            if not stem.endswith(suffix) or len(stem) - len(suffix) < _MIN_STEM:
                continue
            rest = stem[: -len(suffix)]
            restore_taa = rest.endswith("ت") and self._is_known(rest[:-1] + "ة")
            if restore_taa:
                rest = rest[:-1] + "ة"
            if rest in self.stopwords:
                return None
            if self._is_known(rest) and not self._is_whole_word_before_suffix(stem, rest):
                return rest, len(suffix), restore_taa
        return stem, 0, False

    # -- evidence ----------------------------------------------------------------

    def _frequency_of_rest(self, reading: tuple[str, int, int, bool]) -> float:
        rest = reading[0]
        corpus = self._corpus.counts.get(rest, 0) / self._total if self._total else 0.0
        return corpus + self._lexicon.counts.get(rest, 0.0)

    def _is_known(self, form: str) -> bool:
        return form in self._known_forms

    def _is_known_or_peelable(self, form: str, layer: int) -> bool:
        if (form, layer) not in self._known:
            self._known[form, layer] = self._is_known(form) or any(
                len(rest) >= _MIN_STEM and self._is_known_or_peelable(rest, next_layer)
                for next_layer, rest, _, _ in _proclitic_readings(form, layer)
            )
        return self._known[form, layer]

    def _is_whole_word(self, word: str, layer: int, rest: str) -> bool:
        """Whether ``word`` is a word of its own rather than a proclitic + ``rest``."""
        if layer == 3:  # the article: no proclitic is barred before it
            return self._far_more_frequent(word, rest) or self._rest_unsupported(word, rest)
        return (
            word in self._article_witnessed
            or self._witnessed(word, layer, rest)
            or self._far_more_frequent(word, rest)
            or self._rest_unsupported(word, rest)
        )

    def _is_whole_word_before_suffix(self, stem: str, rest: str) -> bool:
        """Whether ``stem`` is a word of its own rather than ``rest`` + a pronoun."""
        return (
            stem in self._article_witnessed
            or self._witnessed(stem, 3, rest)
            or self._far_more_frequent(stem, rest)
            or self._rest_unsupported(stem, rest)
        )

    def _witnessed(self, word: str, kind: int, rest: str) -> bool:
        """Witness forms make 2 % of ``word`` in the corpus or the lexicon.

        ``kind``: 0 the article, 1 proclitics barred before a conjunction,
        2 before a preposition, 3 a second suffix. The weak kinds (1–3) also
        need ``word`` at least as frequent as ``rest`` in that source.
        """
        for source in (self._corpus, self._lexicon):
            if word in source.witnessed[kind] and source.counts[word] >= source.counts.get(rest, 0):
                return True
        return False

    def _rest_unsupported(self, word: str, rest: str) -> bool:
        # The corpus has the word but never the remainder on its own, and the
        # remainder is not common Arabic either: بايدن (Biden) is not ب + ايدن
        # even though wordfreq, older than Biden's presidency, knows ايدن.
        return (
            word in self._corpus.counts
            and rest not in self._corpus.counts
            and self._lexicon.counts.get(rest, 0.0) < _COMMON_LEXICON_FREQUENCY
        )

    def _far_more_frequent(self, word: str, rest: str) -> bool:
        # Only the lexicon: in news, وأضاف is 24 times more frequent than أضاف.
        lexicon = self._lexicon
        return word in lexicon.known and lexicon.counts[word] >= _WHOLE_FORM_RATIO * (
            lexicon.counts.get(rest, 0.0)
        )


@contextmanager
def _garbage_collector_paused():
    """Pause the cyclic garbage collector while the analyzer is built.

    Building it allocates about a million small tuples and dicts, none of
    which can form a cycle; each allocation burst would make the collector
    scan the whole heap (with a corpus loaded, gigabytes), which costs a
    fifth of the build time for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _shown(form: str, light: str, analysis: tuple[str | None, int, bool, int, bool]) -> str:
    """The display candidate of one token: its light spelling (hamzas kept)
    without the clitics that were stripped, the article kept."""
    key, front, restore_alef, back, restore_taa = analysis
    if not (front or back) or key is None or not _is_arabic_letter(form[0]):
        return light
    if len(light) != len(form):  # cannot align the two spellings: show the key
        light = form
    shown = light[front : len(light) - back]
    if restore_taa:
        shown = shown[:-1] + "ة"
    return "ا" + shown if restore_alef else shown


def _most_frequent_display(
    analyses: list[tuple], shown: Iterable[str], counts: Iterable[int]
) -> tuple[dict[str, str], dict[str, int]]:
    """key → the display candidate with the highest total count (ties: the
    alphabetically first, so that results do not depend on input order), and
    key → its total count, keys in order of first appearance."""
    votes: dict[tuple[str, str], int] = defaultdict(int)
    for analysis, candidate, count in zip(analyses, shown, counts, strict=True):
        if analysis[0] is not None:
            votes[analysis[0], candidate] += count
    best: dict[str, tuple[str, int]] = {}
    totals: dict[str, int] = defaultdict(int)
    for (key, candidate), count in votes.items():
        totals[key] += count
        current = best.get(key)
        if current is None or (-count, candidate) < (-current[1], current[0]):
            best[key] = (candidate, count)
    return {key: candidate for key, (candidate, _) in best.items()}, totals


def _proclitic_readings(word: str, layer: int) -> list[tuple[int, str, int, bool]]:
    """(next layer, remainder, letters cut, alef restored) for each proclitic
    of ``layer`` or later that ``word`` starts with."""
    first = word[:1]
    readings = []
    if layer <= 1 and first in _CONJUNCTIONS:
        readings.append((2, word[1:], 1, False))
    if layer <= 2 and first in _PREPOSITIONS:
        readings.append((3, word[1:], 1, False))
        if word.startswith("لل"):
            readings.append((3, "ا" + word[1:], 1, True))  # لل = ل + ال, alef dropped
    if layer <= 3 and word.startswith(_ARTICLE):
        readings.append((4, word[2:], 0, False))
    return readings


def _is_arabic_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


class AnalyzedTexts(NamedTuple):
    """Keys of each text, and the display form of every key."""

    keys: list[list[str]]
    display: dict[str, str]


def analyze_texts(texts: Iterable[str], *, stopwords: bool | Iterable[str] = True) -> AnalyzedTexts:
    """Tokenise, normalise and clitic-strip many texts, stopwords left out.

    The analyzer learns from all the texts together, so pass the whole corpus
    at once. Returns the keys of each text in order and ``{key: display}``.

    >>> result = analyze_texts(["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"])
    >>> result.keys
    [['قال', 'بوتين', 'روسيا', 'ستدعم', 'افغانستان'], ['اضاف', 'روسيا', 'دورا']]
    >>> result.display["افغانستان"]
    'أفغانستان'
    """
    tokens = [tokenize(text) for text in texts]
    analyzer = Analyzer(Counter(chain.from_iterable(tokens)), stopwords=stopwords)
    key_of = analyzer.key_map()
    keys = [[key for key in map(key_of.__getitem__, doc) if key is not None] for doc in tokens]
    return AnalyzedTexts(keys, analyzer.display_map())


@lru_cache(maxsize=1)
def _lexicon_analyzer() -> Analyzer:
    return Analyzer()


def analyze(token: str) -> str | None:
    """The key of one token, judged with the reference lexicon alone.

    None for a stopword or a non-word. For a corpus, build an
    :class:`Analyzer` from its token counts instead: it knows its names.

    >>> analyze("وأضاف") == analyze("أضاف") == "اضاف"
    True
    >>> analyze("فلاديمير"), analyze("وزير"), analyze("والسعودية"), analyze("وعلى")
    ('فلاديمير', 'وزير', 'السعودية', None)
    """
    return _lexicon_analyzer().key(token)
