"""Arabic text for counting: characters, spelling, tokens, clitics, stopwords.

One module per concern, each the only owner of its facts:

- :mod:`~akhbar.text.charsets` — which code points are Arabic letters, marks, digits;
- :mod:`~akhbar.text.normalize` — :func:`normalize` folds spelling variants;
- :mod:`~akhbar.text.tokens` — :func:`tokenize` a text, :func:`token_counts` of many;
- :mod:`~akhbar.text.affixes` — the proclitics و ف ب ك ل ال and pronoun suffixes;
- :mod:`~akhbar.text.evidence` — what a frequency table says about clitics;
- :mod:`~akhbar.text.lexicon` — wordfreq's Arabic list, built once per process
  (:func:`reference_lexicon`) and shared by words, topics and speakers;
- :mod:`~akhbar.text.clitics` — the :class:`Analyzer` that turns tokens into keys;
- :mod:`~akhbar.text.stopwords` — akhbar's own list of function words.

Tokenising and counting work on any batch of texts; an analyzer is built
once from a whole corpus' token counts and then applied text by text.

>>> from akhbar.text import analyze, normalize, tokenize
>>> normalize("قَالَ الرئيـــس إنّ ﻻ")
'قال الرئيس ان لا'
>>> [analyze(token) for token in tokenize("وقال «بوتين»: لروسيا")]
['قال', 'بوتين', 'روسيا']
"""

from akhbar.text.clitics import AnalyzedTexts, Analyzer, analyze, analyze_texts
from akhbar.text.lexicon import ReferenceLexicon, build_reference_lexicon, reference_lexicon
from akhbar.text.normalize import normalize, normalize_many
from akhbar.text.stopwords import arabic_stopwords, resolve_stopwords
from akhbar.text.tokens import (
    ARABIC_WORD_PATTERN,
    PIECE_BREAKS,
    TOKEN_PATTERN,
    token_counts,
    tokenize,
)

__all__ = [
    "ARABIC_WORD_PATTERN",
    "PIECE_BREAKS",
    "TOKEN_PATTERN",
    "AnalyzedTexts",
    "Analyzer",
    "ReferenceLexicon",
    "analyze",
    "analyze_texts",
    "arabic_stopwords",
    "build_reference_lexicon",
    "normalize",
    "normalize_many",
    "reference_lexicon",
    "resolve_stopwords",
    "token_counts",
    "tokenize",
]
