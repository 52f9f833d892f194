"""Arabic stopwords: akhbar's own curated list of function words.

The list lives in ``akhbar/data/stopwords_ar.txt`` (one word a line, grouped
and commented): prepositions and their pronoun forms, particles, pronouns,
demonstratives, relative pronouns, كان and its sisters and other
auxiliaries, quantifiers, the time and place adverbs news text is full of,
and news fillers such as خلال، وفق، عبر. It is written for *keys*: words
are normalised like :func:`akhbar.text.normalize.normalize` and matched after the
analyzer has stripped clitics, so one entry على also removes وعلى and فعلى.

We keep our own list rather than depend on the ``arabic-stopwords``
package (GPL, and 13,000 surface forms because it does not strip clitics);
the test suite checks our coverage against it when it is installed.

>>> "علي" in arabic_stopwords() and "خلال" in arabic_stopwords()
True
>>> "روسيا" in arabic_stopwords()
False
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

from akhbar.text.normalize import normalize

__all__ = ["arabic_stopwords", "resolve_stopwords"]


@lru_cache(maxsize=1)
def arabic_stopwords() -> frozenset[str]:
    """The curated list, normalised (أ إ آ → ا, ى → ي)."""
    text = files("akhbar").joinpath("data/stopwords_ar.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].split() for line in text.splitlines())
    return frozenset(normalize(word) for line in words for word in line)


def resolve_stopwords(stopwords: bool | Iterable[str]) -> frozenset[str]:
    """What a ``stopwords=`` argument means: True → the list, False → none,
    or your own words (normalised), e.g. ``arabic_stopwords() | {"كورونا"}``.

    >>> sorted(resolve_stopwords(["إلى", "كورونا"]))
    ['الي', 'كورونا']
    """
    if stopwords is True:
        return arabic_stopwords()
    if stopwords is False or stopwords is None:
        return frozenset()
    return frozenset(normalize(word) for word in stopwords)
