"""Arabic clitics: the one owner of the proclitic and pronoun-suffix tables.

Arabic writes the conjunctions و ف, the prepositions ب ك ل, the article ال
and the object/possessive pronouns as part of the word: وروسيا، لروسيا،
بالسعودية، حكومته. They stack in a fixed order::

    (و|ف)? (ب|ك|ل)? (ال)? STEM (pronoun)?

and ل + ال is written لل (للسعودية). Everything that needs to know this —
the clitic analyzer, keyness (which looks words up in wordfreq's list of
surface forms), the speaker rules — imports it from here.

>>> [reading[1] for reading in proclitic_readings("والسعودية", 1)]
['السعودية']
>>> strip_article("بالوزارة"), strip_article("وزارة")
('وزارة', 'وزارة')
"""

from __future__ import annotations

__all__ = [
    "ARTICLE",
    "ARTICLE_STRINGS",
    "CLITIC_FIRST_LETTERS",
    "CONJUNCTIONS",
    "FIRST_PERSON_SUFFIXES",
    "PREPOSITIONS",
    "PROCLITIC_STRINGS",
    "PRONOUN_SUFFIXES",
    "SUFFIXES_BY_LAST_LETTER",
    "SUFFIX_LAST_LETTERS",
    "proclitic_readings",
    "strip_article",
]

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
#: Object/possessive pronoun suffixes, longest first so that هما is tried
#: before هم and ه. The first person (ي، ني) is left out: a final ي is far
#: more often a nisba adjective (المصري) than "my".
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")
#: First-person object suffixes (ني "me", ي "my"): left out of the analyzer, but
#: read where a pronoun can only be an object (أنني، إني).
FIRST_PERSON_SUFFIXES = ("ني", "ي")
#: Every proclitic string that ends in the article: ال and what may stand before it.
ARTICLE_STRINGS = ("ال", "وال", "فال", "بال", "كال", "لل")
#: Proclitic strings without the article: a conjunction, a preposition, or a
#: conjunction + preposition. فك is left out: it is a word (untie) far more
#: often than ف + ك.
PROCLITIC_STRINGS = ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل")

#: First letters of a word that may carry a proclitic (ا for the article).
CLITIC_FIRST_LETTERS = frozenset("وفبكلا")
SUFFIX_LAST_LETTERS = frozenset(suffix[-1] for suffix in PRONOUN_SUFFIXES)
#: The suffixes a word may end with, by its last letter, longest first: most
#: words end in none of these letters and are done with one look-up.
SUFFIXES_BY_LAST_LETTER = {
    letter: tuple(suffix for suffix in PRONOUN_SUFFIXES if suffix[-1] == letter)
    for letter in SUFFIX_LAST_LETTERS
}


def proclitic_readings(word: str, layer: int) -> list[tuple[int, str, int, bool]]:
    """Each way ``word`` may start with a proclitic of ``layer`` or later.

    Layers: 1 the conjunctions, 2 the prepositions, 3 the article. Returns
    ``(next layer, remainder, letters cut, alef restored)``; لل reads as
    ل + ال with the article's alef restored.
    """
    first = word[:1]
    readings = []
    if layer <= 1 and first in CONJUNCTIONS:
        readings.append((2, word[1:], 1, False))
    if layer <= 2 and first in PREPOSITIONS:
        readings.append((3, word[1:], 1, False))
        if word.startswith("لل"):
            readings.append((3, "ا" + word[1:], 1, True))  # لل = ل + ال, alef dropped
    if layer <= 3 and word.startswith(ARTICLE):
        readings.append((4, word[2:], 0, False))
    return readings


def strip_article(word: str) -> str:
    """``word`` without a leading article string (ال، وال، بال، لل …), when a
    stem of two letters or more remains; else ``word`` as it is."""
    for prefix in ARTICLE_STRINGS:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):]
    return word
