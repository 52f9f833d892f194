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
(وأضافت goes back to a feminine speaker, وأضافوا to a group).

Matching runs on :func:`akhbar.text.normalize`-d text; every string and offset
in the output refers to the article's original characters.

>>> import pandas as pd
>>> df = pd.DataFrame({"article_id": ["a"], "body": [
...     "قال الرئيس الروسي، فلاديمير بوتين إن الوضع خطير.\\nوأضاف بوتين: «سنرد»."]})
>>> quotes(df)[["speaker", "verb", "kind"]].values.tolist()
[['فلاديمير بوتين', 'قال', 'indirect'], ['فلاديمير بوتين', 'وأضاف', 'direct']]
>>> speaker_counts(df).values.tolist()
[['فلاديمير بوتين', 2, 1]]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from akhbar.grouping import with_groups
from akhbar.text import normalize

__all__ = ["QUOTE_COLUMNS", "quotes", "speaker_counts"]


def _fold(text: str) -> str:
    """The matching form: :func:`akhbar.text.normalize`, keeping ى apart from ي so that
    the preposition على is not the name علي (nor إلى the word إلي)."""
    return normalize(text, alef_maqsura=False)

QUOTE_COLUMNS = [
    "article_id", "speaker", "speaker_surface", "verb", "kind", "quote",
    "start", "end", "paragraph", "nested", "continuation",
]

# --------------------------------------------------------------------------
# Lexicons (data/speakers_*.txt), normalised once.
# --------------------------------------------------------------------------


def _data_lines(name: str) -> list[str]:
    text = resources.files("akhbar").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _sections(name: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    current = ""
    for line in _data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, set())
        else:
            out.setdefault(current, set()).add(_fold(line))
    return out


def _alternation(words) -> str:
    """A regex alternation of ``words`` factored into a trie (قال|قالت|قالوا →
    قال(?:ت|وا)?), so that a scan tries each letter once instead of every word."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longest first: the optional tail is greedy, so قالوا wins over قال
        body = (body if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")") + "?"
    return body


@dataclass(frozen=True)
class _Verb:
    lemma: str
    family: str
    needs: str
    preps: tuple[str, ...]
    present: bool


@dataclass
class _Lexicon:
    verbs: dict[str, _Verb]
    roles: set[str]
    honorifics: set[str]
    modifiers: set[str]
    orgs: set[str]
    documents: set[str]
    stop: set[str]
    circumstance: set[str]
    addressee: set[str]
    given: set[str]
    participles: set[str]
    nationality: re.Pattern
    verb_re: re.Pattern
    participle_re: re.Pattern


def _verb_forms(fields: list[str]) -> tuple[list[str], list[str]]:
    past_field, present_field = fields[0], fields[1]
    past = past_field.split(",")
    if len(past) == 1:
        stem = past[0]
        # no dual forms: شكرا، تابعا are nouns far more often than "the two thanked"
        past = [stem + s for s in ("", "ت", "وا")]
    present = []
    if present_field != "-":
        present = [p + present_field + s for p in "يت" for s in ("", "ون", "ان")]
    return [_fold(p) for p in past], [_fold(p) for p in present]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs: dict[str, _Verb] = {}
    for line in _data_lines("speakers_verbs.txt"):
        fields = line.split()
        past, present = _verb_forms(fields)
        preps = () if fields[4] == "-" else tuple(_fold(p) for p in fields[4].split(","))
        lemma = _fold(fields[0].split(",")[0])
        for form in past:
            verbs.setdefault(form, _Verb(lemma, fields[2], fields[3], preps, False))
        for form in present:
            verbs.setdefault(form, _Verb(lemma, fields[2], fields[3], preps, True))
    titles = _sections("speakers_titles.txt")
    orgs = _sections("speakers_organisations.txt")
    adj = _sections("speakers_adjuncts.txt")
    nat_stems = [_fold(w) for w in _data_lines("speakers_nationalities.txt")]
    nationality = re.compile(
        rf"^(?:ال|لل|بال|وال)?(?:{_alternation(nat_stems)})(?:ي|ية|يه|يون|يين|يان|يتين|ين|ون)$")
    participles = set()
    for w in _data_lines("speakers_participles.txt"):
        w = _fold(w)
        base = w.removesuffix("ا")
        participles |= {w, base + "ة", base + "ين", base + "ون"}
    verb_re = re.compile(rf"(?<![\w])([وف]?)({_alternation(verbs)})(?![\w])")
    participle_re = re.compile(rf"(?<![\w])({_alternation(participles)})(?![\w])")
    return _Lexicon(
        verbs=verbs,
        roles=titles.get("role", set()),
        honorifics=titles.get("honorific", set()),
        modifiers=titles.get("modifier", set()),
        orgs=orgs.get("organisation", set()),
        documents=orgs.get("document", set()),
        stop=adj.get("stop", set()),
        circumstance=adj.get("circumstance", set()),
        addressee=adj.get("addressee", set()),
        given={_fold(w) for w in _data_lines("speakers_given_names.txt")},
        participles=participles,
        nationality=nationality,
        verb_re=verb_re,
        participle_re=participle_re,
    )


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    # wordfreq's Arabic list (bundled, offline) tells common nouns from names.
    import wordfreq

    # wordfreq keeps hamza on alef (أخذ); fold its keys the way our text is folded
    fold = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "\u0640": None})
    table: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar", wordlist="best").items():
        key = word.translate(fold)
        table[key] = table.get(key, 0.0) + freq
    return table


def _zipf(word: str) -> float:
    f = _frequencies().get(word, 0.0)
    return math.log10(f) + 9 if f > 0 else 0.0


# --------------------------------------------------------------------------
# Normalised text with a map back to the original offsets.
# --------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _norm_char(c: str) -> str:
    return _fold(c)


def _normalized(body: str) -> tuple[str, np.ndarray | None]:
    """``normalize`` applied character by character, and the original offset of each
    normalised character (None when the two texts line up one to one).

    Applying it per character keeps a map back to the body; the few characters
    that vanish (diacritics, tatweel) or expand (ligatures) are found with one
    regex instead of a loop over every character."""
    table = {ord(c): _norm_char(c) for c in set(body)}
    text = body.translate(table)
    odd = {chr(k): len(v) for k, v in table.items() if len(v) != 1}
    if not odd:
        return text, None
    lengths = np.ones(len(body), dtype=np.int64)
    for m in re.finditer("[" + re.escape("".join(odd)) + "]", body):
        lengths[m.start()] = odd[m.group()]
    offsets = np.repeat(np.arange(len(body), dtype=np.int64), lengths)
    return text, np.append(offsets, len(body))


# --------------------------------------------------------------------------
# Tokens and word classes.
# --------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_WORD_RE = re.compile(r"^\w+$")
_ARABIC_WORD_RE = re.compile(r"^[\u0621-\u064a]+$")
_QUOTE_OPEN = set('«“"„\'‘')
_QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“", "'": "'", "‘": "’"}
_QUOTE_CHARS = set("«»“”\"„'‘’")
_SENTENCE_END = set(".!?؟;؛\n")
_COMPLEMENT = re.compile(r"^(?:ب|و|ف|ل)?[اإأ]ن(?:ه|ها|هم|هما|هن|نا|ني|ي|كم)?$")
_QUANTIFIERS = {"عدد", "احد", "بعض", "عديد", "مجموعة", "كثير", "جمع", "غالبية", "معظم", "اغلب"}
_CONNECTORS = {"بن", "ابن", "بنت", "ابو", "ابا", "ابي", "ال", "ام", "عبد", "ولد", "دي", "دو", "فان"}


@dataclass(slots=True)
class _Tok:
    text: str  # normalised
    start: int  # offsets into the normalised body
    end: int
    quoted: bool = False


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start() + start, m.end() + start)
            for m in _TOKEN_RE.finditer(text[start:end])]


@lru_cache(maxsize=200_000)
def _bare(t: str) -> str:
    for p in ("وال", "بال", "لل", "فال", "كال", "ال"):
        if t.startswith(p) and len(t) > len(p) + 1:
            return t[len(p):]
    return t


@lru_cache(maxsize=200_000)
def _stems(t: str) -> frozenset[str]:
    b = _bare(t)
    out = {t, b}
    # construct plurals drop their ن (مديرو، مسؤولي التعليم); a definite word ending
    # in ي is a nisba (المالكي), not a plural of مالك
    sufs = ("ة", "ون", "ين", "و", "ات", "ان") + (("ي",) if b == t else ())
    for suf in sufs:
        if b.endswith(suf) and len(b) > len(suf) + 2:
            out.add(b[: -len(suf)])
    return frozenset(out)


# The word-class tests take the lexicon for readability; it is the single cached
# one, so the answers are cached on the word alone.
def _is_role(t: str, lex: _Lexicon) -> bool:
    return _role(t)


def _is_org(t: str, lex: _Lexicon) -> bool:
    return t in lex.orgs or _bare(t) in lex.orgs


@lru_cache(maxsize=200_000)
def _role(t: str) -> bool:
    lex = _lexicon()
    return bool(_stems(t) & lex.roles) or t in lex.honorifics


@lru_cache(maxsize=200_000)
def _describer(t: str) -> bool:
    lex = _lexicon()
    return bool(lex.nationality.match(t)) or bool(_stems(t) & lex.modifiers)


def _is_definite(t: str) -> bool:
    return _bare(t) != t


def _is_describer(t: str, lex: _Lexicon) -> bool:
    """Adjectives of titles and places: الروسي، الرسمي، العام."""
    return _describer(t)


@lru_cache(maxsize=200_000)
def _namey(t: str) -> bool:
    """Is this (normalised, article-less) word likely part of a proper name?"""
    lex = _lexicon()
    if t in lex.given:
        return True
    if len(t) < 2 or not _ARABIC_WORD_RE.match(t):
        return False
    if (_is_role(t, lex) or _is_org(t, lex) or t in lex.stop or t in lex.circumstance
            or _is_describer(t, lex) or t in lex.documents or t in lex.verbs
            or _COMPLEMENT.match(t)):
        return False
    if _is_definite(t) or (t[0] in "لب" and (_is_org(t[1:], lex) or _is_role(t[1:], lex))):
        return False
    if t in lex.participles or _suffixed_common(t):
        return False
    if t[0] in "ولبك" and len(t) > 3 and _common(t[1:]):
        return False  # a common word with a conjunction or preposition: واستصلاح، لسوق، لكرة
    if t.endswith("ية") and len(t) > 4:
        return False  # feminine nisba adjectives: عملياتية، تكنولوجية
    if t[0] == "و" and len(t) > 3 and _common(t[1:]):
        return False
    f = _zipf(t)
    if f < 2.5:
        return True  # rare or unknown: foreign and family names
    g = _zipf("ال" + t)
    if g == 0.0:
        return not (t[0] in "يتن" and f >= 3.0)  # present-tense verbs never take ال
    return f - g >= 1.0


_PRONOUN_SUFFIX = re.compile(r"^(.{2,}?)(ت)?(هما|هم|ها|ه|كم|نا)$")


def _suffixed_common(t: str) -> bool:
    """A noun with a possessive pronoun (هزيمته، توقعاتها، دعمه) is not a name."""
    m = _PRONOUN_SUFFIX.match(t)
    if not m:
        return False
    stem = m.group(1) + ("ة" if m.group(2) else "")
    return _common(stem) or _common(m.group(1) + (m.group(2) or ""))


def _common(t: str) -> bool:
    f, g = _zipf(t), _zipf("ال" + t)
    return f >= 3.0 and g > 0 and f - g < 0.8


# --------------------------------------------------------------------------
# The speaker's noun phrase.
# --------------------------------------------------------------------------


@dataclass
class _Phrase:
    tokens: list[_Tok]
    name: list[_Tok]  # the proper-name run chosen as speaker, or []
    stop: int  # index (in the scanned tokens) where the phrase ended
    document: bool = False  # "بيان/تقرير" mentioned right after the verb


def _mark_quoted(toks: list[_Tok]) -> tuple[list[_Tok], list[int]]:
    """Drop quotation marks around short names (صحيفة “ميرور”) and mark what they
    enclose; also return each kept token's index in ``toks``."""
    out: list[_Tok] = []
    index: list[int] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text in _QUOTE_OPEN or t.text in _QUOTE_CHARS:
            close = _QUOTE_CLOSE.get(t.text, t.text)
            j = i + 1
            while j < len(toks) and j <= i + 4 and toks[j].text not in _QUOTE_CHARS:
                j += 1
            if (j < len(toks) and j <= i + 4 and j > i + 1
                    and toks[j].text in (_QUOTE_CHARS | {close})):
                for k in range(i + 1, j):
                    toks[k].quoted = True
                    out.append(toks[k])
                    index.append(k)
                i = j + 1
                continue
        out.append(t)  # a lone mark opens a statement: the caller stops there
        index.append(i)
        i += 1
    return out, index


def _phrase(toks: list[_Tok], lex: _Lexicon, limit: int = 20) -> _Phrase:
    """Read the subject noun phrase at the start of ``toks``."""
    n = len(toks)
    toks, index = _mark_quoted(toks)
    np_: list[_Tok] = []
    document = False
    i = 0
    while i < len(toks) and len(np_) < limit:
        t = toks[i]
        x = t.text
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if t.quoted:
            np_.append(t)
            i += 1
            continue
        if x in ("،", ","):
            if (np_ and _is_role(np_[0].text, lex) and not _pick_name(np_, lex)
                    and (_namey(nxt) or nxt in lex.honorifics or nxt == "عبد")):
                np_.append(t)  # apposition: الرئيس الروسي، فلاديمير بوتين
                i += 1
                continue
            break
        if x == "(" and np_:
            j = _parenthesised(toks, i, lex)
            if j is None:
                break
            np_.extend(toks[i:j + 1])  # an alias: الرئاسة الروسية (الكرملين)
            i = j + 1
            continue
        if x == "." and np_ and np_[-1].text in ("د", "م", "ا"):
            i += 1  # د. عزام: the dot of an abbreviated title
            continue
        if not _WORD_RE.match(x) or _COMPLEMENT.match(x):
            break
        if x in ("في", "ب"):
            if not np_ or not _place_follows(toks, i + 1, lex):
                document |= _bare(nxt) in ("بيان", "بيانه", "بيانها")
                break
            np_.append(t)
            i += 1
            continue
        if x[:1] in "بف" and _bare(x[1:]) in lex.circumstance:
            break
        if x == "ل" or (x[:1] == "ل" and (_bare(x[1:]) in lex.addressee or x[1:] in lex.addressee
                                           or _bare(x) in lex.addressee)):
            break
        if x == "من" and np_ and _bare(np_[-1].text) in _QUANTIFIERS:
            np_.append(t)  # عدد من معارف الشهيد، أحد السياسيين
            i += 1
            continue
        if _THANKS.match(x) and np_:
            break  # رفع رئيس الاتحاد … التهنئة: the object starts
        if (len(np_) == 1 and _is_definite(np_[0].text) and not np_[0].quoted
                and _is_definite(x) and not _is_describer(x, lex) and not _is_org(x, lex)
                and not _is_role(x, lex) and not x.endswith(("ي", "ية", "يه", "يون", "يين"))
                and not _namey(np_[0].text)):
            break  # VSO: وطالب البيان الحكومة … — a definite noun takes no genitive
        if x == "على" and np_ and not _pick_name(np_, lex) and _name_ahead(toks, i + 1, lex):
            np_.append(t)  # المشرف العام على مركز الملك سلمان … الدكتور عبدالله الربيعة
            i += 1
            continue
        if x in lex.stop and x != "لدى":
            break
        if (np_ and x[:1] in "لبو" and x not in _CONNECTORS and not _namey(x)
                and _ends_with_name(np_, lex) and not _name_ahead(toks, i + 1, lex)):
            break  # after the name: وأشاد أبوداود بالروح …
        # A new indefinite common noun after a complete definite phrase starts the
        # object (أكد مديرو التعليم جاهزية المدارس).
        if x == "باسم" and np_ and (_is_role(np_[-1].text, lex) or _is_describer(np_[-1].text, lex)):
            np_.append(t)  # المتحدث (الرسمي) باسم …: part of the title, not the name باسم
            i += 1
            continue
        if x in _SAYING:
            break  # نقل عن مصدر قوله
        if (x[0] == "ب" and not _common(x) and x not in lex.given and x not in _CONNECTORS
                and not _name_ahead(toks, i + 1, lex) and (_is_definite(x[1:]) or _common(x[1:]))
                and not _is_org(x[1:], lex) and not _is_org(_bare(x[1:]), lex)):
            break  # بالجهود، بالروح: the object of أشاد/طالب, not بنادي/بوزارة in a title
        if (np_ and not _namey(x) and not _is_definite(x) and not _is_role(x, lex)
                and not _is_org(x, lex) and not (x[0] == "ب" and _is_org(x[1:], lex))
                and x not in _CONNECTORS and x[0] not in "ول"
                and (_is_definite(np_[-1].text) or _namey(np_[-1].text))
                and not _is_describer(x, lex) and x != "لدى"
                and np_[-1].text not in lex.given):
            break
        np_.append(t)
        i += 1
    stop = index[i] if i < len(toks) else n  # in the caller's tokens
    return _Phrase(np_, _pick_name(np_, lex), stop, document)


def _parenthesised(toks: list[_Tok], i: int, lex: _Lexicon) -> int | None:
    j = i + 1
    while j < len(toks) and j <= i + 4 and toks[j].text != ")":
        j += 1
    inner = toks[i + 1:j]
    if (j < len(toks) and toks[j].text == ")" and inner
            and not any(k.text in lex.stop or k.text.isdigit() for k in inner)):
        return j
    return None


def _place_follows(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """After في/ب inside a title: a place or body (مصدر في وكالة الطيران، عضو في مجلس
    مدينة، … في معسكر سويسرا باسم أبوداود), not a circumstance (في بيان، في تبرير)."""
    if k >= len(toks):
        return False
    x = toks[k].text
    if _bare(x) in lex.circumstance or x in lex.stop or _bare(x) in lex.stop:
        return False
    if _namey(x) or _is_org(x, lex) or toks[k].quoted:
        return True
    if _is_definite(x):
        return not _common(_bare(x)) or _is_org(_bare(x), lex)
    # an indefinite common noun: only when a given name follows soon
    for t in toks[k + 1:k + 6]:
        if t.text in lex.given or t.text.startswith("عبد"):
            return True
        if not _WORD_RE.match(t.text) or _COMPLEMENT.match(t.text):
            return False
    return False


def _name_ahead(toks: list[_Tok], k: int, lex: _Lexicon, window: int = 10) -> bool:
    """A given name or an honorific comes within ``window`` words, before any
    punctuation or complement: the phrase is still a title."""
    for t in toks[k:k + window]:
        if t.text in lex.honorifics or _is_given(t.text, lex):
            return True
        if not _WORD_RE.match(t.text) or _COMPLEMENT.match(t.text):
            return False
    return False


def _ends_with_name(np_: list[_Tok], lex: _Lexicon) -> bool:
    name = _pick_name(np_, lex)
    return bool(name) and name[-1] is np_[-1]


def _is_given(t: str, lex: _Lexicon) -> bool:
    return t in lex.given or (t.startswith("عبد") and len(t) > 4)


def _starts_name(np_: list[_Tok], i: int, lex: _Lexicon) -> bool:
    t = np_[i]
    if t.text in ("(", ")") or (t.text in _CONNECTORS and t.text != "عبد"):
        return False
    prev = np_[i - 1].text if i > 0 else ""
    if t.text[:1] in "بل" and i > 0 and _is_describer(prev, lex) and not _is_given(t.text, lex):
        return False  # المعتمد الأول بسوسة: a place after the title, not a name
    if i > 0 and prev not in lex.honorifics and (
            _is_describer(t.text, lex)  # مصدر دبلوماسي تركي: Turkish, not the name تركي
            or (t.text == "باسم" and (_is_role(prev, lex) or _is_describer(prev, lex)))):
        return False
    if _namey(t.text):
        # inside a phrase و- is coordination (شركات … وموردون) when the word without it
        # is the commoner one; not in وليد, ويبر
        return not (i > 0 and t.text[0] == "و" and not _is_given(t.text, lex)
                    and _zipf(t.text[1:]) >= _zipf(t.text))
    if t.quoted and not _is_org(t.text, lex):
        # صحيفة “ميرور”، وقال «الحاج»; not a quoted epithet (النظام القضائي «المعيب»)
        return i == 0 or (_is_org(prev, lex) and not _is_definite(prev)) or prev in lex.honorifics
    nxt = np_[i + 1].text if i + 1 < len(np_) else ""
    if prev in lex.honorifics and not _is_definite(t.text) and _ARABIC_WORD_RE.match(t.text) \
            and not _is_role(t.text, lex) and not _is_org(t.text, lex) and t.text not in lex.stop:
        return True  # الدكتورة مها المنيف: a title of address is followed by a name
    return (prev in lex.honorifics and _is_definite(t.text) and not _is_role(t.text, lex)
            and not _is_describer(t.text, lex) and not _is_org(t.text, lex)
            and not _namey(nxt))  # الدكتور الربيعة, but المدرب الروماني ريجيكامب


def _continues_name(np_: list[_Tok], i: int, j: int, lex: _Lexicon) -> bool:
    """Does word ``j`` extend the name that starts at word ``i``?"""
    x, prev = np_[j].text, np_[j - 1].text
    if x in ("(", ")") or x in lex.stop or _THANKS.match(x):
        return False
    if x.endswith("ا") and j - i >= 2 and _common(x[:-1]):
        return False  # an accusative after the name: حسن روحاني لقبا، محمود طاهر بيانا
    if _is_given(prev, lex) and not _is_definite(x) and x not in lex.roles \
            and not _is_org(x, lex) and _ARABIC_WORD_RE.match(x):
        return True  # حسين علي أميري، محمد سمان
    if prev in _CONNECTORS or np_[j].quoted or _namey(x) or x in _CONNECTORS:
        return True  # بن سلمان، عبد الله، أبو داود
    if _is_given(prev, lex) and _is_definite(x) and not _is_org(x, lex) \
            and not x.endswith("ات"):
        return True  # إبراهيم العسكري، منصور التركي: surnames that look like adjectives
    if _is_definite(x) and (x.endswith("ات") or (x.endswith(("ين", "ون")) and len(_bare(x)) > 5)):
        return False  # a plural (جازان المتقدمات، الظفيري المسؤولين) is not a surname
    if _is_role(x, lex) or _is_describer(x, lex) or _is_org(x, lex):
        return False
    if _is_definite(x):
        # a family name (فهد العتيبي), but not the object after a full name
        # (أدان منصور الظفيري العمل الإرهابي)
        return j - i < 2 or prev in _CONNECTORS or not _common(_bare(x))
    return _is_given(prev, lex)


def _name_runs(np_: list[_Tok], lex: _Lexicon) -> list[tuple[int, int]]:
    runs = []
    i = 0
    while i < len(np_):
        if not _starts_name(np_, i, lex):
            i += 1
            continue
        j = i + 1
        while j < len(np_) and _continues_name(np_, i, j, lex):
            j += 1
        while j > i + 1 and np_[j - 1].text in _CONNECTORS:
            j -= 1
        runs.append((i, j))
        # a place glued to a person: معسكر سويسرا باسم أبوداود، سوق عكاظ محمد سمان
        for k in range(i + 1, j):
            if _is_given(np_[k].text, lex) and not _is_given(np_[k - 1].text, lex) \
                    and np_[k - 1].text not in _CONNECTORS:
                runs.append((k, j))
                break
        i = j
    return runs


def _pick_name(np_: list[_Tok], lex: _Lexicon) -> list[_Tok]:
    """The person (or proper organisation) name among the runs of the phrase."""
    best = None
    best_rank = -1
    for i, j in _name_runs(np_, lex):
        prev = np_[i - 1].text if i > 0 else ""
        if prev in ("في", "من", "لدى", "ب") or (prev and prev[0] in "لب" and len(prev) > 2
                                                and not _namey(prev)):
            continue  # a place or the name of the organisation in a title
        if prev and not _namey(prev) and not _is_definite(prev) and not _is_role(prev, lex) \
                and prev not in lex.honorifics and prev != "،" and not _is_given(np_[i].text, lex):
            continue  # شركة دايملر، منطقة نجران: a name glued to a common noun
        before = np_[i - 2].text if i > 1 else ""
        if prev in lex.honorifics and before and not _is_definite(before) and (
                _is_org(before, lex) or (before[0] in "لب" and _is_org(before[1:], lex))):
            continue  # جامعة الملك عبدالعزيز، مركز الملك سلمان: an institution's name
        if prev and _namey(prev):
            rank = 1  # the tail of a longer run, kept only if nothing better
        elif (prev in lex.honorifics or prev == "،") and not (
                j - i == 1 and _is_definite(np_[i].text)):
            rank = 4  # (a lone الجنائي after المحقق is rather an adjective)
        elif i == 0:
            rank = 3
        else:
            rank = 2
        if rank >= best_rank:
            best, best_rank = np_[i:j], rank
    return best or []


# --------------------------------------------------------------------------
# Events.
# --------------------------------------------------------------------------


@dataclass
class _Event:
    start: int
    end: int
    verb: str
    kind: str
    qstart: int
    qend: int
    surface: tuple[int, int] | None  # span of the speaker's words, or None (anaphora)
    name: bool  # the surface is a proper name (not a title phrase)
    nested: bool = False
    continuation: bool = False
    proclitic: bool = False
    feminine: bool | None = None
    phrase: tuple[int, int] | None = None  # the whole subject phrase (titles included)
    document: bool = False
    entity: int = -1
    lead: str = ""  # letters written before the surface span (للأمم → "ال" + "امم")
    sv: bool = False  # the subject was written before the verb (… أن الوزارة أكدت)


_ATTRIBUTION_RE = re.compile(
    r"(?<![\w])(?:[وف]?(?:ب?حسب|وفقا|وفق|طبقا)(?=\s|ل|ما)\s*(?:ل(?:ما)?\s*)?"
    r"|[وف]?نقلا\s+عن\s*|على\s+لسان\s*|في\s+تصريحات?\s+ل\s*|في\s+بيان\s+(?:ل|صادر\s+عن)\s*)"
)
_PARAGRAPH_RE = re.compile(r"\n\s*")
_IMPERSONAL = {"يذكر", "يشار", "يجدر", "يلاحظ", "يقال", "تذكر"}
# Verbs spelled like a preposition (بين "between", عبر "via") count only with و/ف.
_NEEDS_PROCLITIC = {"بين", "عبر"}


_END_RE = re.compile(r"\n|[.!?؟؛](?=[\s\"»”']|$)")


def _clause_end(text: str, pos: int, limit: int = 600) -> int:
    """End of the sentence from ``pos``: a newline or a full stop, but not the dot of
    a one-letter abbreviation (د. الدخيل)."""
    end = min(len(text), pos + limit)
    for m in _END_RE.finditer(text, pos, end):
        k = m.start()
        if text[k] == "\n" or not (k >= 2 and text[k - 2] == " " and text[k - 1] in "دمأا"):
            return k
    return end


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (pairs of quotation marks within a paragraph)."""
    spans = []
    for m in re.finditer(r'«[^«»\n]{3,}»|“[^“”\n]{3,}”|"[^"\n]{3,}"|”[^“”\n]{3,}“', text):
        if " " in m.group():
            spans.append((m.start(), m.end()))
    return spans


def _statement(text: str, toks: list[_Tok], k: int) -> tuple[str, int, int]:
    """Kind and span of the statement starting at token ``k``."""
    if k >= len(toks):
        return "indirect", toks[-1].end if toks else 0, toks[-1].end if toks else 0
    qs = toks[k].start
    j = k
    while j < len(toks) and (toks[j].text in (":", "،", ",") or _COMPLEMENT.match(toks[j].text)
                             or toks[j].text in ("الى", "الي", "على", "عن", "من")):
        j += 1
        if j - k > 3:
            break
    if j < len(toks) and toks[j].text in _QUOTE_OPEN:
        close = _QUOTE_CLOSE.get(toks[j].text, toks[j].text)
        ce = text.find(close, toks[j].end)
        nl = text.find("\n", toks[j].end)
        if ce != -1 and (nl == -1 or ce < nl):
            return "direct", qs, ce + 1
        return "direct", qs, _clause_end(text, toks[j].end, 2000)
    kind = "direct" if toks[k].text == ":" else "indirect"
    return kind, qs, _clause_end(text, qs, 2000)


def _short_quote(toks: list[_Tok], k: int) -> bool:
    """A quotation mark that closes within three words and is followed by more of
    the sentence encloses a name."""
    for j in range(k + 1, min(len(toks), k + 5)):
        if toks[j].text in _QUOTE_CHARS:
            after = toks[j + 1].text if j + 1 < len(toks) else "."
            return j > k + 1 and after not in (".", "،", ",", ":", "؟")
    return False


_THANKS = re.compile(r"^(?:ب|و)?(?:ال)?(?:شكر|تهنئة|تهاني|تعازي|تعزية|امتنان)(?:ه|ها|هم|ه)?$")


def _find_marker(toks: list[_Tok], start: int, verb: _Verb, limit: int = 25) -> int | None:
    if verb.needs == "thanks":
        return next((k for k in range(start, min(len(toks), start + limit))
                     if _THANKS.match(toks[k].text)), None)
    for k in range(start, min(len(toks), start + limit)):
        x = toks[k].text
        if x in _QUOTE_OPEN and _short_quote(toks, k):
            continue  # a quoted name (برنامج "صدى الملاعب"), not the statement
        if x == ":" or x in _QUOTE_OPEN or _COMPLEMENT.match(x) or x in _SAYING:
            return k
        if x in verb.preps or (x[:1] in verb.preps and len(x) > 2 and _is_definite(x[1:])):
            return k
    return None


_SAYING = {"قوله", "قولها", "قولهم", "القول", "بقوله", "بقولها", "تاكيده", "تاكيدها"}
_KANA_RE = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)(?![\w])")
# a verb never follows these (شكر after عن is the noun "thanks": أعرب عن شكر المملكة)
_NOT_A_VERB = {"كل", "اي", "عدم", "احد", "بعض", "هذا", "هذه", "ذلك", "تلك", "اول", "اخر",
               "عن", "من", "على", "في", "الى", "مع", "حول", "لدى"}
_RELATIVE = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "ممن", "من"}


def _verb_event(text: str, m: re.Match, lex: _Lexicon) -> _Event | None:
    proclitic, form = m.group(1), m.group(2)
    verb = lex.verbs[form]
    if form in _IMPERSONAL:
        return None
    if form in _NEEDS_PROCLITIC and re.search(rf"(?<!\w){form}(?!\w)",
                                              text[max(0, m.start() - 60):m.start()]):
        return None  # بين الشمالي وبين وسط جدة: the preposition, twice
    before = text[max(0, m.start() - 12):m.start()].split()
    prev_word = before[-1] if before else ""
    if prev_word[:1] in "وف" and prev_word[1:] in _NOT_A_VERB:
        prev_word = prev_word[1:]  # فكل طالب
    if not proclitic and prev_word and (prev_word in _RELATIVE or prev_word in _NOT_A_VERB
                                        or prev_word.isdigit()):
        return None  # الفريق الذي أبدى …، عدم كشف، كل طالب: not a report
    ce = _clause_end(text, m.end())
    toks = _tokens(text, m.end(), min(ce, m.end() + 220))
    # direct speech right after the verb: "وقال، ما يتردد…" "وقال:"
    if toks and toks[0].text in (":", "،", ",") and verb.needs == "clause" and verb.family != "stance":
        _, qs, qe = _statement(text, toks, 0)
        return _Event(m.start(), qe, m.group(), "direct", qs, qe, None, False,
                      proclitic=bool(proclitic))
    first = toks[0].text if toks else ""
    if first and (_THANKS.match(first) or first in lex.participles
                  or (_suffixed_common(first) and first not in lex.given)
                  or (verb.needs == "object" and _oblique_plural(first))):
        toks = []  # أكدت توقعاتها، كشف اسمه: an object, so no subject follows
    subjectless = (not toks or first in _QUOTE_OPEN or _COMPLEMENT.match(first) is not None
                   or first in verb.preps or first in lex.stop or first == "ل"
                   or (first[:1] in verb.preps and (_is_definite(first[1:])
                                                     or _zipf(first[1:]) >= 3.0)))
    phrase = None if subjectless else _phrase(toks, lex)
    if phrase is not None and not phrase.tokens:
        phrase = None
    after = phrase.stop if phrase else 0
    sv = False
    if verb.family == "relay":
        phrase, after = _relayed_source(toks, after, lex)
    elif phrase is None and not proclitic:
        # وكان المتحدث … قد أشار؛ ولكن العفو الدولية تقول إن …
        phrase = _kana_subject(text, m.start(), lex)
        if phrase is None:
            phrase, sv = _preceding_subject(text, m.start(), lex)
    marker = _find_marker(toks, after, verb)
    if form in _NEEDS_PROCLITIC and not proclitic and (
            phrase is None or marker != after
            or not _is_role(phrase.tokens[0].text, lex)):
        return None  # بين/عبر are prepositions unless "عبر الوزير عن …"
    if verb.needs == "adjacent" and (marker is None or marker != after
                                     or toks[marker].text in verb.preps + ("عن",)):
        return None  # تحدث عن … names a topic; تحدث بأن … reports
    if verb.needs == "thanks" and marker is None:
        return None  # رفع الأسعار، قدم عرضا: not a statement
    if marker is None:
        if verb.needs != "object" or (phrase is None and not proclitic):
            return None  # (وشكر المسؤولين …، ونفى وجود …: the last speaker's stance)
        kind, qs, qe = "indirect", toks[after].start if after < len(toks) else ce, ce
    else:
        kind, qs, qe = _statement(text, toks, marker)
    if phrase is None and verb.present:
        return None  # "يؤكد أن …" without a subject is the writer's voice
    if phrase is None and not proclitic and m.start() > 0 and text[m.start() - 1] not in "\n ":
        return None
    # a relaying verb agrees with the outlet (نقلت الصحيفة عنه), not with the speaker
    gender = None if verb.family == "relay" else _feminine_verb(form, verb)
    ev = _Event(m.start(), qe, m.group(), kind, qs, qe, None, False,
                proclitic=bool(proclitic), feminine=gender, sv=sv)
    if phrase is not None and phrase.tokens:
        # "وأكد الفالح أن": a phrase right before the statement is its subject; a
        # phrase before a plain object must look like a source (not "أكد الاجتماع").
        statement_follows = marker is not None and (
            marker <= after + 3 or verb.needs == "clause") and (
            toks[marker].text in (":",) or toks[marker].text in _QUOTE_OPEN
            or toks[marker].text in _SAYING or _COMPLEMENT.match(toks[marker].text))
        if not (marker == after or statement_follows) and not _source_like(phrase, lex):
            if verb.needs == "object" and proclitic and not sv:
                return ev  # وأدان النظام القضائي …: the phrase is the object; anaphora
            return None
        if _self_reference(phrase, toks, lex):
            ev.feminine = None  # agrees with المصادر, not with the speaker it points to
            return ev  # وكشف المصادر ذاتها: the sources just quoted (anaphora)
        span_toks = phrase.name or phrase.tokens
        ev.surface = (span_toks[0].start, span_toks[-1].end)
        ev.phrase = (phrase.tokens[0].start, phrase.tokens[-1].end)
        ev.name = bool(phrase.name)
        ev.document = phrase.document
    return ev


def _oblique_plural(t: str) -> bool:
    """A definite sound plural in -ين (وشكر المسؤولين) is an object: a subject would
    be in -ون (وقال المسؤولون)."""
    return _is_definite(t) and t.endswith("ين") and len(_bare(t)) > 4


_SELF = {"ذاتها", "نفسها", "ذاته", "نفسه", "ذاتهم", "انفسهم"}


def _self_reference(phrase: _Phrase, toks: list[_Tok], lex: _Lexicon) -> bool:
    """"المصادر ذاتها" / "الصحيفة نفسها" point back to the previous speaker."""
    nxt = toks[phrase.stop].text if phrase.stop < len(toks) else ""
    return (nxt in _SELF and len(phrase.tokens) == 1 and not phrase.name
            and _is_definite(phrase.tokens[0].text))


_SV_BOUNDARY = {"،", ",", ".", ":", "ان", "فان", "لكن", "ولكن", "بينما", "فيما", "حيث", "كما",
                "«", "»", "“", "”", '"', "(", ")", "-", "؛"}


def _preceding_subject(text: str, start: int, lex: _Lexicon) -> tuple[_Phrase | None, bool]:
    """A subject written before its verb, after a clause boundary: "يذكر أن وزارة
    الدفاع أكدت"، "ولكن العفو الدولية تقول إن". Only organisations, titles and
    names qualify, and the phrase must reach the verb. The flag says whether it follows
    أن/إن (inside someone's statement it is a nested report)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 120)
    toks = _tokens(text, lo, start)
    k = len(toks)
    while k > 0 and toks[k - 1].text not in _SV_BOUNDARY and len(toks) - k < 7:
        k -= 1
    if k == 0 and lo > text.rfind("\n", 0, start) + 1:
        return None, False  # no boundary in reach
    cand = toks[k:]
    if not cand or (k > 0 and toks[k - 1].text in ("«", "“", '"')):
        return None, False
    first = cand[0].text
    if first[:1] in "وفبلك" and not _is_given(first, lex) and not _is_org(first, lex) \
            and not _is_role(first, lex):
        return None, False  # وبخصوص البطاقات …: not a subject
    phrase = _phrase(cand, lex)
    if phrase.stop < len(cand) or not phrase.tokens:
        return None, False
    head = phrase.tokens[0].text
    institution = (len(phrase.tokens) >= 2 and _is_definite(head)
                   and _is_describer(phrase.tokens[-1].text, lex))  # العفو الدولية
    if not (phrase.name or _is_org(head, lex) or _is_role(head, lex) or institution):
        return None, False
    return phrase, k > 0 and toks[k - 1].text == "ان"


def _relayed_source(toks: list[_Tok], after: int, lex: _Lexicon) -> tuple[_Phrase | None, int]:
    """نقلت وكالة X عن المتحدث Y قوله: the source Y speaks, the outlet only relays.
    ``عنه`` goes back to the previous speaker (None)."""
    for k in range(after, min(len(toks), after + 3)):
        x = toks[k].text
        if x == "عن":
            src = _phrase(toks[k + 1:], lex)
            return (src if src.tokens else None), k + 1 + src.stop
        if x in ("عنه", "عنها", "عنهم"):
            return None, k + 1
    return None, len(toks)


def _kana_subject(text: str, start: int, lex: _Lexicon) -> _Phrase | None:
    """The subject of كان … (قد) VERB, written before the verb."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 200)
    found = list(_KANA_RE.finditer(text, lo, start))
    if not found:
        return None
    toks = _tokens(text, found[-1].end(), start)
    if toks and toks[-1].text == "قد":
        toks = toks[:-1]
    if not toks or any(t.text in ".،,:" for t in toks):
        return None
    phrase = _phrase(toks, lex)
    return phrase if phrase.tokens and phrase.stop >= len(toks) else None


def _feminine_verb(form: str, verb: _Verb) -> bool | None:
    if verb.present:
        return form.startswith("ت") if not form.endswith(("ون", "ان")) else None
    return form.endswith("ت") and not form.endswith("تا") if len(form) > len(verb.lemma) else False


def _source_like(phrase: _Phrase, lex: _Lexicon) -> bool:
    """Can this phrase speak? A name, a title, an organisation or a document."""
    if phrase.name:
        return True
    head = phrase.tokens[0].text
    if head in _CONNECTORS or head.isdigit():
        return False
    return (_is_role(head, lex) or _is_org(head, lex) or _bare(head) in lex.documents
            or head in lex.documents or phrase.tokens[0].quoted or _namey(head)
            or head.startswith("ال") and _bare(head) not in lex.stop
            and (_is_describer(head, lex) or not _common(_bare(head))))


def _attribution_event(text, m, lex) -> _Event | None:
    ce = _clause_end(text, m.end())
    toks = _tokens(text, m.end(), ce)
    if not toks:
        return None
    k = 0
    if toks[0].text == "ما" or m.group().rstrip().endswith("ما"):
        k = 1 if toks[0].text == "ما" else 0
        vm = lex.verb_re.match(text, toks[k].start) if k < len(toks) else None
        if k < len(toks) and (toks[k].text.rstrip("ه") in lex.verbs or (vm and vm.end() == toks[k].end)) or k < len(toks) and toks[k].text[:-1] in lex.verbs:
            k += 1
        else:
            return None
        if k < len(toks) and toks[k].text in ("ه", "ها"):
            k += 1
    phrase = _phrase(toks[k:], lex)
    # "نقلته «واشنطن بوست» عن دريو ويبر": the source after عن speaks
    rest = toks[k + phrase.stop:]
    if rest and rest[0].text == "عن":
        inner = _phrase(rest[1:], lex)
        if inner.tokens:
            phrase = inner
    if not phrase.tokens:
        return None
    lead, document = "", False
    if _bare(phrase.tokens[0].text) in lex.documents and len(phrase.tokens) > 1:
        phrase, lead = _issuer(phrase, lex)
        document = True
    after = toks[k + phrase.stop].text if k + phrase.stop < len(toks) else "."
    closes = after in (".", "؟", "!") or k + phrase.stop >= len(toks)
    if (len(phrase.name) == 1 and phrase.name[0] is phrase.tokens[0] and len(phrase.tokens) > 1
            and not phrase.name[0].quoted and not _is_given(phrase.name[0].text, lex)):
        return None  # وفق أرقى معايير …: a rare word, not a named source
    if not (_source_like(phrase, lex) or closes) or not _source_head(phrase, lex, closes):
        return None
    span_toks = phrase.name or phrase.tokens
    qs = m.start()
    # the statement is the sentence the phrase belongs to
    s0 = max(text.rfind("\n", 0, m.start()), _prev_sentence(text, m.start())) + 1
    qe = _clause_end(text, m.end(), 2000)
    return _Event(m.start(), qe, m.group().strip(), "attribution", min(qs, s0), qe,
                  (span_toks[0].start, span_toks[-1].end), bool(phrase.name),
                  phrase=(phrase.tokens[0].start, phrase.tokens[-1].end),
                  document=document, lead=lead if not phrase.name else "")


def _issuer(phrase: _Phrase, lex: _Lexicon) -> tuple[_Phrase, str]:
    """بيان للأمم المتحدة، تقارير الأمم المتحدة → the body that issued the document.
    Returns the shorter phrase and the letters to write before it (للأمم → الأمم)."""
    toks = phrase.tokens[1:]
    while toks and (_is_describer(toks[0].text, lex) or _bare(toks[0].text) in lex.documents
                    or (toks[0].text.endswith(("ية", "ي")) and not _is_definite(toks[0].text)
                        and toks[0].text[0] != "ل")):
        toks = toks[1:]  # بيانات عملياتية لهيئة …
    if not toks:
        return phrase, ""
    t0, lead = toks[0], ""
    if t0.text.startswith("لل") and len(t0.text) > 3:
        t0, lead = _Tok("ال" + t0.text[2:], t0.start + 2, t0.end, t0.quoted), "ال"
    elif t0.text.startswith("ل") and len(t0.text) > 2:
        t0 = _Tok(t0.text[1:], t0.start + 1, t0.end, t0.quoted)
    elif not (_is_definite(t0.text) or _namey(t0.text) or t0.quoted):
        return phrase, ""
    toks = [t0, *toks[1:]]
    return _Phrase(toks, _pick_name(toks, lex), phrase.stop), lead


def _prev_sentence(text: str, pos: int) -> int:
    k = max(text.rfind(". ", 0, pos), text.rfind("؟", 0, pos))
    return k + 1 if k >= 0 else -1


_NOT_SOURCES = {"خطة", "خطط", "اتفاقية", "اتفاق", "قانون", "نظام", "قرار", "مرسوم", "لائحة",
                "قواعد", "معايير", "معيار", "الية", "جدول", "اسس", "شروط", "ضوابط", "تعليمات",
                "توجيهات", "مبادئ", "نص", "مادة", "بند", "دستور", "تصنيف", "ترتيب", "نتائج"}


def _source_head(phrase: _Phrase, lex: _Lexicon, closes: bool = False) -> bool:
    """After بحسب/وفقا لـ a source must be named: حسب الوزارة yes, حسب الجدول no,
    nor a plan, law or rule (وفقا لخطة العمل، حسب النظام). A lone definite word
    closing the sentence (…، بحسب الوطن.) names a source."""
    head = _bare(phrase.tokens[0].text)
    if head in _NOT_SOURCES or head.rstrip("ة") in _NOT_SOURCES:
        return False
    if head in _QUANTIFIERS and (len(phrase.tokens) < 3
                                 or not _is_role(phrase.tokens[2].text, lex)):
        return False  # وفقا لعدد من الأسس
    if phrase.name and (phrase.name[0] is phrase.tokens[0] or _is_role(phrase.tokens[0].text, lex)
                        or _is_org(phrase.tokens[0].text, lex)):
        return True  # بحسب رويترز، وفقا للناطق … بدر السحيباني; not وفق آلية تحدد
    if closes and len(phrase.tokens) == 1 and _is_definite(phrase.tokens[0].text):
        return True
    head = phrase.tokens[0].text
    return (_is_role(head, lex) or _is_org(head, lex) or phrase.tokens[0].quoted
            or _bare(head) in lex.documents or bool(lex.nationality.match(head)))


# --------------------------------------------------------------------------
# One article.
# --------------------------------------------------------------------------


def _article_events(text: str, lex: _Lexicon) -> list[_Event]:
    spans = _quote_spans(text)
    events: list[_Event] = []
    for m in lex.verb_re.finditer(text):
        ev = _verb_event(text, m, lex)
        if ev is not None:
            events.append(ev)
    subject_spans = [(e.start, e.qstart) for e in events]
    for m in _ATTRIBUTION_RE.finditer(text):
        if any(a <= m.start() < b for a, b in subject_spans):
            continue
        ev = _attribution_event(text, m, lex)
        if ev is not None:
            events.append(ev)
    for m in lex.participle_re.finditer(text):
        toks = _tokens(text, m.end(), _clause_end(text, m.end()))
        kind, qs, qe = _statement(text, toks, 0) if toks else ("indirect", m.end(), m.end())
        events.append(_Event(m.start(), qe, m.group(), kind, qs, qe, None, False,
                             continuation=True))
    events.sort(key=lambda e: e.start)
    _mark_nested(events, spans)
    return events


def _mark_nested(events: list[_Event], spans: list[tuple[int, int]]) -> None:
    """Reports inside another's statement: inside the quotation marks of an earlier
    event's statement, or (without a proclitic و/ف) inside its indirect clause."""
    for i, ev in enumerate(events):
        if ev.continuation or ev.kind == "attribution":
            continue
        earlier = [p for p in events[:i] if not p.continuation and p.start < ev.start]
        for a, b in spans:
            if a < ev.start < b and any(p.qstart <= a <= p.qend for p in earlier):
                ev.nested = True
                break
        if ev.nested or ev.proclitic or (ev.surface is not None and not ev.sv):
            continue
        for p in earlier:
            if p.kind == "indirect" and p.qstart < ev.start < p.qend:
                # "قال جيرنوف إن طالبان … أكدت": another voice inside the clause; but a
                # subjectless verb agreeing with the clause's own verb (أعلنت … قالت)
                # goes on with the same speaker
                same = (ev.surface is None and ev.feminine is not None
                        and ev.feminine == p.feminine)
                ev.nested = not same
                break


# --------------------------------------------------------------------------
# Speakers of one article: anaphora and merging.
# --------------------------------------------------------------------------


def _key_tokens(s: str) -> frozenset[str]:
    s = re.sub(r"[^\w\s]", " ", normalize(s, taa_marbuta=True))
    return frozenset(_bare(t) for t in s.split() if t not in _CONNECTORS or t == "عبد")


@dataclass
class _Entity:
    surface: tuple[int, int]
    tokens: frozenset[str]
    name: bool
    titles: list[frozenset[str]] = field(default_factory=list)
    feminine: bool | None = None
    document: bool = False
    head: str = ""
    lead: str = ""


def _resolve(text: str, events: list[_Event]) -> list[_Entity]:
    entities: list[_Entity] = []
    last: int | None = None
    for ev in events:
        if ev.surface is None:
            if ev.nested and not ev.continuation:
                ev.entity = -1
                continue
            ev.entity = _antecedent(entities, events, ev, last)
            if ev.entity < 0 and not ev.continuation and not ev.verb.endswith(("وا", "ون")):
                ev.entity = _protagonist(text, ev.start, entities)
                last = ev.entity if ev.entity >= 0 else last
            continue
        toks = _key_tokens(ev.lead + text[ev.surface[0]:ev.surface[1]])
        title = _key_tokens(text[ev.phrase[0]:ev.phrase[1]]) - toks if ev.phrase else frozenset()
        idx = _match_entity(entities, toks, title, ev, text)
        if idx is None:
            entities.append(_Entity(ev.surface, toks, ev.name, [title] if title else [],
                                    _feminine_phrase(text, ev), ev.document,
                                    "" if ev.name else _head_key(text, ev), ev.lead))
            idx = len(entities) - 1
        else:
            ent = entities[idx]
            if ev.name and (not ent.name or len(toks) > len(ent.tokens)):
                if ent.tokens <= toks or not ent.name:
                    if not ent.name:
                        ent.titles.append(ent.tokens)
                    ent.surface, ent.tokens, ent.name = ev.surface, toks, True
                    ent.lead = ev.lead
            elif not ent.name and ((len(toks) > len(ent.tokens) and ent.tokens <= toks)
                                   or (ent.head and _generic(ent.tokens, ent.head)
                                       and not _generic(toks, ent.head))):
                ent.titles.append(ent.tokens)
                ent.surface, ent.tokens, ent.lead = ev.surface, toks, ev.lead
            if title:
                ent.titles.append(title)
            ent.document |= ev.document
        ev.entity = idx
        if not ev.nested:
            last = idx
    return entities


def _feminine_phrase(text: str, ev: _Event) -> bool | None:
    """Grammatical gender of a speaker, for agreement with later verbs: the verb that
    introduced it (قالت نافكا), or a feminine head noun (الوزارة، السلطات)."""
    if not ev.name and ev.surface:
        head = text[ev.surface[0]:ev.surface[1]].split()[0]
        if head.endswith(("ة", "ات")):
            return True
    return ev.feminine


def _protagonist(text: str, end: int, entities: list[_Entity]) -> int:
    """A reporting verb with no subject and no speaker before it goes to the person
    the paragraph is about: the first name after a title (استند الفنان فايز المالكي
    … وقال:). Adds the entity; -1 when there is none."""
    lex = _lexicon()
    lo = max(text.rfind("\n", 0, max(0, end - 1)) + 1, end - 600)
    toks = [t for t in _tokens(text, lo, end) if _WORD_RE.match(t.text)]
    runs = _name_runs(toks, lex)
    for i, j in runs:
        prev = toks[i - 1].text if i > 0 else ""
        if (prev in lex.honorifics or (_is_role(prev, lex) and not _is_org(prev, lex))) and (
                _is_given(toks[i].text, lex) or (j - i >= 2 and prev in lex.honorifics)):
            return _add_entity(text, entities, toks[i].start, toks[j - 1].end)
    sentence = max(text.rfind(". ", lo, end), lo)
    near = [(i, j) for i, j in runs if toks[i].start > sentence and j - i >= 2
            and _is_given(toks[i].text, lex) and i > 0 and toks[i - 1].text == "من"]
    if near:  # من أحمد العنزي مسؤول شؤون السعوديين …، قال:
        i, j = near[-1]
        return _add_entity(text, entities, toks[i].start, toks[j - 1].end)
    return -1


def _add_entity(text: str, entities: list[_Entity], start: int, end: int) -> int:
    entities.append(_Entity((start, end), _key_tokens(text[start:end]), True))
    return len(entities) - 1


def _antecedent(entities, events, ev, last) -> int:
    if not entities:
        return -1
    if ev.continuation:
        prior = [e for e in events if e.start < ev.start and not e.continuation
                 and not e.nested and e.entity >= 0]
        return prior[-1].entity if prior else -1
    plural = ev.verb.endswith(("وا", "ون"))
    if (ev.feminine is not None or plural) and last is not None:
        # agreement: وأضافت goes back to the last feminine (or unknown) speaker, and
        # وأضافوا to a group, never to one named person
        for e in reversed([e for e in events if e.start < ev.start and e.entity >= 0
                           and not e.nested]):
            ent = entities[e.entity]
            if plural and ent.name:
                continue
            if ev.feminine is None or ent.feminine is None or ent.feminine == ev.feminine:
                return e.entity
        return -1
    return last if last is not None else -1


def _title_fit(mention: frozenset[str], title: frozenset[str], head: str) -> bool:
    """Does a title-only mention (المدرب الهلالي) fit a title seen with a name
    (المدرب الروماني ريجيكامب مدرب نادي الهلال)? Its head must be there and
    at least half of its words."""
    if not mention or not title or head not in title:
        return False
    if not _is_role(head, _lexicon()) or _is_org(head, _lexicon()):
        return False  # الأمم المتحدة in a person's title is not that person
    nationality = _lexicon().nationality
    if any(nationality.match(t) for t in mention - title) and \
            any(nationality.match(t) for t in title - mention):
        return False  # مسؤول بوزارة الخارجية التركية is not … الإيرانية
    return len(mention & title) * 2 >= len(mention)


def _nickname(toks: frozenset[str], name: frozenset[str]) -> bool:
    """ريجي for ريجيكامب: one word that starts a word of the name."""
    if len(toks) != 1:
        return False
    (t,) = toks
    return len(t) >= 4 and any(n.startswith(t) and n != t for n in name)


def _match_entity(entities, toks, title, ev, text) -> int | None:
    if not toks:
        return None
    head = _head_key(text, ev)
    order = range(len(entities) - 1, -1, -1)
    for idx in order:
        ent = entities[idx]
        if ent.name and (toks <= ent.tokens or (ev.name and ent.tokens <= toks)
                         or _nickname(toks, ent.tokens)):
            return idx  # بيسكوف / دميتري بيسكوف; العتيبي / فهد العتيبي
        if not ev.name and not ent.name and toks <= ent.tokens:
            return idx  # a later short form: اللجنة / لجنة مكافحة الإرهاب الروسية
    if not ev.name:
        for idx in order:
            ent = entities[idx]
            if ent.name and any(_title_fit(toks, t, head) for t in ent.titles):
                return idx  # المتحدث باسم الرئاسة → دميتري بيسكوف
        if toks == {"بيان"}:
            for idx in order:
                if entities[idx].document:
                    return idx  # البيان → the body that issued it
        for idx in order:
            ent = entities[idx]
            if not ent.name and ent.head == head and _generic(ent.tokens, head):
                return idx  # صحيفة جزائرية … then صحيفة «الخبر»: the paper is now named
        return None
    # a surname alone after a title (المدرب الهلالي) may be that title's holder
    if len(toks) == 1 and title:
        for idx in order:
            ent = entities[idx]
            if ent.name and any(_title_fit(title | toks, t, head) for t in ent.titles):
                return idx
    # a name after an earlier title-only mention of the same office (مسؤول → زاده المسؤول)
    for idx in order:
        ent = entities[idx]
        if not ent.name and ent.head and _title_fit(ent.tokens, title, ent.head):
            return idx
    return None


def _generic(tokens: frozenset[str], head: str) -> bool:
    """Only a head noun and describing adjectives (صحيفة جزائرية، مصدر مسؤول)."""
    lex = _lexicon()
    return all(t == head or _is_describer(t, lex) or _is_describer("ال" + t, lex)
               for t in tokens)


def _head_key(text: str, ev: _Event) -> str:
    span = ev.phrase or ev.surface
    words = _key_tokens(text[span[0]:span[1]].split()[0]) if span else frozenset()
    return next(iter(words), "")


# --------------------------------------------------------------------------
# Public API.
# --------------------------------------------------------------------------


def _rows(article_id, body: str, lex: _Lexicon) -> list[dict]:
    if not body:
        return []
    text, offsets = _normalized(body)
    events = _article_events(text, lex)
    entities = _resolve(text, events)

    def orig(i: int) -> int:
        return int(offsets[i]) if offsets is not None else i

    def slice_(a: int, b: int) -> str:
        return body[orig(a):orig(b)]

    starts = [0] + [m.end() for m in _PARAGRAPH_RE.finditer(text)]
    rows = []
    for ev in events:
        if ev.entity < 0:
            continue
        ent = entities[ev.entity]
        surface = ev.lead + slice_(*ev.surface) if ev.surface else ""
        rows.append({
            "article_id": article_id,
            "speaker": _clean(ent.lead + slice_(*ent.surface)),
            "speaker_surface": _clean(surface),
            "verb": slice_(ev.start, ev.start + len(ev.verb)).strip(),
            "kind": ev.kind,
            "quote": slice_(ev.qstart, ev.qend).strip(" :،,\n"),
            "start": orig(ev.start),
            "end": orig(ev.end),
            "paragraph": bisect_right(starts, ev.start) - 1,
            "nested": ev.nested,
            "continuation": ev.continuation,
        })
    return rows


def _clean(s: str) -> str:
    s = re.sub(r"[«»“”\"„]", "", s)
    return " ".join(s.split())


def quotes(df: pd.DataFrame) -> pd.DataFrame:
    """One row per reporting event in the articles of ``df`` (needs ``article_id``, ``body``).

    >>> df = pd.DataFrame({"article_id": ["a"], "body": ["وقالت وزارة الخارجية إن الاجتماع مفيد."]})
    >>> quotes(df).loc[0, ["speaker", "verb", "kind", "quote"]].tolist()
    ['وزارة الخارجية', 'وقالت', 'indirect', 'إن الاجتماع مفيد']

    Columns: ``article_id``; ``speaker`` (canonical name, merged within the
    article and across the corpus); ``speaker_surface`` (the words of this
    mention, "" for a verb without subject); ``verb`` (the trigger as written);
    ``kind`` (``direct`` quoted speech, ``indirect`` أن/إن clause, ``attribution``
    بحسب/وفقا لـ …); ``quote`` (the statement); ``start``, ``end`` (character
    offsets of trigger … end of statement in ``body``); ``paragraph`` (0-based);
    ``nested`` (a report inside another's statement); ``continuation`` (a
    participle such as موضحا). ``section`` and ``published`` follow when ``df``
    has them.
    """
    lex = _lexicon()
    rows: list[dict] = []
    for aid, body in zip(df["article_id"].tolist(), df["body"].tolist(), strict=True):
        rows.extend(_rows(aid, body if isinstance(body, str) else "", lex))
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    out = out.astype({"start": "int64", "end": "int64", "paragraph": "int64",
                      "nested": "bool", "continuation": "bool"})
    out["speaker"] = _corpus_names(out["speaker"])
    extra = [c for c in ("section", "published") if c in df.columns]
    if extra and len(out):
        meta = df[["article_id", *extra]].drop_duplicates("article_id")
        out = out.merge(meta, on="article_id", how="left")
    return out


def _corpus_names(names: pd.Series) -> pd.Series:
    """Merge canonical names across articles on their normalised form; the most
    frequent spelling is shown."""
    if names.empty:
        return names.astype(object)
    keys = names.map(_corpus_key)
    display = (pd.DataFrame({"key": keys, "name": names})
               .groupby(["key", "name"]).size().reset_index(name="n")
               .sort_values(["key", "n", "name"], ascending=[True, False, True])
               .drop_duplicates("key").set_index("key")["name"])
    return keys.map(display)


@lru_cache(maxsize=100_000)
def _corpus_key(name: str) -> str:
    s = re.sub(r"[^\w\s]", " ", normalize(name, taa_marbuta=True, hamza=True))
    return " ".join(s.split())


def speaker_counts(
    df_or_quotes: pd.DataFrame,
    by: str | Sequence[str] | None = None,
    *,
    include_nested: bool = False,
) -> pd.DataFrame:
    """How often each speaker is reported, overall or per group.

    ``df_or_quotes`` is a corpus (with ``body``) or the output of :func:`quotes`.
    ``by`` is a column (``"section"``, ``"article_id"``) or a period of
    ``published`` (``"day"``, ``"month"`` …), or a list of them.
    Nested reports and continuation participles are left out unless
    ``include_nested``.

    >>> df = pd.DataFrame({"article_id": ["a"], "body": ["قال بوتين إن الوضع خطير."]})
    >>> speaker_counts(df).to_dict("records")
    [{'speaker': 'بوتين', 'count': 1, 'articles': 1}]

    Columns: ``<by>…, speaker, count`` (events), ``articles`` (distinct
    articles), sorted by group then count descending.
    """
    q = quotes(df_or_quotes) if "body" in df_or_quotes.columns else df_or_quotes
    if not include_nested:
        q = q[~q["nested"].astype(bool) & ~q["continuation"].astype(bool)]
    q, groups = with_groups(q, by)
    keys = [*groups, "speaker"]
    if q.empty:
        return pd.DataFrame(columns=[*keys, "count", "articles"])
    out = (q.groupby(keys, dropna=False, sort=False)
           .agg(count=("article_id", "size"), articles=("article_id", "nunique"))
           .reset_index())
    out = out.sort_values([*groups, "count", "speaker"],
                          ascending=[True] * len(groups) + [False, True], kind="stable")
    return out.reset_index(drop=True)
