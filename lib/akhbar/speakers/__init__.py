"""Who is quoted, how often, saying what: rule-based speaker attribution for Arabic news.

A *reporting event* is one act of attribution, found by three kinds of trigger:

- a **reporting verb** in any inflection, with or without the proclitics و/ف:
  قال، قالت، قالوا، يقول، وأضاف، فأكد، ولفتت … (lists in ``data/speakers_verbs.txt``);
- an **attribution phrase**: بحسب، حسب، وفقا لـ، نقلا عن، على لسان، في تصريحات لـ، في بيان لـ;
- a **continuation participle** (…، موضحا أن؛ مشيرا إلى) — the same speaker goes on.

The speaker is read from the words after the trigger. Titles, roles and
nationality adjectives are skipped and the *name* is kept ("قال الرئيس
الروسي، فلاديمير بوتين" → فلاديمير بوتين); a phrase with no name is kept whole
(وزارة الطوارئ، مصدر دبلوماسي تركي). Whether a word is a name is decided by
lexicons (titles, organisations, given names) and, for the rest, by how the
word is used in general Arabic (``wordfreq``): a common noun is also written
with the article ال (جاهزية / الجاهزية), a name almost never (بيسكوف).

A verb with no subject (وتابع:، وأكد أن، ولفت إلى أن) belongs to the most
recent speaker in the article. Mentions of one speaker are merged into the
fullest form used in the article (بيسكوف → دميتري بيسكوف; اللجنة → لجنة
مكافحة الإرهاب الروسية), and across the corpus on the normalised full name.
Events inside another speaker's statement (nested) and participles
(continuation) are marked and left out of :func:`speaker_counts` by default.

Other constructions of news Arabic handled the same general way: a subject
written before its verb after a clause boundary (… أن الوزارة أكدت، ولكن
المنظمة تقول إن) or after كان (وكان المتحدث … قد أشار); a relayed source
(نقلت الوكالة عن المتحدث … قوله → the spokesman, not the agency); a statement
document credited to its issuer (وفق بيان للأمم المتحدة، وقال البيان → الأمم
المتحدة); verbs of position and thanks (أشاد، انتقد، رفع التهنئة); and agreement
(وأضافت goes back to a feminine speaker, وأضافوا to a group). Read from grammar
too: time adverbs between a verb and its subject (وأعلن أمس الثلاثاء رئيس الوزراء
…), the topic after أما (أما رئيس الغرفة … فقد أكد), a plural verb that holds its
subject (وأعلنوا الإضراب), an object glued to the subject's name (وحذر بوتين ميركل
من، أكدت قطر إبرام صفقة), a relative who is not the person named after the
kinship word (شقيق محمد النصري), a document speaking for its issuer (حذرت رسالة
رئيس المجلس، بيان صادر عن …), and Egyptian spellings (يري، الدكتور زاهى حواس).

Matching runs on folded text; every string and offset in the output refers to
the article's original characters.

The pipeline, one module each:

=====================  ===========================================================
per process            :mod:`~akhbar.speakers.lexicon` — the word lists, folded, frozen
per article            :mod:`~akhbar.speakers.spans` — folded text, tokens, quotations
per article            :mod:`~akhbar.speakers.events`, :mod:`~akhbar.speakers.attribution`
                       — the triggers; :mod:`~akhbar.speakers.statements` — where
                       their statements start; :mod:`~akhbar.speakers.lookalikes`
                       — what only looks like a report; :mod:`~akhbar.speakers.phrase`,
                       :mod:`~akhbar.speakers.quoted` (quoted names or statements),
                       :mod:`~akhbar.speakers.objects` (where the object starts),
                       :mod:`~akhbar.speakers.propernames`, :mod:`~akhbar.speakers.subjects`
                       — their subjects, read with the word classes of
                       :mod:`~akhbar.speakers.words`
per article            :mod:`~akhbar.speakers.nesting` — reports inside another's statement
per article            :mod:`~akhbar.speakers.coref` — who is who within the article, with
                       the people and bodies it names anywhere (:mod:`~akhbar.speakers.mentions`)
per article            :mod:`~akhbar.speakers.article` — :func:`article_quotes`, the rows
whole corpus           :mod:`~akhbar.speakers.names` — :func:`merge_names` across articles
reader                 :mod:`~akhbar.speakers.table` — :func:`quotes`, :func:`speaker_counts`
=====================  ===========================================================

``quotes(corpus)`` is ``article_quotes`` on every article, then one
``merge_names``: a corpus too big for memory can run the first per partition
and the second once.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"article_id": ["a"], "body": [
...     "قال الرئيس الروسي، فلاديمير بوتين إن الوضع خطير.\\nوأضاف بوتين: «سنرد»."]})
>>> events = quotes(corpus)
>>> events[["speaker", "verb", "kind"]].values.tolist()
[['فلاديمير بوتين', 'قال', 'indirect'], ['فلاديمير بوتين', 'وأضاف', 'direct']]
>>> speaker_counts(events).values.tolist()
[['فلاديمير بوتين', 2, 1]]
"""

from akhbar.speakers.article import QUOTE_COLUMNS, article_quotes
from akhbar.speakers.lexicon import Lexicon, load_lexicon
from akhbar.speakers.names import merge_names
from akhbar.speakers.table import COUNT_COLUMNS, quotes, speaker_counts

__all__ = [
    "COUNT_COLUMNS",
    "QUOTE_COLUMNS",
    "Lexicon",
    "article_quotes",
    "load_lexicon",
    "merge_names",
    "quotes",
    "speaker_counts",
]
