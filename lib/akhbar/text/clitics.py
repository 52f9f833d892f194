"""Clitic-aware keys: the :class:`Analyzer` that makes وروسيا، لروسيا and روسيا one word.

Counting surface forms splits one word into many; light stemmers that cut
و ف ب ك ل ال blindly mangle names (بوتين → وتين, فلاديمير → لاديمير). The
analyzer strips a clitic (tables in :mod:`akhbar.text.affixes`) only when the
evidence says it is one (:mod:`akhbar.text.evidence`):

1. what remains is a word the corpus or the reference lexicon knows;
2. the whole form is not itself a word: no witness says so (الوزير proves
   that وزير is a word, not و + زير);
3. the whole form is not far more frequent than what remains (بوتين is
   seventy times more frequent than وتين in wordfreq; وروسيا is a tenth of
   روسيا).

Proclitic layers are tried in turn; where two readings compete (للبنان =
ل + لبنان or ل + ال + بنان) the one whose remainder is more frequent wins.
Everything is decided once per normalised *type* of the vocabulary and
cached, never per token.

**Per corpus, then per text.** An analyzer is built from the token counts
of a whole corpus (:func:`akhbar.text.token_counts`, which can be summed
over partitions) and the reference lexicon it is given; it then turns the
tokens of any one text into keys (:meth:`Analyzer.text_keys`) with no
further corpus state, so it can be sent to workers and applied batch by
batch. :func:`analyze_texts` does both steps for a list of texts.

>>> from akhbar.text.lexicon import reference_lexicon
>>> result = analyze_texts(["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"],
...                        lexicon=reference_lexicon())
>>> result.keys
[['قال', 'بوتين', 'روسيا', 'ستدعم', 'افغانستان'], ['اضاف', 'روسيا', 'دورا']]
>>> result.analyzer.display("افغانستان")
'أفغانستان'
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from akhbar.text.affixes import (
    ARTICLE,
    CLITIC_FIRST_LETTERS,
    SUFFIX_LAST_LETTERS,
    SUFFIXES_BY_LAST_LETTER,
    proclitic_readings,
)
from akhbar.text.charsets import is_arabic_letter
from akhbar.text.evidence import evidence
from akhbar.text.lexicon import ReferenceLexicon, reference_lexicon
from akhbar.text.normalize import fold_alef, normalize, normalize_many
from akhbar.text.stopwords import resolve_stopwords
from akhbar.text.tokens import tokenize

__all__ = ["AnalyzedTexts", "Analyzer", "analyze", "analyze_texts"]

_COMMON_LEXICON_FREQUENCY = 1e-5  # Zipf 4
_KNOWN_CORPUS_COUNT = 3
_WHOLE_FORM_RATIO = 10.0  # a whole form this much more frequent is a word
_MIN_STEM = 2


class Analyzer:
    """Turns tokens into clitic-stripped, normalised keys for one vocabulary.

    Build it from the token counts of a corpus (the more text, the better
    it knows which forms are words); tokens outside the vocabulary are still
    analysed, with the lexicon alone. :meth:`key` returns ``None`` for
    stopwords, numbers and one-letter tokens; :meth:`display` gives the
    surface form most often seen for a key, without و ف ب ك ل (the article
    stays: السعودية).

    The analyzer is handed the reference lexicon it checks words against
    (:func:`akhbar.text.lexicon.reference_lexicon` for wordfreq's Arabic list,
    or your own :class:`~akhbar.text.lexicon.ReferenceLexicon`).

    >>> lexicon = reference_lexicon()
    >>> analyzer = Analyzer({"وروسيا": 3, "روسيا": 10, "بوتين": 5, "وأضاف": 2}, lexicon)
    >>> [analyzer.key(t) for t in ["وروسيا", "لروسيا", "بوتين", "وأضاف", "أضاف", "وعلى"]]
    ['روسيا', 'روسيا', 'بوتين', 'اضاف', 'اضاف', None]
    >>> analyzer.display("اضاف")
    'أضاف'
    """

    def __init__(
        self,
        token_counts: Mapping[str, int],
        lexicon: ReferenceLexicon,
        *,
        stopwords: bool | Iterable[str] = True,
    ) -> None:
        self.lexicon = lexicon
        with _garbage_collector_paused():
            self._build(token_counts, stopwords)

    def _build(self, token_counts: Mapping[str, int], stopwords: bool | Iterable[str]) -> None:
        self.stopwords = resolve_stopwords(stopwords)
        tokens = list(token_counts)
        lights = normalize_many(tokens, alef=False, alef_maqsura=False)
        forms = fold_alef("\n".join(lights)).split("\n") if tokens else []
        counts: dict[str, float] = defaultdict(float)
        for form, count in zip(forms, token_counts.values(), strict=True):
            counts[form] += count
        self._corpus = evidence(counts, 2.0, _KNOWN_CORPUS_COUNT)
        self._total = sum(counts.values())
        self._join_evidence()
        self._known: dict[tuple[str, int], bool] = {}
        self._peeled: dict[tuple[str, int], tuple[str, int, bool, bool] | None] = {}
        self._analyses = {form: self._analyse(form) for form in counts}
        analyses = [self._analyses[form] for form in forms]
        self._keys = {token: analysis[0] for token, analysis in zip(tokens, analyses, strict=True)}
        self._display, self._key_counts = _most_frequent_display(
            analyses, map(_shown, forms, lights, analyses), token_counts.values()
        )

    def _join_evidence(self) -> None:
        """The look-ups that combine the corpus' evidence with the lexicon's."""
        self._lexicon = self.lexicon.evidence
        self._known_forms = self._corpus.known | self._lexicon.known
        self._article_witnessed = self._corpus.witnessed[0] | self._lexicon.witnessed[0]

    def __getstate__(self) -> dict:
        # What comes from the lexicon is rebuilt on arrival, not shipped: an
        # analyzer sent to the workers of a cluster carries the corpus' own
        # evidence and its answers, and a reference to the shared lexicon.
        derived = ("_lexicon", "_known_forms", "_article_witnessed")
        return {k: v for k, v in self.__dict__.items() if k not in derived}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._join_evidence()

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

    def text_keys(self, text: str) -> list[str]:
        """The keys of one text's tokens, in order, stopwords and non-words left out."""
        return self.keys(tokenize(text))

    def key_map(self) -> dict[str, str | None]:
        """token → key for every token seen so far (None: left out)."""
        return dict(self._keys)

    def display(self, key: str) -> str:
        """The surface form most often seen for ``key``, clitics removed."""
        return self._display.get(key, key)

    def key_counts(self) -> dict[str, int]:
        """key → how often it occurs in the token counts the analyzer was
        built from (stopwords left out), in order of first appearance.

        >>> Analyzer({"وروسيا": 3, "روسيا": 10, "في": 7}, reference_lexicon()).key_counts()
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
        if not is_arabic_letter(form[0]):
            key = form.casefold()
            return nothing if key in self.stopwords else (key, 0, False, 0, False)
        if form[0] not in CLITIC_FIRST_LETTERS and form[-1] not in SUFFIX_LAST_LETTERS:
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
        if not had_article and not stem.startswith(ARTICLE):
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
        for next_layer, rest, cut, restored in proclitic_readings(word, layer):
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
        for suffix in SUFFIXES_BY_LAST_LETTER.get(stem[-1:], ()):
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
                for next_layer, rest, _, _ in proclitic_readings(form, layer)
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
    if not (front or back) or key is None or not is_arabic_letter(form[0]):
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


class AnalyzedTexts(NamedTuple):
    """Keys of each text, the display form of every key, and the analyzer that
    made them (apply it to new texts with :meth:`Analyzer.text_keys`)."""

    keys: list[list[str]]
    display: dict[str, str]
    analyzer: Analyzer


def analyze_texts(
    texts: Iterable[str],
    *,
    stopwords: bool | Iterable[str] = True,
    lexicon: ReferenceLexicon | None = None,
) -> AnalyzedTexts:
    """Tokenise, normalise and clitic-strip many texts, stopwords left out.

    The one place where a corpus becomes keys (word counts and topics both
    come through here). The analyzer learns from all the texts together, so
    pass the whole corpus at once. ``lexicon``: the reference lexicon
    (default: :func:`~akhbar.text.lexicon.reference_lexicon`).

    >>> result = analyze_texts(["قال بوتين إن روسيا ستدعم أفغانستان", "وأضاف أن لروسيا دوراً"])
    >>> result.display["افغانستان"], result.analyzer.text_keys("ولروسيا حلفاء")
    ('أفغانستان', ['روسيا', 'حلفاء'])
    """
    tokens = [tokenize(text) for text in texts]
    analyzer = Analyzer(Counter(chain.from_iterable(tokens)), lexicon or reference_lexicon(),
                        stopwords=stopwords)
    key_of = analyzer.key_map()
    keys = [[key for key in map(key_of.__getitem__, doc) if key is not None] for doc in tokens]
    return AnalyzedTexts(keys, analyzer.display_map(), analyzer)


@lru_cache(maxsize=1)
def _lexicon_analyzer() -> Analyzer:
    return Analyzer({}, reference_lexicon())


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
