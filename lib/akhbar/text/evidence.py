"""What a table of word frequencies says about clitics: the analyzer's evidence.

The clitic analyzer (:mod:`akhbar.text.clitics`) strips و ف ب ك ل ال and
pronoun suffixes only where the evidence says they are clitics. Evidence
comes from two sources with the same shape — the corpus' own token counts
and the reference lexicon (wordfreq's Arabic list) — and is computed here
in one pass over a frequency table:

- ``known``: the forms frequent enough to count as words;
- ``witnessed``: the forms seen with a clitic that could not stand before the
  one we might strip. ووزير، الوزير، لبوتين، بلبنان prove that وزير، بوتين،
  لبنان are words, because a conjunction cannot follow another proclitic and
  a preposition cannot follow a preposition or the article. For pronoun
  suffixes the witness is a second suffix.

Witnesses must make at least :data:`WITNESS_SHARE` of the whole form.

>>> found = evidence({"الوزير": 5, "وزير": 20, "روسيا": 9}, min_seen=1, known_at=3)
>>> sorted(found.known), sorted(found.witnessed[0])
(['الوزير', 'روسيا', 'وزير'], ['وزير'])
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from akhbar.text.affixes import (
    ARTICLE_STRINGS,
    PREPOSITIONS,
    PROCLITIC_STRINGS,
    PRONOUN_SUFFIXES,
    SUFFIX_LAST_LETTERS,
)

__all__ = ["WITNESS_SHARE", "Evidence", "evidence"]

#: Witness forms must make at least this share of the whole form.
WITNESS_SHARE = 0.02
# Witnesses per kind (see Evidence): the article; proclitic strings barred
# before a conjunction (any); those barred before a preposition (the ones
# holding a preposition).
_WITNESSES_BEFORE = {
    1: PROCLITIC_STRINGS,
    2: tuple(q for q in PROCLITIC_STRINGS if any(c in PREPOSITIONS for c in q)),
}


class Evidence(NamedTuple):
    """What one source (the corpus or the lexicon) says about forms.

    ``counts``: the frequency table itself. ``witnessed``: the forms whose
    witnesses make at least 2 % of the form — index 0 the article, 1
    proclitics barred before a conjunction, 2 before a preposition, 3 a
    second pronoun suffix. ``known``: forms frequent enough to count as
    words. Sets, so that judging a word is a few look-ups.
    """

    counts: dict[str, float]
    known: frozenset[str]
    witnessed: tuple[frozenset[str], ...]


def evidence(counts: dict[str, float], min_seen: float, known_at: float) -> Evidence:
    """The evidence of a frequency table (form → count or frequency).

    ``min_seen``: witnesses rarer than this are ignored; ``known_at``: the
    count from which a form is a known word.
    """
    masses = _witness_masses(counts, min_seen)
    witnessed = tuple(
        frozenset(
            form
            for form, seen in mass.items()
            if (whole := counts.get(form, 0)) and seen >= max(min_seen, WITNESS_SHARE * whole)
        )
        for mass in masses
    )
    known = frozenset(form for form, n in counts.items() if n >= known_at)
    return Evidence(counts, known, witnessed)


def _witness_masses(counts: dict[str, float], min_seen: float) -> tuple[dict[str, float], ...]:
    """For each kind of witness, form → total count of its witnessed forms."""
    # One pass over the vocabulary instead of ~20 look-ups per analysed word.
    masses: tuple[dict[str, float], ...] = tuple(defaultdict(float) for _ in range(4))
    targets: dict[str, list[dict[str, float]]] = {q: [masses[0]] for q in ARTICLE_STRINGS}
    for kind, witnesses in _WITNESSES_BEFORE.items():
        for q in witnesses:
            targets.setdefault(q, []).append(masses[kind])
    by_first_letter: dict[str, list[tuple[str, list[dict[str, float]]]]] = defaultdict(list)
    for q, target in targets.items():
        by_first_letter[q[0]].append((q, target))
    suffixes = set(PRONOUN_SUFFIXES)
    # A witness must be seen min_seen times: forms rarer than that cannot
    # add up to a witness in the corpus and are skipped (half the corpus types).
    for form, n in counts.items():
        if n < min_seen:
            continue
        for q, target in by_first_letter.get(form[:1], ()):
            if form.startswith(q):
                rest = form[len(q):]
                for mass in target:
                    mass[rest] += n
        if form[-1:] in SUFFIX_LAST_LETTERS:
            for size in (1, 2, 3):
                if form[-size:] in suffixes:
                    masses[3][form[:-size]] += n
    return masses
