"""Look-alikes of a report, decided from the words around a reporting verb.

Part of step 2 (events), per article: the tests :mod:`~akhbar.speakers.events`
asks before it takes a verb for a report or a phrase for its subject —

- an accusative after the verb is its object or predicate (يعتبر حاسما، أبدى استعدادا);
- أعلن/كشف عن an action of the subject's own or a product (أعلن عن تعليق النشاط،
  كشفت عن هواتفها) is not a statement;
- a statement far after a verb whose subject came first is not its own;
- a short name in quotation marks right after the verb is its subject, not the
  start of its statement (وذكرت "داين"، …);
- a name set off by a comma at the start of a sentence is the verb's subject
  (الفيلالي، دعا الوزارة …);
- كما تقول الشركة closing a sentence attributes what came before.

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> accusative(fold("شديدا"), load_lexicon()), accusative(fold("سابقا"), load_lexicon())
(True, False)
"""

from __future__ import annotations

import re

from akhbar.speakers.lexicon import Lexicon, Verb, zipf
from akhbar.speakers.phrase import Phrase
from akhbar.speakers.propernames import could_be_name, first_name_before
from akhbar.speakers.spans import QUOTE_CHARS, QUOTE_OPEN, Tok
from akhbar.speakers.words import (
    COMPLEMENT,
    article_of_its_own,
    bare,
    body_name,
    common,
    is_definite,
    is_given,
    is_org,
    is_role,
    namey,
)

__all__ = [
    "accusative",
    "action_follows",
    "as_says",
    "far_statement",
    "glued_object",
    "next_clause",
    "noun_of_kind",
    "object_not_subject",
    "quoted_name",
    "resumptive_relative",
    "subject_is_a_share",
    "topic",
]


def accusative(word: str, lex: Lexicon) -> bool:
    """An indefinite accusative noun (يعتبر حاسما، أبدى استعدادا) is an object or a
    predicate, never a subject; not an adverb (سابقا), a country (تركيا) or a name
    that ends in ا (موتا)."""
    return (word.endswith("ا") and not word.endswith("يا") and len(word) > 3
            and word not in lex.stop and not is_given(word, lex)
            and zipf(word, lex) >= 3.0 and common(word[:-1], lex))


def action_follows(toks: list[Tok], marker: int, lex: Lexicon) -> bool:
    """After أعلن/كشف عن: an action of the subject's own or a product (عن تعليق
    النشاط، عن هواتفها), not a fact or a position (عن مقتل، عن رفضه)."""
    if marker + 1 >= len(toks):
        return False
    stem = bare(toks[marker + 1].text)
    for suffix in ("هما", "هم", "ها", "ه"):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            stem = stem[: -len(suffix)]
            break
    return bool({stem, stem.rstrip("ت") + "ة", stem + "ة"} & lex.actions)


def as_says(text: str, start: int, proclitic: bool, toks: list[Tok], subject: Phrase,
            lex: Lexicon) -> bool:
    """كما تقول الشركة / كما قال الوزير closing a sentence or a clause (… كما تعهد به
    الرئيس وأضاف): the statement came first."""
    before = text[max(0, start - 6):start].split()
    nxt = toks[subject.stop].text if subject.stop < len(toks) else "."
    opens = text[max(0, start - 12):start].rstrip().removesuffix("وكما").removesuffix("كما")
    if not opens.strip() or opens.rstrip()[-1:] in ".\n:؛" or "\n" in opens[-3:]:
        return False  # كما أعلنت الوزارة، …: "also", at the start of a sentence
    return not proclitic and bool(before) and before[-1] in ("كما", "وكما") and (
        nxt in (".", "،", ",", "!", "؟", ")", "»", '"')
        or (nxt[:1] == "و" and nxt[1:] in lex.verbs))


def far_statement(toks: list[Tok], marker: int) -> bool:
    """A statement after a verb whose subject came first (أن الوزير أكد في بيان أن)
    follows within a dozen words, before any bracket."""
    return marker > 12 or any(t.text in (")", "(") for t in toks[:marker])


def quoted_name(toks: list[Tok], lex: Lexicon) -> bool:
    """«وذكرت "داين"، وهي …»: a name of one to three words in quotation marks right
    after the verb is its subject, not the start of its statement; five with a title
    of address before it (كشف "الحاج موسى سيدي موسى كمال" رئيس المجلس)."""
    for j in range(2, min(len(toks), 7)):
        if toks[j].text in QUOTE_CHARS:
            inner = [t.text for t in toks[1:j]]
            after = toks[j + 1].text if j + 1 < len(toks) else "."
            if inner[0] in lex.honorifics and len(inner) > 1:
                inner = inner[1:]
            if after != "." and len(inner) <= 5 and body_name(inner, lex):
                return True  # وقالت «الإدارة العامة لأمن السواحل»، الأحد، إنه
            if after in ("(", "،", ",") and len(inner) <= 5 and is_org(inner[0], lex) \
                    and not is_role(inner[0], lex) and any(is_definite(w) for w in inner[1:]) \
                    and not any(w in lex.stop for w in inner):
                return True  # وقالت "هيئة شؤون الأسرى" (تابعة للسلطة)، في بيان: a body in
                # construct, set off by a description or a comma
            if 2 <= len(inner) <= 4 and is_given(inner[0], lex) and after in ("،", ","):
                return True  # وقال "محمد علوي امزربه"، رئيس مجلس …، إن: a person's name,
                # his title after it
            if (2 <= len(inner) <= 3 and is_given(inner[0], lex) and after in ("عن", "في", "خلال")
                    and not any(w in lex.stop or COMPLEMENT.match(w) for w in inner)):
                return True  # وعبر "رشاد العليمي" في الاجتماع عن: a person's name, then
                # where he spoke or what he expressed
            if len(inner) <= 3 and _statement_after(toks, j + 1, lex) and not any(
                    COMPLEMENT.match(w) or w in lex.stop for w in inner):
                return True  # وذكرت "خلود العلي" إحدى زائرات المعرض، أنها …: the
                # statement comes after, so the quoted words are who speaks
            return after != "." and len(inner) <= 4 and all(
                namey(w, lex) or could_be_name(w, lex) or is_org(w, lex) for w in inner) and (
                len(inner) <= 3 or all(namey(w, lex) or w in lex.connectors for w in inner))
    return False


def _statement_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """أن/إن or a colon opens a statement within eight words from ``k``, before any
    full stop or quotation mark; not when a genitive follows the quoted words at once
    (يكشف «الوجه القاسي» للبطالة: a noun and its genitive, the object)."""
    if k < len(toks) and toks[k].text.startswith("لل"):
        return False
    for t in toks[k:k + 8]:
        if t.text in (".", "؟", "!") or t.text in QUOTE_CHARS or t.text in lex.participles:
            return False  # (يضيف «الفقع»، مبينة أن: the participle's statement)
        if t.text == ":" or COMPLEMENT.match(t.text):
            return True
    return False


def topic(text: str, subject: Phrase) -> bool:
    """The subject opens the sentence and a comma sets it off, and it is someone the
    article has named before: "… وأكد الفيلالي أن …. الفيلالي، دعا …"; or it is a
    name set off by commas after a title (… وريفها، أحمد درويش، قال)."""
    start = subject.tokens[0].start
    head = text[max(0, start - 3):start].rstrip(" ")
    last = subject.tokens[-1]
    set_off = text[last.end:].lstrip(" ").startswith("،")
    if head.endswith("،") and set_off and subject.name:
        return True  # مدير المؤسسة …، أحمد درويش، قال: a title's holder set off by commas
    return (start == 0 or head.endswith(("\n", ".")) or head == "") and set_off and \
        re.search(rf"(?<!\w){re.escape(last.text)}(?!\w)", text[:start]) is not None


def object_not_subject(subject: Phrase, toks: list[Tok], verb: Verb, feminine: bool | None,
                       after: int, marker: int | None, lex: Lexicon) -> str:
    """Why the phrase after the verb cannot be its subject: ``"object"`` for a feminine
    noun or a plural in -ات after a masculine verb (وانتقد إدارة النادي، وطالب الجهات
    الرسمية: as subject it would be انتقدت; but قال takes no object: وقال الوزارة is a
    slip of agreement) or a masculine plural of people after a feminine verb (ودعت
    أصحاب المحلات), ``"passive"`` for a verb that needs an object whose phrase is
    followed at once by بـ (واتهمت الشركة بالتقصير: "the company was accused"); ""
    otherwise."""
    first = subject.tokens[0]
    if first is not (toks[0] if toks else None):
        return ""
    head = first.text
    if feminine and verb.needs == "object" and bare(head) in lex.people_plural:
        return "object"  # ودعت أصحاب المحلات إلى …: she called on them (a name read in
        # their genitive changes nothing)
    if subject.name:
        return ""
    feminine_noun = head.endswith("ة") or (is_definite(head) and head.endswith("ات")
                                           and len(bare(head)) > 3)  # الجهات، السلطات
    if feminine is False and verb.lemma != "قال" and feminine_noun and not is_given(head, lex) \
            and head not in lex.honorifics and not namey(head, lex) and (is_org(head, lex) or common(bare(head), lex)):
        return "object"
    if verb.needs == "object" and _object_construct(subject, lex):
        return "object"
    if feminine and _masculine_thing(subject, lex):
        return "object"  # وأكدت حرص وزارة الثقافة على …: a masculine noun of things is no
        # subject of a feminine verb, it is what she stressed
    nxt = toks[after].text if after < len(toks) else ""
    if (verb.needs == "object" and "ب" not in verb.preps and nxt[:1] == "ب"
            and is_definite(nxt[1:]) and marker in (None, after)):
        return "passive"
    return ""


def glued_object(text: str, name: list[Tok], toks: list[Tok], verb: Verb, lex: Lexicon) -> bool:
    """"وحذر فلاديمير بوتين ميركل من …": a verb with an object writes it right after
    the subject's name, and the two read as one long name. The last word is the
    object when a preposition of the verb follows it and the article writes the two
    apart elsewhere (ميركل alone, or بوتين not followed by ميركل)."""
    if len(name) < 2:
        return False
    last, prev = name[-1].text, name[-2].text
    if is_definite(last) and bare(last) in lex.documents and prev not in lex.stop \
            and prev not in lex.connectors:  # (عمر بن الخطاب)
        near = text[max(0, name[0].start - 3000):name[-1].end + 3000]
        return re.search(rf"{_word(prev)}(?! {re.escape(last)}(?!\w))", near) is not None
        # ووصف دي ميزير التقارير: a document he spoke of, his name written alone elsewhere
    if verb.needs != "object":
        return False
    if last[:1] == "ب" and "ب" in verb.preps and len(last) > 4:
        near = text[max(0, name[0].start - 3000):name[-1].end + 3000]
        return (re.search(_word(last[1:]), near) is not None  # يلدريم written alone
                and re.search(rf"{_word(prev)}(?! {re.escape(last)}(?!\w))", near) is not None)
        # وأشاد الرئيس أردوغان بيلدريم: ب + the person praised, each written elsewhere
    if len(name) < 3:
        return False
    if is_given(last, lex) or last in lex.connectors or prev in lex.connectors \
            or name[-3].text == "عبد":
        return False  # (عبد المنعم الغيثي على: عبد and its word are one given name)
    if len(name) == 3 and is_given(name[0].text, lex) and is_definite(last) and (
            (common(prev, lex) and not namey(prev, lex)) or is_given(prev, lex)):
        return False  # نبيل رعد الشمري عن: a given name or a common word in the middle
        # of a whole name; an object glued after a name follows a family name (بوتين ميركل)
    k = next((k for k, t in enumerate(toks) if t is name[-1]), None)
    nxt = toks[k + 1].text if k is not None and k + 1 < len(toks) else ""
    if not (nxt in verb.preps or nxt in ("من", "على", "الى", "عن")
            or (nxt[:1] == "ب" and ("ب" in verb.preps or is_definite(nxt[1:])))):
        return False  # (not a manner: نفى رجب طيب أردوغان بقوة)
    apart = (rf"(?<!{re.escape(prev)} ){_word(last)}", rf"{_word(prev)}(?! {re.escape(last)}(?!\w))")
    near = text[max(0, name[0].start - 3000):name[-1].end + 3000]  # the article's own text
    together = re.compile(rf"{_word(prev)} {re.escape(last)}(?!\w)")
    if sum(1 for _ in together.finditer(near)) > 1:
        return False  # فرانك فالتر شتاينماير written whole elsewhere too: one name
    return any(re.search(p, near) for p in apart)


def _word(w: str) -> str:
    return rf"(?<!\w){re.escape(w)}(?!\w)"


_RESUMPTIVE = re.compile(r"^[بلف]?\w{2,}?(?:ه|ها|هم|هما)$")


def resumptive_relative(text: str, start: int, toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A verb right after an indefinite noun whose complement points back at it with a
    pronoun is a relative clause describing that noun, not a report: "720 مليون دولار
    تعهد المانحون بتقديمها" (the dollars the donors pledged to provide)."""
    if k >= len(toks):
        return False
    words = text[max(0, start - 30):start].split()
    prev = words[-1] if words else ""
    if not prev or not prev.isalpha() or is_definite(prev) or prev in lex.stop \
            or prev in lex.not_a_verb or zipf(prev, lex) < 3.0 or prev.endswith(("ه", "ها", "هم")):
        return False
    if prev in lex.documents or prev.removesuffix("ا") in lex.documents:
        return False  # ألقى كلمة أكد فيها أن، أصدر بيانا قال فيه: the statement "in which"
    here = [t.text for t in toks[k:k + 2]]
    return any(_RESUMPTIVE.match(w) and zipf(re.sub(r"(?:ه|ها|هم|هما)$", "", w)[1:], lex) >= 3.5
               for w in here)


def noun_of_kind(text: str, start: int, toks: list[Tok]) -> bool:
    """A feminine participle's form after a preposition or an indefinite noun, with no
    statement after it, is a verbal noun (اجتماع متابعة، نتيجة مطالبة الفنانين، على
    متابعة), not "…، مشيرة إلى أن" nor "… المادة، مؤكدة ضرورة"."""
    before = text[max(0, start - 20):start].split()
    prev = before[-1] if before else ""
    if not prev.isalpha() or is_definite(prev) or prev.endswith(("ه", "ها", "هم")):
        return False
    head = [t.text for t in toks[:2]]
    return not any(x == ":" or x in QUOTE_OPEN or COMPLEMENT.match(x) for x in head) and not (
        len(head) == 2 and head[0] in ("الى", "الي", "على", "عن") and COMPLEMENT.match(head[1]))


def next_clause(first: str, lex: Lexicon) -> bool:
    """و + a common word right after the verb starts the next clause (قال وتذكرت),
    it is not a subject (وقالت واشنطن: the word without و is not in use)."""
    return (first[:1] == "و" and len(first) > 3 and not is_given(first, lex)
            and not is_role(first, lex) and not is_org(first, lex)  # وقال والي الولاية
            and zipf(first[1:], lex) >= max(3.0, zipf(first, lex)))


def _masculine_thing(subject: Phrase, lex: Lexicon) -> bool:
    """An indefinite masculine singular common noun in construct (حرص الوزارة، دعم
    الحكومة): no body, title, source, document or name, and no plural in ات."""
    if len(subject.tokens) < 2:
        return False
    head = subject.tokens[0].text
    if len(head) >= 5 and head[2] == "ا":
        return False  # a broken plural (فصائل، تفاصيل) takes a feminine verb
    return (not is_definite(head) and common(head, lex) and not head.endswith(("ة", "ه", "ات"))
            and not is_org(head, lex) and not is_role(head, lex) and not namey(head, lex)
            and bare(head) not in lex.sources and bare(head) not in lex.documents
            and not is_given(head, lex) and (is_definite(subject.tokens[1].text)
                                             or is_org(subject.tokens[1].text, lex)))


def _object_construct(subject: Phrase, lex: Lexicon) -> bool:
    """A common noun of things and its genitive (ووصف تصرفات أخيه بأنها، وانتقد قرارات
    الحكومة) is the object of a verb of position; a speaker would be a title, a body,
    a source or a name (وأكد مسؤولو الوزارة)."""
    if len(subject.tokens) < 2:
        return False
    head, second = subject.tokens[0].text, subject.tokens[1].text
    return ((not is_definite(head) or article_of_its_own(head, lex)) and common(head, lex) and not is_org(head, lex)
            and not is_role(head, lex) and bare(head) not in lex.sources
            and bare(head) not in lex.documents and not namey(head, lex)
            and (is_definite(second) or second.endswith(("ه", "ها", "هم")))
            and not first_name_before(head, second, lex))  # خميس الجهيناوي


_SHARE_WORDS = frozenset({"%", "٪", "بالمائة", "بالمئة", "منهم", "منهن", "ممن", "في"})


def subject_is_a_share(toks: list[Tok]) -> bool:
    """A number of per cent or of "them" right after the verb is its subject (وصف 62%
    منهم الوضع، أكد 70 بالمائة من المستجوبين): those asked in a survey, not a speaker
    the article names nor the last one quoted."""
    return bool(toks) and toks[0].text[:1].isdigit() and (
        toks[0].text.endswith(("%", "٪")) or any(t.text in _SHARE_WORDS for t in toks[1:3]))

