"""Who the article names besides its speakers: people and bodies met anywhere in its text.

Part of step 4 (:mod:`~akhbar.speakers.coref`), per article. A speaker is often
introduced by a verb that does not report (استضاف البرنامج مروان بديرة الفيلالي …
وأكد الفيلالي; تراجع سهم شركة الكيماويات "باسف" … فإن الشركة أكدت) or is
pointed at by a word that needs the text around it (الأخير "the latter"; the
subject of the clause a verb without subject is coordinated with: وتسعى السلطات
المصرية … وتقول إن). These functions read the article's text for them; each is
called only when coref needs it, so an article costs what its speakers need.

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> lex = load_lexicon()
>>> text = fold("استضاف البرنامج مروان بديرة الفيلالي. وأكد الفيلالي أن القاعة جاهزة.")
>>> at = text.rindex("الفيلالي")
>>> a, b = full_name(text, at, at + len("الفيلالي"), lex)
>>> text[a:b]
'مروان بديرة الفيلالي'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.names import name_key
from akhbar.speakers.phrase import Phrase, appositive_name, phrase
from akhbar.speakers.propernames import TITLES_AS_GIVEN, could_be_name, name_runs, verbal_noun
from akhbar.speakers.spans import (
    ABBREVIATED_TITLES,
    ARABIC_WORD_RE,
    QUOTE_CHARS,
    WORD_RE,
    Tok,
    abbreviation_dot,
    line_start,
    tokens,
    without_la,
)
from akhbar.speakers.subjects import time_adverbs
from akhbar.speakers.words import (
    ACTING_ADVERBS,
    bare,
    common,
    family_in_al,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    kind_of_place,
    namey,
    suffixed_common,
)
from akhbar.text import normalize

__all__ = [
    "ISSUED_FORMS",
    "clause_subject",
    "family_written_after",
    "full_name",
    "introduced_body",
    "latest_person",
    "lead_in_speaker",
    "name_opened_by",
    "statement_issuer",
    "titles_beside_names",
    "word_positions",
]

_SENTENCE_END = re.compile(r"[.!?؟؛\n]")


def word_positions(text: str) -> dict[str, list[int]]:
    """Where each word of ``text`` starts: one pass over the article, so finding
    every occurrence of a speaker's name costs its occurrences, not the article
    (a concatenated dump of megabytes has thousands of speakers).

    >>> word_positions("قال الفيلالي، وأكد الفيلالي")["الفيلالي"]
    [4, 19]
    """
    positions: dict[str, list[int]] = {}
    for m in re.finditer(r"\w+", text):
        positions.setdefault(m.group(), []).append(m.start())
    return positions


def full_name(text: str, start: int, end: int, lex: Lexicon,
              positions: dict[str, list[int]] | None = None) -> tuple[int, int] | None:
    """The full name the article introduces for the one-word name ``text[start:end]``
    (a surname): its first longer form, الفيلالي → مروان بديرة الفيلالي. None when
    the article has no longer form, or two that disagree (فهد العتيبي, سعد العتيبي).
    ``positions``: :func:`word_positions` of ``text``, when the caller has it."""
    word = text[start:end]
    other = _final_ya_swapped(word)  # العتيبى for العتيبي (Egyptian, Gulf); not على
    spellings = {word, other} if len(word) > 3 and other not in lex.stop else {word}  # for علي
    if positions is not None and re.fullmatch(r"\w+", word):
        starts = sorted(at for w in spellings for at in positions.get(w, []))
    else:
        starts = sorted(at for w in spellings for at in _occurrences(text, w))
    spans = []
    for at in starts:
        first = _name_start(text, at, lex)
        if first is not None and first < at:
            spans.append((first, at + len(word)))
    spaced = _kunya_written_apart(word)
    for at in (_occurrences(text, spaced) if spaced and not spans else []):
        first = _name_start(text, at, lex)
        if first is not None and first < at:
            spans.append((first, at + len(spaced)))  # بوحبيب … عبدالله بو حبيب
    if not spans or (is_given(word, lex) and any(_opens_a_name(text, at + len(word), lex)
                                                 for at in starts)):
        return None  # يوسف of يوسف شاهين is not رجاء يوسف: a given name that opens
        # a name in the article is someone's given name (but وأضاف جمعة → محمد مختار جمعة)
    named = [(a, b) for a, b in spans if is_given(text[a:b].split()[0], lex)]
    spans = named or spans  # ديمتري بيسكوف … وعندما سئل بيسكوف: a verb before it is no name
    given = {text[a:b].split()[0] for a, b in spans}
    if len({name_key(text[a:b]) for a, b in spans}) == 1:
        return spans[0]  # عبدالرحمن الصبري … عبد الرحمن الصبري: one name, two spellings
    return spans[0] if len(given) == 1 or all(
        text[a:b].endswith(text[spans[0][0]:spans[0][1]]) for a, b in spans) else None


def _kunya_written_apart(word: str) -> str:
    """A family name in بو/أبو written as one word, written apart (بوحبيب → بو حبيب),
    or "" for any other word."""
    for kunya in ("بو", "ابو", "أبو"):
        if word.startswith(kunya) and len(word) - len(kunya) >= 3:
            return f"{kunya} {word[len(kunya):]}"
    return ""


def family_written_after(text: str, start: int, end: int, lex: Lexicon,
                         positions: dict[str, list[int]] | None = None) -> int | None:
    """Where a name ``text[start:end]`` really ends when the definite common word right
    after it is its family name: the article writes that word after a word of the
    name elsewhere too (يعقوب يوسف الماس مدير … يعقوب الماس: الماس "diamonds"; حسن
    نصر الله … نصر الله); not a feminine or plural word, which
    describes the name's last word (مكة المكرمة، أمينة العلاقات). None otherwise."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    if not (word.startswith("ال") and common(bare(word), lex)) or word in lex.stop \
            or word.endswith(("ة", "ات")) \
            or word in lex.documents or is_role(word, lex) or is_org(word, lex) \
            or is_describer(word, lex) or verbal_noun(word, lex):
        return None
    names = text[start:end].split()
    where = positions.get(word, []) if positions is not None else [
        w.start() for w in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    here = m.start(1)

    def after_a_name_word(at: int) -> bool:
        before = text[max(0, at - 30):at].split()
        return bool(before) and before[-1] in names

    return m.end(1) if any(at != here and after_a_name_word(at) for at in where) else None


_NEXT_WORD = re.compile(r" (\w+)")


def _final_ya_swapped(word: str) -> str:
    """The other spelling of a final ي/ى (the two are one letter in many outlets)."""
    if word.endswith("ى"):
        return word[:-1] + "ي"
    return word[:-1] + "ى" if word.endswith("ي") else word


#: How far from a lone given name its whole name may stand: the same story, not a
#: namesake in another part of a long article (الإمام أحمد … أحمد شوقي).
_GIVEN_NAME_REACH = 1500


def name_opened_by(text: str, start: int, end: int, lex: Lexicon,
                   positions: dict[str, list[int]] | None = None,
                   titled: bool = False) -> tuple[int, int] | None:
    """The one whole name that the given name ``text[start:end]`` opens in the article
    (ذرف الوزير، هيثم محمد إبراهيم، الدموع … ووعد هيثم → هيثم محمد إبراهيم). None
    when it opens none, or names that disagree (two men called هيثم). The whole name
    comes first, unless a title stands before the given name (الملك سلمان): a man
    asked in the street (وقال ديمتري من موسكو) is not the minister named later."""
    word = text[start:end]
    reach = _GIVEN_NAME_REACH if titled else 0
    def where(w: str) -> list[int]:
        return positions.get(w, []) if positions is not None else _occurrences(text, w)

    starts = [*where(word), *(at + 1 for at in where("و" + word))]  # وناصر سالم
    spans = {(at, _name_end(text, at + len(word), lex)) for at in starts
             if -_GIVEN_NAME_REACH <= at - start <= reach}
    spans = sorted((a, b) for a, b in spans if b > a + len(word))
    if not spans:
        return None
    longest = max(spans, key=lambda s: s[1] - s[0])
    whole = text[longest[0]:longest[1]]
    if not all(whole.startswith(text[a:b]) for a, b in spans):
        return None
    first = _name_start(text, longest[0], lex)  # محمد موسى عبدالرحمن … وقال موسى: the
    if first is not None and first < longest[0] and is_given(text[first:longest[0]].split()[0], lex):
        return first, longest[1]  # father's name he goes by, inside his whole name
    return longest


def _name_end(text: str, end: int, lex: Lexicon) -> int:
    """Where the name goes on to after the word ending at ``end`` (at most four words)."""
    after = tokens(text, end, min(len(text), end + 60))[:4]
    last = end
    for k, tok in enumerate(after):
        x = tok.text
        if x in lex.connectors and k + 1 < len(after) and _name_word(after[k + 1].text, lex):
            continue  # هيثم بن محمد
        if family_in_al(x, lex):
            return tok.end  # هيثم محمد العلي: a family name in ال ends the name
        if not (_name_word(x, lex) or is_given(x, lex)) or x in lex.connectors \
                or (x.endswith("ا") and is_role(x[:-1], lex)):  # جان فان وليكرن مديرا
            break
        last = tok.end
    return last


#: A sentence that opens with في / وفي.
_OPENS_WITH_FI = re.compile(r"\s*و?في\s")
#: "When we called …" before a verb without subject: the one called speaks.
_CONTACTED = re.compile(r"(?<!\w)و?(?:باتصالنا|لدى اتصالنا|عند اتصالنا) ب")


def _contacted(text: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int, bool] | None:
    """باتصالنا بوالي القيروان محمد بورقيبة أوضح أن …: the person called (a title and
    his name right before the verb), or None."""
    toks = tokens(text, lo, start)
    np_ = phrase(toks, lex)
    if not np_.tokens or np_.stop < len(toks) - (1 if toks[-1].text in ("،", ",") else 0):
        return None  # (something else stands between the person and the verb)
    if not (np_.name or is_role(np_.tokens[0].text, lex)):
        return None
    span = np_.name or np_.tokens
    return span[0].start, span[-1].end, bool(np_.name)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (looking back at most 300 characters)."""
    lo = max(0, start - 300)
    return max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)


def lead_in_speaker(text: str, start: int, lex: Lexicon) -> tuple[int, int, bool] | None:
    """The person a sentence opens with before a verb without subject: "وفي تصريح
    لرئيس الهيئة، سالم عبدالكبير، أوضح أن" → سالم عبدالكبير (not an outlet: في تصريح
    لوكالة الأنباء، قال …). Returns the span and whether it is a name."""
    lo = _sentence_start(text, start)
    contacted = _CONTACTED.search(text, lo, start)
    if contacted is not None:
        return _contacted(text, contacted.end(), start, lex)
    if not _OPENS_WITH_FI.match(text, lo):
        return None  # (most sentences: no need to read their words)
    toks = tokens(text, lo, start)
    k = 1 if toks and toks[0].text in ("في", "وفي") else None
    if k is None or len(toks) < 4 or bare(toks[k].text) not in lex.circumstance:
        return None
    k += 1
    if k < len(toks) and is_describer(toks[k].text, lex):
        k += 1  # في تصريح صحفي لـ
    first = toks[k].text if k < len(toks) else ""
    if first[:1] != "ل" or len(first) < 3 or toks[-1].text not in ("،", ","):
        return None
    head, _ = without_la(toks[k])
    word = head.text
    if bare(word) in lex.addressee or word in lex.addressee or is_org(word, lex):
        return None  # في تصريح لوكالة …: whom he spoke to
    commas = [n for n in range(k + 1, len(toks) - 1) if toks[n].text in ("،", ",")]
    if commas:  # …، كريم الحسناوي،: the name set off after the title
        between = toks[commas[-1] + 1:-1]
        if 2 <= len(between) <= 4 and name_runs(between, lex) == [(0, len(between))]:
            return between[0].start, between[-1].end, True
    np_ = phrase([head, *toks[k + 1:-1]], lex)
    if not np_.tokens or not (is_role(word, lex) or np_.name):
        return None
    span = np_.name or np_.tokens
    return span[0].start, span[-1].end, bool(np_.name)


def _opens_a_name(text: str, end: int, lex: Lexicon) -> bool:
    """The word ending at ``end`` is followed by another word of a name."""
    after = tokens(text, end, min(len(text), end + 30))
    return bool(after) and after[0].text not in lex.connectors and (
        _name_word(after[0].text, lex) or is_given(after[0].text, lex))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word in ``text`` (as ``(?<!\\w)word(?!\\w)``
    would find it, without compiling a pattern per name: articles have thousands)."""
    found, at = [], text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and \
                (end == len(text) or not _is_word_char(text[end])):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _name_start(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the name ending with the word at ``pos`` starts (given names and name
    words right before it); None when that word is a father's name (بن سلمان)."""
    lo, _ = line_start(text, pos, 80)
    before = tokens(text, lo, pos)
    if before and before[-1].text in lex.connectors:
        return None
    first = pos
    words = before[-3:]
    offset = len(before) - len(words)  # words[k] is before[offset + k]
    for k in range(len(words) - 1, -1, -1):
        x = words[k].text
        if x[:1] == "ب" and not is_given(x, lex) and zipf(x[1:], lex) > zipf(x, lex) and (
                k == 0 or not (_name_word(words[k - 1].text, lex)
                               or is_given(words[k - 1].text, lex))):
            break  # المدير الجهوي للتجارة بنابل فوزي: "in Nabeul" (نابل is the commoner
            # word), after a title; not بنيامين نتنياهو
        if x in ACTING_ADVERBS:
            break  # حاكم المصرف بالإنابة وسيم منصوري: "acting", the title's last word
        if x in _GIVEN_LIKE_VERBS and _ON_AFTER.match(text, pos):
            break  # أشرف ستون على 800 ألف استجواب: "supervised", then its subject
        prev = before[offset + k - 1].text if offset + k >= 1 else ""
        if (not is_given(x, lex) and k + 1 < len(words) and is_given(words[k + 1].text, lex)
                and ((is_role(prev, lex) and not is_definite(prev) and prev not in lex.honorifics)
                     or (offset + k == 0 and not is_definite(x)))):
            break  # محافظ مأرب علي محمد طعيمان: the title's place, then the name; a line
            # that opens with a word, then a given name: a verb, then its subject
            # (تأسف مصطفى السعليتي …)
        if not _name_word(x, lex) and not (
                k > 0 and words[k - 1].text in lex.honorifics and not is_definite(x)
                and ARABIC_WORD_RE.fullmatch(x) is not None and x not in lex.stop
                and not is_role(x, lex)) and not (  # (الأب ليان نصرالله: after a title of
                # address, any word opens the name)
                k > 0 and words[k - 1].text == "عبد" and is_definite(x)) and not (  # عبد الله
                x == "عبد" and k + 1 < len(words)) and not (
                x[:1] in "لب" and k > 0 and is_given(words[k - 1].text, lex)
                and could_be_name(x, lex)) and not (
                    k == len(words) - 1 and _set_off(text, before, pos, lex)) and not (
                    k == len(words) - 1 and _title_as_given(x, text, pos, lex)) and not (
                    k >= 2 and words[k - 1].text == "." and words[k - 2].text in ABBREVIATED_TITLES
                    and ARABIC_WORD_RE.fullmatch(x) is not None) and not (
                    k > 0 and words[k - 1].text in ("ولد", "بنت") and x in lex.honorifics):
            # (محمد ولد الشيخ الغزواني: a forebear's title of address inside a lineage)
            break  # (مروان بديرة الفيلالي: not ب + ديرة; د.أوس عثمان: any word after د.)
        first = words[k].start
    if first == pos:
        first = _addressed_three_words(before, pos, lex)  # المهندس صالح فائز العمري
    while first < pos and text[first:pos].split(maxsplit=1)[0] in lex.connectors \
            and not text[first:pos].startswith("عبد "):  # (عبد الله كميل: a given name)
        first = text.index(" ", first) + 1
    return first


#: Given names that are also past verbs taking على (أشرف "supervised"): before a name
#: and على they are the verb.
_GIVEN_LIKE_VERBS = frozenset({"اشرف"})
_ON_AFTER = re.compile(r"\w+\s+على(?!\w)")


def _title_as_given(x: str, text: str, pos: int, lex: Lexicon) -> bool:
    """``x`` right before the family name at ``pos`` is a given name spelled like a
    title, when that family name is one no one uses as a word (أمين التهراوي; not
    أمين العاصمة، أمير الرياض)."""
    m = re.match(r"\w+", text[pos:pos + 40])
    return x in TITLES_AS_GIVEN and m is not None and family_in_al(m.group(), lex)


def _addressed_three_words(before: list[Tok], pos: int, lex: Lexicon) -> int:
    """Where a name of three words written after a title of address, or after a title's
    last word, starts, its middle word a common word (المهندس صالح فائز العمري: فائز
    "winner"; المفوض الأعلى … في الأمم المتحدة زيد رعد الحسين); ``pos`` if none."""
    if len(before) < 3 or not (before[-3].text in lex.honorifics or (
            is_definite(before[-3].text) and any(is_role(t.text, lex) for t in before[-10:-2]))):
        return pos
    given, middle = before[-2].text, before[-1].text
    if is_given(given, lex) and ARABIC_WORD_RE.fullmatch(middle) and not is_definite(middle) \
            and not is_role(middle, lex) and not is_org(middle, lex) and middle not in lex.stop:
        return before[-2].start
    return pos


def _set_off(text: str, before: list[Tok], pos: int, lex: Lexicon) -> bool:
    """The word right before the surname opens a two-word name set off by commas after
    a title (مهندس البلدية، سائد سالم، عن; also after a one-letter title: م.سائد): a
    given name, however common a word."""
    if not before:
        return False
    x = before[-1].text
    k = len(before) - 2
    if k >= 1 and abbreviation_dot(before, k):
        k -= 2  # م.، د.: مهندس، دكتور
    return (k >= 1 and before[k].text in ("،", ",")
            and bool(ARABIC_WORD_RE.fullmatch(before[k - 1].text))
            and ARABIC_WORD_RE.fullmatch(x) is not None and not is_definite(x)
            and x not in lex.stop and not is_role(x, lex) and not is_org(x, lex)
            and zipf(x, lex) < 4.5 and not lex.verb_re.fullmatch(x)  # (مثل، وفق، اعترفت)
            and _CLOSED_BY_COMMA.match(text, pos) is not None)


_CLOSED_BY_COMMA = re.compile(r"\w+\s*[،,]")


def _name_word(x: str, lex: Lexicon) -> bool:
    """Can ``x`` be a word of a name written before a surname? Not a title, a body,
    a verb (وقال نافالني), a common word (من أجل إيران) or a preposition + word
    (لنايف، لمدربه)."""
    if x in lex.connectors:
        return True  # بن، أبو: inside the name (not ب + ن)
    rest = x[1:]
    if x[:1] in "لب" and not is_given(x, lex) and (
            is_given(rest, lex) or common(rest, lex) or suffixed_common(rest, lex)
            or zipf(rest, lex) >= 3.5):
        return False
    if (not WORD_RE.match(x) or is_role(x, lex) or is_describer(x, lex) or is_org(x, lex)
            or lex.verb_re.fullmatch(x)
            or (not is_given(x, lex) and (zipf(x, lex) >= 4.5 or (
                x[:1] in "وف" and zipf(x[1:], lex) >= 3.0)))):
        return False
    if not is_given(x, lex) and (x.endswith(("ه", "ها", "هم"))
                                 or (x[:1] in "وف" and x.endswith(("ت", "وا")))):
        return False  # أنتهزه الحوثي، وافقت إسرائيل: a verb
    return is_given(x, lex) or namey(x, lex) or x in lex.connectors


def introduced_body(text: str, head: str, before: int, lex: Lexicon) -> tuple[int, int, bool] | None:
    """The body a bare definite head (الشركة، الوزارة، المنظمة) points back to: the
    latest "head + name" written before ``before`` (شركة الكيماويات "باسف"), as the
    span of its name (or of the whole phrase) and whether it is a name."""
    pattern = re.compile(rf"(?<!\w)([وبل]?(?:ال)?){re.escape(head)}(?!\w)")
    for found in reversed(list(pattern.finditer(text, max(0, before - 3000), before))):
        # the latest full form: شركة الكيماويات "باسف"، الجمعية الفلكية السعودية
        toks = tokens(text, found.start() + len(found.group(1)) - (
            2 if found.group(1).endswith("ال") else 0), min(before, found.end() + 160))
        np_ = phrase(toks, lex)
        if found.group(1).endswith("ال"):
            # الجمعية الفلكية السعودية: a definite head takes only definite words
            # after it, its adjectives and genitives, never a person's name
            words = np_.tokens[1:]
            n = next((k for k, t in enumerate(words)
                      if not (t.text.startswith(("ال", "لل")) or t.text == "و")), len(words))
            if n and not np_.name:
                return np_.tokens[0].start, words[n - 1].end, False
            continue
        if np_.name:
            return np_.name[0].start, np_.name[-1].end, True
        body = _before_a_count(np_.tokens, lex)
        if len(body) >= 2:
            return body[0].start, body[-1].end, False
    return None


#: Plural counts that open the object of the verb before them (عشرات المحتجين), besides
#: the numbers of the lexicon (آلاف، ملايين).
_COUNTS = frozenset(("عشرات", "مئات"))


def _before_a_count(words: list[Tok], lex: Lexicon) -> list[Tok]:
    """The words before a count or number (اعتقلت شرطة لندن عشرات المحتجين: the body,
    then whom it arrested)."""
    k = next((n for n, t in enumerate(words) if t.text in _COUNTS or t.text in lex.numbers
              or t.text.isdigit()), len(words))
    return words[:k]


_ISSUED_RE = re.compile(r"(?<!\w)[وف]?(?:اصدر|اصدرت|اصدروا|نشر|نشرت|وزع|وزعت|اعد|اعدت|اعدوا"
                        r"|خرج|خرجت|خرجوا)"  # (خرج الأهالي ببيان)
                        r"\s+([^.\n،:]{2,80}?)\s+ب?(بيانا?|تقريرا?|بلاغا?|دراسة)(?!\w)")

#: A document's key (as coref reads "البيان", "الدراسة") → how "issued a …" writes it.
ISSUED_FORMS = {"بيان": "بيانا", "تقرير": "تقريرا", "بلاغ": "بلاغا", "دراسه": "دراسة"}


def statement_issuer(text: str, before: int, lex: Lexicon,
                     document: str = "بيانا") -> tuple[int, int, bool] | None:
    """The body that issued the ``document`` before ``before`` (أصدرت القوات المسلحة
    بيانا … وقال البيان; أعدت جامعة الملك سعود دراسة … وأوضحت الدراسة): the
    subject of the latest أصدر/نشر/وزع/أعد … ``document``, as a span and whether it
    is a name."""
    found = None
    for m in _ISSUED_RE.finditer(text, max(0, before - 1500), before):
        if m.group(2).rstrip("ا") == document.rstrip("ا"):
            found = m
    if found is None:
        return None
    toks = tokens(text, found.start(1), found.end(1))
    np_ = _issuer_phrase(toks, lex)
    if np_ is None:  # أصدر المجلس البلدي غريان والمشايخ والأعيان بيانا: the first of the
        np_ = _issuer_phrase(_first_of_partners(toks), lex)  # issuers named together
    if np_ is None:
        return None
    span = np_.name or np_.tokens
    return span[0].start, span[-1].end, bool(np_.name)


def _issuer_phrase(toks: list[Tok], lex: Lexicon) -> Phrase | None:
    """The phrase of all of ``toks`` but a time after it (أصدرت المؤسسة … صباح اليوم
    الخميس بيانا: when, not who), or None when the words are no one phrase."""
    np_ = phrase(toks, lex)
    when = toks[np_.stop:]
    if time_adverbs(when, lex) != len(when) or len(np_.tokens) != len(toks) - len(when):
        return None
    return np_


def _first_of_partners(toks: list[Tok]) -> list[Tok]:
    """The words of the first of several issuers named together, each after و and ال
    (أصدر المجلس البلدي غريان والمشايخ والأعيان بيانا الخميس: the council), with any
    time after them kept."""
    k = next((k for k, t in enumerate(toks) if k and t.text.startswith("وال")), None)
    if k is None:
        return toks
    end = k
    while end < len(toks) and toks[end].text.startswith("وال"):
        end += 1
    return toks[:k] + toks[end:]


#: How far back a title-only mention looks for the name its title was written with.
_TITLE_REACH = 3000


def titles_beside_names(text: str, head: str, before: int,
                        lex: Lexicon) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the article wrote a title whose word ``head`` (as compared: ال dropped,
    ة as ه) stands beside a name, latest first before ``before``: the spans of the
    title and of the name, for "NAME، TITLE" (محمد شيمي، وزير قطاع الأعمال العام)
    and "TITLE NAME" (استعرض النائب محمد إسماعيل). A title-only mention later
    (وزير قطاع الأعمال، النائب) may be that person though no report introduced him."""
    lo = max(0, before - _TITLE_REACH)
    if text.find(head[:-1], lo, before) < 0:
        return  # the title's word is not written before: nothing to tokenize
    toks = tokens(text, lo, before)
    for k in range(len(toks) - 1, -1, -1):
        if head[:-1] not in toks[k].text:
            continue
        if normalize(toks[k].text, taa_marbuta=True) == head + "ا":  # indefinite: no ال
            found = _name_before_office_taken(toks, k, lex)
        elif _compared(toks[k].text) == head or (
                toks[k].text[:1] == "و" and _compared(toks[k].text[1:]) == head):
            # (النائب الأول لرئيس الوزراء ووزير الداخلية فلان: a second title in و)
            found = _name_after_title(toks, k, lex) or _name_before_title(toks, k, lex)
        else:
            continue
        if found is not None and (_could_be_person(text[slice(*found[1])].split(), lex)
                                  or _addressed(text, found[1][0], lex)) \
                and not _place_after_its_kind(text, found[1]):
            yield found


def _compared(word: str) -> str:
    """A word as mentions are compared: ة as ه, ال and its proclitic dropped."""
    return bare(normalize(word, taa_marbuta=True))


def _name_after_title(toks: list[Tok], k: int,
                      lex: Lexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    title = _up_to_mark(toks[k:k + 14], lex)
    np_ = phrase(toks[k:k + len(title) + 1], lex)  # (with the mark that ends it: a name
    # closed by a comma keeps its last word, الدكتور وليد بخاري،)
    if not np_.name or not np_.tokens or np_.tokens[0] is not toks[k] \
            or np_.name[0] is toks[k]:
        return None
    title_end = max(t.end for t in np_.tokens if t.end <= np_.name[0].start)
    name = np_.name
    k_end = next((n for n, t in enumerate(toks) if t is name[-1]), len(toks) - 1)
    nxt = toks[k_end + 1].text if k_end + 1 < len(toks) else "."
    closed = nxt in lex.time or not WORD_RE.match(nxt) or (
        is_role(nxt, lex) and not is_definite(nxt))  # (سميرة مرعي اليوم: a time after;
    # عبد القادر كامل وزير الداخلية: a second title after the whole name)
    while len(name) > 1 and name[-1].text in lex.modifiers and is_definite(name[-1].text) \
            and name[-2].text not in lex.connectors:
        name = name[:-1]  # السلطان قابوس بن سعيد المعظم: the title's adjective after it
    while len(name) > 1 and common(name[-1].text, lex) and name[-2].text not in lex.connectors \
            and not closed:
        name = name[:-1]  # الملك سلمان بن عبدالعزيز آل سعود برقية: the object after it
    return (toks[k].start, title_end), (name[0].start, name[-1].end)


def _name_before_title(toks: list[Tok], k: int,
                       lex: Lexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    comma = k >= 2 and toks[k - 1].text in ("،", ",", "-", "–")  # (فلان - رئيس …)
    if k < 2 or not (comma or WORD_RE.match(toks[k - 1].text)):
        return None
    before = [t for t in toks[max(0, k - 12):k - comma]  # (فيصل بن مشعل بن سعود بن عبدالعزيز)
              if t.text not in QUOTE_CHARS]  # (الدكتور “علي العباب”، مدير …: a name quoted)
    marks = [n for n, t in enumerate(before) if not WORD_RE.match(t.text)]
    before = before[marks[-1] + 1:] if marks else before
    runs = name_runs(before, lex)
    if not runs or runs[-1][1] != len(before):
        return None
    i, j = runs[-1]
    if i >= 2 and is_definite(before[i - 1].text) and before[i - 2].text in lex.honorifics \
            and not is_role(before[i - 1].text, lex) and not is_describer(before[i - 1].text, lex):
        i -= 1  # السيد الخطاط ينجا، رئيس …: a given name with ال after a title of address
    if j - i < 2 and not is_given(before[i].text, lex):
        return None
    if not comma and (j - i < 2 or not (is_given(before[i].text, lex)
                                         or _after_address(toks, before[i], lex)) or (
            _titled(toks, before[i], lex) and not _rank_of_the_title(toks, before[i], k))):
        return None  # without a comma only a full name with no title of its own (عقد وليد
        # مرعي مدير التربية; not أبلغ الرئيس السيسي وزير الخارجية: the object's title)
    title = _up_to_mark(toks[k:k + 8])
    return (title[0].start, title[-1].end), (before[i].start, before[j - 1].end)


#: The duties a person takes up before the office in the accusative (تسلم مهامه واليا).
_DUTIES = frozenset({"مهامه", "مهامها", "مهام", "منصبه", "منصبها"})


def _name_before_office_taken(toks: list[Tok], k: int,
                              lex: Lexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An office in the accusative after a name (تسلم فلان مهامه واليا لكسلا؛ انتخاب
    زياد عباس رئيسا جديدا للبلدية): the person who took it up holds it from then on.
    The title's span is the office and what follows it up to a mark."""
    j = k
    while j > 0 and toks[j - 1].text in _DUTIES:
        j -= 1
    before = toks[max(0, j - 8):j]
    marks = [n for n, t in enumerate(before) if not WORD_RE.match(t.text)]
    before = before[marks[-1] + 1:] if marks else before
    runs = name_runs(before, lex)
    if not runs or runs[-1][1] != len(before) or runs[-1][1] - runs[-1][0] < 2:
        return None
    i = next((n for n in range(runs[-1][0], len(before) - 1) if is_given(before[n].text, lex)),
             runs[-1][0])  # (انتخاب زياد عباس: the verbal noun before the given name)
    end = k + 1  # the office's own words: an adjective and a genitive in ل (جديدا لبلدية
    while end < min(len(toks), k + 4) and (  # الحاجب), not what follows (بحضور …)
            toks[end].text[:1] == "ل" or is_definite(toks[end].text) or toks[end].text.endswith("ا")):
        end += 1
    return (toks[k].start, toks[end - 1].end), (before[i].start, before[-1].end)


def _rank_of_the_title(toks: list[Tok], first: Tok, k: int) -> bool:
    """The rank before the name is the title's own word (الأمير محمد بن عبدالعزيز أمير
    منطقة جازان): the office after the name is his, no object's."""
    n = next(n for n, t in enumerate(toks) if t is first)
    return n > 0 and _compared(toks[n - 1].text) == _compared(toks[k].text)


def _after_address(toks: list[Tok], first: Tok, lex: Lexicon) -> bool:
    """A title of address many carry stands before the name that starts at ``first``
    (السيد الخطيب الهبيل والي جهة الشرق): a name, though its first word is no given
    name."""
    k = next(n for n, t in enumerate(toks) if t is first)
    return k > 0 and toks[k - 1].text in lex.address


def _titled(toks: list[Tok], first: Tok, lex: Lexicon) -> bool:
    """The word before the name that starts at ``first`` is a title or a title of
    address of rank (الرئيس، الأمير); not one that many carry (السيد، الدكتور: "سعادة
    السيد جاسم البوعينين أمين عام اللجنة" holds the title after his name)."""
    k = next(n for n, t in enumerate(toks) if t is first)
    prev = toks[k - 1].text if k else ""
    if prev in lex.address:
        return False
    return prev in lex.honorifics or is_role(prev, lex) or is_describer(prev, lex)


def _place_after_its_kind(text: str, span: tuple[int, int]) -> bool:
    """A one-word "name" right after a kind of place is that place (محافظ العاصمة عدن)."""
    if " " in text[span[0]:span[1]].strip():
        return False
    before = text[max(0, span[0] - 30):span[0]].split()
    return bool(before) and kind_of_place(before[-1])


def _addressed(text: str, start: int, lex: Lexicon) -> bool:
    """A title of address stands right before the name at ``start`` (محافظ كربلاء
    المهندس نصيف جاسم الخطابي): a person's name, however its words read."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1] in lex.address


def _could_be_person(words: list[str], lex: Lexicon) -> bool:
    """A name beside a title that reads as a person's: it starts with a given name, or
    ends with a word of names (تيرنر، الجبير) and has no word with a particle (not
    ساعتين زيادة، هولمز المدان، لهذه النتيجة، ستراعي)."""
    if is_given(words[0], lex) or any(w in ("بن", "ولد", "بنت") for w in words[1:-1]):
        return True  # (مبخوت بن ماضي، مبخوت مبارك بن ماضي: a name in بن, however
        # common its words)
    words = [w for w in words if w not in lex.connectors]
    return bool(words) and namey(bare(words[-1]), lex) \
        and not any(w[:1] in "لبفس" and zipf(w[1:], lex) >= 3.0 for w in words)


def _up_to_mark(toks: list[Tok], lex: Lexicon | None = None) -> list[Tok]:
    """The words before the first punctuation mark; with ``lex``, a comma before a
    given name (رئيس المجلس، محمد الفاضيلي) or a title of address and a name (وزير
    الداخلية، لواء عماد الطرابلسي) sets off the title's holder, and so does an opening
    quotation mark before a given name."""
    for n, t in enumerate(toks):
        if WORD_RE.match(t.text) or abbreviation_dot(toks, n):
            continue
        close = next((m for m in range(n + 2, min(n + 6, len(toks)))
                      if toks[m].text in ("”", "»", '"')), None)
        if lex and t.text in ("“", "«", '"') and n and close and _holder_next(toks, n + 1, lex):
            return toks[:close + 1]  # رئيسة البلدية “فاطمة شاهين”: the holder, quoted
        if lex and t.text in ("،", ",") and _holder_next(toks, n + 1, lex) \
                and all(WORD_RE.match(u.text) or abbreviation_dot(toks, m)
                        for m, u in enumerate(toks[:n])):
            continue
        return toks[:n]
    return toks


def _holder_next(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A given name, or a title of address and a name, starts at ``toks[k]``."""
    if k < len(toks) and toks[k].text in lex.honorifics:
        k += 1 + (k + 1 < len(toks) and abbreviation_dot(toks, k + 1))  # د. يحيى
    if (k + 1 < len(toks) and toks[k].text in TITLES_AS_GIVEN
            and family_in_al(toks[k + 1].text, lex)):
        return True  # وزير الصحة، أمين التهراوي،: a given name spelled like a title
    return k < len(toks) and (is_given(toks[k].text, lex) or (
        k > 0 and toks[k - 1].text in lex.honorifics and namey(toks[k].text, lex)) or (
        k + 2 < len(toks) and toks[k + 1].text in ("بن", "ولد", "بنت")
        and _plain_name_word(toks[k].text, lex) and _plain_name_word(toks[k + 2].text, lex)) or (
        k > 0 and toks[k - 1].text in ("،", ",") and k + 2 < len(toks)
        and toks[k + 2].text in ("،", ",") and appositive_name(toks, k, lex)))
    # (محافظ حضرموت، مبخوت بن ماضي،: a name in بن, however common its words; وزير الإعلام
    # في الحكومة، معمر الإرياني،: a name read as the phrase reads one after a comma)


def _plain_name_word(x: str, lex: Lexicon) -> bool:
    """A word that may stand on either side of بن in a name: no title, body,
    adjective, verb or particle, however common (ماضي، سعيد)."""
    return (ARABIC_WORD_RE.fullmatch(x) is not None and x not in lex.stop
            and not is_role(x, lex) and not is_org(x, lex) and not is_describer(x, lex)
            and not lex.verb_re.fullmatch(x))


def latest_person(text: str, before: int, lex: Lexicon) -> tuple[int, int] | None:
    """The person "الأخير" (the latter) is: the last name written before ``before``
    in its paragraph."""
    lo, _ = line_start(text, before, 400)
    toks = [t for t in tokens(text, lo, before) if WORD_RE.match(t.text)]
    for i, j in reversed(name_runs(toks, lex)):
        if j - i >= 2 or is_given(toks[i].text, lex):
            return toks[i].start, toks[j - 1].end
    return None


def clause_subject(text: str, start: int, lex: Lexicon,
                   feminine: bool | None) -> tuple[int, int, bool] | None:
    """The subject of the sentence a verb without subject is coordinated with:
    "واتفقت فيكتوريا مع هذا الرأي وقالت" → فيكتوريا; "أما نيكولا ميري … فتقول" →
    نيكولا ميري. The sentence's first word is its verb (or أما), the phrase after it
    must be a name, a body or a title, and agree with the verb in gender."""
    lo = _sentence_start(text, start)
    toks = tokens(text, lo, start)
    # the nearest clause that opens with و + a verb after a comma first (حشد
    # "الحوثيون" …، وألقى زعيمهم عبد الملك الحوثي خطابا …، ودعا أنصاره), then the
    # sentence's own first word
    commas = [k + 1 for k in range(len(toks) - 1) if toks[k].text in ("،", ",")
              and _verb_like(toks[k + 1].text, lex)]
    found = _opened_by_verb(toks[commas[-1]:], lex, feminine) if commas else None
    return found or _opened_by_verb(toks, lex, feminine)


def _verb_like(word: str, lex: Lexicon) -> bool:
    """و + a word that may be a past verb: no noun with ال (القى is ألقى folded), title,
    body, given name, particle or common noun."""
    rest = word[1:]
    return (word[:1] == "و" and len(rest) >= 3
            and not (rest.startswith("ال") and len(bare(rest)) >= 3)
            and not is_role(rest, lex) and not is_org(rest, lex) and not is_given(rest, lex)
            and rest not in lex.stop and not common(rest, lex))


def _opened_by_verb(toks: list[Tok], lex: Lexicon,
                    feminine: bool | None) -> tuple[int, int, bool] | None:
    if len(toks) < 3 or not WORD_RE.match(toks[0].text):
        return None
    if toks[0].text in ("لم", "ولم", "لا", "ولا", "لن", "ولن") and len(toks) > 3:
        toks = toks[1:]  # ولم تكشف الشركة …، لكنها قالت: the negated verb opens it
    opener = toks[0].text
    if opener in lex.stop or opener in lex.participles:
        return None  # ثم وضح …: a particle, not the sentence's verb; مؤكدا وجوب …: a
        # participle, its object after it
    np_ = phrase(toks[1:], lex)
    if not np_.tokens:
        return None
    head = np_.tokens[0].text
    if not (is_org(head, lex) or is_role(head, lex) or _person(np_.name, lex)):
        return None
    if opener not in ("اما", "واما") and feminine is not None \
            and _opener_feminine(opener) not in (None, feminine):
        return None
    span = np_.name or np_.tokens
    return span[0].start, span[-1].end, bool(np_.name)


def _person(name: list, lex: Lexicon) -> bool:
    """A name read after a sentence's first word that is surely a person's: it starts
    with a given name, or is one rare word that is not a verb (تحولت) nor a word with
    a preposition (لنايف)."""
    if not name:
        return False
    first = name[0].text
    if is_given(first, lex) or (first == "عبد" and len(name) > 2):
        return True  # (عبد الملك الحوثي)
    return (len(name) == 1 and zipf(first, lex) < 4.5 and not common(first, lex)
            and not (first[:1] in "لبفسو" and zipf(first[1:], lex) >= 3.0)
            and not (first.endswith("ا") and not first.endswith("يا"))  # ضاحكا, not فيكتوريا
            and not first.endswith(("ت", "وا")) and ARABIC_WORD_RE.match(first) is not None)


def _opener_feminine(word: str) -> bool | None:
    """The gender of a sentence-opening verb: واتفقت feminine, وزار masculine; وتسعى
    and وتحدث alike start with ت (she strives, he spoke): unknown."""
    w = word[1:] if word[:1] in "وف" else word
    if w.endswith("ت") and len(w) > 3:
        return True
    if w.startswith("ت"):
        return None
    if w.startswith("ي") or len(w) == 3:
        return False
    return None
