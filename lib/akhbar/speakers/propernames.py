"""The proper name inside a speaker's phrase: which run of words is a name, and which names the speaker.

Part of step 2 (events), per article (per event), used by
:mod:`~akhbar.speakers.phrase`: :func:`name_runs` finds the runs of words of a
phrase that read as proper names (given names, rare words, family names after a
given name, connectors such as بن، عبد، أبو), and :func:`pick_name` chooses the
one that names the speaker — not a place or the name of a body inside a title
(المعتمد الأول بسوسة، جامعة الملك عبدالعزيز). :func:`could_be_name` says whether a
word may be a name where one is expected (after a title and a comma).

>>> from akhbar.speakers.lexicon import load_lexicon
>>> from akhbar.speakers.spans import tokens
>>> text = "المتحدث الرسمي باسم الرئاسة دميتري بيسكوف"
>>> [t.text for t in pick_name(tokens(text, 0, len(text)), load_lexicon())]
['دميتري', 'بيسكوف']
"""

from __future__ import annotations

import re

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.spans import ARABIC_WORD_RE, WORD_RE, Tok
from akhbar.speakers.words import (
    COMPLEMENT,
    EMPHATIC,
    bare,
    common,
    common_plural_in_at,
    document_key,
    family_in_al,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    kind_of_place,
    namey,
    present_form,
    present_verb,
    stems,
    suffixed_common,
    two_word_given,
)

__all__ = [
    "AMIN_AS_TITLE",
    "BARE_RANKS",
    "TITLES_AS_GIVEN",
    "apposed_after",
    "could_be_name",
    "ends_with_name",
    "first_name_before",
    "last_name_word",
    "middle_name",
    "name_ahead",
    "name_runs",
    "person_follows",
    "pick_name",
    "place_then_person",
    "rare_plain_word",
    "set_off_pair",
    "verbal_noun",
]


def could_be_name(t: str, lex: Lexicon) -> bool:
    """A word that may be a name where a name is expected (after a title and a
    comma): no common word, article, title, adjective, particle or verb
    (نيكي، لزهر — a name that also reads as a verb or ل + noun)."""
    return bool(ARABIC_WORD_RE.match(t)) and not (
        common(t, lex) or is_definite(t) or is_role(t, lex) or is_org(t, lex)
        or is_describer(t, lex) or t in lex.stop or t in lex.verbs or t in lex.circumstance
        or COMPLEMENT.match(t) or zipf(t, lex) >= 4.5)



#: Given names that are titles or words too, kept out of the given names (أمين عام، أمير
#: منطقة، كامل "whole"): names only where the context says so.
TITLES_AS_GIVEN = frozenset({"امين", "امير", "كامل"})

#: The words after أمين that make it a title, not a given name (أمين عام، أمين سر).
AMIN_AS_TITLE = frozenset({"عام", "سر"})


def _place_then_lineage(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """The run opens with the one-word place of a title (في after its definite genitive,
    or ب + a body: بنادي) and a person's name in بن/ولد follows it."""
    if i < 2 or j - i < 4 or np_[i + 2].text not in ("بن", "ولد", "بنت"):
        return False
    before = np_[i - 1].text
    return ((before == "في" and is_definite(np_[i - 2].text))
            or (before[:1] == "ب" and is_org(before[1:], lex))) and is_role(np_[0].text, lex)


def _pair_closing_a_title(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """The last two words of a title's phrase, after its comma (… في غزة، سلامة معروف):
    the phrase took them as the holder's name set off before the statement."""
    words = [t.text for t in np_[i:i + 2]]
    return (is_role(np_[0].text, lex) and len(words) == 2
            and all(ARABIC_WORD_RE.fullmatch(w) and not is_definite(w) and w not in lex.stop
                    and not is_org(w, lex) for w in words)
            and not is_role(words[1], lex) and words[1] not in lex.modifiers
            and words[1] not in AMIN_AS_TITLE)


def _closes_a_set_off_name(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """Word ``j`` ends a title's phrase, inside a name of two or three words set off
    after its comma (وزيرة المالية، سهام البوغديري نمصية): the name's last word."""
    x = np_[j].text
    return (j == len(np_) - 1 and i > 0 and np_[i - 1].text in ("،", ",") and 2 <= j - i + 1 <= 3
            and is_role(np_[0].text, lex) and ARABIC_WORD_RE.fullmatch(x) is not None
            and x not in lex.stop and not is_role(x, lex) and not is_org(x, lex)
            and x[:1] not in "لبف" and x not in lex.modifiers)


def set_off_pair(first: str, second: str, lex: Lexicon) -> bool:
    """Two words set off by commas after a title, the second a name (الناطق باسم
    الخارجية، رومان نادال، …): the first is his given name, however common a word."""
    return (namey(second, lex) and not is_given(second, lex)
            and ARABIC_WORD_RE.fullmatch(first) is not None and not is_definite(first)
            and zipf(first, lex) < 4.5 and first not in lex.stop and first not in lex.verbs
            and not is_role(first, lex) and not is_org(first, lex))


#: Ranks written without ال between a title and its holder's name (Sudan: فريق أول
#: مهندس ركن فلان، لواء (م) فلان): they open no name.
BARE_RANKS = frozenset({"فريق", "اول", "مهندس", "ركن", "لواء", "عميد", "عقيد", "مقدم",
                        "دكتور", "بروفيسور", "طبيب", "(", "م", ")"})


def _starts_name(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    t = np_[i]
    nxt = np_[i + 1].text if i + 1 < len(np_) else ""
    if t.text in lex.styles or (t.text in BARE_RANKS and not t.quoted and i > 0):
        return False  # حضرة صاحب السمو الشيخ تميم: a style of address opens no name, nor
        # a rank after a title (والي الخرطوم فريق أول مهندس ركن فلان)
    if t.text == "ال" and (i == 0 or is_role(np_[i - 1].text, lex)) and (
            is_definite(nxt) or is_given(nxt, lex)):
        return True  # الوزير آل الشيخ، وطالب آل الشيخ: آل (folded ال) + a family, a name
        # after a title or opening the subject
    if (t.text == "بن" and i > 0 and (np_[i - 1].text in lex.styles or np_[i - 1].text in lex.honorifics)
            and ARABIC_WORD_RE.fullmatch(nxt) is not None and nxt not in lex.stop):
        return True  # معالي بن طوق، الشيخ بن بيه: the name one goes by, after his style
    if t.text in ("(", ")") or (t.text in lex.connectors and t.text != "عبد" and not (
            t.text[:1] in "اب" and len(t.text) > 1
            and (namey(nxt, lex) or (t.text == "ايت" and is_definite(nxt))))):
        return False  # but أبو مازن، ابن خلدون، آيت الطالب
    if (i > 0 and np_[i - 1].text in lex.honorifics and not is_definite(t.text)
            and ARABIC_WORD_RE.fullmatch(t.text) is not None and t.text not in lex.stop
            and t.text not in lex.honorifics and not is_org(t.text, lex)
            and not is_describer(t.text, lex)  # (a title's word too: مالك "owner")
            and ARABIC_WORD_RE.fullmatch(nxt) is not None and not common(nxt, lex)
            and zipf(nxt, lex) < 2.5 and not is_definite(nxt)):
        return True  # الدكتور مالك خريسات: after a title of address, a word however common
        # ("owner") before a rare family name is the given name
    if t.text in ("ابو", "ام") and is_given(nxt, lex):
        return True  # أم أحمد، أبو محمد: a name by one's child (kunya)
    if i > 0 and np_[i - 1].text in lex.honorifics and is_role(t.text, lex) \
            and t.text not in lex.honorifics and len(t.text) > 2 \
            and not is_definite(t.text) and ARABIC_WORD_RE.match(t.text) \
            and (is_given(nxt, lex) or nxt in ("ولد", "بن", "بنت")):
        return True  # المهندس أمين حسن الناصر، السيد امين ولد أب: a title's word as a given
        # name, after a title of address and before the father's name
    if nxt in ("بن", "ولد") and i + 2 < len(np_) and not is_definite(t.text) \
            and ARABIC_WORD_RE.match(t.text) and t.text not in lex.connectors \
            and (is_given(np_[i + 2].text, lex) or namey(np_[i + 2].text, lex)) \
            and not is_role(t.text, lex) and not is_org(t.text, lex) and t.text not in lex.styles:
        return True  # جوهر بن مبارك: a word before بن and a name is a given name (not
        # معالي بن طوق: a style of address, then the name he goes by)
    prev = np_[i - 1].text if i > 0 else ""
    after = np_[i + 2].text if i + 2 < len(np_) else ""
    if (t.text in TITLES_AS_GIVEN and (i == 0 or prev in ("،", ",")) and namey(nxt, lex)
            and not is_definite(nxt) and zipf(nxt, lex) < 4.5 and not is_role(nxt, lex)
            and not lex.nationality.match(nxt + "ي")
            and ((not after and prev in ("،", ","))
                 or (is_definite(after) and is_role(after, lex) and after not in lex.honorifics))):
        return True  # قال أمير عبدو المدير الفني، …، أمير عبدو،: a given name spelled like a
        # title, before a name, then his title or the comma that sets the name off (not
        # أمير قطر، أمير جازان الأمير فلان: a territory's)
    if t.text in TITLES_AS_GIVEN and family_in_al(nxt, lex) and (
            prev in ("،", ",") or (is_definite(prev) and is_role(prev, lex))):
        return True  # وزير الصحة، أمين التهراوي،: set off after the title, a family in ال;
        # الوزير أمين التهراوي: right after a definite title
    if (t.text in ("امين", "كامل") and i >= 2 and is_role(np_[0].text, lex) and is_definite(prev)
            and nxt and ARABIC_WORD_RE.fullmatch(nxt)
            and not is_definite(nxt) and nxt not in lex.stop and nxt not in lex.modifiers
            and not is_role(nxt, lex) and not is_org(nxt, lex) and nxt not in AMIN_AS_TITLE
            and not lex.nationality.match(nxt + "ي")):
        return True  # وزير الاقتصاد والتجارة أمين سلام: after a whole title, أمين before a
        # word that is no genitive of a title (أمين عام، أمين سر) is the given name
    if prev in lex.quantifiers or t.text == "بلا" or t.text in lex.quantifiers:
        return False  # أحد مزارعي المدينة: the noun a quantifier takes, not a name, nor
        # the quantifier (صاحب إحدى الشركات); بلا
        # "without" (مراسلون بلا حدود)
    if t.text[:1] in "بل" and is_definite(prev) and prev not in lex.honorifics \
            and zipf(t.text[1:], lex) > max(2.0, zipf(t.text, lex)) and not is_given(t.text, lex):
        return False  # واختتمت التدريبات بتقسيمة: ب + a word, not a name
    if t.text[:1] in "بل" and i > 0 and is_describer(prev, lex) and not is_given(t.text, lex) \
            and (not lex.nationality.match(prev)
                 or zipf("ال" + t.text[1:], lex) >= 2.0):
        return False  # المعتمد الأول بسوسة، القنصل التشادي بحفاوة: a place or the object
        # after the title, not a name (but الخارجية الإيرانية بهرام قاسمي)
    if i == 0 and nxt and not t.text.endswith("ي") and not nxt.endswith(("ه", "ها", "هم")) \
            and _plain_word(t.text, lex) and bare(t.text) not in lex.documents \
            and not is_given(nxt, lex) and could_be_name(nxt, lex):
        return True  # أكدت مباركة عواينية أرملة الشهيد: a first name like a common word
    if i == 0 and nxt and is_definite(nxt) and not np_[1].quoted and zipf(t.text, lex) < 4.5 \
            and not verbal_noun(t.text, lex) and first_name_before(t.text, nxt, lex):
        return True  # (لتصريح) فاخر الفخفاخ: a word in use before a rare family name in ال
        # (not وفق تأكيد السليطي, سياسة "الليمونة", علماء الإحاثة: a noun and its genitive)
    if i > 0 and nxt and (is_role(prev, lex) or is_definite(prev)) and (
            _foreign_pair(t.text, nxt, lex)
            or (not lex.nationality.match(prev) and first_name_before(t.text, nxt, lex))):
        return True  # الكاتب الصحفي مكرم محمد أحمد: a first name before the father's
    if i > 0 and i + 2 == len(np_) and (is_role(np_[0].text, lex)) and is_definite(prev) \
            and not is_definite(t.text) and ARABIC_WORD_RE.match(t.text) \
            and not is_definite(nxt) and could_be_name(nxt, lex) \
            and zipf(nxt, lex) < _rare_enough(np_, i, lex) \
            and t.text not in lex.stop and not is_role(t.text, lex) and not is_org(t.text, lex) \
            and (t.text[:1] not in "وفبل" or is_given(t.text, lex)) \
            and not nxt.endswith(("ه", "ها", "هم")):
        return True  # وزير المواصلات ميلاد معتوق: two words that close a title's phrase
    if (i > 0 and is_definite(prev) and not is_definite(t.text) and family_in_al(nxt, lex)
            and (is_given(t.text, lex) or _rare_given_after_title(np_, i, lex))):
        return True  # رئيس اللجنة … لأهالي المدينة تركي العصيمي: a nisba without ال cannot
        # describe the definite noun before it; the given name, then the family (مدير
        # بلدية العمارة نورس الساعدي: a rare word there is a given name too)
    if i > 0 and prev not in lex.honorifics and (
            is_describer(t.text, lex)  # مصدر دبلوماسي تركي: Turkish, not the name تركي
            or (t.text == "باسم" and (is_role(prev, lex) or is_describer(prev, lex)
                                      or is_definite(nxt)))):  # متحدث آخر باسم الرئاسة
        return False
    if prev == "،" and i + 2 == len(np_) and (set_off_pair(t.text, nxt, lex)
                                              or _pair_closing_a_title(np_, i, lex)):
        return True  # الناطق باسم الخارجية، رومان نادال، …
    if prev == "،" and could_be_name(t.text, lex) and i + 1 < len(np_) and (
            t.text[:1] != "و" or is_given(t.text, lex)):
        return True  # after a title and a comma: سفيرة …، نيكي هيلي (not …، وحدد: a verb)
    if i + 1 < len(np_) and (np_[i + 1].text == "الدين" or two_word_given(
            t.text, np_[i + 1].text, lex)) and not is_definite(t.text) \
            and ARABIC_WORD_RE.match(t.text) and t.text not in lex.stop:
        return True  # بهي الدين سالم، عز الدين، فضل الرحمن: a compound given name
    if (i > 0 and np_[i - 1].quoted and not t.quoted and i + 1 < len(np_)
            and (is_given(t.text, lex) or is_given(bare(t.text), lex))
            and could_be_name(np_[i + 1].text, lex)):
        return True  # لمنظمة «سيكو تونس» الطاهر بياحي: a person after a body's quoted name
    if (is_definite(t.text) and nxt in ("ولد", "بن") and i + 2 < len(np_)
            and namey(np_[i + 2].text, lex)
            and (is_given(bare(t.text), lex) or not common(bare(t.text), lex))
            and not is_role(t.text, lex) and not is_describer(t.text, lex)
            and not is_org(t.text, lex)):
        return True  # الحسين ولد مدو: a given name with ال, then "son of" (Maghreb)
    if t.text in lex.given and is_definite(t.text) and (
            i + 1 >= len(np_) or np_[i + 1].text in lex.stop
            or (np_[i + 1].text[:1] in "لبو" and np_[i + 1].text not in lex.connectors
                and not (nxt.startswith("بال") and is_given(nxt[1:], lex)))):
        return False  # المنصف ذويب, but not عقد "فيديك" المنصف للمقاول (الصادق بالطيب is)
    if namey(t.text, lex):
        # inside a phrase و- is coordination (شركات … وموردون) when the word without it
        # is the commoner one; not in وليد, ويبر
        return not (i > 0 and t.text[0] == "و" and not is_given(t.text, lex)
                    and zipf(t.text[1:], lex) >= zipf(t.text, lex)
                    and not _foreign_after_nationality(np_, i, lex))
    if t.quoted and not is_org(t.text, lex) and t.text not in lex.honorifics \
            and not (is_definite(t.text) and is_role(t.text, lex)):
        # صحيفة “ميرور”، وقال «الحاج»; not a quoted epithet (النظام القضائي «المعيب»)
        # nor a quoted title (وأكد ” المحافظ ”: the governor, named elsewhere)
        return i == 0 or prev in lex.honorifics or (not is_definite(prev) and (
            is_org(prev, lex) or is_org(np_[0].text, lex))) or (  # وكالة أنباء "إرنا"
            not (i > 0 and np_[i - 1].quoted) and not is_definite(t.text)
            and i + 1 < len(np_) and np_[i + 1].quoted
            and any(is_given(w.text, lex) or could_be_name(w.text, lex)
                    for w in np_[i:i + 4] if w.quoted)
            and not any(is_definite(w.text) or present_verb(w.text, lex)
                        for w in np_[i:i + 4] if w.quoted))  # رئيس الحكومة «مهدي جمعة»، الرئيس
    # الصيني "شي جين بينغ": a name of words no one uses, in quotation marks after a title
    if prev in lex.honorifics and not is_definite(t.text) and ARABIC_WORD_RE.match(t.text) \
            and not is_role(t.text, lex) and not is_org(t.text, lex) and t.text not in lex.stop \
            and t.text not in lex.modifiers:  # (اللواء ركن: "staff", the rank's own word)
        return True  # الدكتورة مها المنيف: a title of address is followed by a name
    # a definite title of address (الدكتور الربيعة); an indefinite one heads a
    # genitive (مقدم البرامج "the presenter of", not the rank المقدم)
    return (prev in lex.honorifics and (is_definite(prev) or len(prev) <= 2)  # د. الربيعة
            and is_definite(t.text)
            and (not is_role(t.text, lex) or (prev in lex.address  # الدكتور الأمين
                                               and (prev not in _MISTER or is_definite(nxt)
                                                    or namey(nxt, lex))
                                               and t.text not in lex.honorifics))
            and not is_describer(t.text, lex) and not is_org(t.text, lex)
            and (not namey(nxt, lex) or nxt in lex.connectors))
    # الدكتور الربيعة, but المدرب الروماني ريجيكامب; السيد الناني ولد اشروقه: a given
    # name with ال, then "son of"


#: "Mr", "Mrs": before an office and no name (السيد المحافظ أشار) a way of addressing
#: its holder, not a title before his surname (السيد الخطيب الدرقاوي: a given name).
_MISTER = frozenset({"السيد", "السيدة"})


def _rare_given_after_title(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """``np_[i]`` is a plain word no one uses much after a title's phrase (a title
    before it): before a family name in ال it can only be a given name."""
    return any(is_role(t.text, lex) for t in np_[:i]) and rare_plain_word(np_[i].text, lex)


def rare_plain_word(x: str, lex: Lexicon) -> bool:
    """A word no one uses much that no lexicon knows as anything else (نورس): after a
    title and before a family name in ال, a given name."""
    return (ARABIC_WORD_RE.fullmatch(x) is not None
            and not common(x, lex) and zipf(x, lex) < 3.5 and x[:1] not in "وفبل"
            and x not in lex.stop and not is_role(x, lex) and not is_org(x, lex)
            and not is_describer(x, lex) and not lex.verb_re.fullmatch(x))


def _rare_enough(np_: list[Tok], i: int, lex: Lexicon) -> float:
    """How common (zipf) the last word of two may be that close a title's phrase as its
    holder's name (وزير المواصلات ميلاد معتوق): a nationality right before them ends the
    title (وزير الموارد المائية العراقي عون ذياب), so a commoner family name is his too."""
    return 4.0 if i > 1 and lex.nationality.match(np_[i - 1].text) else 3.2


def _prefixed_word(x: str, lex: Lexicon) -> bool:
    """ل/ب + a name or a word (لعصام، للبعث): a complement, not a name (لافي، بحاح)."""
    rest = x[1:]
    return x[:1] in "لب" and (is_given(rest, lex) or is_definite(rest) or common(rest, lex))


def _title_follows(np_: list[Tok], j: int, lex: Lexicon) -> bool:
    """A definite title word at ``j`` goes on as a title (المتحدث الرسمي، الناطق باسم،
    المدير العام للشركة), not as a surname that looks like one (محمد القاضي)."""
    nxt = np_[j + 1].text if j + 1 < len(np_) else ""
    return is_definite(np_[j].text) and bool(nxt) and (
        is_describer(nxt, lex) or nxt.startswith(("باسم", "لل")) or (is_definite(nxt)
                                                                    and is_org(nxt, lex)))


def _lineage_title(np_: list[Tok], j: int, lex: Lexicon) -> bool:
    """Word ``j`` is a title of address after ولد/بن and before a name (ولد الشيخ سيديا)."""
    return (np_[j - 1].text in ("ولد", "بن", "بنت", "ابن") and np_[j].text in lex.honorifics
            and j + 1 < len(np_) and ARABIC_WORD_RE.fullmatch(np_[j + 1].text) is not None
            and not is_role(np_[j + 1].text, lex))


def _continues_name(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """Does word ``j`` extend the name that starts at word ``i``?"""
    x, prev = np_[j].text, np_[j - 1].text
    if np_[j - 1].quoted and not np_[j].quoted:
        return False  # مجموعة «نيكاي» تسونيو كيتا: the closing mark ends the name
    if x == "الله" and j - i >= 2 and not is_definite(prev) and prev not in lex.connectors:
        return True  # مصطفى صنع الله، حسن نصر الله: a family name in … الله
    if x in ("(", ")") or x in lex.stop or lex.thanks.match(x) or _with_him(x):
        return False
    if x.endswith("ا") and not np_[j].quoted and not is_given(x, lex) and common(x[:-1], lex) \
            and zipf(x, lex) < zipf(x[:-1], lex) and zipf(x[:-1], lex) >= 4.5:
        return False  # وقال مصطفى رداً على سؤال: a verbal noun in the accusative, no name
    if (x in lex.documents or (x.endswith(("ه", "ها", "هم")) and not is_definite(x)
                               and document_key(x, lex))) \
            and not np_[j].quoted:  # (تصريحاته: his statements, not عمر بن الخطاب)
        return False  # ألقى عمر أبو هاشم كلمة أكد فيها: what he delivered
    if j - i >= 2 and common_plural_in_at(x, lex) and not np_[j].quoted:
        return False  # وجه الوالي رياض بن أحمد تعليمات: a common plural, the object
        # (بركات، عرفات are no common words)
    if (x[:1] in "لب" and j == len(np_) - 1 == i + 1 and is_given(prev, lex) and i > 0
            and np_[i - 1].text in ("،", ",") and ARABIC_WORD_RE.match(x)):
        return True  # وزير الاتصال، محمد لعقاب،: a family name in ل set off by commas
    if x[:1] in "لب" and len(x) > 4 and not np_[j].quoted and common(x[1:], lex) \
            and not is_given(x, lex) and not is_given(x[1:], lex) \
            and not (x.startswith("با") and zipf(x[1:], lex) < 3.5):
        return False  # تطرق السيد سالم عمر لمبادرة النظافة: to what, no family name (but
        # باسلمة، باوزير: the family names in با)
    if j - i >= 2 and is_definite(x) and not np_[j].quoted and stems(x) & _OFFICE_STATES:
        return False  # كامل إدريس المعين من قبل الجيش: "appointed", the state of his
        # office after the whole name
    if (prev in ("امين", "كامل") and j == i + 1 and i >= 2 and is_role(np_[0].text, lex)
            and ARABIC_WORD_RE.fullmatch(x) and not is_definite(x) and x not in lex.stop
            and not is_role(x, lex) and not is_org(x, lex) and x not in AMIN_AS_TITLE):
        return True  # وزير الزراعة أمين حداد: the family name after أمين as a given name
    if two_word_given(prev, x, lex):
        return True  # رجب طيب أردوغان: the second word of a given name of two
    if (x in ("الامين", "الامير") and is_given(prev, lex) and j + 1 < len(np_)
            and family_in_al(np_[j + 1].text, lex)):
        return True  # محمد الأمين النصراوي: "al-Amin" after a given name, a family name next
    if j + 1 < len(np_) and two_word_given(x, np_[j + 1].text, lex) and namey(prev, lex) \
            and not is_definite(prev):
        return True  # سهيلة زين العابدين: a given name of two words as the family name
    if _lineage_title(np_, j, lex) or (j >= 2 and _lineage_title(np_, j - 1, lex)):
        return True  # عبد الله ولد سليمان ولد الشيخ سيديا: a forebear's title of address
        # is part of the lineage, and so is the name after it
    after = np_[j + 1].text if j + 1 < len(np_) else ""
    if is_role(x, lex) and not is_definite(x) and is_given(prev, lex) and namey(after, lex) \
            and not is_definite(after) and not common(after, lex) and zipf(after, lex) < 4.0 \
            and not (j >= 2 and np_[j - 2].text == "ال") and not kind_of_place(x):
        return True  # سعيد خطيب زاده: a title's word inside a name, a rare name after it
        # (not آل سعيد محافظ ظفار: the family after آل ends the name, the title follows;
        # nor عون ذياب عبدالله محافظة ميسان: the place he visited)
    if is_role(x, lex) and not np_[j].quoted and (
            (prev == "عبد" and not is_definite(x)) or _title_follows(np_, j, lex)):
        return False  # نعمة عبد ممثل المنظمة، نبيل عبدالله المتحدث الرسمي: the title after it
    if not np_[j].quoted and not ARABIC_WORD_RE.match(x):
        return False  # a mark ends a name: توسعة الملك فهد, وتحتوي
    if j - i >= 3 and np_[j - 2].text == "ال" and x not in lex.connectors \
            and not (is_definite(x) and namey(bare(x), lex)):
        return False  # the family after آل ends the name (آل سعود برقية), or a tribe
        # (علي بن عمير آل جرمان الشهراني)
    if (i == 0 and j == 1 and len(np_) == 2 and is_given(prev, lex)
            and last_name_word(x, lex) and not suffixed_common(x, lex)
            and x not in lex.honorific_pronouns):  # (أملاح looks like a verbal noun, إفعال;
        # not وأبدى قاسم سعادته: his joy)
        return True  # قال سليم أملاح، لاعب الوسط: a given name and one word, the whole
        # subject: the family name, however much it reads as a word
    if _object_after_name(np_, i, j, lex):
        return False
    if x.endswith(("ته", "ها", "هم")) and suffixed_common(x, lex) and not is_given(x, lex) \
            and not (x.endswith("ه") and zipf(x[:-1] + "ة", lex) >= 3.0):
        return False  # ونعى خالد شقيقته: his sister, the object (but سلامه، شحاته: a
        # family name in ه for ة; a final ه after another letter is too often a name's,
        # شبانه، شاريه, to be read as a pronoun)
    if x[:1] == "و" and present_form(x[1:], lex) and not is_given(x, lex):
        return False  # زينب عبد الأمير وتكرر ما قاله: her next verb, no family name
    if x[:1] == "و" and is_given(x[1:], lex) and not is_given(x, lex) and j - i >= 2:
        return False  # منصف السلامي وشفيق جراية: a second person
    if (is_given(prev, lex) and x in lex.roles and j + 1 < len(np_)
            and is_definite(np_[j + 1].text) and not common(bare(np_[j + 1].text), lex)):
        return True  # الباجي قائد السبسي: a family name that starts with a title word
    given_prev = is_given(prev, lex) or (j >= 2 and (
        np_[j - 2].text == "عبد" or two_word_given(np_[j - 2].text, prev, lex)))
    if given_prev and j == i + 1 == len(np_) - 1 and any(is_role(t.text, lex) for t in np_[:i]) \
            and not is_definite(x) and is_role(x, lex) and x not in lex.honorifics:
        return True  # مدير الماء محمد طالب في …: a role word last after a title and a given
        # name is the family name (a title there would govern a genitive: محمد مدير المدرسة)
    if (j == i + 1 == len(np_) - 1 and i >= 2 and is_role(np_[0].text, lex)
            and is_definite(np_[i - 1].text) and not is_definite(x) and (
                (could_be_name(x, lex) and zipf(x, lex) < _rare_enough(np_, i, lex)
                 and not x.endswith(("ه", "ها", "هم")))
                or (not common(prev, lex) and last_name_word(x, lex, ceiling=6.0)
                    and not verbal_noun(x, lex)))):
        return True  # وزير المواصلات ميلاد معتوق: the rare word closes the name; after a
        # first name no one uses as a word, even a common one (وزير الاتصالات بطرس حرب)
    if given_prev and not is_definite(x) and x.removesuffix("ة") not in lex.roles \
            and not is_org(x, lex) and ARABIC_WORD_RE.match(x):
        return True  # حسين علي أميري، محمد سمان، عبد المجيد تبون (not أم فهد صاحبة …)
    if namey(prev, lex) and not is_definite(x) and x.endswith("ي") and could_be_name(x, lex):
        return True  # بهرام قاسمي: a surname in -ي after a name
    if middle_name(prev, x, np_[j + 1].text if j + 1 < len(np_) else "", lex):
        return True  # رضوان حاج عبد الولي
    if j == len(np_) - 1 == i + 2 and is_given(np_[i].text, lex) and last_name_word(prev, lex) \
            and last_name_word(x, lex) and not verbal_noun(x, lex):
        return True  # محمد مختار جمعة، إن: a family name like a word, last before the statement
    if j == len(np_) - 1 == i + 2 and is_given(np_[i].text, lex) and last_name_word(prev, lex) \
            and is_definite(x) and is_given(bare(x), lex):
        return True  # حسن شداد الفارس: a given name with ال closes a three-word name (a
        # title of address there, last before the statement, would come too late)
    if (j == len(np_) - 1 == i + 1 and i > 0 and np_[i - 1].text in ("،", ",")
            and namey(prev, lex) and last_name_word(x, lex) and not verbal_noun(x, lex)):
        return True  # المفتش العام، لخميسي بزاز، أن: a name set off by commas, whole
    if j == len(np_) - 1 == i + 1 and i > 0 and np_[i - 1].text == "،" \
            and _pair_closing_a_title(np_, i, lex):
        return True  # … في غزة، سلامة معروف، إن: the pair the phrase closed on
    if _closes_a_set_off_name(np_, i, j, lex):
        return True  # وزيرة المالية، سهام البوغديري نمصية، أن: the name's last word
    if (j == len(np_) - 1 == i + 1 and i > 0 and np_[i - 1].text in lex.honorifics
            and namey(prev, lex) and last_name_word(x, lex) and not verbal_noun(x, lex)):
        return True  # رئيس الجمهورية العماد ميشال عون، إن: a title of address, then a
        # name of two words last before the statement
    if prev in lex.connectors or np_[j].quoted or namey(x, lex) or x in lex.connectors:
        return True  # بن سلمان، عبد الله، أبو داود
    if j == 1 and i == 0 and not namey(np_[0].text, lex) and could_be_name(x, lex) \
            and not is_given(x, lex):
        return True  # مباركة عواينية: the family name after a first name like a common word
    if j == i + 1 and i > 0 and np_[i - 1].text in lex.honorifics and _plain_word(x, lex) \
            and not is_definite(np_[i].text):
        return True  # الدكتور زاهى حواس: the second word of a name after a title of address
    if (is_given(prev, lex) and is_definite(x) and x != "الله" and not x.endswith("ي")
            and common(bare(x), lex)
            and not is_given(bare(x), lex) and zipf(x, lex) >= 4.5 and is_definite(after)
            and (after.endswith(("ي", "ية", "يه")) or is_describer(after, lex))):
        return False  # وأكد الشيخ حمدان الدور المحوري: a common noun and its adjective,
        # the object (a family name takes no adjective)
    if given_prev and is_definite(x) and not is_org(x, lex) and (
            not x.endswith("ات")
            or (j == len(np_) - 1 and zipf(x, lex) < 3.6
                and any(is_role(t.text, lex) for t in np_[:i]))):
        return True  # إبراهيم العسكري، عبد الفتاح السيسي: surnames that look like adjectives;
        # one in -ات last after a title and a given name (رئيس الجمعية حسين الهلالات)
    if is_definite(x) and (x.endswith("ات") or (x.endswith(("ين", "ون")) and len(bare(x)) > 5)):
        return False  # a plural (جازان المتقدمات، الظفيري المسؤولين) is not a surname
    if j == i + 1 and (is_given(prev, lex) or (i == 0 and namey(prev, lex))) \
            and is_definite(x) and lex.nationality.match(x) and x.endswith("ي"):
        return True  # زهير المصري صاحب معصرة: a family name after a given name alone
    if is_role(x, lex) or is_describer(x, lex) or is_org(x, lex):
        return False
    if is_definite(x) and x.endswith("ي") and not lex.nationality.match(x) \
            and zipf(x, lex) < 4.5 and not _prefixed_word(prev, lex) \
            and not (is_definite(prev) and common(bare(prev), lex)):
        return True  # سعود بن لافي الحمادي: a family name in -ي, not a frequent adjective
        # (الماضي، الرئيسي) nor a common object (العمل)
    if is_definite(x) and bool(lex.nationality.match(bare(x) + "ي")):
        return False  # a country is the object: دعا باشاغا الجزائر وتونس إلى
    if is_definite(x):
        # a family name (فهد العتيبي), but not the object after a full name
        # (أدان منصور الظفيري العمل الإرهابي)
        return (j - i < 2 or prev in lex.connectors or not common(bare(x), lex)
                or (is_given(bare(x), lex) and not is_given(x, lex)))
        # (علي الخالد الجابر الصباح: a given name in ال is a forebear's)
    return is_given(prev, lex)


def _with_him(x: str) -> bool:
    """"And with him" (ومعه، وبرفقتها، وبمعيتهم): the company after a name, no part of it."""
    return x.startswith(("ومع", "وبرفق", "وبمعي")) and x.endswith(("ه", "ها", "هم", "هما"))


def _object_after_name(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """Word ``j`` is the verb's object written right after the name that starts at
    ``i``: an accusative, a verbal noun, a frequent word after a full name."""
    x, prev = np_[j].text, np_[j - 1].text
    if x.endswith("ا") and j - i >= 2 and common(x[:-1], lex):
        return True  # an accusative after the name: حسن روحاني لقبا، محمود طاهر بيانا
    if _MASDAR.match(x) and not is_given(x, lex) and zipf(x, lex) >= 2.5 \
            and prev not in lex.connectors and (  # (آل إسحاق: a family, after آل)
            not is_definite(x) or zipf("ال" + x, lex) > 0):
        return True  # a verbal noun, the object: أكدت قطر إبرام صفقة، أعلن سامي اعتقال،
        # أكد ماكرون التزام (افتعال of ل…: its ال is the root's, الالتزام is in use);
        # a word in use only, not a rare name of the pattern (زبير ايدار)
    if (j - i >= 2 and is_definite(x) and is_definite(prev) and prev.endswith("ي")
            and not np_[j].quoted and not x.endswith(("ي", "ية")) and zipf(x, lex) >= 4.0
            and not (is_describer(x, lex) or is_org(x, lex) or is_role(x, lex)
                     or is_given(x, lex))):
        return True  # ووصف أحمد ثاني الزيودي الزيادة: a frequent definite noun after a
        # family name in -ي is the object (a second family name is a name, not a noun)
    return (j - i >= 2 and is_given(np_[i].text, lex) and prev not in lex.connectors
            and x not in lex.connectors and j + 1 < len(np_)
            and not is_given(x, lex) and not is_definite(x)
            and zipf(x, lex) >= 4.7 and zipf("ال" + x, lex) > 0)
    # (a frequent word after a full name: عبدالعزيز المهوس أبرز ملامح; not the last word
    # before the statement, a family name like a word: محمد مختار جمعة، إن)


def last_name_word(x: str, lex: Lexicon, ceiling: float = 5.0) -> bool:
    """A word that may close a three-word name though it reads as a word (مختار،
    جمعة): indefinite, no title, body, adjective, particle or accusative. ``ceiling``:
    how common a word may be, higher where the context already says "a name ends
    here" (وزير الاتصالات بطرس حرب، إن: حرب "war")."""
    return (not is_definite(x) and bool(ARABIC_WORD_RE.match(x)) and zipf(x, lex) < ceiling
            and x[:1] != "و" and not x.endswith("ا") and not is_role(x, lex)
            and not is_org(x, lex) and not is_describer(x, lex) and x not in lex.stop
            and x not in lex.verbs and not COMPLEMENT.match(x) and not present_verb(x, lex)
            and not (x[:1] in "نأ" and zipf(x, lex) >= 3.0 and zipf("ال" + x, lex) == 0.0))
    # (قال أحمد خواجة نشكر الجماهير: a verb in the first person opens the statement)


def middle_name(prev: str, x: str, nxt: str, lex: Lexicon) -> bool:
    """``x``, a plain word between a name and a given name or عبد, is a name of its
    own, the father's or a title spelled into the name (رضوان حاج عبد الولي، أحمد
    شيخ محمد): not a word after the name, since a name follows it."""
    return (namey(prev, lex) and _plain_word(x, lex) and not x.endswith("ا")
            and (nxt == "عبد" or (is_given(nxt, lex) and not is_definite(nxt)
                                  and not is_role(nxt, lex))))


def verbal_noun(x: str, lex: Lexicon) -> bool:
    """A verbal noun in use of the derived forms (استكمال، الإدلاء، إبرام), with or
    without ال: the verb's object, never a name."""
    w = x.removeprefix("ال")  # (not لل…، وال…: a genitive, a coordination)
    shaped = bool(_MASDAR.match(w)) or (
        bool(_MASDAR_TA.match(w)) and zipf("ال" + w, lex) > 0)  # تحطم، تسجيل، تراجع
    # (in use with ال too: a foreign name of the shape never is)
    return (shaped and not is_given(w, lex) and zipf(w, lex) >= 2.5
            and x not in lex.honorifics and not is_role(x, lex))  # (الأستاذ)


#: Verbal nouns of the derived forms إفعال، افتعال، استفعال (إبرام، اعتقال، استقبال):
#: objects after a name, never part of it.
_MASDAR = re.compile(r"^(?:ا..ا.|ا.ت.ا.|است..ا.|است.ا.ة)$")  # (استضافة، استقالة)
#: … and تفعّل، تفاعل، تفعيل (تحطم، تراجع، تسجيل): the same after a closing adjective
#: (أكدت هيئة الطيران المدني تحطم طائرة).
_MASDAR_TA = re.compile(r"^(?:ت[^ا].|ت.ا.|ت..ي)[^يةى]$")  # (not تركية، تجاري: adjectives)


def first_name_before(x: str, nxt: str, lex: Lexicon) -> bool:
    """``x`` is a first name spelled like a common word, told by the name after it: a
    given name (مكرم محمد أحمد), a rare family name in ال (خميس الجهيناوي) or a
    foreign one (يان برتاس)."""
    if nxt.startswith("عبد") and not is_definite(x) and ARABIC_WORD_RE.match(x) \
            and x not in lex.stop and x[:1] != "و" and not is_role(x, lex) \
            and not is_org(x, lex) and x not in lex.verbs:
        return True  # محافظ البصرة خلف عبد الصمد خلف: a word in use, then a father's
        # name in عبد (no noun is followed by one)
    family = family_in_al(nxt, lex) and zipf(nxt, lex) < 3.0
    if family and ARABIC_WORD_RE.fullmatch(x) and not is_definite(x) and x[:1] != "و" \
            and x not in lex.stop and not is_role(x, lex) and not is_org(x, lex) \
            and x not in lex.verbs and not suffixed_common(x, lex) and not is_describer(x, lex):
        return True  # رئيس مجلس محافظة البصرة خلف البدران: a word in use ("behind"),
        # then a family name nobody writes as a word
    if not _plain_word(x, lex) or x.endswith("ي"):
        return False  # دبلوماسي تركي: an adjective, then a nationality
    return family or _foreign_pair(x, nxt, lex) or (is_given(nxt, lex)
                                                   and not is_describer(nxt, lex))


def _foreign_after_nationality(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """A و-word right after a title's nationality and before a second name word is a
    foreign given name, not "and" (وزير الخارجية الصيني وانج يي), unless what follows
    و is a word in use (الجيش السوري وقوات سوريا)."""
    nxt = np_[i + 1].text if i + 1 < len(np_) else ""
    return (bool(lex.nationality.match(np_[i - 1].text)) and could_be_name(np_[i].text[1:], lex)
            and namey(nxt, lex) and not is_definite(nxt) and nxt not in lex.connectors)


def _foreign_pair(x: str, nxt: str, lex: Lexicon) -> bool:
    """``x`` starts a foreign name whose family name ``nxt`` nobody writes elsewhere
    (المذيع الفرنسي يان برتاس، توران كشلكجي), though ``x`` reads as a word."""
    return (len(nxt) > 3 and not is_definite(nxt) and zipf(nxt, lex) < 2.0
            and _plain_word(x, lex) and not common(x, lex) and namey(nxt, lex))


def _plain_word(x: str, lex: Lexicon) -> bool:
    """An indefinite word that is no title, body, particle, verb or frequent word, nor
    a next clause (السيد لورد وحسّنه: و + a verb)."""
    return (not is_definite(x) and bool(ARABIC_WORD_RE.match(x)) and zipf(x, lex) < 4.5
            and x[:1] != "و" and not suffixed_common(x, lex)
            and not is_role(x, lex) and not is_org(x, lex) and x not in lex.stop
            and x not in lex.verbs and not is_describer(x, lex) and not COMPLEMENT.match(x))


def name_runs(np_: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of words of ``np_`` that reads as a proper name."""
    runs = []
    i = 0
    while i < len(np_):
        if not _starts_name(np_, i, lex):
            i += 1
            continue
        j = i + 1
        while j < len(np_) and _continues_name(np_, i, j, lex):
            j += 1
        while j > i + 1 and np_[j - 1].text in lex.connectors \
                and not (np_[j - 1].text == "عبد" and j - i == 2):
            j -= 1  # (نعمة عبد ممثل المنظمة: عبد is her family name)
        if j == i + 1 and np_[i].text in lex.connectors:
            i = j
            continue  # عبد alone (… عبد ممثل المنظمة) names nobody
        runs.append((i, j))
        quoted_from = next((k for k in range(i + 1, j)
                            if np_[k].quoted and not np_[k - 1].quoted), None)
        if quoted_from is not None and j - quoted_from >= 2:
            runs.append((quoted_from, j))  # المبعوث الأممي إلى ليبيا ”مارتن كوبلر”: the
            # place, then the person's name in quotation marks
        if (i > 0 and np_[i - 1].text == "في" and j - i >= 3
                and lex.nationality.match(np_[i].text + "ي")
                and not is_definite(np_[i + 1].text) and np_[i + 1].text[:1] != "و"
                and (could_be_name(np_[i + 1].text, lex) or namey(np_[i + 1].text, lex))):
            runs.append((i + 1, j))  # ممثل اليونيسف في لبنان إدوارد بيجبيدر: the country,
            # then the person
        if _place_then_lineage(np_, i, j, lex):
            runs.append((i + 1, j))  # نائب رئيس المجلس البلدي في عفيف فهد بن عبدالعزيز
            # المتعب، مدرب الفريق بنادي ظفار مصبح بن هاشل: the title's place, then "X son of"
        # a place glued to a person: معسكر سويسرا باسم أبوداود، سوق عكاظ محمد سمان
        # (not a first name read by its place, مكرم محمد أحمد)
        placed = namey(np_[i].text, lex) or (i > 0 and (np_[i - 1].text in lex.territorial
                                                        or kind_of_place(np_[i - 1].text)))
        for k in range(i + 1, j if placed else i + 1):  # (محافظ تعز صلاح بجاش؛ والي ولاية
            # سنار الزبير حسن السيد)
            if is_given(np_[k].text, lex) and not is_given(np_[k - 1].text, lex) \
                    and np_[k - 1].text not in lex.connectors and not (
                        is_given(np_[i].text, lex) and np_[k - 1].text[:1] not in "بل"
                        and not is_describer(np_[k - 1].text, lex)
                        and zipf(np_[k - 1].text, lex) < 2.5) and not (
                        # (فاطمة السالمة سيدي محمود: one person from her given name on;
                        # but فهد الدولي بالدمام أحمد …، حافظ الأختام عبد الرشيد …: a
                        # place or a title's words, then the person)
                        k - 2 >= i and (middle_name(np_[k - 2].text, np_[k - 1].text,
                                                    np_[k].text, lex)
                                        or np_[k - 2].text == "عبد"  # محمد عبد الله محمد
                                        or two_word_given(np_[k - 2].text,
                                                          np_[k - 1].text, lex)
                                        or (np_[k - 1].text in lex.honorifics
                                            and is_given(np_[i].text, lex)))):
                # (حسن شيخ محمود، أحمد حاج علي: a title of address inside a name)
                runs.append((k, j))
                break
        else:
            if (i > 0 and np_[i - 1].text in lex.territorial and j - i >= 3
                    and not is_given(np_[i].text, lex) and not is_given(np_[i + 1].text, lex)
                    and np_[i + 1].text not in lex.connectors and np_[i].text not in lex.connectors):
                runs.append((i + 1, j))  # محافظ كربلاء نصيف الخطابي: an office in construct
                # takes its territory first, then the holder's name
            elif (i > 0 and kind_of_place(np_[i - 1].text) and not is_definite(np_[i - 1].text)
                  and j - i >= 3 and is_given(np_[i + 1].text, lex)):
                runs.append((i + 1, j))  # قائممقام قضاء الزبير عباس ماهر: the place's one
                # word (a given name too), then the holder's name
        i = j
    return runs


def pick_name(np_: list[Tok], lex: Lexicon) -> list[Tok]:
    """The person (or proper organisation) name among the runs of the phrase."""
    best = None
    best_rank = -1
    first = end = 0
    for i, j in name_runs(np_, lex):
        rank = _name_rank(np_, i, j, lex)
        if best and _second_person(np_, first, end, i, lex):
            break  # رئيس الوزراء عبد القادر كامل وزير الداخلية حسن عمر: a second title
            # and its holder after the first one's
        if rank is not None and rank >= best_rank:
            first, end = i, j
            best, best_rank = np_[i:j], rank
            if _inner_person(np_, i, j, lex):
                best = np_[j - 2:j]
    if best and best[0].quoted:
        best = _whole_quotation(np_, best, lex)  # منظمة «واتش ماد»: not ماد alone
    return best or []


def _second_person(np_: list[Tok], first: int, end: int, start: int, lex: Lexicon) -> bool:
    """A title with no ل/ب of its own stands between a person's whole name (``first:end``,
    opening with a given name) and the run at ``start``: that run is a second person."""
    between = [t.text for t in np_[end:start]]
    return (bool(between) and is_role(between[0], lex) and not is_definite(between[0])
            and between[0] not in lex.honorifics
            and not (between[0][:1] in "لبو" and is_role(between[0][1:], lex))
            and end - first >= 2 and any(is_given(t.text, lex) for t in np_[first:end]))
    # (رئيس بلدية النبي شيت حسن الموسوي وزير الداخلية فلان: the place, then the person)


def _whole_quotation(np_: list[Tok], run: list[Tok], lex: Lexicon) -> list[Tok]:
    """``run`` widened to every word of the quotation marks it stands in, but a title
    of address ("الحاج محمد …") stays out of the name."""
    i = next(k for k, t in enumerate(np_) if t is run[0])
    j = i + len(run)
    while i > 0 and np_[i - 1].quoted and np_[i - 1].text not in lex.honorifics \
            and not is_role(np_[i - 1].text, lex):
        i -= 1
    while j < len(np_) and np_[j].quoted:
        j += 1
    return np_[i:j]


def _inner_person(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """Two names glued after a title inside a title (نائب مستشار الأمن القومي في عهد
    الرئيس السابق جورج بوش إليوت إبرامز): the first is the inner title's person, the
    last two words are the speaker."""
    if j - i < 4 or any(t.text in lex.connectors for t in np_[i:j]):
        return False
    k = i - 1
    while k > 0 and is_describer(np_[k].text, lex):
        k -= 1
    return (k > 0 and is_role(np_[k].text, lex) and np_[k].text not in lex.honorifics
            and any(is_role(t.text, lex) for t in np_[:k])
            and any(t.text in ("في", "عهد") or t.text.startswith("لل") for t in np_[:k]))


def _kin_before(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """A relative governs the name after it, through definite words (شقيق محمد،
    أرملة الشهيد محمد البراهمي): that name is another person's."""
    k = i - 1
    while k >= 0 and is_definite(np_[k].text) and np_[k].text not in lex.honorifics:
        k -= 1
    return k >= 0 and not is_definite(np_[k].text) and np_[k].text in lex.kin


def _title_in_a_bodys_genitive(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """The name at ``i`` follows a title inside a لـ genitive of a phrase headed by a
    body or a common noun, not by a title (المقاومة … لحكومة الرئيس X)."""
    k = i - 1
    while k > 0 and (is_describer(np_[k].text, lex) or lex.nationality.match(np_[k].text)):
        k -= 1
    head = np_[0].text
    return (k > 1 and is_role(np_[k].text, lex) and not is_role(head, lex)
            and not is_given(head, lex) and head not in lex.honorifics
            and any(t.text[:1] == "ل" and len(t.text) > 3 for t in np_[1:k]))


def _name_rank(np_: list[Tok], i: int, j: int, lex: Lexicon) -> int | None:
    """How well the run ``i:j`` names the speaker (higher is better; None: not at all)."""
    prev = np_[i - 1].text if i > 0 else ""
    if _held_in_parentheses(np_, i, j, lex):
        return 4
    if prev == ")" and i >= 3 and is_role(np_[0].text, lex) and j - i >= 2:
        return 4  # المفوض العام لوكالة … (أونروا) فيليب لازاريني: the holder after the alias
    if _named_place(np_, i, lex):
        return None  # أهالي قرية الشيخ زويد، حي الشيخ جراح: a place named after someone
    if i > 0 and np_[i].text.startswith("لل") and not np_[i].quoted and is_role(np_[0].text, lex):
        return None  # المنسق المقيم للأمم المتحدة: the title's body in ل, no one's name
    if prev.startswith("لل") and len(prev) > 3 and (
            is_given(np_[i].text, lex) or (j == len(np_) and (
                np_[i].text[:1] not in "بل" or np_[i].text.startswith("بو")))):
        return 2  # a definite genitive ends the title: المدير العام للغابات الحبيب عبيد
    if prev.startswith("بال") and len(prev) > 4 and is_given(np_[i].text, lex) and j - i >= 2:
        return 2  # … مكاتب السفر بالمدينة سامي الخطيب: the title's place, then the name
    if prev[:1] == "ب" and len(prev) > 3 and not is_definite(prev) and i > 1 \
            and zipf(prev, lex) < zipf(prev[1:], lex) < 4.0 \
            and is_given(np_[i].text, lex) and j - i >= 2:
        return 2  # الفرع الجهوي للمهندسين بقابس سمير الرياحي: a town, then the name
    if _kin_before(np_, i, lex):
        return None  # وذكر شقيق محمد النصري: the brother speaks, the name is another's
    x = np_[i].text
    if is_org(prev, lex) and not is_definite(prev) and not np_[i].quoted and (
            x.endswith("ية") or (x.endswith("ي") and j - i == 1 and not is_given(x, lex))):
        return None  # مسؤولو جمعيات خيرية: the body's adjective (though خيرية is a name too)
    if j - i == 1 and is_definite(x) and x.endswith("ي") and is_definite(prev) \
            and is_role(prev, lex) and prev not in lex.honorifics \
            and common(bare(x), lex) and zipf(bare(x), lex) >= 3.5:
        return None  # الطبيب الشرعي: a common nisba after a title is its adjective (but
        # السماعلي، الفيلالي: family names no one uses as words)
    if (j - i == 1 and i == 2 and is_definite(np_[0].text) and is_org(np_[0].text, lex)
            and not is_role(np_[0].text, lex) and not np_[i].quoted
            and (is_describer(prev, lex) or (is_definite(prev) and prev.endswith("ي")))
            and not is_given(x, lex) and not x.endswith("ا")):
        return None  # طالب المجلس البلدي غريان: the body's town after its adjective,
        # no person; the body speaks
    if _title_in_a_bodys_genitive(np_, i, lex):
        return None  # أكدت المقاومة الموالية لحكومة الرئيس اليمني عبد ربه منصور هادي:
        # the body speaks, the name is its patron's
    if prev and is_org(prev, lex) and is_role(prev, lex) and not is_given(np_[i].text, lex) \
            and not is_definite(prev) and i > 1 and (is_org(np_[i - 2].text, lex)
                                                    or np_[i - 2].text in ("في", "من", "ب")):
        return None  # مجلس محافظة حلب، المواطنين في محافظة عنيزة: a place (محافظة is no
        # governor here)
    if j - i == 1 and prev in lex.territorial and not is_given(np_[i].text, lex) \
            and not np_[i].quoted:
        return None  # أمير قطر، محافظ ظفار العمانية: the territory of the title
    if (is_role(prev, lex) and not is_definite(prev) and prev not in lex.honorifics
            and not is_given(np_[i].text, lex) and any(is_given(t.text, lex) for t in np_[i + 1:j])):
        return None  # محافظ بغداد محمد جابرالعطا: the title's genitive, then the name
    if prev in ("في", "من", "لدى", "ب") or (prev and prev[0] in "لب" and len(prev) > 2
                                            and not namey(prev, lex)
                                            and prev not in lex.honorifics):  # (لواء)
        return None  # a place or the name of the organisation in a title
    if prev in lex.named_after and (not np_[i].quoted or is_given(np_[i].text, lex)):
        return None  # مطار حمد الدولي، مؤسسة محمد بن راشد: an institution named after a
        # person
    if prev and not namey(prev, lex) and not is_definite(prev) and not is_role(prev, lex) \
            and prev not in lex.honorifics and prev != "،" and not is_given(np_[i].text, lex) \
            and prev not in EMPHATIC:  # (بالمحكمة ذاتها عرفات المبسوط)
        return None  # شركة دايملر، منطقة نجران: a name glued to a common noun
    before = np_[i - 2].text if i > 1 else ""
    if prev in lex.honorifics and before and not is_definite(before) and (
            is_org(before, lex) or before in lex.named_after
            or (before[0] in "لب" and is_org(before[1:], lex))):
        return None  # جامعة الملك عبدالعزيز، مركز الملك سلمان: an institution's name
    if prev and namey(prev, lex):
        if prev[:1] in "بل" and len(prev) > 3 and not is_given(prev, lex) \
                and is_given(prev[1:], lex):
            return None  # … للتربية بسيدي بوزيد: a place after ب, where the run is
        if before in lex.territorial and j - i >= 2:
            return 3  # محافظ كربلاء نصيف الخطابي: the office's territory, then the holder
        if is_given(np_[i].text, lex) and before in ("في", "لدى", "من"):
            return 3  # سفير روسيا في لبنان ألكسندر زاسيبكين: the title's place, then the
            # person (rather than روسيا, the title's genitive)
        return 1  # the tail of a longer run, kept only if nothing better
    if (j - i == 1 and prev in lex.honorifics and i >= 2 and namey(np_[i - 2].text, lex)
            and is_definite(x) and common(bare(x), lex) and not is_given(x, lex)
            and zipf(x, lex) >= 4.5):
        return None  # الزبير حسن السيد المشروع: a family name spelled like a title of
        # address, then the object; no name in a frequent common noun
    if (prev in lex.honorifics or prev == "،") and not (j - i == 1 and is_definite(np_[i].text)):
        return 4  # (a lone الجنائي after المحقق is rather an adjective)
    # a name that opens the phrase is the subject: a second name after it is in
    # apposition or the object (وشكر ماكرون العاهل السعودي الملك سلمان على …)
    return 5 if i == 0 else 2


def _named_place(np_: list[Tok], i: int, lex: Lexicon) -> bool:
    """The run at ``i`` names a place: a kind of place (قرية، مدينة) stands before the
    title of address it opens with (قرية الشيخ زويد), or before a person's name it is
    named after (مدينة محمد السادس), not a definite kind (البلدية فلان: its holder)."""
    kind = np_[i - 1].text if i >= 1 else ""
    if kind in _PLACE_SAINTS and i >= 2:
        kind = np_[i - 2].text
    elif not (is_given(np_[i].text, lex) or np_[i].text in _PLACE_SAINTS):
        return False  # (بلدية الكرك محمد المعايطة: the place, then its mayor)
    if not kind_of_place(kind) and kind[:1] in "بل" and not kind.startswith(("بال", "لل")):
        kind = kind[1:]  # مصدر بمدينة الملك فهد الطبية (but بلدية is a kind of its own)
    return kind_of_place(kind) and not is_definite(kind)


#: Titles of address a place is named with (قرية الشيخ زويد، مدينة سيدي بوزيد).
_PLACE_SAINTS = frozenset({"الشيخ", "سيدي", "الامير", "الملك", "السلطان", "النبي"})


#: How one holds an office, as an adjective after the holder's whole name (المعين،
#: المكلف، المنتخب، المستقيل): no family name is one of these.
_OFFICE_STATES = frozenset({"معين", "معينة", "مكلف", "مكلفة", "منتخب", "منتخبة", "مستقيل",
                            "مستقيلة", "معزول", "مخلوع", "مؤقت"})


def _held_in_parentheses(np_: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """The run fills the parentheses after a title: its holder's name (مدير كهرباء ريف
    دمشق (خلدون حدة)، رئيس البلدية (أحمد خالد)), not an alias of a body (الكرملين)."""
    first = np_[i].text
    return (i >= 2 and np_[i - 1].text == "(" and j < len(np_) and np_[j].text == ")"
            and 2 <= j - i <= 4 and is_role(np_[0].text, lex)
            and not any(is_given(t.text, lex) for t in np_[:i - 1])  # (محمود عباس (أبو
            # مازن): a name before the parentheses; they hold his alias)
            and (is_given(first, lex) or (namey(first, lex) and not common(first, lex))))


def person_follows(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Two words of a name right after a place spelled like a common word (السفير في
    الخرطوم جون غودفري; رئيس الاتحاد في الكويت توفيق الجراح): the place is in the
    title, the person's name follows."""
    if k + 1 >= len(toks):
        return False
    first, second = toks[k].text, toks[k + 1].text
    if is_given(first, lex) and is_definite(second) and not is_role(second, lex) \
            and not is_describer(second, lex) and not is_org(second, lex):
        return True  # رئيس الاتحاد في الكويت توفيق الجراح: a given name, a family in ال
    return all((not is_definite(t.text) or is_given(t.text, lex))  # (ألكسندر، الحبيب)
               and (namey(t.text, lex) or could_be_name(t.text, lex)) for t in toks[k:k + 2])


def name_ahead(toks: list[Tok], k: int, lex: Lexicon, window: int = 10) -> bool:
    """A given name or an honorific comes within ``window`` words, before any
    punctuation or complement (or right after a comma: … المكلفة بالانتقال الرقمي،
    أمل الفلاح): the phrase is still a title."""
    for n, t in enumerate(toks[k:k + window], start=k):
        if t.text in lex.honorifics or is_given(t.text, lex):
            return True
        if t.text in ("،", ",") and n + 1 < len(toks) and (
                toks[n + 1].text in lex.honorifics or is_given(toks[n + 1].text, lex)):
            return True
        if not WORD_RE.match(t.text) or COMPLEMENT.match(t.text):
            return False
    return False


def place_then_person(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """The one-word "name" before the comma is a place of the title and a full name
    follows it (الناطق باسم المحكمة الابتدائية صفاقس، فوزي المصمودي), also after a
    title of address (عمدة العاصمة مقديشو، الشيخ يوسف حسين جمعالي)."""
    k = i + 1
    addressed = k < len(toks) and toks[k].text in lex.honorifics
    k += addressed
    nxt = toks[k].text if k < len(toks) else ""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    if not is_given(nxt, lex) or (is_given(after, lex) and not addressed) or not (
            namey(after, lex) or namey(bare(after), lex)):
        return False
    name = pick_name(np_, lex)
    return len(name) == 1 and not is_given(name[0].text, lex)


def apposed_after(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A title's place (بالقيروان) set off by a comma before its holder's name:
    المندوب الجهوي للتنمية الفلاحية بالقيروان، مراد بن عمر."""
    return (bool(np_) and is_role(np_[0].text, lex) and i + 2 < len(toks)
            and toks[i + 1].text in ("،", ",") and is_given(toks[i + 2].text, lex))


def ends_with_name(np_: list[Tok], lex: Lexicon) -> bool:
    """The phrase read so far ends with the name it holds (قال حسني مبارك)."""
    name = pick_name(np_, lex)
    return bool(name) and name[-1] is np_[-1]
