"""The speaker's noun phrase after a trigger, and the proper name inside it.

Part of step 2 (events), per article (per event): :func:`phrase` reads the
subject noun phrase from the tokens after a reporting verb or an attribution
phrase — titles, roles, nationality adjectives, apposition, aliases in
parentheses, a place after في — and stops where the object, the statement or a
circumstance starts. :func:`pick_name` then chooses the proper-name run that
names the speaker (``قال الرئيس الروسي، فلاديمير بوتين`` → فلاديمير بوتين; see
:mod:`~akhbar.speakers.propernames`); a phrase with no name is kept whole (مصدر
دبلوماسي تركي).

Each word of the phrase goes through the rules of :data:`_RULES` in order; the
first that decides takes the word, skips it, or ends the phrase.

>>> from akhbar.speakers.lexicon import load_lexicon
>>> from akhbar.speakers.spans import tokens
>>> text = "الرئيس الروسي، فلاديمير بوتين إن الوضع خطير"
>>> p = phrase(tokens(text, 0, len(text)), load_lexicon())
>>> [t.text for t in p.tokens], [t.text for t in p.name], p.stop
(['الرئيس', 'الروسي', '،', 'فلاديمير', 'بوتين'], ['فلاديمير', 'بوتين'], 5)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.objects import object_starts
from akhbar.speakers.propernames import (
    AMIN_AS_TITLE,
    BARE_RANKS,
    TITLES_AS_GIVEN,
    apposed_after,
    could_be_name,
    ends_with_name,
    first_name_before,
    last_name_word,
    middle_name,
    name_ahead,
    person_follows,
    pick_name,
    place_then_person,
    rare_plain_word,
    set_off_pair,
    verbal_noun,
)
from akhbar.speakers.quoted import mark_quoted, quoted_statement
from akhbar.speakers.spans import (
    ABBREVIATED_TITLES,
    ARABIC_WORD_RE,
    QUOTE_OPEN,
    WORD_RE,
    Tok,
    without_la,
)
from akhbar.speakers.words import (
    COMPASS_POINTS,
    COMPLEMENT,
    EMPHATIC,
    SAME,
    THEN_ADVERBS,
    bare,
    circumstantial,
    closing_adjective,
    common,
    common_plural_in_at,
    document_key,
    family_in_al,
    feminine_past,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    kind_of_place,
    namey,
    oblique_plural,
    opens_statement,
    past_verb,
    plain_noun,
    present_verb,
    pronoun_stem,
    suffixed_common,
    two_word_given,
)

__all__ = ["Phrase", "appositive_name", "phrase", "title_like_particle"]


@dataclass
class Phrase:
    """The subject phrase read from some tokens."""

    tokens: list[Tok]
    name: list[Tok]  # the proper-name run chosen as speaker, or []
    stop: int  # index (in the scanned tokens) where the phrase ended
    document: str = ""  # the document named right after it (في بيان → "بيان")


# --------------------------------------------------------------------------
# The phrase, word by word. A rule returns None (no opinion), _STOP (the phrase
# ends before this word), _SKIP (drop this word, go on), or how many words to take.
# --------------------------------------------------------------------------

_STOP, _SKIP, _TAKE = 0, -1, 1
_Rule = Callable[[list[Tok], int, list[Tok], Lexicon], "int | None"]


def phrase(toks: list[Tok], lex: Lexicon, limit: int = 20) -> Phrase:
    """Read the subject noun phrase at the start of ``toks`` (at most ``limit`` words)."""
    n = len(toks)
    toks, index = mark_quoted(toks, lex)
    np_: list[Tok] = []
    i, stopped = 0, False
    while i < len(toks) and len(np_) < limit:
        action = _decide(toks, i, np_, lex)
        if action == _STOP:
            stopped = True
            break
        if action < 0:  # _SKIP, or a description in parentheses to read past
            i -= action
            continue
        np_.extend(toks[i:i + action])
        i += action
    stop = index[i] if i < len(toks) else n  # in the caller's tokens
    if i < len(toks) and toks[i].quoted:
        stop -= 1  # at the quotation mark: النيابة "خطوة ضرورية" opens the statement
    return Phrase(np_, pick_name(np_, lex), stop, _document_follows(toks, i, lex) if stopped else "")


def _decide(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> int:
    """The first decision of the rules, in order (_TAKE when none decides)."""
    if toks[i].quoted:
        # فيما اعتبرته النيابة "خطوة ضرورية": the statement; otherwise the quoted words
        # belong to the phrase (صحيفة “ميرور”)
        return _STOP if quoted_statement(toks, i, np_, lex) else _TAKE
    for rule in _RULES:
        action = rule(toks, i, np_, lex)
        if action is not None:
            return action
    return _TAKE


def _document_follows(toks: list[Tok], i: int, lex: Lexicon) -> str:
    """The document the phrase ended before (وقال الوزير في بيانه، عبر تغريدة), so
    that a later "البيان" is credited to this speaker; or ""."""
    if toks[i].text in ("،", ",") and i + 1 < len(toks):
        i += 1  # وأكد البنك المركزي، في بيان صادر عن …
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return document_key(nxt, lex) if toks[i].text in ("في", "فى", "ب", "عبر") else ""


def _punctuation(toks, i, np_, lex) -> int | None:
    """Apposition after a comma, an alias in parentheses, the dot of د.; any other
    mark or أن/إن ends the phrase."""
    x = toks[i].text
    if x in ("،", ","):
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if nxt[:1] == "و" and not is_given(nxt, lex) and lex.verb_re.fullmatch(nxt) is None \
                and past_verb(nxt[1:], lex):
            return _STOP  # بحسب مسؤولين، وحدد التقرير: a new clause, no apposition
        if feminine_past(nxt, lex):
            return _STOP  # مصادر مطلعة، رفضت الكشف عن هويتها: a verb ("who declined")
        if (np_ and not is_definite(np_[0].text) and past_verb(nxt, lex) and not is_given(nxt, lex)
                and i + 2 < len(toks) and is_definite(toks[i + 2].text)):
            return _STOP  # وحسب شهود عيان، سقط الطفل: what they saw, a clause
        if nxt.endswith("ا") and circumstantial(nxt, lex):
            return _STOP  # … للمجلس البلدي، مشيداً بالجهود: how he spoke, no apposition
        if nxt[:1] in "بل" and not is_given(nxt, lex) and zipf(nxt[1:], lex) >= 4.0 \
                and zipf(nxt[1:], lex) > zipf(nxt, lex):
            return _STOP  # وحث الوكيل السعيدي، بإعطاء المزيد: what he urged, no name
        if (np_ and (is_role(np_[0].text, lex) or _document_of_a_title(np_, lex))
                and (not _title_named(np_, lex) or place_then_person(toks, i, np_, lex))
                and (namey(nxt, lex) or nxt in lex.honorifics or nxt == "عبد"
                     or appositive_name(toks, i + 1, lex)
                     or (nxt in TITLES_AS_GIVEN and i + 2 < len(toks)
                         and family_in_al(toks[i + 2].text, lex))  # ، أمين التهراوي
                     or (is_definite(nxt) and name_ahead(toks, i + 2, lex, 3))
                     or (nxt in lex.address and i + 3 < len(toks)  # ، السفير سنان المجالي
                         and namey(toks[i + 2].text, lex) and not is_definite(toks[i + 2].text))
                     or (is_role(nxt, lex) and _second_title_then_name(toks, i + 1, lex))
                     or (is_role(nxt, lex) and not is_definite(nxt) and i + 2 < len(toks)
                         and not namey(toks[i + 2].text, lex)
                         and name_ahead(toks, i + 2, lex, 5)))):
            return _TAKE  # apposition: الرئيس الروسي، فلاديمير بوتين؛ والي الولاية، الفريق
            # ركن الطيب المصباح (a rank, then the name); رئيس اللجنة، رئيس النيابة فلان
            # (a second title, then the name)
        return _STOP
    if x == "(" and np_:
        j = _parenthesised(toks, i, lex)
        if j is not None:
            return j + 1 - i  # an alias: الرئاسة الروسية (الكرملين)
        j = _description(toks, i, lex)
        nxt = toks[j + 1].text if j is not None and j + 1 < len(toks) else "."
        if j is not None and WORD_RE.match(nxt) and nxt not in lex.stop \
                and not COMPLEMENT.match(nxt):
            return -(j + 1 - i)  # (مذيع الأرصاد الجوية) الأشهر في العراق فلان: read past
            # a description, the title goes on after it
        return _STOP
    if x == "." and np_ and np_[-1].text in ABBREVIATED_TITLES:
        return _SKIP  # د. عزام: the dot of an abbreviated title
    if x == ":" and np_ and np_[-1].text in lex.honorifics and i + 1 < len(toks) \
            and is_given(toks[i + 1].text, lex):
        return _SKIP  # الأستاذ الدكتور : محمد الأهدل: a colon after the title of address
    if x == "/" and np_ and np_[-1].text in lex.honorifics:
        return _SKIP  # الدكتور / محمد عامر، السيد/سعيد داوود: a title of address, a stroke
    if x in ("ل", "لل") and _quoted_body_then_holder(toks, i, np_, lex):
        return _TAKE  # رئيس المكتب الإعلامي لـ“فتح”، منير الجاغوب: the title's body, quoted
    if not WORD_RE.match(x) or COMPLEMENT.match(x) or (np_ and x in ("ل", "لل", "ب", "بال")):
        return _STOP  # also a preposition written apart: رسامني للـ"أم تي في"
    if np_ and x in lex.verbs and lex.verbs[x].family in ("say", "add") \
            and not lex.verbs[x].present and ends_with_name(np_, lex):
        return _STOP  # قال عيسى قال ثور: a verb of saying after a name ends it (a chain
        # of narrators)
    return None


def _quoted_body_then_holder(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A preposition ل written apart before a quoted body's name, after a title with no
    name yet, and a comma and a name after the quotation: the title's body, then its
    holder (not قال لـ«الراي»: the paper one spoke to, with no name after it)."""
    if not np_ or not is_role(np_[0].text, lex) or pick_name(np_, lex):
        return False
    j = i + 1
    while j < len(toks) and toks[j].quoted:
        j += 1
    return (i + 1 < j < len(toks) - 1 and toks[j].text in ("،", ",")
            and (namey(toks[j + 1].text, lex) or toks[j + 1].text in lex.honorifics))


#: Adjectives of size after a quantifier (عدد كبير من، عدد محدود من).
_SIZES = frozenset({"كبير", "قليل", "محدود", "هائل", "كبيرة", "قليلة", "واسع", "ضئيل"})


def _title_named(np_: list[Tok], lex: Lexicon) -> bool:
    """The title already holds its person's name (not only a place or body of the
    title: مندوبة كندا لدى الأمم المتحدة، …)."""
    name = pick_name(np_, lex)
    if not name:
        return False
    k = next(i for i, t in enumerate(np_) if t is name[0])
    while k > 1 and is_describer(np_[k - 1].text, lex):
        k -= 1  # مستشار الرئيس الأمريكي دونالد ترامب، جون بولتون: the name is the
        # president's, inside the title; the adviser's comes after the comma
    # the name right after a definite head title is its holder's (الوزير أحمد سالم،
    # نحن …); after an indefinite one it is its genitive (مندوبة كندا), and after a
    # title inside the phrase it may be another person's
    return k == 0 or (k == 1 and is_definite(np_[0].text)) or not (
        is_role(np_[k - 1].text, lex) or is_org(np_[k - 1].text, lex))


def appositive_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """After a title and a comma: a name of two words (نيكي هيلي، لزهر العكرمي)."""
    if k + 1 >= len(toks):
        return False
    second = toks[k + 1].text
    if second in ("بن", "ابن", "ولد", "بنت") and k + 2 < len(toks) \
            and WORD_RE.match(toks[k].text) and (namey(toks[k + 2].text, lex)
                                                 or is_given(toks[k + 2].text, lex)):
        return True  # رئيس شبكة دستورنا، جوهر بن مبارك: X بن Y is a name, however common X
    first = toks[k].text
    if k + 2 < len(toks) and toks[k + 2].text in ("،", ",") and (
            set_off_pair(first, second, lex) or _set_off_before_statement(toks, k, lex)):
        return True  # الناطق باسم الخارجية، رومان نادال، …؛ … في غزة، سلامة معروف، إن
    if not could_be_name(first, lex):
        return False
    return namey(second, lex) or (is_definite(second) and not common(bare(second), lex)
                                  and not is_describer(second, lex))


def _second_title_then_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A second title from ``k``, set off by its own comma, then a name (الوزير المنتدب …،
    الناطق الرسمي باسم الحكومة، مصطفى بايتاس، خلال …): the holder of both titles."""
    for j in range(k + 1, min(len(toks) - 1, k + 7)):
        if toks[j].text in ("،", ","):
            nxt = toks[j + 1].text
            return (is_given(nxt, lex) or (namey(nxt, lex) and j + 2 < len(toks)
                                           and namey(toks[j + 2].text, lex)))
        if not WORD_RE.match(toks[j].text) or COMPLEMENT.match(toks[j].text):
            return False
    return False


def _set_off_before_statement(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Two plain words set off by commas right before the statement (… في غزة، سلامة
    معروف، إن; وزير الاقتصاد، أمين سلام، إلى أن): nothing but the holder's name stands
    there, however common its words (not a time or a circumstance: ، أمس الأحد، …)."""
    words = [t.text for t in toks[k:k + 2]]
    after = toks[k + 3].text if k + 3 < len(toks) else ""
    return (len(words) == 2 and all(
                ARABIC_WORD_RE.fullmatch(w) and not is_definite(w) and w not in lex.stop
                and w not in lex.time and w not in lex.verbs and not is_org(w, lex)
                and (not is_role(w, lex) or (n == 0 and w in TITLES_AS_GIVEN))
                and not circumstantial(w, lex) and w[:1] not in "بلف"
                for n, w in enumerate(words))
            and words[1] not in lex.modifiers and words[1] not in AMIN_AS_TITLE  # (، أمين عام،)
            and (COMPLEMENT.match(after) is not None or after in ("الى", "إلى", "على")))


def _at_the_time(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """في حينه/في وقتها after a title, then a title of address or a given name: a former
    holder's title, the adverb inside it as آنذاك is."""
    words = [t.text for t in toks[i + 1:i + 3]]
    return (bool(np_) and is_role(np_[0].text, lex) and len(words) == 2
            and words[0] in THEN_ADVERBS | {"حينه", "وقته"}
            and (words[1] in lex.honorifics or is_given(words[1], lex)))


def _place_or_circumstance(toks, i, np_, lex) -> int | None:
    """في/ب before a place belong to a title (عضو في مجلس مدينة); before a
    circumstance (في بيان، بالتزامن) or an addressee (لوكالة) they end the phrase."""
    x = toks[i].text
    if x in ("في", "فى") and _at_the_time(toks, i, np_, lex):
        return -2  # قائممقام القضاء في حينها عباس رشم: "at the time", the holder follows
    if x in ("في", "ب"):
        return _TAKE if np_ and _place_follows(toks, i + 1, lex) else _STOP
    if x[:1] in "بف" and bare(x[1:]) in lex.circumstance:
        return _STOP
    nxt = [t.text for t in toks[i + 1:i + 3]]
    if x in lex.time_lead and nxt and (nxt[0] in lex.time or nxt == ["من", "امس"]):
        return _STOP  # صحيفة نيويورك تايمز أول (من) أمس: a time, not the paper's name
    if x == "لدى" and np_ and i + 1 < len(toks) and _with_pronoun(toks[i + 1].text, lex):
        return _STOP  # الوالي المكلف لدى مخاطبته الاجتماع: "when addressing", no title's
        # place (مندوب لدى الأمم المتحدة)
    if x == "برئاسة" and np_ and is_org(np_[0].text, lex) and not is_role(np_[0].text, lex):
        return _STOP  # اللجنة برئاسة فلان: "chaired by", not a title's "at the Presidency"
    if x.startswith("لل") and np_ and is_role(np_[0].text, lex) and not pick_name(np_, lex) \
            and name_ahead(toks, i + 1, lex, 3):
        return None  # المدير العام للوكالة عبد الكريم منصوري: the title's body, a name next
    if (x.startswith("لل") and np_ and not is_definite(np_[0].text)
            and bare(np_[0].text) in lex.sources and namey(x[2:], lex) and not common(x[2:], lex)):
        return _STOP  # مصادر فلسطينية للأناضول: the outlet told, not the sources' genitive
    if (x.startswith("لل") and np_ and lex.nationality.match(np_[-1].text)
            and oblique_plural("ال" + x[2:]) and not is_org("ال" + x[2:], lex)):
        return _STOP  # وأعلنت وزارة الصحة البحرينية للراغبين في …: whom it told, after
        # the body's nationality (its genitive comes before that: وزارة الصحة البحرينية)
    if np_ and x[:1] == "ل" and len(x) > 4 and suffixed_common(x[1:], lex) \
            and ends_with_name(np_, lex) and not is_given(x, lex):
        return _STOP  # أكد المستشار أولاف شولتس لمواطنيه أن: those he told, not his name
    if (x[:1] == "ل" and len(x) > 3 and np_ and is_role(np_[0].text, lex)
            and not pick_name(np_, lex) and _name_past_an_alias(toks, i + 1, lex)):
        return None  # المفوض العام لوكالة غوث … (أونروا) فيليب لازاريني: the title's body
        # in ل, its alias, then the holder's name (not the agency he told)
    if x == "ل" or (x[:1] == "ل" and (bare(x[1:]) in lex.addressee or x[1:] in lex.addressee
                                       or bare(x) in lex.addressee
                                       or pronoun_stem(x[1:]) in lex.addressee
                                       or "ال" + x[1:] in lex.period)):
        return _STOP  # (لوكالة، لوكالتنا، لصحيفتنا؛ مكتب الإحصاء الوطني لعام 2017: a date)
    return None


def _holder_after_ranks(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Past the ranks at ``i``, a given name or a quoted name starts."""
    k = i
    while k < len(toks) and k < i + 6 and toks[k].text in BARE_RANKS:
        k += 1
    if k >= len(toks):
        return False
    return toks[k].quoted or toks[k].text in QUOTE_OPEN or is_given(toks[k].text, lex)


def _name_past_an_alias(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A body's alias in parentheses comes within eight words from ``k``, a given name
    right after it: the title goes on to its holder."""
    for n in range(k, min(len(toks) - 3, k + 8)):
        if toks[n].text == "(":
            close = n + 2 if toks[n + 2].text == ")" else n + 3
            after = toks[close + 1].text if close + 1 < len(toks) else ""
            return toks[close].text == ")" and (is_given(after, lex) or (
                namey(after, lex) and not common(after, lex)))
        if not WORD_RE.match(toks[n].text) or COMPLEMENT.match(toks[n].text):
            return False
    return False


def title_like_particle(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A title folded like a particle, at the start of the subject: إمام "imam" like
    أمام "before" when an honorific or a given name follows (إمام وخطيب جامع … الشيخ
    سعود; not أكد أمام المجلس أن …), والي "governor" like وإلى "and to" before a
    definite noun (وقال والي الولاية، …: right after a verb, "and to" joins nothing)."""
    x = toks[i].text
    if x == "والي":
        return i + 1 < len(toks) and is_definite(toks[i + 1].text)
    return x == "امام" and name_ahead(toks, i + 1, lex, 14)


def _name_after_emphatic(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A name follows: a given name or honorific, or two words of a name (عرفات المبسوط)."""
    if name_ahead(toks, k, lex, 2):
        return True
    if k + 1 >= len(toks):
        return False
    x, y = toks[k].text, toks[k + 1].text
    return (namey(x, lex) and not is_definite(x) and ARABIC_WORD_RE.match(y) is not None
            and (namey(y, lex) or (is_definite(y) and zipf(y, lex) < 3.0)))


#: Titles that take على for what they are over (المشرف العام على، القائم على).
_OVER = ("مشرف", "قائم", "وصي", "مهيمن")


def _part_of_a_title(toks, i, np_, lex) -> int | None:
    """من after a quantifier (عدد من معارف الشهيد) and على before a name still to come
    (المشرف العام على مركز الملك سلمان … الدكتور عبدالله الربيعة) are in the title."""
    x = toks[i].text
    if x == "من" and np_ and (bare(np_[-1].text) in lex.quantifiers or (
            len(np_) >= 2 and bare(np_[-2].text) in lex.quantifiers
            and np_[-1].text in _SIZES)):
        return _TAKE  # (عدد كبير من المواطنين: a quantifier's adjective of size)
    if not np_ and title_like_particle(toks, i, lex):
        return _TAKE
    if (x == "من" and i + 2 < len(toks) and toks[i + 1].text == "اجل"
            and any(is_org(t.text, lex) or is_org(t.text[1:], lex) for t in np_)):
        return 2  # حزب البديل من أجل ألمانيا، الاتحاد من أجل الجمهورية: the body's name
    if (x in BARE_RANKS and np_ and is_role(np_[0].text, lex) and not pick_name(np_, lex)
            and _holder_after_ranks(toks, i, lex)):
        return _TAKE  # والي الخرطوم فريق أول مهندس ركن “عبد الرحيم محمد حسين”: ranks
        # written without ال, then the holder's name
    if x == "امام" and np_ and np_[-1].text in lex.styles:
        return _TAKE  # فضيلة إمام وخطيب المسجد: the imam (folded like أمام "before")
    if not np_ and x in SAME and i + 1 < len(toks) and is_definite(toks[i + 1].text):
        return 2  # ذات المسؤول، نفس المصدر: "the same official", one phrase
    if x in ("الى", "إلى") and np_ and bare(np_[0].text) in _ENVOYS and i + 1 < len(toks) \
            and _a_place(toks[i + 1].text, lex):
        return 2  # المبعوث الأممي إلى اليمن هانس غروندبرغ: where he is sent, his title's
    if (x == "من" and 0 < len(np_) <= 2 and bare(np_[0].text) in lex.sources and i + 1 < len(toks)
            and (is_definite(toks[i + 1].text) or is_org(toks[i + 1].text, lex))):
        return _TAKE  # مصدر من الحرس البحري، مسؤول من وزارة الصحة
    if x == "على" and np_ and not pick_name(np_, lex) and name_ahead(toks, i + 1, lex) \
            and any(bare(t.text).startswith(_OVER) for t in np_):
        return _TAKE  # (not اطلع المحافظ على محطة الفقيد فلان: what he saw)
    if (x in ("هو", "وهو", "هي", "وهي") and np_ and (is_role(np_[0].text, lex) or np_[0].text
                                                    in lex.sources) and not pick_name(np_, lex)
            and i + 2 < len(toks) and namey(toks[i + 2].text, lex)
            and (could_be_name(toks[i + 1].text, lex) or is_given(toks[i + 1].text, lex))):
        return _SKIP  # قال متحدث آخر باسم الرئاسة هو جربا شيهو: the name in apposition
    if (x == "من" and len(np_) >= 2 and is_role(np_[0].text, lex) and not pick_name(np_, lex)
            and np_[-1].text.startswith("الم") and name_ahead(toks, i + 1, lex, 4)):
        return _TAKE  # رئيس الحكومة المكلفة من البرلمان فتحي باشاغا: by whom, then the name
    if x in EMPHATIC and len(np_) >= 2 and _name_after_emphatic(toks, i + 1, lex) and (
            is_definite(np_[-1].text) or is_org(np_[-1].text[1:], lex)):
        return _TAKE  # مساعد وكيل الجمهورية بالمحكمة ذاتها عرفات المبسوط: "the same"
        # (with no name after it, المصدر ذاته is the source met before)
    if (x == "عن" and len(np_) >= 2 and bare(np_[0].text) in _REPRESENTATIVES
            and not pick_name(np_, lex) and name_ahead(toks, i + 1, lex, 6)):
        return _TAKE  # النائب في البرلمان عن دائرة بنزرت فلان: whom he represents, then
        # his name
    if (x == "عن" and np_ and is_role(np_[-1].text, lex) and i + 1 < len(toks)
            and bare(np_[-1].text) not in ("مصدر", "مصادر")  # (المسؤول عن البرنامج: his charge)
            and (is_org(toks[i + 1].text, lex) or name_ahead(toks, i + 1, lex, 5)
                 or (bare(np_[-1].text).startswith("ممثل") and is_definite(toks[i + 1].text)))):
        return _TAKE  # النائب عن حزب نداء تونس، القيادي عن الحركة خميس قسيلة، ممثلون عن
        # الأحزاب: whom they represent (not وأعرب المصدر عن رفض …: what he expressed)
    return None


def _object_starts(toks, i, np_, lex) -> int | None:
    """The verb's object starts here (:func:`~akhbar.speakers.objects.object_starts`);
    but غير and its adjective go on the phrase (مصادر غير رسمية)."""
    if toks[i].text == "غير" and np_ and i + 1 < len(toks) and is_describer(toks[i + 1].text, lex):
        return 2
    if np_ and np_[-1].text in _IN_CHARGE and toks[i].text[:1] == "ب":
        return _TAKE  # المكلف بالإعلام: what he is in charge of, part of the title
    if len(np_) >= 2 and np_[-2].text in _ACTING and np_[-1].text[:1] == "ب" \
            and toks[i].text == "اعمال":
        return _TAKE  # القائم بتسيير أعمال …: the office he runs, part of the title
    if (len(np_) >= 2 and toks[i].text == "مع" and np_[-2].text in _IN_CHARGE
            and np_[-1].text.startswith("بال") and i + 1 < len(toks)
            and is_definite(toks[i + 1].text)):
        return 2  # المكلف بالعلاقات مع البرلمان: with whom, still the title
    return _STOP if object_starts(toks, i, np_, lex) else None


def _after_the_name(toks, i, np_, lex) -> int | None:
    """After a complete name a word with ل/ب/و starts the object (وأشاد أبوداود بالروح …),
    unless another name is still to come or the word is a surname in -ي (مسرور بارزاني)."""
    x = toks[i].text
    if np_ and x in ("ضيف", "ضيفة") and _guest_of(toks, i, np_, lex):
        return _STOP  # ماهر بن ضياء ضيف بوليتيكا: the guest of a programme, after the name
    if _country_body(np_, x, lex):
        return None  # قطر للسياحة، مصر للطيران: a body named by its country, not an object
    if (len(np_) == 1 and x.startswith("لل") and len(x) > 4 and not is_definite(np_[0].text)
            and (np_[0].text.endswith(("ون", "ين")) or np_[0].text in lex.sources)):
        return _STOP  # وقال مواطنون للجزيرة نت: the outlet they spoke to (a body of
        # people in -ون takes no genitive in لل)
    if (np_ and x[:1] in "لبو" and x not in lex.connectors and x != "لدى" and not namey(x, lex)
            and not (_name_here(x, np_, lex) and zipf(x[1:], lex) <= max(2.0, zipf(x, lex)))
            and not (x[:1] == "و" and x.endswith("ي") and zipf(x[1:], lex) < zipf(x, lex)
                     and len(pick_name(np_, lex)) == 1)  # مصطفى وزيري: a surname in و
            and ends_with_name(np_, lex) and not _surname_at_close(toks, i, np_, lex)
            and not _family_at_close(toks, i, np_, lex)
            and (not name_ahead(toks, i + 1, lex)
                 or (x[:1] == "ب" and (x[1:] in lex.honorifics or is_role(x[1:], lex))
                     and len(pick_name(np_, lex)) >= 2))):
        return _STOP  # (رحب الوزير محمد العيسى بالدكتور أحمد الطيب: a guest, named too;
        # but منذر بالحاج علي: a family name after a given name alone)
    if np_ and x[:1] == "ل" and _addressee_title(x[1:], lex) and (
            ends_with_name(np_, lex) or (len(np_) == 1 and is_definite(np_[0].text)
                                         and not is_role(np_[0].text, lex)
                                         and not is_org(np_[0].text, lex))):
        return _STOP  # وقال الجميل لرئيس المجلس نبيه بري: the hearer, and his name
    return None


def _guest_of(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """ضيف after a whole name is "guest of" the programme after it (… ضيف برنامج
    الصباح), not a family name, which a title would follow (نشأت ضيف المستشار)."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return (ends_with_name(np_, lex) and not is_role(nxt, lex) and WORD_RE.match(nxt) is not None
            and (len(pick_name(np_, lex)) >= 2 or common(nxt, lex)))


def _country_body(np_: list[Tok], x: str, lex: Lexicon) -> bool:
    """A country's name and لل + a common noun name a body (قطر للسياحة، مصر للطيران,
    not للصحفيين: whom one spoke to)."""
    return (len(np_) == 1 and x.startswith("لل") and len(x) > 4
            and not is_definite(np_[0].text) and bool(lex.nationality.match(np_[0].text + "ي"))
            and common(x[2:], lex) and x[2:] not in lex.addressee
            and bare(x[1:]) not in lex.addressee)


def _construct_goes_on(np_: list[Tok], x: str, lex: Lexicon) -> bool:
    """The phrase ends inside a chain of indefinite nouns that each govern the next
    (رئيس جمعية أصحاب شركات الحج): a frequent noun there, without ال after a body or
    a title without ال, still needs its genitive, the common noun ``x``, though it
    reads as a name (أصحاب is rarely written with ال, being mostly in construct)."""
    if len(np_) < 2:
        return False
    last, before = np_[-1].text, np_[-2].text
    return (common(x, lex) and not is_definite(last) and not is_given(last, lex)
            and not np_[-1].quoted and zipf(last, lex) >= 4.5 and not is_definite(before)
            and (is_org(before, lex) or is_role(before, lex)))


def _document_of_a_title(np_: list[Tok], lex: Lexicon) -> bool:
    """A document of a title's holder (كلمة للرئيس الصومالي، بيان لوزير الخارجية): the
    holder's name may follow in apposition, as after the title itself."""
    if len(np_) < 2 or bare(np_[0].text) not in lex.documents:
        return False
    title = without_la(np_[1])
    return title is not None and is_role(title[0].text, lex)


def _last_of_a_set_off_name(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A plain word closing a name set off by commas after a title, right before the
    statement (وزيرة المالية، سهام البوغديري نمصية، أن): the name's last word."""
    comma = next((k for k in range(len(np_) - 1, -1, -1) if np_[k].text in ("،", ",")), None)
    x = toks[i].text
    after = [t.text for t in toks[i + 1:i + 3]]
    return (comma is not None and 1 <= len(np_) - comma - 1 <= 3 and is_role(np_[0].text, lex)
            and all(WORD_RE.match(t.text) for t in np_[comma + 1:])
            and ARABIC_WORD_RE.fullmatch(x) is not None and x not in lex.stop
            and not is_role(x, lex) and not is_org(x, lex) and x[:1] not in "لبف"
            and len(after) == 2 and after[0] in ("،", ",")
            and (COMPLEMENT.match(after[1]) is not None or after[1] in ("الى", "إلى")))


def _surname_at_close(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A word in ب after a one-word name, last before a comma or the statement, is the
    surname, not ب + an object (قال المفتش العام، محمد بزاز، إن): ب + a rare word, as
    objects are words in use (بوضوح، بالجهود)."""
    x = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    name = pick_name(np_, lex)
    one_given = len(name) == 1 or (len(name) == 2 and (
        name[0].text == "عبد" or two_word_given(name[0].text, name[1].text, lex)))
    alone = (bool(name) and one_given and name[-1] is np_[-1]) or (
        len(np_) == 1 and is_given(np_[0].text, lex)) or (
        bool(np_) and not name and is_definite(np_[-1].text) and is_given(np_[-1].text, lex))
    # (مدير المهرجان الصادق بالطيب: a given name with ال after the title)
    if x.startswith("بال") and alone and (is_given(x[1:], lex) or x[1:] in lex.honorifics):
        return True  # الصادق بالطيب، رضا بالحاج: ب + a given name or a title of
        # address with ال, a Maghrebi family name
    if (x[:1] == "ب" and len(name) == 2 and is_given(name[0].text, lex)
            and is_given(name[1].text, lex) and name[-1] is np_[-1] and nxt in lex.time
            and not is_definite(x[1:]) and not common(x[1:], lex) and zipf(x[1:], lex) < 3.0):
        return True  # محافظ تعز صلاح عبدالرحمن بجاش اليوم: a given name and the father's,
        # then a rare word in ب before the time: the family name
    return (x[:1] == "ب" and bool(name) and one_given and name[-1] is np_[-1]
            and _closes_here(nxt, lex) and nxt not in ("الى", "إلى")
            and not is_definite(x[1:]) and not common(x[1:], lex)
            and (zipf(x[1:], lex) < 2.5 or zipf(x, lex) >= 3.0))  # (راجح بادي، : بادي is
    # a word of its own, not ب + أدى)


def _closes_here(nxt: str, lex: Lexicon) -> bool:
    """The word after a subject's last word: a mark, the statement, its noun of saying
    (قوله), the addressee's ل or the إلى of a verb of stance."""
    return (nxt in ("،", ",", ":", "الى", "إلى", "ل", "لـ") or nxt.startswith("لـ")
            or opens_statement(nxt) or nxt in QUOTE_OPEN or nxt in lex.saying)


def _family_at_close(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A word that reads as a word, right after a one-word name that follows a title of
    address (or a given name after a title), last before a comma or the statement: the
    family name (العماد ميشال عون، إن: عون "help"; النائب الأول أحمد بحر إن)."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    before, last = (np_[-2].text, np_[-1].text) if len(np_) >= 2 else ("", "")
    titled = (before in lex.honorifics and namey(last, lex)) or (
        is_given(last, lex) and (is_role(before, lex) or is_describer(before, lex))) or (
        is_role(np_[0].text, lex) and not is_definite(last) and namey(last, lex)
        and not common(last, lex) and not is_role(last, lex))
    # (النائب الأول أحمد بحر، إن: a given name after a title's last word; وزير الاتصالات
    # بطرس حرب: a first name no one uses as a word, after a title)
    return (titled and _closes_here(nxt, lex)
            and last_name_word(toks[i].text, lex, ceiling=6.0)
            and not verbal_noun(toks[i].text, lex))


def _addressee_title(x: str, lex: Lexicon) -> bool:
    """A title after ل that a person's name cannot govern: the person spoken to."""
    return is_role(x, lex) or is_role(bare(x), lex) or is_role("ال" + x, lex)


def _spokesman_of(toks, i, np_, lex) -> int | None:
    """المتحدث (الرسمي) باسم …: part of the title, not the name باسم."""
    x = toks[i].text
    if x == "باسم" and np_ and (is_role(np_[-1].text, lex) or is_describer(np_[-1].text, lex)):
        return _TAKE
    return None


#: "Acting", running an office (القائم بأعمال السفارة، القائم بتسيير أعمال …).
_ACTING = frozenset({"القائم", "القائمة"})

#: "in charge of": the ب after it is the title's, not an object (المكلف بالإعلام).
_IN_CHARGE = frozenset({"المكلف", "المكلفة", "مكلف", "مكلفة", "المكلفين", *_ACTING})


def _statement_or_object(toks, i, np_, lex) -> int | None:
    """A noun of saying (نقل عن مصدر قوله), the object of أشاد/طالب with ب (بالجهود،
    بالروح — not بنادي/بوزارة in a title), or a new indefinite common noun after a
    complete phrase (أكد مديرو التعليم جاهزية المدارس)."""
    x = toks[i].text
    if np_ and x in lex.documents and ends_with_name(np_, lex):
        return _STOP  # ألقى الدكتور عمر أبو هاشم كلمة: what he delivered, no name
    if len(np_) >= 2 and bare(np_[0].text) in lex.documents and _verb_with_pronoun(x, lex):
        return _STOP  # ذكر بيان وزارة الداخلية تلقته “الرشيد”: the issuer is named, then
        # who received it (بيان أصدرته الوزارة: the issuer after the verb goes on)
    if x in lex.saying or (np_ and x[:1] == "و" and _with_pronoun(x[1:], lex)
                           and not is_role(x[1:].rstrip("اهم"), lex)):
        return _STOP  # a noun of saying; ومقره الرباط: a new clause about the speaker
        # (not a second title of his: سفير المملكة ومندوبها الدائم)
    if (len(np_) >= 2 and x[:1] not in "وبلف" and x.endswith(("ته", "ها", "هم"))
            and suffixed_common(x, lex) and not is_given(x, lex) and not is_role(x, lex)
            and not is_org(x, lex) and (namey(np_[-1].text, lex) or (
                is_definite(np_[-1].text) and lex.nationality.match(np_[-1].text)))
            and not is_role(np_[-1].text, lex) and not is_org(np_[-1].text, lex)):
        return _STOP  # أبدى عدد من المواطنين في محافظة عنيزة استياءهم: a noun with a
        # pronoun after a name or a place is the object (a lone final ه is too often a
        # family name's: لؤي شبانه)
    if (len(np_) == 1 and x.startswith("الم") and i + 1 < len(toks)
            and toks[i + 1].text.endswith(("هم", "هن")) and suffixed_common(toks[i + 1].text, lex)
            and not np_[0].text.endswith(("ون", "ين", "ات"))):
        return _STOP  # ودعت الوزارة المعلنة أسماؤهم: a participle whose noun's pronoun is
        # others' (plural after a singular head) starts the object (but الرئيس المنتهية
        # ولايته: his own term, part of the subject)
    if (np_ and x.endswith("ه") and not is_given(x, lex)
            and ((len(np_) == 1 and suffixed_common(x, lex)
                  and (namey(np_[0].text, lex) or is_given(bare(np_[0].text), lex)
                       or (is_definite(np_[0].text) and is_role(np_[0].text, lex))))
                 or (verbal_noun(pronoun_stem(x), lex) and ends_with_name(np_, lex)
                     and len(pick_name(np_, lex)) >= 2)
                 or (len(np_) >= 3 and suffixed_common(x, lex) and namey(np_[-1].text, lex)
                     and not is_definite(np_[-1].text) and np_[-3].text in lex.honorifics
                     and zipf(pronoun_stem(x), lex) >= 4.5))  # (الدكتور مالك خريسات دعمه)
            and zipf(pronoun_stem(x), lex) >= zipf(x[:-1] + "ة", lex) + 2.0):
        return _STOP  # وأكد الناصر حرصه على، اختتم المحافظ لقاءه، … صلاح المالكي اعتزازه: the
        # object (a family name in ه stands for ة, شبانه: its stem in ة is a word too)
    if np_ and x[:1] == "و" and suffixed_common(x, lex) and not suffixed_common(x[1:], lex) \
            and not is_role(x[1:], lex):
        return _STOP  # أكدت مصادر ميدانية وقوعه في أيدي الثوار: و is the noun's own
        # letter (وقوع، وقوف، وصول), a noun with a pronoun: the object
    if np_ and x[:1] == "و" and is_role(x[1:], lex) and ends_with_name(np_, lex):
        return _STOP  # محافظ بغداد محمد جابرالعطا ووزير الصحة …: a second person
    if np_ and x[:1] != "و" and x not in THEN_ADVERBS and verbal_noun(x, lex) and (
            closing_adjective(np_[-1].text, lex)
            or (len(np_) >= 2 and is_org(np_[0].text, lex) and not is_definite(np_[-1].text)
                and namey(np_[-1].text, lex) and not is_definite(x))
            or (len(np_) >= 3 and np_[-2].text == "في" and namey(np_[-1].text, lex))):
        # (يهم نقابة المحامين في طرابلس التوضيح: nothing of a body's name after its town)
        # (أكدت أمانة بغداد استمرار الحملات; but جهاز مكافحة الإرهاب: a genitive)
        return _STOP  # أكدت وزارة التربية الكويتية استكمال …، نفت الهيئة … المدنية الإدلاء
        # (not والإعلام، والأوقاف: a title goes on)
    if (np_ and not toks[i].quoted and lex.verb_re.fullmatch(x) and not is_given(x, lex)
            and (x.endswith("ت") or x[:1] in "يت") and len(np_) >= 2):
        return _STOP  # مصادر مالية تحدثت لـ«الشرق الأوسط»، الناقدة ديانا أيوب تقول: a
        # reporting verb of its own, a relative clause or the statement
    if np_ and not toks[i].quoted and x[:1] == "ل" and present_verb(x[1:], lex):
        return _STOP  # آل الشيخ ليتحدث: a verb of purpose after the subject
    if np_ and not toks[i].quoted and x[:1] == "س" and len(x) > 3 and present_verb(x[1:], lex) \
            and not is_given(x, lex) and bare(np_[0].text) in lex.documents:
        return _STOP  # ووفقا للبيان ستعلن الوزارة: a verb in the future, the clause (after
        # a document only: سيعود is a family name too, والي وهران السعيد سيعود)
    if (np_ and not toks[i].quoted and x[:1] == "ي" and present_verb(x, lex)
            and x not in ("يدعى", "يسمى")):
        return _STOP  # بحسب موقع «ميرور» يبدو أن …: a verb, the statement (ت- starts
        # too many places to tell: تبوك، تعز)
    if (x[0] == "ب" and not common(x, lex) and x not in lex.given and x not in lex.connectors
            and not _maghrebi_bel(x, lex)
            and not (len(np_) == 1 and np_[0].text in lex.territorial)  # محافظ بنادر
            and not (np_ and namey(np_[-1].text, lex) and namey(x, lex)  # توماس باخ, not
                     and (len(np_) < 2 or not namey(np_[-2].text, lex))  # سكاي نيوز بمقتل
                     and not _action_with_b(x, lex))  # (nor وعد هيثم بإعادة الاحتفال)
            and not name_ahead(toks, i + 1, lex) and not apposed_after(toks, i, np_, lex)
            and not _place_named(np_, x, lex) and not _surname_at_close(toks, i, np_, lex)
            and (is_definite(x[1:]) or common(x[1:], lex)
                                                        or _with_pronoun(x[1:], lex)
                                                        or _object_with_b(x, np_, lex)
                                                        or (ends_with_name(np_, lex)
                                                            and _action_with_b(x, lex))
                                                        or (zipf(x[1:], lex) > max(2.0, zipf(x, lex))
                                                            and len(pick_name(np_, lex)) >= 2
                                                            and ends_with_name(np_, lex)))
            and (not (is_org(x[1:], lex) or is_org(bare(x[1:]), lex))
                 or (len(np_) >= 2 and kind_of_place(np_[-2].text)))):
        return _STOP  # (أمير منطقة تبوك بالوفد: after the place's name, the body welcomed)
    if (np_ and not is_definite(x) and not _name_here(x, np_, lex) and not is_role(x, lex)
            and not is_org(x, lex) and not (x[0] == "ب" and is_org(x[1:], lex))
            and x not in lex.connectors and not _prefixed(x, lex)
            and (is_definite(np_[-1].text) or namey(np_[-1].text, lex))
            and not is_describer(x, lex) and x != "لدى"
            and not _construct_goes_on(np_, x, lex)
            and not (len(np_) > 1 and np_[-1].text == "بلا")  # أطباء بلا حدود: بلا
            # takes the next word (but فقال بلا حماس: no subject)
            and not (_given_end(np_, lex) and not (common_plural_in_at(x, lex)
                                                   and len(pick_name(np_, lex)) >= 2))
            and not _addressed(np_[-1].text, x, lex)
            and not _surname_at_close(toks, i, np_, lex)
            and not _family_at_close(toks, i, np_, lex)
            and not _last_of_a_set_off_name(toks, i, np_, lex)
            and not (i + 1 < len(toks) and two_word_given(x, toks[i + 1].text, lex))
            and not two_word_given(np_[-1].text, x, lex)  # رجب طيب: the given name goes on
            and not _second_name_after_address(np_, x, lex)
            and not _epithet_before_name(toks, i, np_, lex)
            and not _name_goes_on(toks, i, np_, lex)
            and not (_institution_named(np_, lex) and name_ahead(toks, i, lex))
            and not _rare_given_before_family(toks, i, np_, lex)):
        return _STOP
    return None


def _rare_given_before_family(toks, i, np_, lex) -> bool:
    """مدير بلدية العمارة نورس الساعدي: after a title's phrase, a rare plain word
    before a family name in ال opens the holder's name."""
    return (i + 1 < len(toks) and family_in_al(toks[i + 1].text, lex)
            and any(is_role(t.text, lex) for t in np_) and rare_plain_word(toks[i].text, lex))


def _after_a_territory(toks, i, np_, lex) -> int | None:
    """After a territory that closes a title or a body (محافظ تعز، مجلس محافظة عجلون)
    only a name, an adjective or a nisba goes on; a common noun is the object
    (أكد محافظ تعز أهمية المشروع، استنكر مجلس محافظة عجلون الاعتداءات)."""
    x = toks[i].text
    if (len(np_) >= 3 and np_[-3].text in lex.territorial and np_[-2].text in COMPASS_POINTS
            and is_definite(x) and common(bare(x), lex) and not is_describer(x, lex)
            and not is_role(x, lex) and not lex.nationality.match(x)
            and not is_given(bare(x), lex) and namey(np_[-1].text, lex)):
        return _STOP  # ناشد والي جنوب دارفور المركز: a region of two words is whole, a
        # definite noun after it is the one appealed to
    if len(np_) < 2 or np_[-2].text not in lex.territorial:
        return None
    place = np_[-1].text
    if is_definite(place) or is_given(place, lex) or not ARABIC_WORD_RE.fullmatch(x) \
            or x in lex.connectors or place in lex.connectors or is_org(place, lex) \
            or is_role(place, lex) or common(place, lex) or place in lex.stop:
        return None  # (a place in construct goes on: ذي قار، عين تموشنت، دير الزور)
    nxt = _next(toks, i)
    if is_definite(x) and not (x.endswith(("ات", "ين")) or verbal_noun(x, lex)
                               or nxt in ("التي", "الذي") or is_describer(nxt, lex)
                               or _feminine_adjective(nxt, lex)):
        return None  # a place of two words (حفر الباطن، كفر الشيخ); but الاعتداءات،
        # المواطنين، الإدلاء، الجرائم البشعة: a plural, an action, a noun and its
        # adjective, the object
    if x[:1] == "ل" and x[:2] != "لل" and bare(x[1:]) in lex.people_plural:
        return _STOP  # بارك محافظ تعز لأبناء المخا: those he addressed, after the territory
    noun = plain_noun(x, lex) and not lex.nationality.match(x) and not is_given(bare(x), lex)
    return _STOP if noun and not first_name_before(x, nxt, lex) else None




def _feminine_adjective(word: str, lex: Lexicon) -> bool:
    """A definite word in ة that is no title, body or name: an adjective (البشعة)."""
    return (is_definite(word) and word.endswith("ة") and not is_role(word, lex)
            and not is_org(word, lex) and word not in lex.honorifics
            and not is_given(bare(word), lex))


def _next(toks: list[Tok], i: int) -> str:
    return toks[i + 1].text if i + 1 < len(toks) else ""


def _verb_with_pronoun(x: str, lex: Lexicon) -> bool:
    """A past verb with an object pronoun (تلقته، نشرته، أوردها)."""
    for suffix in ("ها", "ه"):
        stem = x.removesuffix(suffix)
        if stem != x and len(stem) >= 3 and not is_given(x, lex) and (
                past_verb(stem, lex) or (stem.endswith("ت") and past_verb(stem[:-1], lex))):
            return True
    return False


def _maghrebi_bel(x: str, lex: Lexicon) -> bool:
    """A Maghrebi family name in بل (بلعيد، بلقاسم، بلحاج): بل + a name or word, where
    the rest after ب (لعيد) is no noun in use (ب and ل never stand together)."""
    return (x.startswith("بل") and not x.startswith("بال") and len(x) >= 5
            and not common(x[1:], lex) and not suffixed_common(x[1:], lex)
            and (is_given(x[2:], lex) or common(x[2:], lex)))  # (not بلجنة، بلقاء: ب + a noun)


def _object_with_b(x: str, np_: list[Tok], lex: Lexicon) -> bool:
    """ب + a word in use, after a definite title or body: the verb's object (وطالب
    رئيس البلدية بتسريع الأشغال، ندد الاتحاد بإعادة …), not a place (بلدية بنزرت)."""
    return bool(np_) and is_definite(np_[-1].text) and _action_with_b(x, lex)


def _action_with_b(x: str, lex: Lexicon) -> bool:
    """ب + a verbal noun of the derived forms in use (بإعادة، بتسريع), read so far more
    often than the whole word: what a verb governs, never a name (توماس باخ)."""
    return zipf(x[1:], lex) >= 3.0 and zipf(x[1:], lex) > zipf(x, lex) \
        and bool(_ACTION_NOUN.match(x[1:]) or (
            _FIALA.match(x[1:]) and zipf(x[1:], lex) >= 4.0 and not is_org(x[1:], lex)
            and not kind_of_place(x[1:]) and not is_role(x[1:], lex)))


#: Verbal nouns of the derived forms that a verb's ب governs (تسريع، إبرام، إعادة،
#: محاسبة، استئناف): the shapes no place or family name after a title takes.
_ACTION_NOUN = re.compile(r"^(?:ت..ي.|ا..ا.|ا.ا.ة|ا.ت.ا.|است..ا.|م.ا..ة)$")
#: … and the first form فِعالة in frequent use (زيادة، حماية، رعاية): no body or place.
_FIALA = re.compile(r"^..ا.ة$")


def _place_named(np_: list[Tok], x: str, lex: Lexicon) -> bool:
    """A place whose name starts with ب after an indefinite body in construct (محافظة
    بنادر، ولاية بنزرت، بلدية بنقردان): the body's name, not ب + a word."""
    return (bool(np_) and not is_definite(np_[-1].text) and is_org(np_[-1].text, lex)
            and not is_definite(x[1:]))


def _institution_named(np_: list[Tok], lex: Lexicon) -> bool:
    """The name read so far names a place the title holds (خطيب جامع رجاء العتيبي
    بمدينة الرياض الشيخ …): it starts with, or follows, a common noun that is no
    title, so the person's name may still come."""
    name = pick_name(np_, lex)
    if not name:
        return False
    k = next(i for i, t in enumerate(np_) if t is name[0])
    return any(_place_noun(t.text, lex) for t in np_[max(0, k - 2):k + 1])


def _place_noun(x: str, lex: Lexicon) -> bool:
    return (common(x, lex) and not is_definite(x) and not is_role(x, lex)
            and not is_given(x, lex) and x not in lex.honorifics)


def _prefixed(x: str, lex: Lexicon) -> bool:
    """و/ل + a word (والتعاون، لوكالة) or a name (وحيدة سعدي) goes on the phrase; a
    very frequent word that only starts with the letter (وجود، لقاء) does not."""
    return x[:1] in "ول" and (zipf(x[1:], lex) >= zipf(x, lex) or zipf(x, lex) < 5.0)


def _with_pronoun(x: str, lex: Lexicon) -> bool:
    """A frequent word with a pronoun (تقديمها، برنامجه): the object, not a name."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if x.endswith(suffix) and len(x) > len(suffix) + 2:
            stem = x[: -len(suffix)]
            return max(zipf(stem, lex), zipf(stem[:-1] + "ة", lex) if stem.endswith("ت")
                       else 0.0) >= 3.5  # (متابعتها: ة written ت before a pronoun)
    return False


def _name_here(x: str, np_: list[Tok], lex: Lexicon) -> bool:
    """A name after a phrase: a word as frequent as وجود (a verbal noun of the object,
    ونفت السلطات التونسية وجود أي اتفاق) starts none, unless it is a given name; it
    may go on one (كورت بوك), also as a surname in -ي that reads as a name (مسرور
    بارزاني، written البارزاني as often)."""
    if namey(np_[-1].text, lex) and x.endswith("ي") and could_be_name(x, lex):
        return True
    return namey(x, lex) and (zipf(x, lex) < 4.7 or is_given(x, lex) or namey(np_[-1].text, lex))


def _given_end(np_: list[Tok], lex: Lexicon) -> bool:
    """The phrase ends with a given name (فهد؛ عبد المجيد، عبدالمالك) or a particle of
    a name (بن، أبو): a surname may follow, even a word of general use (عبد المجيد
    تبون، عبدالمالك سلال، يوسف بن علوي)."""
    last = np_[-1].text
    return (is_given(last, lex) or last in lex.connectors
            or (len(np_) >= 2 and (np_[-2].text == "عبد"
                                   or two_word_given(np_[-2].text, last, lex))))
    # (نور الدين فدي: a given name of two words, then the family name)


def _name_goes_on(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A word that may be a name goes on with the name before it (بهرام قاسمي), and
    a word before a given name starts one after a title (الكاتب الصحفي مكرم محمد
    أحمد: a first name, then the father's)."""
    x = toks[i].text
    if namey(np_[-1].text, lex) and could_be_name(x, lex):
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if middle_name(np_[-1].text, x, nxt, lex):
        return True  # رضوان حاج عبد الولي
    closes = toks[i + 2].text if i + 2 < len(toks) else "."
    two_word_name = (ARABIC_WORD_RE.fullmatch(x) is not None and not is_definite(x)
                     and is_role(np_[0].text, lex) and not x.endswith("ا")
                     and not nxt.endswith("ا")  # (نفيا قاطعا: an accusative)
                     and not is_definite(nxt) and could_be_name(nxt, lex)
                     and zipf(nxt, lex) < 3.5 and x not in lex.stop
                     and (closes in ("،", ",", ":") or opens_statement(closes)))
    # (وزير المواصلات ميلاد معتوق، في …؛ وزير المالية أمية طوقان أنه: a first name like a
    # word, then a rare word that closes the phrase)
    if (nxt == "الله" and is_role(np_[0].text, lex) and not is_definite(x) and x not in lex.stop
            and ARABIC_WORD_RE.fullmatch(x) is not None and not suffixed_common(x, lex)
            and not lex.verb_re.fullmatch(x) and len(np_) <= 3):
        return True  # وأكد الحاكم جاد الله، عضو الهيئة فضل الله: a name in … الله
    territory = len(np_) == 2 and np_[0].text in lex.territorial  # والي صفاقس فاخر الفخفاخ
    return ((first_name_before(x, nxt, lex) or two_word_name)
            and (territory or not any(namey(t.text, lex) for t in np_))
            and (is_role(np_[0].text, lex) or is_definite(np_[-1].text)))


def _epithet_before_name(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A second title the lexicon does not know, a noun and its genitive, between a
    title and the name (وزير العدل حافظ الأختام عبد الرشيد طبي): the name comes
    right after it."""
    if i + 2 >= len(toks) or not is_role(np_[0].text, lex) or pick_name(np_, lex):
        return False
    genitive, after = toks[i + 1].text, toks[i + 2].text
    return (is_definite(genitive) and not is_describer(genitive, lex)
            and genitive not in lex.stop and toks[i].text not in lex.verbs
            and (is_given(after, lex) or after == "عبد" or after in lex.honorifics))


def _addressed(last: str, x: str, lex: Lexicon) -> bool:
    """A title of address is followed by a name, even one spelled like a common word
    (الدكتور زاهى، المهندس حافظ): any word but a frequent one, a title or a particle."""
    return (last in lex.honorifics and is_definite(last) and zipf(x, lex) < 4.5
            and not is_role(x, lex) and not is_org(x, lex) and x not in lex.verbs
            and x not in lex.circumstance and not suffixed_common(x, lex))


def _second_name_after_address(np_: list[Tok], x: str, lex: Lexicon) -> bool:
    """The second word of a name after a title of address, spelled like a word
    (الدكتور نشأت ضيف، الدكتور زاهى حواس)."""
    return (len(np_) >= 2 and namey(np_[-1].text, lex) and not is_definite(np_[-1].text)
            and _addressed(np_[-2].text, x, lex) and not is_definite(x))


def _a_place(word: str, lex: Lexicon) -> bool:
    """A country by its nisba (اليمن → يمني، سوريا → سوري) or a rare name (not
    إلى استحالة …: a verbal noun, what was pointed to)."""
    b = bare(word)
    return (lex.nationality.match(b + "ي") is not None or lex.nationality.match(b[:-1]) is not None
            or (namey(b, lex) and not common(b, lex) and not verbal_noun(word, lex)))


#: Titles of those who represent a constituency or body (النائب … عن دائرة …).
_REPRESENTATIVES = frozenset({"نائب", "نائبه", "نائبة", "ممثل", "ممثلة", "عضو"})

#: Titles of those sent to a place or body (المبعوث الأممي إلى اليمن).
_ENVOYS = frozenset({"مبعوث", "سفير", "مندوب", "موفد", "ممثل", "مبعوثة", "سفيرة", "مندوبة",
                     "ممثلة", "موفدة"})

_RULES: tuple[_Rule, ...] = (
    _punctuation, _place_or_circumstance, _part_of_a_title, _object_starts,
    _after_the_name, _spokesman_of, _after_a_territory, _statement_or_object,
)


def _parenthesised(toks: list[Tok], i: int, lex: Lexicon) -> int | None:
    j = i + 1
    while j < len(toks) and j <= i + 4 and toks[j].text != ")":
        j += 1
    inner = toks[i + 1:j]
    if (j < len(toks) and toks[j].text == ")" and inner
            and not any(k.text in lex.stop or k.text.isdigit() for k in inner)
            and not (len(inner) > 1 and not is_given(inner[0].text, lex)
                     and any(_describes(k.text, lex) for k in inner))):
        return j
    return None


def _description(toks: list[Tok], i: int, lex: Lexicon) -> int | None:
    """The closing mark of a description of two to six words in parentheses
    (المنبئ الجوي (مذيع الأرصاد الجوية) الأشهر …، "هيئة …" (تابعة للسلطة)), or None."""
    j = next((j for j in range(i + 2, min(len(toks), i + 8)) if toks[j].text == ")"), None)
    if j is None or j - i < 3 or any(not WORD_RE.match(t.text) for t in toks[i + 1:j]):
        return None
    return j if any(_describes(t.text, lex) for t in toks[i + 1:j]) else None


def _describes(word: str, lex: Lexicon) -> bool:
    """A word of a description in parentheses (تابعة للسلطة، حقوقي مقره رام الله), not
    of an alias (الكرملين، الأونروا، قنا): a common word without ال, no body, no name."""
    return (common(word, lex) or suffixed_common(word, lex)) and not is_definite(word) \
        and not is_org(word, lex) and not namey(word, lex)


def _place_follows(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """After في/ب inside a title: a place or body (مصدر في وكالة الطيران، عضو في مجلس
    مدينة، … في معسكر سويسرا باسم أبوداود), not a circumstance (في بيان، في تبرير)."""
    if k >= len(toks):
        return False
    x = toks[k].text
    if bare(x) in lex.circumstance or x in lex.stop or bare(x) in lex.stop or (
            x.endswith("ا") and bare(x[:-1]) in lex.circumstance):  # (في بياناً: misspelt)
        return False
    if x.endswith("تة") and len(x) > 4:
        x = x[:-1] + "ه"  # في رسالتة: his letter, the pronoun misspelt as ة
    if suffixed_common(x, lex) or _with_pronoun(x, lex) or (
            x.endswith(("ه", "ها", "هم")) and len(x) > 4 and not is_given(x, lex)
            and not namey(x, lex)) or _noun_in_ta_with_pronoun(x):
        return False  # في تسويغه، في حديثها، في عددها: a circumstance of the speaker
    if namey(x, lex) or is_org(x, lex) or toks[k].quoted:
        return True
    if is_definite(x):
        return not common(bare(x), lex) or is_org(bare(x), lex) or person_follows(toks, k + 1, lex)
    # an indefinite common noun: only when a given name follows soon
    for t in toks[k + 1:k + 6]:
        if t.text in lex.given or t.text.startswith("عبد"):
            return True
        if not WORD_RE.match(t.text) or COMPLEMENT.match(t.text):
            return False
    return False


def _noun_in_ta_with_pronoun(word: str) -> bool:
    """A noun in ة with a pronoun after it (مرافعته، كلمتها، مداخلتهم): ة becomes ت
    before the pronoun, a shape no name takes, even when the noun itself is too rare
    for the word list (في مرافعته، في مطالعتها)."""
    stem = word.removesuffix("هما").removesuffix("هم").removesuffix("ها").removesuffix("ه")
    return stem != word and stem.endswith("ت") and len(stem) >= 5
