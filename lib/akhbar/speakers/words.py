"""Word classes: is this folded word a title, an organisation, a describing adjective, part of a name?

Per word, used by every step of one article. Each test takes the
:class:`~akhbar.speakers.lexicon.Lexicon` it reads; the answers are cached per
(word, lexicon), so another lexicon never sees a stale answer. A word is a
*name* (:func:`namey`) when the lexicons say so (given names) or when nothing
says otherwise and general Arabic uses it like a name: a common noun is also
written with the article ال (جاهزية / الجاهزية), a name almost never (بيسكوف).

>>> from akhbar.speakers.lexicon import load_lexicon
>>> lex = load_lexicon()
>>> is_role("المتحدث", lex), is_describer("الروسي", lex), is_org("وزارة", lex)
(True, True, True)
>>> namey("بيسكوف", lex), namey("جاهزية", lex), bare("والرئيس")
(True, False, 'رئيس')
"""

from __future__ import annotations

import re
from functools import lru_cache

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.spans import ARABIC_WORD_RE
from akhbar.text.affixes import (
    CONJUNCTIONS,
    FIRST_PERSON_SUFFIXES,
    PRONOUN_SUFFIXES,
    strip_article,
)

__all__ = [
    "ACTING_ADVERBS",
    "COMPASS_NISBAS",
    "COMPASS_POINTS",
    "COMPLEMENT",
    "DEMONSTRATIVES",
    "EMPHATIC",
    "PLURAL_DEMONSTRATIVES",
    "SAME",
    "THEN_ADVERBS",
    "adverbial",
    "article_of_its_own",
    "bare",
    "body_name",
    "circumstantial",
    "closing_adjective",
    "common",
    "common_plural_in_at",
    "country_in_ya",
    "document_key",
    "elative",
    "family_in_al",
    "feminine_past",
    "for_ones_part",
    "is_definite",
    "is_describer",
    "is_given",
    "is_org",
    "is_role",
    "kind_of_place",
    "namey",
    "nominative_plural",
    "noun_with_adjective",
    "oblique_plural",
    "opens_statement",
    "participle_adjective",
    "past_verb",
    "plain_noun",
    "present_form",
    "present_verb",
    "pronoun_stem",
    "stems",
    "suffixed_common",
    "superlative",
    "two_word_given",
]

_PRONOUNS = "|".join(PRONOUN_SUFFIXES)  # longest first
#: أن/إن and their forms (بأن، وإن، لأن، أنه، إنها، أنني): the statement starts
#: here. Not كأن ("as if"), a word of its own.
COMPLEMENT = re.compile(
    rf"^(?:{'|'.join((*CONJUNCTIONS, 'ب', 'ل'))})?[اإأ]ن(?:{_PRONOUNS}|"
    rf"{'|'.join(FIRST_PERSON_SUFFIXES)})?$")
#: لأن "because" (لأنه، ولأن): a form of أن that gives a reason, never a statement.
_BECAUSE = re.compile(r"^[وف]?ل[اإأ]ن")


def opens_statement(word: str) -> bool:
    """أن/إن in a form that opens what was said (أن، إنه، بأن، وأن), not لأن
    "because".

    >>> opens_statement("بأن"), opens_statement("لأنه")
    (True, False)
    """
    return COMPLEMENT.match(word) is not None and not _BECAUSE.match(word)


_PRONOUN_SUFFIX = re.compile(rf"^(.{{2,}}?)(ت)?({_PRONOUNS})$")


@lru_cache(maxsize=200_000)
def bare(t: str) -> str:
    """The word without its definite article (and a proclitic before it); cached: the
    rules ask it of the same words many times an article."""
    return strip_article(t)


#: Kinds of place a place's own name follows (محافظ العاصمة عدن، شرطة منطقة تبوك), as
#: written with ه for ة.
_KINDS_OF_PLACE = frozenset({"عاصمه", "مدينه", "محافظه", "ولايه", "منطقه", "اقليم", "بلديه",
                             "جهه", "عماله", "مقاطعه", "اماره", "قريه", "بلده", "مديريه", "حي",
                             "قضاء", "ناحيه"})


#: "Then", "at the time": an adverb inside a former holder's title (وزير الدفاع آنذاك
#: الشيخ فلان), as written in the folded text.
THEN_ADVERBS = frozenset({"انذاك", "حينها", "حينذاك", "وقتها", "وقتذاك"})

#: Points of the compass that open a region's name (جنوب دارفور، شمال سيناء), and their
#: nisba adverbs of direction (جنوبي اليمن "in the south of Yemen").
COMPASS_POINTS = frozenset({"جنوب", "شمال", "شرق", "غرب", "وسط"})
COMPASS_NISBAS = frozenset(p + "ي" for p in COMPASS_POINTS - {"وسط"})

#: "Acting" after a title (حاكم المصرف بالإنابة فلان), as written in the folded text:
#: part of the title, never of the name after it.
ACTING_ADVERBS = frozenset({"بالانابة", "بالانابه", "بالنيابة", "بالنيابه", "بالوكالة",
                            "بالوكاله", "بالتكليف"})

#: "For his part", "in his turn" (من جهته، من جانبه، بدورها): an adjunct a subject
#: and its verb may have between them, in either order (وأكد من جهته الوزير، والوزير
#: بدوره أكد).
_FOR_ONES_PART = re.compile(r"^(?:جهت|جانب|ناحيت)(?:ه|ها|هم|هما)$")
_IN_TURN = re.compile(r"^بدور(?:ه|ها|هم|هما)$")


def for_ones_part(words: list[str]) -> int:
    """How many of the first ``words`` say "for his part" (0 when they do not).

    >>> for_ones_part(["من", "جهته", "الوزير"]), for_ones_part(["بدورها"]), for_ones_part(["من", "جهة"])
    (2, 1, 0)
    """
    if words and _IN_TURN.match(words[0]):
        return 1
    return 2 if len(words) >= 2 and words[0] == "من" and _FOR_ONES_PART.match(words[1]) else 0


def kind_of_place(word: str) -> bool:
    """A noun for a kind of place (منطقة، المدينة، ولاية): the place's name follows it."""
    return bare(word).replace("ة", "ه") in _KINDS_OF_PLACE


_POSSESSIVE = ("هما", "هم", "ها", "ه")


def document_key(t: str, lex: Lexicon) -> str:
    """The statement document a word names, as the lexicon writes it, or "": البيان،
    بيانها → بيان; الدراسة → دراسة. One key for the document and the mentions of it."""
    b = bare(t)
    if b in lex.documents:
        return b
    for suffix in _POSSESSIVE:
        if b.endswith(suffix):
            stem = b[:-len(suffix)]
            if stem.endswith("ت") and not stem.endswith("ات"):
                stem = stem[:-1] + "ة"  # رسالته → رسالة (but تصريحاته → تصريحات)
            if stem in lex.documents:
                return stem
    return ""


@lru_cache(maxsize=200_000)
def stems(t: str) -> frozenset[str]:
    """The word, bare, and bare without a feminine or sound-plural ending."""
    b = bare(t)
    out = {t, b}
    # construct plurals drop their ن (مديرو، مسؤولي التعليم); a definite word ending
    # in ي is a nisba (المالكي), not a plural of مالك
    sufs = ("ة", "ون", "ين", "و", "ات", "ان") + (("ي",) if b == t else ())
    for suf in sufs:
        if b.endswith(suf) and len(b) > len(suf) + 2:
            out.add(b[: -len(suf)])
    return frozenset(out)


#: Demonstratives (as in the folded text): never part of a name or title.
PLURAL_DEMONSTRATIVES = frozenset({"هؤلاء", "أولئك", "اولئك"})
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"}) | PLURAL_DEMONSTRATIVES


def is_definite(t: str) -> bool:
    return bare(t) != t


def country_in_ya(w: str, lex: Lexicon) -> bool:
    """A country in ـيا (تركيا، موريتانيا), not an adverb in ـيا (اقتصاديا، رسميا): its
    nisba is a nationality, and the country is written more often than the nisba.

    >>> from akhbar.speakers.lexicon import load_lexicon
    >>> country_in_ya("تركيا", load_lexicon()), country_in_ya("رسميا", load_lexicon())
    (True, False)
    """
    return (w.endswith("يا") and lex.nationality.match(w[:-1]) is not None
            and zipf(w, lex) > zipf(w[:-1], lex) + 0.3)


def article_of_its_own(t: str, lex: Lexicon) -> bool:
    """A word whose ال is its own letters, not the article (التزام، التحاق، التماس: the
    definite form الالتزام is in use), so it is indefinite though it looks definite.

    >>> from akhbar.speakers.lexicon import load_lexicon
    >>> article_of_its_own("التزام", load_lexicon()), article_of_its_own("الوزير", load_lexicon())
    (True, False)
    """
    return t.startswith("ال") and zipf("ال" + t, lex) >= 2.5


def _proclitic_article_own(t: str, lex: Lexicon) -> bool:
    """فال، بال، كال، وال that are a rare word's own letters (فاليريو، فالنسيا), not a
    proclitic and the article: without its first letter the word is rarer still. (Kept
    apart from :func:`article_of_its_own`: read as names, words in ال such as إلقاء or
    اليزابيث must stay definite.)"""
    return t[:3] in ("فال", "بال", "كال", "وال") and zipf(t[1:], lex) < zipf(t, lex) < 3.0


@lru_cache(maxsize=200_000)
def is_role(t: str, lex: Lexicon) -> bool:
    """A noun of office or an honorific: الرئيس، المتحدثة، مسؤولو، الدكتور."""
    return bool(stems(t) & lex.roles) or t in lex.honorifics


def is_org(t: str, lex: Lexicon) -> bool:
    """A body that speaks: وزارة، الوكالة."""
    return t in lex.orgs or bare(t) in lex.orgs


@lru_cache(maxsize=200_000)
def is_describer(t: str, lex: Lexicon) -> bool:
    """Adjectives of titles and places: الروسي، الرسمي، العام."""
    return bool(lex.nationality.match(t)) or bool(stems(t) & lex.modifiers)


def is_given(t: str, lex: Lexicon) -> bool:
    """A given name, or عبد… (عبدالله), or a given name of two words written as one
    (نورالدين، عزالدين)."""
    return t in lex.given or (t.startswith("عبد") and len(t) > 4) or (
        t.endswith("الدين") and len(t) > 6 and f"{t[:-5]} الدين" in lex.given)


def body_name(words: list[str], lex: Lexicon) -> bool:
    """A definite body's head and its adjectives and genitives, nothing else: the
    whole name of an institution (الإدارة العامة لأمن السواحل), not a sentence.

    >>> from akhbar.speakers.lexicon import fold, load_lexicon
    >>> body_name(fold("الإدارة العامة لأمن السواحل").split(), load_lexicon())
    True
    """
    return (len(words) >= 2 and is_definite(words[0]) and is_org(words[0], lex)
            and all(w not in lex.stop and not w.endswith("ه") and (
                is_definite(w) or (w[:1] == "ل" and len(w) > 3)) for w in words[1:]))


def two_word_given(t: str, nxt: str, lex: Lexicon) -> bool:
    """``t`` opens a given name of two words (عز الدين، شمس الدين), listed as such.

    >>> from akhbar.speakers.lexicon import load_lexicon
    >>> two_word_given("عز", "الدين", load_lexicon()), two_word_given("رجال", "الدين", load_lexicon())
    (True, False)
    """
    return f"{t} {nxt}" in lex.given


@lru_cache(maxsize=200_000)
def common(t: str, lex: Lexicon) -> bool:
    """A common noun: frequent, and used with ال about as often as without."""
    f, g = zipf(t, lex), zipf("ال" + t, lex)
    return f >= 3.0 and g > 0 and f - g < 0.8


def pronoun_stem(t: str) -> str:
    """The noun a possessive pronoun is written on, its ة and its final hamza restored
    (رئيستها → رئيسة، زعيمه → زعيم، لقائه → لقاء); "" when ``t`` ends in no pronoun."""
    m = _PRONOUN_SUFFIX.match(t)
    return _hamza_restored(m.group(1)) + ("ة" if m.group(2) else "") if m else ""


def _hamza_restored(stem: str) -> str:
    """A final hamza takes the seat ئ/ؤ before a pronoun (لقائـ، لقاؤ → لقاء)."""
    return stem[:-1] + "ء" if stem[-1:] in ("ئ", "ؤ") else stem


def suffixed_common(t: str, lex: Lexicon) -> bool:
    """A noun with a possessive pronoun (هزيمته، توقعاتها، دعمه) is not a name."""
    m = _PRONOUN_SUFFIX.match(t)
    if not m:
        return False
    base = _hamza_restored(m.group(1))
    stem = base + ("ة" if m.group(2) else "")
    if zipf(t, lex) > max(zipf(stem, lex), zipf(base, lex)):
        return False  # جوزيه is commoner than جوزي: a name, not جوزي + ه
    if (len(base) > 3 and base.endswith("ي") and not m.group(2)
            and common(base[:-1] + "ين", lex)):
        return True  # مواطنيها، لاعبيه: a plural in -ين that lost its ن to the pronoun
    if m.group(3) != "ه":
        return _noun(stem, lex) or _noun(base + (m.group(2) or ""), lex)
    # ه ends names too (عبده، طه): a common stem, or a very frequent noun (رفضه، حرصه)
    return common(stem, lex) or common(base + (m.group(2) or ""), lex) or (
        t != "عبده" and zipf(stem, lex) >= 4.5 and _noun(stem, lex))


def _noun(t: str, lex: Lexicon) -> bool:
    """A frequent word also used with ال (أبناء / الأبناء): a noun, for the test of a
    possessive pronoun, a little looser than :func:`common`."""
    if len(t) < 3:
        return common(t, lex)  # نينا is not ني + نا
    f, g = zipf(t, lex), zipf("ال" + t, lex)
    return f >= 3.0 and g > 0 and f - g < 1.0


#: نفس/ذات with a pronoun after a definite noun: "the same" (بالمحكمة ذاتها، المصدر نفسه).
EMPHATIC = frozenset(("نفسه", "نفسها", "ذاته", "ذاتها", "نفسهما", "انفسهم", "ذاتهما"))


def oblique_plural(t: str) -> bool:
    """A definite sound plural in -ين (وشكر المسؤولين) is an object: a subject would
    be in -ون (وقال المسؤولون)."""
    return is_definite(t) and t.endswith("ين") and len(bare(t)) > 4


def nominative_plural(t: str, lex: Lexicon) -> bool:
    """The other case of :func:`oblique_plural`: a definite plural of people in -ون is
    a subject (المشاركون، المحتجون، العاملون) — its singular and its plural in -ين
    are written too (not القانون، الفنون)."""
    if not (t.startswith("ال") and t.endswith("ون") and len(t) >= 7):
        return False
    singular = bare(t)[:-2]
    return zipf(singular, lex) >= 2.5 and zipf(singular + "ين", lex) >= 2.5


@lru_cache(maxsize=200_000)
def namey(t: str, lex: Lexicon) -> bool:
    """Is this (folded, article-less) word likely part of a proper name?"""
    if t in lex.given:
        return True
    if len(t) < 2 or not ARABIC_WORD_RE.match(t):
        return False
    if _listed_not_a_name(t, lex):
        return False
    if t[0] in "ولبك" and len(t) > 3 and common(t[1:], lex):
        return False  # a common word with a conjunction or preposition: واستصلاح، لسوق، لكرة
    if t.endswith("ية") and len(t) > 4:
        return False  # feminine nisba adjectives: عملياتية، تكنولوجية
    if t.endswith("و") and len(t) > 4 and common(t[:-1] + "ون", lex):
        return False  # a plural in construct (مسؤولو الحجوزات، موظفو الشركة), its ن dropped
    if t.endswith(("يون", "يين")) and len(t) > 5 and common(t[:-3] + "ي", lex):
        return False  # a plural nisba adjective (خبراء بيئيون), not a name
    if t[0] == "ت" and t.endswith("ت") and len(t) == 5 and zipf(t[:-1], lex) >= 3.5:
        return False  # a feminine past of the form تفعّل (تسببت، تحدثت), not a name
    if t[0] == "و" and len(t) > 3 and common(t[1:], lex):
        return False
    f = zipf(t, lex)
    if f < 2.5:
        return True  # rare or unknown: foreign and family names
    if t.endswith("ت") and len(t) >= 4 and t[-2] != "ا" and past_verb(t[:-1], lex):
        return False  # اجتمعت، تلقت، حصلت: a verb in the feminine past (not مدحت، بيروت;
        # nor برات: a past stem never ends in ا before ت, دعا → دعت)
    g = zipf("ال" + t, lex)
    if g == 0.0:
        return not (t[0] in "يتن" and f >= 3.0 and _present_verb(t, lex))
    return f - g >= 1.0


def past_verb(stem: str, lex: Lexicon) -> bool:
    """A frequent word that is no noun: never (or far less) written with ال (اجتمع،
    تلقى), where a name's stem is a noun as well (مدح، حكم، بيرو)."""
    return any(zipf(w, lex) >= 3.5 and zipf("ال" + w, lex) < zipf(w, lex) - 1.5
               for w in (stem, stem + "ى"))


def feminine_past(t: str, lex: Lexicon) -> bool:
    """A verb in the feminine past (رفضت، أكدت): a frequent stem plus ت, no given name
    (طلعت، حكمت are listed as names)."""
    return len(t) >= 4 and t.endswith("ت") and not is_given(t, lex) and zipf(t[:-1], lex) >= 3.5


def present_verb(t: str, lex: Lexicon) -> bool:
    """A frequent word in يـ/تـ/نـ never written with ال whose other persons are in
    use is a present-tense verb (يجب، تقول، نعمل), not a name (يوسف، تيريزا): "وقال يجب
    أن" has no subject."""
    return _present(t, lex, loose=False)


def present_form(t: str, lex: Lexicon) -> bool:
    """:func:`present_verb` where the form may also be written with ال now and then
    (تكرر، تشدد), for places where a name cannot go on anyway: a word in و after
    a name (زينب عبد الأمير وتكرر) is her next verb."""
    return _present(t, lex, loose=True)


def _present(t: str, lex: Lexicon, loose: bool) -> bool:
    if len(t) < 3 or t[0] not in "يتن" or t in lex.given:
        return False
    f, g = zipf(t, lex), zipf("ال" + t, lex)
    return f >= 3.0 and (g < f - 1.5 if loose else g == 0.0) and _present_verb(t, lex)


def _present_verb(t: str, lex: Lexicon) -> bool:
    """A present-tense verb (never with ال) has its other persons in use: تقول/يقول,
    نعمل/يعمل, يقول/يقولون; a name that starts with the same letters has not (نيكولا،
    تيريزا، يوسف)."""
    if t[0] in "تن":
        return zipf("ي" + t[1:], lex) >= 1.0
    return zipf(t + "ون", lex) >= 1.0 or zipf("ت" + t[1:], lex) >= 2.0


#: "The same" before a definite noun (ذات المسؤول، نفس المصدر): never a name or a head.
SAME = frozenset(("ذات", "نفس"))
#: Words that stand before a noun and never in a name: "the same" and "any, every,
#: all" (أي شخص، كل من، جميع المواطنين), which open an object.
_DETERMINERS = SAME | {"اي", "كل", "جميع"}


def family_in_al(word: str, lex: Lexicon) -> bool:
    """A family name written with ال that no one uses as a word (الفيلالي، الجنيدي): no
    common noun, adjective, title or body."""
    return (word.startswith("ال") and len(word) > 4 and not common(bare(word), lex)
            and not is_describer(word, lex) and not is_role(word, lex) and not is_org(word, lex))


def _listed_not_a_name(t: str, lex: Lexicon) -> bool:
    """The lexicons or the word's form say it is something else: a title, a body, an
    adjective, a verb, a particle, a definite or pronoun-suffixed common word."""
    return bool(
        is_role(t, lex) or is_org(t, lex) or t in lex.stop or t in lex.circumstance
        or is_describer(t, lex) or t in lex.documents or t in lex.verbs
        or COMPLEMENT.match(t)
        or (is_definite(t) and not _proclitic_article_own(t, lex))
        or (t[0] in "لب" and (is_org(t[1:], lex) or is_role(t[1:], lex)))
        or t in lex.participles or suffixed_common(t, lex) or t in _DETERMINERS
        or (t[0] in "لف" and t[1:2] in ("ي", "ت") and present_verb(t[1:], lex)))
    # (ليتحدث، فيقول: ل/ف + a present verb, "so as to speak")


def common_plural_in_at(x: str, lex: Lexicon) -> bool:
    """A common plural in ات (تعليمات، تصريحات), never a surname (بركات، عرفات are no
    common words).

    >>> from akhbar.speakers.lexicon import load_lexicon
    >>> common_plural_in_at("تعليمات", load_lexicon()), common_plural_in_at("بركات", load_lexicon())
    (True, False)
    """
    return x.endswith("ات") and common(x, lex) and not is_given(x, lex)


def plain_noun(x: str, lex: Lexicon) -> bool:
    """A common noun that is no title, body, adjective or name (الشعب، المتبرعين)."""
    return (common(bare(x), lex) and not is_describer(x, lex) and not is_org(x, lex)
            and not is_role(x, lex) and not is_given(x, lex))


def circumstantial(x: str, lex: Lexicon) -> bool:
    """An indefinite participle in the accusative (مستفسرا، معربا، متسائلا) describes
    the speaker's manner: a participle in م…ا, of the derived forms مست…/مت… or with
    its plural in -ين in use (a name in م…ا has none: ماريا، موسكو)."""
    if not (x.endswith("ا") and x[:1] == "م" and len(x) >= 5) or is_given(x, lex):
        return False
    return (x.startswith(("مست", "مت")) and len(x) >= 6) or max(
        zipf(x[:-1] + "ين", lex), zipf(x[:-1] + "ون", lex)) >= 1.9 or (
        _PARTICIPLE_III_IV.fullmatch(x) is not None and not is_given(x[:-1], lex))
    # (مخاطبا، مطالبا: مفاعل; مشيدا، مبينا: مفيل of a hollow root, or مفعّل)


#: Active participles in the accusative of the third form (مخاطبا، مناشدا) and of hollow
#: roots (مشيدا، مبينا): no name has these shapes (ماريا has ا second).
_PARTICIPLE_III_IV = re.compile(r"م[^ا]ا[^ا]{2}ا|م[^ا]ي[^ا]ا")


def adverbial(x: str, lex: Lexicon) -> bool:
    """An indefinite accusative of a common noun (اعتبارا، حرصا، تقديرا) is a
    circumstance of the verb: وتدعو وزارة الصحة اعتبارا لخطورة …"""
    return (x.endswith("ا") and not x.endswith("يا") and len(x) > 4 and not is_given(x, lex)
            and common(x[:-1], lex))


def participle_adjective(x: str, lex: Lexicon) -> bool:
    """A feminine participle (المسلحة، المختصة، المتحدة؛ العاملة) after a body agrees
    with it as its adjective (قالت القوات المسلحة التركية، وزارة القوى العاملة), it is
    not an object."""
    b = bare(x)
    derived = b.startswith("م") and len(b) >= 5
    first_form = len(b) == 5 and b[1] == "ا" and b != "تابعة"  # فاعلة: العاملة، الناشئة
    # (not التابعة لـ: "belonging to", a description after the name)
    return (b.endswith("ة") and (derived or first_form)
            and not is_org(x, lex) and not is_role(x, lex))


def superlative(x: str, nxt: str, lex: Lexicon) -> bool:
    """أفعل before a definite noun (أخلص التهاني، أحر التعازي): a superlative in
    construct, the start of the object (not اسم in باسم الشرطة)."""
    thanks = lex.thanks.match(nxt) is not None
    return ((len(x) == 4 or (len(x) == 3 and thanks)) and x[0] == "ا" and not is_given(x, lex)
            and zipf(x, lex) >= 2.0  # (a foreign name in the shape: توماس باولز المدير)
            and is_definite(nxt) and not is_describer(x, lex) and nxt not in lex.honorifics
            and (thanks or common(bare(nxt), lex)))  # بأبها الشيخ: a town, then the man


#: The adjective pattern أفعل with ال (البيت الأبيض، المجلس الأعلى، الشرق الأوسط).
_ELATIVE = re.compile(r"^الا(?:[^ا\s]{3}|[^ا\s]{2}ى)$")


def elative(x: str) -> bool:
    """A definite adjective of the pattern أفعل (الأبيض، الأعلى، الأوسط)."""
    return bool(_ELATIVE.match(x))


def closing_adjective(x: str, lex: Lexicon) -> bool:
    """A definite adjective that closes a phrase (الكويتية، المدنية، الأبيض)."""
    return is_definite(x) and (is_describer(x, lex) or x.endswith(("ية", "ي"))
                               or elative(x) or bool(lex.nationality.match(x)))


def noun_with_adjective(nxt: str, lex: Lexicon) -> bool:
    """``nxt`` is an adjective after a participle-shaped noun (المرحلة الحالية), not a
    nationality nor a relative (الولايات المتحدة الأمريكية، المتحدة التي)."""
    return (is_definite(nxt) and (is_describer(nxt, lex) or nxt.endswith(("ية", "ي")))
            and not lex.nationality.match(nxt) and nxt not in lex.relatives)
