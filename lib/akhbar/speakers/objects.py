"""Where the subject phrase after a reporting verb ends and the verb's object starts.

Part of step 2 (events), per event: :func:`~akhbar.speakers.phrase.phrase` reads the
subject word by word, and :func:`object_starts` tells it when a word can no longer
belong to the subject. Arabic puts the object right after the subject (VSO), with no
mark between them: a definite noun takes no definite genitive, an adjective closes an
indefinite phrase, a full name is complete, a subject would be in -ون where the
object is in -ين (وحذرت السلطات السكان، وعزت مصادر مطلعة أسباب الاستنفار إلى …).

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> from akhbar.speakers.spans import tokens
>>> text = fold("السلطات السكان من الأمطار")
>>> toks = tokens(text, 0, len(text))
>>> object_starts(toks, 1, toks[:1], load_lexicon())
True
"""

from __future__ import annotations

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.propernames import (
    TITLES_AS_GIVEN,
    ends_with_name,
    name_ahead,
    name_runs,
    pick_name,
    verbal_noun,
)
from akhbar.speakers.quoted import after_a_source
from akhbar.speakers.spans import ARABIC_WORD_RE, Tok
from akhbar.speakers.words import (
    COMPASS_NISBAS,
    DEMONSTRATIVES,
    THEN_ADVERBS,
    adverbial,
    bare,
    circumstantial,
    common,
    country_in_ya,
    document_key,
    elative,
    family_in_al,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    kind_of_place,
    namey,
    noun_with_adjective,
    oblique_plural,
    participle_adjective,
    plain_noun,
    superlative,
)

__all__ = ["object_starts"]

_TO_ME_OR_YOU = frozenset({"لي", "لك", "لكم", "لكما"})  # لـ + the hearer: "to me", "to you"


def object_starts(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """Does the verb's object (or an adjunct) start at ``toks[i]``, after the subject
    words ``np_`` read so far?"""
    return _second_noun(toks, i, np_, lex) or _adjunct(toks, i, np_, lex)


def _second_noun(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """Thanks after the subject (رفع رئيس الاتحاد … التهنئة), a second definite noun after
    a one-word definite subject (VSO: وطالب البيان الحكومة …: a definite noun takes no
    genitive), a noun after an adjective or a full name, a participle of manner."""
    x = toks[i].text
    if np_ and np_[-1].text == "عبد":
        return False  # سامي عبد الحفيظ: the word after عبد is the rest of the name
    if lex.thanks.match(x) and np_:
        return True
    if np_ and x in DEMONSTRATIVES:
        return True  # ووصف وهب تلك التصريحات: "those" opens the object
    if np_ and x in lex.object_idiom and np_[-1].text not in lex.connectors:  # (عبد الستار)
        return True  # كشفت الحكومة الأوكرانية النقاب عن: the idiom's object after the subject
    if np_ and (x in ("الجميع", "الناس")
                or (x in ("الاهالي", "السكان") and ends_with_name(np_, lex))
                or (x == "الله" and is_definite(np_[-1].text))):
        return True  # وحث الدفاع المدني الجميع على …، ودعا نائب الرئيس … الله أن: the
        # ones called on (a name in … الله has no ال before it: نصر الله)
    if (len(np_) == 2 and np_[0].text == "ال" and is_definite(np_[1].text) and is_definite(x)
            and not x.endswith(("ي", "ية")) and not is_describer(x, lex) and not is_role(x, lex)
            and not is_given(x, lex)):
        return True  # وطالب آل الشيخ الآباء: a family in آل is a whole name, the definite
        # noun after it is whom he calls on
    if np_ and x in lex.quantifiers and ends_with_name(np_, lex) and len(np_) >= 1 \
            and not is_role(np_[-1].text, lex):
        return True  # وبين العنزي بعض العلامات: a part of something, after a whole name
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if (len(np_) == 1 and is_definite(np_[0].text) and np_[0].text not in lex.honorifics
            and (is_org(np_[0].text, lex)
                 or (is_role(np_[0].text, lex) and not name_ahead(toks, i + 1, lex)))
            and x[:1] == "ل" and x[:2] != "لل" and bare(x[1:]) != "شؤون" and not is_given(x, lex)
            and zipf(x, lex) < zipf(x[1:], lex) and zipf(x[1:], lex) >= 3.5
            and not is_org(x[1:], lex) and not is_given(x[1:], lex) and nxt[:1] not in "،,."):
        return True  # وتدعو المنظمة لوقف إطلاق النار، دعا الوالي لضرورة …: what the body or
        # the office holder calls for (a body's own name would not follow its head
        # without an adjective: المنظمة العربية للتنمية; a title's field is شؤون)
    if np_ and 3 <= len(x) <= 5 and "ا" in x[:2] and superlative(
            x[1:] if x[:1] == "ب" else x, nxt, lex) and (
            x[:1] == "ب" or ends_with_name(np_, lex) or lex.thanks.match(nxt)):
        return True  # a superlative before its noun: … السلطان أخلص التهاني، بأحر التعازي
    head = np_[0].text if np_ else ""
    body_head = is_org(head, lex) and not is_role(head, lex)  # السلطات، not القيادي المؤسس
    if (x.endswith("ي") and not is_definite(x) and is_definite(nxt) and not toks[i].quoted
            and len(pick_name(np_, lex)) >= 3 and ends_with_name(np_, lex)
            and zipf(x, lex) >= 3.0 and zipf(x[:-1] + "ين", lex) >= 1.0):
        return True  # طالب … صالح بن عبد الله القاضي منسوبي الأمانة: a plural in construct
        # (a frequent word whose plural in -ين is written too) after a whole name
    if (len(np_) == 1 and body_head and is_definite(head) and not is_definite(x)
            and x.endswith("ي") and not is_given(x, lex) and zipf(x[:-1] + "ين", lex) >= 3.0
            and is_definite(nxt)):
        return True  # ودعت الشرطة سائقي المركبات: a plural in construct, the object
    if (len(np_) == 1 and is_definite(head) and not np_[0].quoted
            and is_definite(x) and not is_describer(x, lex)
            and (body_head or (not is_org(x, lex) and not is_role(x, lex))
                 or (is_role(head, lex) and bare(x) in lex.people_plural)  # طالب الوالي
                 # السكان: a title, then the people he called on

                 or (head.endswith("ون") and not is_role(x, lex))  # وطالب العمانيون
                 or bare(head) in lex.people_plural)  # يناشد السكان السلطات
            # الحكومة: a plural in -ون is a whole subject, the body after it the object
            and not x.endswith(("ي", "ية", "يه", "يون", "يين"))
            and not (participle_adjective(x, lex) and (is_role(head, lex) or not noun_with_adjective(
                nxt, lex)))  # (a title's adjective: الوزيرة المنتدبة المكلفة بـ …)
            and not elative(x)
            and not namey(head, lex) and not _family_after_address(head, x, lex)):
        return True  # وحذرت السلطات السكان: two definite nouns, the second an object
    if (len(np_) == 1 and is_definite(np_[0].text) and is_role(np_[0].text, lex)
            and np_[0].text not in lex.honorifics and not is_definite(x) and is_role(x, lex)
            and x not in lex.honorifics and not name_ahead(toks, i + 1, lex, 4)
            and not (x in TITLES_AS_GIVEN and family_in_al(nxt, lex))):  # الوزير أمين التهراوي
        return True  # ودعا الوالي عمدة فاس إلى: a second office and no name of its holder
        # after a one-word title: the one called on
    if (len(np_) >= 2 and np_[0].text in lex.people_plural and is_definite(x)
            and is_org(x, lex) and not is_role(x, lex) and not is_describer(x, lex)
            and not x.endswith(("ي", "ية", "يه"))):
        return True  # ناشد سكان دوار … ولاية سيدي بلعباس السلطات المعنية: the people of a
        # place, however long its name; the body after it is whom they call on
    if (len(np_) == 1 and is_definite(np_[0].text) and is_given(bare(np_[0].text), lex)
            and not is_definite(x) and common(x, lex) and not is_given(x, lex)
            and not namey(x, lex) and is_definite(nxt) and ARABIC_WORD_RE.fullmatch(x)):
        return True  # وأكد الحسين عزم الجيش: a name in ال, then a noun in construct, the
        # object (a name in ال is not followed by a common noun)
    if _after_a_closed_construct(np_, x, nxt, lex):
        return True  # طالبت وزارة الصحة الجهات الدولية: the construct is whole, a
        # definite noun after it is no genitive and no adjective: the object
    if (len(np_) == 2 and np_[0].text in lex.honorifics and is_definite(np_[1].text)
            and not is_role(np_[1].text, lex) and is_definite(x) and plain_noun(x, lex)):
        return True  # وحث الشيخ السديس الشباب: the family name ends the subject
    if (len(np_) >= 2 and x.startswith("ال") and np_[-1].text.startswith("ال")
            and not x.endswith(("ي", "ية")) and plain_noun(x, lex)
            and not (x.endswith("ة") and _adjective_or_apposition(x, toks, i, lex))
            and (lex.nationality.match(np_[-1].text) or is_describer(np_[-1].text, lex))):
        return True  # وشجبت الخارجية المصرية التفجير، ناشدت جمعية الهلال الأحمر المتبرعين:
        # an adjective closes the subject, a definite noun after it is the object
    if (is_definite(x) and not x.endswith("ي") and ends_with_name(np_, lex)
            and len(pick_name(np_, lex)) >= 2 and is_definite(nxt) and not is_definite(np_[-1].text)
            and (plain_noun(x, lex) or (zipf(x, lex) >= 3.5 and not namey(x, lex)
                                        and not is_given(x, lex) and not is_role(x, lex)))
            and (lex.nationality.match(nxt) or is_describer(nxt, lex)
                 or (nxt.endswith("ي") and zipf(nxt, lex) >= 3.5 and not family_in_al(nxt, lex)))):
        return True  # دعا حسني مبارك الشعب المصري، أكد … حازم مصطفى الشروع الفوري: a noun
        # and its adjective after a full name
    if (nxt[:1] == "و" and np_ and not is_definite(x) and _plain_word_in_use(nxt[1:], lex)
            and _plain_word_in_use(x, lex) and ends_with_name(np_, lex)
            and len(pick_name(np_, lex)) >= 2):
        return True  # جدد الوالي محمد البدوي عبدالماجد حرص واهتمام حكومته: two common nouns
        # joined by و after a whole name are what he renewed, no family name
    if (2 <= len(np_) <= 3 and after_a_source(np_, lex) and not is_definite(np_[0].text)
            and all(t.text[:1] not in "بل" for t in np_[1:]) and not is_given(x, lex)
            and not is_definite(x) and not toks[i].quoted
            and not is_describer(x, lex) and not lex.nationality.match(x) and not is_role(x, lex)
            and not is_org(x, lex) and x not in lex.stop and ARABIC_WORD_RE.fullmatch(x)
            and x[:1] not in "وبلف" and not x.endswith(("ي", "ية")) and x not in _WHERE):
        return True  # وأبلغ مصدر دبلوماسي كواليس أن: the outlet told, after a whole source
        # (but مصادر مطلعة داخل الحكومة: where the sources are)
    if _noun_and_adjective_after_one_word(np_, x, nxt, lex):
        return True  # وصف عبدالله المعركة الجارية، تدين تونس التعتيم الإعلامي: a frequent
        # noun and the adjective agreeing with it, after a one-word name or a country
    if (len(np_) >= 2 and np_[-1].text.startswith("لل") and len(np_[-1].text) > 4
            and x.startswith("ال") and plain_noun(x, lex) and zipf(x, lex) >= 4.0
            and not (x.endswith("ة") and np_[-1].text.endswith("ة"))  # للكرة الطائرة
            and not (len(x) == 6 and x[3] == "ا")  # للصيانة التابع: the shape فاعل
            and not x.endswith(("ي", "ية", "يه", "يين", "يون")) and not is_describer(x, lex)
            and not participle_adjective(x, lex) and not elative(x)
            and not is_org(x, lex) and not is_role(x, lex)):
        return True  # دعا الاتحاد العام التونسي للشغل القوى الحية: a definite genitive
        # closes the body's name, a definite noun after it is the object
    if (len(np_) >= 2 and is_definite(x) and verbal_noun(x, lex) and not x.endswith(("ي", "ية"))
            and not is_definite(np_[-1].text)
            and (np_[-1] in pick_name(np_, lex)
                 or any(j == len(np_) and j - i >= 2 and is_given(np_[i].text, lex)
                        for i, j in name_runs(np_, lex)))  # (a whole name ends the phrase,
            # the speaker's or the one he appeals to: … وزير الداخلية بسام مولوي التدخل)
            and not (is_given(nxt, lex) or nxt == "عبد")):  # (حافظ الأختام عبد الرشيد …:
        # a second title, the name after it)
        return True  # جددت الوزيرة كيلة التأكيد على …: a definite verbal noun after a
        # name is the object (a family name with ال is another name's: الحبيب الصيد)
    if _people_after_a_whole_subject(np_, x, lex) and not (
            x.startswith("لل") and _holder_follows(toks, i + 1, lex)):  # (الفرع الجهوي
        # للمحامين بصفاقس شهاب بالي: the title's genitive, then the place and its holder)
        return True  # ودعا الوزير المواطنين، وحث الدفاع المدني المواطنين: the people he
        # calls on, in -ين where a subject would be in -ون
    if np_ and x.endswith("ين") and oblique_plural(x) and is_org(np_[0].text, lex) \
            and (namey(np_[-1].text, lex) or (
                is_definite(np_[-1].text) and not np_[-1].text.endswith(("ين", "ون"))
                and x.startswith("ال") and not x.endswith("يين"))) \
            and not is_describer(x, lex):
        return True  # دعت جامعة جازان المرشحين، تدعو الوزارة … المياه الصيادين: a
        # subject would be in -ون, and a definite noun takes no genitive
    # غرد أحد المواطنين مستفسرا عن …: how he spoke, not his name
    if (not np_ and x.endswith("ا") and len(x) >= 3 and nxt in ("على", "عن")
            and zipf(x[:-1], lex) > zipf(x, lex) and not is_given(x, lex)):
        return True  # وقال ردا على سؤال: a verbal noun in the accusative, how he spoke
    return x.endswith("ا") and (circumstantial(x, lex) or adverbial(x, lex)) and (
        bool(np_) or x.startswith(("مت", "مست"))) and not country_in_ya(x, lex)
    # (سفيرة موريتانيا: a country in ـيا, whose nisba is موريتاني, not an accusative)
    # (وختم متوجها لليبيين: no subject at all, how he spoke; a word in م…ا alone may
    # still be a name, ماريا)


def _plain_word_in_use(x: str, lex: Lexicon) -> bool:
    """A common word no one is named (حرص، اهتمام; not حسن، جمال)."""
    return common(x, lex) and zipf(x, lex) >= 3.5 and not is_given(x, lex) and not namey(x, lex)


def _noun_and_adjective_after_one_word(np_: list[Tok], x: str, nxt: str, lex: Lexicon) -> bool:
    """``x nxt`` is a frequent definite noun and its adjective (same gender) after a
    subject of one word, a name or a country: a family name takes no adjective."""
    if len(np_) != 1 or is_definite(np_[0].text) or not is_definite(x) or x.endswith("ي"):
        return False
    one = np_[0].text
    country = bool(lex.nationality.match(one + "ي"))
    noun = (plain_noun(x, lex) and zipf(x, lex) >= 4.0) or (country and verbal_noun(x, lex))
    return ((is_given(one, lex) or country) and noun and not namey(x, lex)
            and (participle_adjective(nxt, lex) or noun_with_adjective(nxt, lex))
            and x.endswith("ة") == nxt.endswith("ة") and not family_in_al(nxt, lex))


def _holder_follows(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A given name opens the words at ``k``, or follows a place in ب there."""
    words = [t.text for t in toks[k:k + 2]]
    return bool(words) and (is_given(words[0], lex) or (
        len(words) == 2 and words[0][:1] == "ب" and is_given(words[1], lex)))


def _people_after_a_whole_subject(np_: list[Tok], x: str, lex: Lexicon) -> bool:
    """A definite plural in -ين (no nisba in -يين, no adjective, no given name) after a
    one-word title or body (الوزير، الوزارة) or after a definite nisba (الدفاع المدني)."""
    # ودعا الرئيس الصوماليين: a definite singular title takes no genitive and no plural
    # adjective, so a plural nisba after it is whom he calls on
    plural_nisba = (len(np_) == 1 and is_definite(np_[0].text) and x.endswith("يين")
                    and is_role(np_[0].text, lex) and bool(lex.nationality.match(x))
                    and not np_[0].text.endswith(("ون", "ين", "ات")))
    if not np_ or not (is_definite(x) and oblique_plural(x)
                       and (not x.endswith("يين") or plural_nisba)
                       and (not is_describer(x, lex) or plural_nisba)
                       and not is_given(bare(x), lex)):
        return False
    last = np_[-1].text
    if len(np_) == 2 and is_role(np_[0].text, lex) and np_[0].text[:2] != "ال" and x[:1] != "و" \
            and is_definite(last) and not np_[-1].quoted and not is_describer(last, lex) \
            and (is_org(last, lex) or kind_of_place(last)):
        return True  # وحث والي الولاية المواطنين: an office of a body or place (no ال;
        # والي starts like و + ال) is a whole subject; the people in -ين are whom he urges
    if len(np_) >= 3 and namey(last, lex) and not is_definite(last) and (
            kind_of_place(np_[-2].text)
            or (np_[-2].text in lex.honorifics and kind_of_place(np_[-3].text))):
        return True  # وطالب أهالي قرية الشيخ زويد المسؤولين: a place's name closes the
        # construct; the people in -ين after it are whom they call on
    if len(np_) == 1:
        return is_definite(last) and (is_role(last, lex) or is_org(last, lex) or (
            not common(bare(last), lex) and not is_describer(last, lex)
            and not np_[-1].quoted))  # ودعا العزام المواطنين: a family name, then whom
    return is_definite(last) and last.endswith("ي") and not is_given(bare(last), lex) \
        and not np_[-1].quoted


def _adjective_or_apposition(x: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A definite word in ة after a subject's adjective may still describe the subject:
    an adjective or participle (العملاقة، الرابعة: the shape فاعلة), a rare word, or a
    noun in apposition to the name after it (النجم الأرجنتيني الأسطورة دييجو مارادونا).
    Otherwise it is the object (استنكرت إدارة المسرح الوطني التونسي الحملة)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    stem = x[2:]
    return (participle_adjective(x, lex) or zipf(x, lex) < 4.0
            or (len(stem) == 5 and stem[1] == "ا")
            or (nxt is not None and (nxt.quoted or namey(nxt.text, lex) or is_given(nxt.text, lex)
                                     or nxt.text[:1] == "ب")))


def _after_a_closed_construct(np_: list[Tok], x: str, nxt: str, lex: Lexicon) -> bool:
    """A body in construct (وزارة الصحة، بلدية غزة) then a definite plain noun or body
    that is no adjective, nisba or name (الجهات، المواطنين)."""
    if len(np_) != 2 or np_[1].quoted:
        return False
    head, genitive = np_[0].text, np_[1].text
    people = head in lex.people_plural  # (وطالب سكان الحي السلطات المعنية)
    return ((people or (is_org(head, lex) and not is_role(head, lex))) and not is_definite(head)
            and is_definite(genitive) and common(bare(genitive), lex)  # (ألعاب folds to العاب)
            and x.startswith("ال") and not is_describer(x, lex) and not elative(x)
            and not x.endswith(("ي", "ية", "يه", "يون", "يين"))
            and not lex.nationality.match(x + "ي")  # اتحاد الكتاب العرب
            and not participle_adjective(x, lex) and not is_given(bare(x), lex)
            and (plain_noun(x, lex) or (is_org(x, lex) and not is_role(x, lex)))
            and not _family_after_address(head, x, lex))


def _adjunct(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """A particle or adverb, "to me", the agency a source told, a second verb, the object
    after an unnamed source or any word that cannot continue the phrase."""
    x = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if x in lex.stop and x != "لدى" and not (
            np_ and is_role(np_[0].text, lex) and is_describer(x, lex) and is_given(nxt, lex)
    ) and not _time_word_named(np_, x, nxt, lex):
        return True  # (but رئيس الوزراء الحالي حيدر العبادي: "current", the title's)
    if np_ and x == "علي" and np_[-1].text not in lex.connectors and (
            nxt in _AFTER_ALA or (verbal_noun(nxt, lex) and not is_given(nxt, lex))):
        return True  # وأكد المحافظ علي أن، علي تخصيص: على written with ي (Egypt), not the
        # name علي (a verbal noun is no family name)
    if x[:1] == "ف" and x[1:] in lex.stop and len(x) > 2:
        return True  # وبحسب الوزارة فمنذ …: ف opens the main clause
    if np_ and x[:1] == "و" and x[1:] in ("من", "في", "على", "عن", "الى", "خلال", "عبر"):
        return True  # أكد محمد ومن خلال اتصال هاتفي: "and through", no second name
    if np_ and x in COMPASS_NISBAS and (is_definite(nxt) or namey(nxt, lex)):
        return True  # ميناء عدن جنوبي اليمن: "south of Yemen", where, not its name
    if np_ and x.endswith("ت") and nxt[:1].isdigit() and not is_given(x, lex):
        return True  # بحسب وزارة التربية سجلت 68%: a verb and its number, not a name
    if np_ and x.rstrip("اةًين") in ("ممثل", "ممثلت") and nxt[:1] == "ب":
        return True  # الهيئة … ممثلة بالأرصاد: "represented by", no more of its name
    if x in lex.numbers and not (np_ and np_[-1].text in lex.connectors):
        return True  # عبدالمغني ثلاث ساعات: a number (but أحمد أبو سبعة)
    if not np_ and x in _TO_ME_OR_YOU and not _name_next(toks, i + 1, lex):
        return True  # قال لي «…»، فقال لي متهكما: "to me", not the family name لي كه تشيانغ
    if is_org(x, lex) and not is_definite(x) and after_a_source(np_, lex):
        return True  # أفاد مصدر طبي وكالة فرانس برس: the agency he told
    if np_ and x[:1] in "وف" and x[1:] in lex.verbs and (x[0] == "و" or not namey(x, lex)):
        return True  # وتحدث الوزير وقال: a second verb of the same subject
    if _object_after_source(toks, i, np_, lex):
        return True
    return bool(np_) and not is_definite(x) and _new_constituent(toks, i, np_, lex)


def _time_word_named(np_: list[Tok], x: str, nxt: str, lex: Lexicon) -> bool:
    """A time word that is a given name after a title (الشيخ صباح الخالد, not صباح
    اليوم): a family name follows it, not a day; or a weekday that names a market town
    (بلدية سوق الأحد، سوق الأربعاء: Maghreb towns are named for their market day)."""
    if np_ and np_[-1].text == "سوق" and x in lex.time:
        return True
    if (x in THEN_ADVERBS and any(is_role(t.text, lex) for t in np_)
            and (nxt in lex.honorifics or is_given(nxt, lex))):
        return True  # وزير الدفاع آنذاك الشيخ ناصر صباح الأحمد: "then", the holder follows
    return bool(np_) and x in lex.time and nxt not in lex.time and (
        family_in_al(nxt, lex) or (namey(nxt, lex) and not common(nxt, lex) and zipf(nxt, lex) < 3.0)
    ) and (np_[-1].text in lex.honorifics or is_role(np_[-1].text, lex)
           or (is_definite(np_[-1].text) and is_role(np_[0].text, lex)))
    # (وزير المجاهدين وذوي الحقوق العيد ربيقة: a given name, then a rare family name)


#: Words that follow على "on" after a reporting verb, never a name علي: أكد على أن،
#: شدد على ضرورة، أهمية.
_AFTER_ALA = frozenset({"ان", "أن", "إن", "ضرورة", "اهمية", "أهمية"})


#: Nouns of place used as prepositions: they tell where a source is, not whom it told.
_WHERE = frozenset({"داخل", "خارج", "قرب", "قريبة", "مقربة", "لدى", "عند", "من"})



def _name_next(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """``toks[k]`` may go on a name (كه in لي كه تشيانغ), not how he spoke (متهكما)."""
    return k < len(toks) and namey(toks[k].text, lex) and not circumstantial(toks[k].text, lex)


def _family_after_address(head: str, x: str, lex: Lexicon) -> bool:
    """A family name with ال after a title of address (وأوضح المهندس السويكت، وقال
    الدكتور الغفيص): a name, not the verb's object."""
    y = x[:-1] + "ي" if x.endswith("ى") else x  # Egyptian final ى: اللاعب الكرواتى
    return (head in lex.honorifics and namey(x[2:], lex) and not oblique_plural(x)
            and not is_describer(y, lex) and not plain_noun(x, lex))


def _new_constituent(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """An indefinite word that cannot continue the phrase: a body after a definite
    title (أبلغت السفيرة مجموعة من الصحفيين: a definite noun takes no genitive), an
    addressee after an adjective (مصدر أمني مراسل الجوهرة), or a verb after an
    indefinite noun (امرأة تقطن بمنطقة …: a clause describing her)."""
    x, last = toks[i].text, np_[-1].text
    if (is_definite(last) and not np_[-1].quoted and is_org(x, lex)
            and not namey(last, lex) and not pick_name(np_, lex)):
        return True
    if is_describer(last, lex) and (x in lex.addressee or bare(x) in lex.addressee):
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return (x[:1] in "يت" and len(x) >= 4 and not is_definite(last) and not namey(last, lex)
            and not kind_of_place(last) and not is_role(last, lex)  # منطقة تبوك، محافظ تعز
            and not is_given(x, lex) and zipf("ال" + x, lex) == 0.0 and zipf(x, lex) > 0.0
            and (nxt[:1] == "ب" or nxt in ("في", "من", "على", "الى") or is_definite(nxt)))


#: Nouns of place used as prepositions: they go on an unnamed source (مصادر مطلعة داخل
#: الحكومة، مصادر عسكرية وسط الجيش), they are no object.
_PLACE_NOUNS = frozenset({"داخل", "خارج", "وسط", "قرب", "ضمن", "بين", "لدى", "عند"})


def _object_after_source(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """An adjective closed an unnamed source; a noun after it is the object (وعزت
    مصادر مطلعة أسباب الاستنفار إلى، أكد مصدر عسكري آخر الحصيلة), but not a noun of
    place nor an adjective with من (مصادر مطلعة داخل الحكومة، مقربة من), and a title
    goes on with its genitive (مدير عام فرع الوزارة)."""
    if len(np_) < 2 or is_definite(np_[-1].text) or not is_describer(np_[-1].text, lex) \
            or not _unnamed_source(np_[0].text, lex):
        return False
    x = toks[i].text
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if bare(x)[:1] == "م" or x in _PLACE_NOUNS or nxt == "من":
        return False
    # a definite word cannot describe an indefinite phrase nor be its genitive
    return plain_noun(x, lex) or (x.startswith("ال") and not is_role(x, lex) and not is_describer(
        x, lex) and not is_given(x, lex) and x not in lex.honorifics)


def _unnamed_source(head: str, lex: Lexicon) -> bool:
    """An indefinite source, report or body heads the phrase (مصادر، مصدر، مسؤولون،
    تقرير، دراسة): no title whose genitive may follow (مدير عام فرع الوزارة)."""
    return not is_definite(head) and (bare(head) in lex.sources or bool(document_key(head, lex))
                                      or (is_org(head, lex) and not is_role(head, lex)))


