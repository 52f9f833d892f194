"""The reference lexicon: wordfreq's Arabic word list, normalised, shared by every analysis.

Counting words (the clitic analyzer), keyness against general Arabic, topic
keys and the speaker rules (is this word a common noun or a name?) all ask
how frequent a word is in general Arabic. They ask one object, built once per
process by :func:`reference_lexicon` and handed to whoever needs it, so the
same word gets the same answer everywhere.

The list ships with the ``wordfreq`` package (620,000 words; nothing is
downloaded). Normalising it and computing its clitic evidence takes about
3 s, so the result is kept in akhbar's cache folder (:mod:`akhbar.diskcache`)
and read back in well under a second; it is rebuilt by itself when wordfreq,
Python's Unicode tables or the code that builds it change.

>>> lexicon = reference_lexicon()
>>> lexicon.frequency("روسيا") > 1e-5, lexicon.zipf("روسيا") > 4
(True, True)
>>> lexicon.frequency("أضاف") == lexicon.frequency("اضاف")  # looked up normalised
True
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from akhbar.diskcache import cached, source_hash
from akhbar.text.evidence import Evidence, evidence
from akhbar.text.normalize import normalize, normalize_many

__all__ = ["KNOWN_FREQUENCY", "ReferenceLexicon", "build_reference_lexicon", "reference_lexicon"]

#: A form at least this frequent in wordfreq (Zipf 3: about one in a million
#: words) is a known word.
KNOWN_FREQUENCY = 1e-6
# The code whose changes must rebuild the cached lexicon.
_SOURCES = ("charsets.py", "affixes.py", "normalize.py", "evidence.py", "lexicon.py")


class ReferenceLexicon:
    """Word frequencies of general Arabic by normalised form, and their clitic evidence.

    ``frequencies`` maps a :func:`~akhbar.text.normalize`-d form to its share
    of all words; ``evidence`` is what that table says about clitics
    (:mod:`akhbar.text.evidence`). Build your own with
    :func:`build_reference_lexicon` (e.g. an empty one for tests); the
    process-wide one comes from :func:`reference_lexicon`.
    """

    def __init__(self, frequencies: dict[str, float]) -> None:
        self.evidence: Evidence = evidence(frequencies, 0.0, KNOWN_FREQUENCY)

    @property
    def frequencies(self) -> dict[str, float]:
        return self.evidence.counts

    def frequency(self, word: str) -> float:
        """The share of ``word`` (any spelling) among the words of general Arabic."""
        frequencies = self.evidence.counts
        found = frequencies.get(word)
        return found if found is not None else frequencies.get(normalize(word), 0.0)

    def zipf(self, word: str) -> float:
        """``word``'s frequency on the Zipf scale (log10 per billion words; 0 when unknown)."""
        frequency = self.frequency(word)
        return math.log10(frequency) + 9 if frequency > 0 else 0.0

    def __len__(self) -> int:
        return len(self.evidence.counts)

    def __reduce_ex__(self, protocol):
        # The process-wide lexicon travels as a reference: an analyzer or a
        # topic model sent to the workers of a cluster stays small, and each
        # worker reads its own copy from its disk cache.
        if self.__dict__.get("_process_wide"):
            return reference_lexicon, ()
        return super().__reduce_ex__(protocol)


def build_reference_lexicon(frequencies: dict[str, float] | None = None) -> ReferenceLexicon:
    """A lexicon from a table of surface forms (default: wordfreq's Arabic list).

    Forms that normalise alike are added up (أضاف and اضاف are one form).

    >>> len(build_reference_lexicon({}))
    0
    """
    if frequencies is None:
        from wordfreq import get_frequency_dict

        frequencies = get_frequency_dict("ar")
    words = [word for word in frequencies if "\n" not in word]
    table: dict[str, float] = {}
    for key, word in zip(normalize_many(words), words, strict=True):
        table[key] = table.get(key, 0.0) + frequencies[word]
    return ReferenceLexicon(table)


@lru_cache(maxsize=1)
def reference_lexicon() -> ReferenceLexicon:
    """wordfreq's Arabic list as a :class:`ReferenceLexicon`, built once per process."""
    folder = Path(__file__).parent
    version = (
        f"wordfreq {metadata.version('wordfreq')}, unicode {unicodedata.unidata_version},"
        f" akhbar.text {source_hash(*(folder / name for name in _SOURCES))}"
    )
    lexicon = cached("reference-lexicon", version, build_reference_lexicon)
    lexicon._process_wide = True  # after caching: the cache holds the data itself
    return lexicon
