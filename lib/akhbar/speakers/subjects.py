"""Subjects not written right after their verb: before it, after كان, relayed, or pointing back.

Part of step 2 (events), per article: news Arabic often writes the subject
elsewhere than right after the reporting verb —

- before the verb, after a clause boundary: ``يذكر أن وزارة الدفاع أكدت``،
  ``ولكن العفو الدولية تقول إن`` (:func:`preceding_subject`);
- between كان and the verb: ``وكان المتحدث … قد أشار`` (:func:`kana_subject`);
- after عن of a relaying verb: ``نقلت وكالة X عن المتحدث Y قوله`` — Y speaks,
  the outlet only relays (:func:`relayed_source`);
- as "the same" one: ``وكشفت المصادر ذاتها`` (:func:`self_reference`).

:func:`source_like` says whether a phrase can speak at all.

>>> from akhbar.speakers.lexicon import load_lexicon
>>> text = "ولكن منظمة العفو الدولية تقول إن العدد أكبر."
>>> found, after_an = preceding_subject(text, text.index("تقول"), load_lexicon())
>>> [t.text for t in found.tokens], after_an
(['منظمة', 'العفو', 'الدولية'], False)
"""

from __future__ import annotations

import re
from dataclasses import replace

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.phrase import Phrase, phrase
from akhbar.speakers.propernames import first_name_before, name_runs, pick_name, verbal_noun
from akhbar.speakers.spans import (
    ARABIC_WORD_RE,
    QUOTE_CHARS,
    WORD_RE,
    Tok,
    abbreviation_dot,
    line_start,
    tokens,
    without_la,
)
from akhbar.speakers.words import (
    COMPLEMENT,
    bare,
    common,
    feminine_past,
    for_ones_part,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    namey,
    nominative_plural,
    present_verb,
    suffixed_common,
)

__all__ = [
    "abstract_subject",
    "amma_subject",
    "document_issuer",
    "holder_after_place",
    "holder_before_statement",
    "issued_by",
    "issued_subject",
    "kana_subject",
    "may_follow_its_subject",
    "preceding_subject",
    "relative_antecedent",
    "relayed_source",
    "self_reference",
    "source_like",
    "time_adverbs",
    "without_preposition_la",
]

_KANA_RE = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)(?![\w])")


#: How far back a subject written before its verb is looked for (one line at most).
_BACK = 120
_AN = re.compile(r"(?<!\w)ان(?!\w)")


def may_follow_its_subject(text: str, start: int) -> bool:
    """A cheap test before :func:`preceding_subject` with ``topic=True``, whose
    answer is only used after أن/إن or right after a comma (a topic: الفيلالي، دعا):
    most verbs have neither within its reach."""
    return (text[max(0, start - 3):start].rstrip().endswith("،")
            or _AN.search(text, max(0, start - _BACK - 10), start) is not None)


def preceding_subject(text: str, start: int, lex: Lexicon,
                      topic: bool = False) -> tuple[Phrase | None, bool]:
    """A subject written before its verb, after a clause boundary: "يذكر أن وزارة
    الدفاع أكدت"، "ولكن العفو الدولية تقول إن". Only organisations, titles and
    names qualify, and the phrase must reach the verb (with ``topic``, also a phrase
    set off by a comma at the start of a sentence: "الفيلالي، دعا"). The flag says
    whether it follows أن/إن (inside someone's statement it is a nested report)."""
    lo, cut = line_start(text, start, _BACK)
    toks = _without_blessing(_before_kana(tokens(text, lo, start)))
    in_turn = _for_ones_part_before(toks)
    toks = toks[:len(toks) - in_turn]
    if topic and len(toks) >= 2 and toks[-1].text == "،":
        return _topic_subject(toks[:-1], lo, cut, lex), False
    found = amma_subject(toks, lex)
    if found is not None:
        return found, False
    k = len(toks)
    while k > 0 and toks[k - 1].text not in lex.clause_boundary and len(toks) - k < 7:
        k -= 1
    if k == 0 and cut:
        return None, False  # no boundary in reach
    cand = toks[k:]
    if not cand or (k > 0 and toks[k - 1].text in ("«", "“", '"')):
        return None, False
    first = cand[0].text
    if in_turn and first[:1] == "و" and not is_given(first, lex) \
            and (is_role(first[1:], lex) or is_org(first[1:], lex)):
        cand = [replace(cand[0], text=first[1:], start=cand[0].start + 1), *cand[1:]]
        first = first[1:]  # ووزير الصحة بدوره أكد: the subject after و (only here: a
        # clause in و with no such adjunct is as often a topic inside a statement)
    surname = len(cand) == 1 and _named_before(
        text, first, lo, lex, after=k == 0)  # فإن كيلة أكدت; a headline's لافروف يكشف,
    # named in full below
    if first[:1] in "وفبلك" and not is_given(first, lex) and not is_org(first, lex) \
            and not is_role(first, lex) and not surname:
        return None, False  # وبخصوص البطاقات …: not a subject
    found = _surname_before_verb(phrase(cand, lex), cand, lex)
    if found.name and found.stop < len(cand) and is_role(cand[found.stop].text, lex) \
            and found.name[0] is found.tokens[0]:
        title = phrase(cand[found.stop:], lex)
        if title.stop == len(cand) - found.stop and not title.name:
            return found, k > 0 and toks[k - 1].text == "ان"  # توماس باولز المدير
            # التنفيذي لقسم المبيعات أوضح أن: a name, its title, then the verb
    if found.stop < len(cand) and len(found.tokens) >= 2 and _place_adjunct(cand[found.stop:], lex) \
            and (is_org(found.tokens[0].text, lex) or is_role(found.tokens[0].text, lex)):
        found = replace(found, stop=len(cand))  # مديرية التموين في دير الزور وعدت: where
        # the body is, between it and its verb
    if found.stop < len(cand) or not found.tokens:
        return None, False
    head = found.tokens[0].text
    institution = (len(found.tokens) >= 2 and is_definite(head)
                   and is_describer(found.tokens[-1].text, lex))  # العفو الدولية
    if not (found.name or is_org(head, lex) or is_role(head, lex) or institution):
        if not surname:
            return None, False
        found = replace(found, name=found.tokens)  # فإن كيلة أكدت: the surname of مي كيلة
    return found, k > 0 and (toks[k - 1].text == "ان" or _far_inside_that(toks, k, lex))


def _place_adjunct(toks: list[Tok], lex: Lexicon) -> bool:
    """في or ب and a place of one to three words (في دير الزور، بمحافظة عدن)."""
    return (1 <= len(toks) <= 4 and (toks[0].text in ("في", "ب") or (
        toks[0].text[:1] == "ب" and len(toks[0].text) > 3))
            and all(WORD_RE.match(t.text) and t.text not in lex.stop and not COMPLEMENT.match(t.text)
                    and t.text not in lex.verbs for t in toks[1:]))


def without_preposition_la(tok: Tok, lex: Lexicon, nxt: str = "") -> tuple[Tok, str] | None:
    """:func:`~akhbar.speakers.spans.without_la` where ل is a preposition, not the word's
    own first letter: لجنة، لواء stay whole; للجنة is ل + اللجنة (not الجنة), or ل +
    لجنة in construct before a definite genitive (للجنة الانتخابات)."""
    x = tok.text
    if x.startswith("لل") and len(x) > 3 and (
            is_org(x[1:], lex) or is_role(x[1:], lex)
            or zipf("ال" + x[1:], lex) > zipf("ال" + x[2:], lex)):
        if is_definite(nxt) and is_org(x[1:], lex):
            return Tok(x[1:], tok.start + 1, tok.end, tok.quoted), ""
        return Tok("ال" + x[1:], tok.start + 1, tok.end, tok.quoted), "ال"
    if not x.startswith("لل") and (is_org(x, lex) or is_role(x, lex) or is_given(x, lex)
                                   or zipf(x, lex) > zipf(x[1:], lex)):
        return None
    return without_la(tok)


def _surname_before_verb(found: Phrase, cand: list[Tok], lex: Lexicon) -> Phrase:
    """A definite title and one word right before the verb: the holder's surname,
    however common a word (إن الرئيس عون أكد: no object stands between a subject and
    its verb)."""
    if found.stop != len(cand) - 1 or found.name or len(found.tokens) != 1:
        return found
    title, last = found.tokens[0].text, cand[-1]
    if (is_definite(title) and is_role(title, lex) and not is_org(title, lex)
            and bare(title) not in lex.quantifiers  # (البعض منا يرى)
            and not is_definite(last.text) and last.text not in lex.stop
            and last.text[:1] not in "وفبل" and not is_role(last.text, lex)
            and not is_org(last.text, lex) and not is_describer(last.text, lex)):
        return Phrase([*found.tokens, last], [last], len(cand))
    return found


def _without_blessing(toks: list[Tok]) -> list[Tok]:
    """The words before a verb without a blessing set off between dashes or
    parentheses after its subject (جلالة السلطان - أعزه الله - أكد): the subject
    reaches the verb."""
    if len(toks) < 4 or toks[-1].text not in _BLESSING_CLOSE:
        return toks
    for k in range(len(toks) - 2, max(0, len(toks) - 7), -1):
        if toks[k].text in _BLESSING_OPEN:
            inner = [t.text for t in toks[k + 1:-1]]
            return toks[:k] if "الله" in inner and len(inner) <= 4 else toks
    return toks


def _for_ones_part_before(toks: list[Tok]) -> int:
    """How many of the last words before a verb say "for his part", with the commas
    around it (والوزير بدوره أكد، المحافظ، من جهته، أوضح): without them the subject
    reaches the verb."""
    k = len(toks)
    k -= k > 0 and toks[k - 1].text in ("،", ",")
    for n in (1, 2):
        if k >= n + 1 and for_ones_part([t.text for t in toks[k - n:k]]) == n:
            k -= n
            k -= toks[k - 1].text in ("،", ",")
            return len(toks) - k
    return 0


_BLESSING_OPEN = frozenset({"-", "–", "—", "("})
_BLESSING_CLOSE = frozenset({"-", "–", "—", ")"})


def _far_inside_that(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The words before ``toks[k]`` go on back, with no mark, to أن: a subject longer
    than the reach (أن فرق إدارة الجريمة المنظمة في الإدارة العامة … كشفت), inside
    someone's indirect statement."""
    for t in reversed(toks[max(0, k - 14):k]):
        if t.text == "ان":
            return True
        if not WORD_RE.match(t.text) or t.text in lex.clause_boundary:
            return False
    return False


def _named_before(text: str, word: str, before: int, lex: Lexicon, after: bool = False) -> bool:
    """The article wrote ``word`` within reach before ``before`` (with ``after``, also
    after it) as the surname after a given name (مي كيلة). The reach bounds the cost
    in a long dump of many articles."""
    lo, hi = max(0, before - _NAMED_REACH), before + _NAMED_REACH if after else before
    return any(is_given(m.group(1), lex)
               for m in re.finditer(rf"(\w+) {re.escape(word)}(?!\w)", text[lo:hi]))


#: How far around a verb an article's own full names are looked for.
_NAMED_REACH = 3000


def _before_kana(toks: list[Tok]) -> list[Tok]:
    """The words before كان (قد) and the comma before it, when كان opens the verb's
    clause (أن بعثة الأمم المتحدة، كانت قد دعت): its subject was written before."""
    k = len(toks)
    if k and toks[k - 1].text == "قد":
        k -= 1
    if k < len(toks) and k and toks[k - 1].text in _KANA_FORMS:
        k -= 1
        return toks[:k - 1] if k and toks[k - 1].text in ("،", ",") else toks[:k]
    return toks


_KANA_FORMS = frozenset({"كان", "كانت", "وكان", "وكانت"})


def amma_subject(toks: list[Tok], lex: Lexicon, fa: bool = False) -> Phrase | None:
    """أما X فقد أكد / فأكد: the topic after أما is the subject, however long its title
    ("أما رئيس الغرفة التجارية في جدة خالد العمري فقد أكد أن"). ``toks`` end right
    before the verb; ``fa``: the verb itself carries the ف."""
    end = len(toks) if fa else len(toks) - 1
    if not toks or (not fa and toks[-1].text not in ("فقد", "قد")):
        return None
    a = next((k for k in range(end - 1, max(-1, end - 13), -1)
              if toks[k].text in ("اما", "واما")), None)
    if a is None or any(t.text in lex.clause_boundary for t in toks[a + 1:end]):
        return None
    cand = toks[a + 1:end]
    found = phrase(cand, lex) if cand else None
    if found is None or found.stop < len(cand) or not found.tokens:
        return None
    return found if source_like(found, lex) else None


def _topic_subject(toks: list[Tok], lo: int, cut: bool, lex: Lexicon) -> Phrase | None:
    """A name or body opening the sentence before a comma: "الفيلالي، دعا …", or a
    title and its holder's name set off by commas: "مدير المؤسسة العامة لمياه الشرب
    في دمشق، أحمد درويش، قال …"."""
    held = _holder_set_off(toks, lex)
    if held is not None:
        return held
    k = len(toks)
    while k > 0 and toks[k - 1].text not in (".", "؟", "!", ":") and len(toks) - k < 5:
        k -= 1
    if (k == 0 and (cut or len(toks) > 5)) or (k > 0 and toks[k - 1].text not in (".", "؟", "!")):
        return None
    cand = toks[k:]
    first = cand[0].text if cand else ""
    if not cand or len(cand) > 4 or (first[:1] in "وفبلك" and not is_given(first, lex)
                                     and not is_role(first, lex) and not is_org(first, lex)):
        return None  # وبهذه المناسبة، / وفي تونس، / إلى ذلك،: an adverbial, not a subject
        # (but وزير الصحة، أكد: a title in و)
    found = phrase(cand, lex)
    if found.stop < len(cand) or not found.tokens or any(t.text in lex.stop for t in cand):
        return None
    head = found.tokens[0].text
    family = (len(found.tokens) == 1 and is_definite(head) and not common(bare(head), lex)
              and not is_describer(head, lex))  # الفيلالي، دعا
    titled = len(found.tokens) >= 2 and (is_role(head, lex) or is_org(head, lex))
    # (رئيس البلدية، قال لوسائل الإعلام …: a title or body in construct)
    return found if found.name or family or titled else None


def _holder_set_off(toks: list[Tok], lex: Lexicon) -> Phrase | None:
    """The name between the last two commas when the sentence opens with a title."""
    starts = [n + 1 for n, t in enumerate(toks) if t.text in (".", "؟", "!", ":")]
    first = starts[-1] if starts else 0
    commas = [n for n in range(first, len(toks)) if toks[n].text in ("،", ",")]
    if not commas or first >= len(toks) or not is_role(toks[first].text, lex):
        return None
    between = toks[commas[-1] + 1:]
    if not 2 <= len(between) <= 4 or name_runs(between, lex) != [(0, len(between))]:
        return None
    found = phrase(between, lex)
    return found if found.name else None


def holder_before_statement(subject: Phrase, toks: list[Tok], after: int, marker: int,
                            lex: Lexicon) -> list[Tok] | None:
    """The name set off by commas right before the statement, after a title that holds
    no name of its own (قال وزير الثقافة …، في الحكومة الموريتانية، الحسين ولد مدو، إن;
    أعلن وزير الداخلية …، لواء عماد مصطفى الطرابلسي، عن) or only a place (محافظ
    العاصمة المؤقتة عدن، عبدالرحمن شيخ، إن): the title's holder speaks."""
    name = subject.name
    if not is_role(subject.tokens[0].text, lex) or (
            name and (len(name) > 1 or is_given(name[0].text, lex))):
        return None
    end = marker - (marker > after and toks[marker - 1].text in ("،", ","))
    quoted = _quoted_holder(toks, after, end, lex)
    if quoted is not None:
        return quoted  # وأكد وزير التهذيب، "إبراهيم فال محمد الأمين" أنه …
    k = end
    while k > after and end - k < 6 and WORD_RE.match(toks[k - 1].text):
        k -= 1
    if k == after or toks[k - 1].text not in ("،", ",") or _someone_else(toks, after, k - 1, lex) \
            or feminine_past(toks[k].text, lex):
        return None  # (مصادر مطلعة، رفضت الكشف عن هويتها، أن: a verb, not a name)
    if (end - k == 2 and is_role(toks[k].text, lex) and toks[k].text not in lex.honorifics
            and not is_definite(toks[k].text) and namey(toks[k + 1].text, lex)
            and not is_role(toks[k + 1].text, lex) and not is_org(toks[k + 1].text, lex)):
        return toks[k:end]  # وزير الاقتصاد، أمين سلام، أن: two words set off after a
        # title whose first reads as a title too (أمين) are its holder's name
    runs = name_runs(toks[k:end], lex)
    i, j = runs[-1] if runs else (0, 0)
    if j != end - k or j - i < 2 or not all(
            t.text in lex.honorifics for t in toks[k:k + i]):
        if j == end - k and j - i >= 2 and i == 1 and _first_name_like(toks[k].text, lex):
            return toks[k:end]  # …، عالي سيلي سوماري، إن: a first name like a word
        return None  # only a title of address or a rank before the name (لواء، الدكتور)
    return toks[k + i:end]


def _quoted_holder(toks: list[Tok], after: int, end: int, lex: Lexicon) -> list[Tok] | None:
    """A name of two to five words in quotation marks, after a comma, right before the
    statement: the title's holder."""
    if end - 1 <= after or toks[end - 1].text not in QUOTE_CHARS:
        return None
    opening = next((k for k in range(end - 2, max(after, end - 8), -1)
                    if toks[k].text in QUOTE_CHARS), None)
    if opening is None or opening - 1 < after or toks[opening - 1].text not in ("،", ","):
        return None
    inner = toks[opening + 1:end - 1]
    if not 2 <= len(inner) <= 5 or not is_given(inner[0].text, lex) or not all(
            ARABIC_WORD_RE.fullmatch(t.text) for t in inner):
        return None
    return inner


def _first_name_like(x: str, lex: Lexicon) -> bool:
    """A word that may open a name set off by commas though it reads as a word (عالي):
    no article, particle, title, body, adjective of a title or verb."""
    return (ARABIC_WORD_RE.fullmatch(x) is not None and not is_definite(x) and x not in lex.stop
            and not is_role(x, lex) and not is_org(x, lex) and not is_describer(x, lex)
            and not lex.verb_re.fullmatch(x) and x[:1] not in "وفبل")


def holder_after_place(subject: Phrase, toks: list[Tok], after: int,
                       lex: Lexicon) -> list[Tok] | None:
    """The name set off by commas after the place of a title that holds no name
    (وطالبت مديرة المخيم في ضاحية مقديشو، زهرة علي، الهيئات …): the holder speaks."""
    if after + 1 < len(toks) and toks[after].text in ("،", ",") \
            and toks[after + 1].text in ("في", "ب"):
        after += 1  # رئيس الحزب، في الداخل الفلسطيني، د. جمال زحالقة، …
    if after >= len(toks) or toks[after].text not in ("في", "ب") or not is_role(
            subject.tokens[0].text, lex) or subject.name:
        return None
    first = next((k for k in range(after + 1, min(len(toks), after + 6))
                  if not WORD_RE.match(toks[k].text)), None)
    if first is None or toks[first].text not in ("،", ","):
        return _addressed_after_place(toks, after, lex)
    start = first + 1
    if start + 1 < len(toks) and abbreviation_dot(toks, start + 1):
        start += 2  # د. جمال
    elif start < len(toks) and toks[start].text in lex.honorifics:
        start += 1  # الدكتور جمال
    second = next((k for k in range(start, min(len(toks), start + 5))
                   if not WORD_RE.match(toks[k].text)), None)
    if second is None or toks[second].text not in ("،", ",") or _someone_else(
            toks, after, first, lex):
        return None
    runs = name_runs(toks[start:second], lex)
    if len(runs) != 1 or runs[0] != (0, second - start) or second - start < 2 \
            or not is_given(toks[start].text, lex):
        return None
    return toks[start:second]


def _addressed_after_place(toks: list[Tok], after: int, lex: Lexicon) -> list[Tok] | None:
    """A title of address and a name of two words or more after the title's place
    (المدير الإقليمي للمنظمة في الشرق المتوسط الدكتور أحمد المنظري، …): the
    holder. The place must be a definite noun or a name (not في حضور الدكتور …)."""
    place = toks[after + 1].text if after + 1 < len(toks) else ""
    if not (is_definite(place) or namey(place, lex)) or is_role(place, lex):
        return None
    for k in range(after + 2, min(len(toks) - 2, after + 7)):
        word = toks[k].text
        if not WORD_RE.match(word) or word in ("مع", "ومع") or word in lex.stop:
            return None
        if word in lex.honorifics and is_definite(word):
            runs = name_runs(toks[k + 1:k + 7], lex)
            if not runs or runs[0][0] != 0 or runs[0][1] < 2 \
                    or not is_given(toks[k + 1].text, lex):
                return None
            end = k + 1 + runs[0][1]
            closed = end >= len(toks) or not WORD_RE.match(toks[end].text) \
                or COMPLEMENT.match(toks[end].text) is not None
            return toks[k + 1:end] if closed else None
    return None


def _someone_else(toks: list[Tok], after: int, comma: int, lex: Lexicon) -> bool:
    """The words before the comma name another person, whom the name after it is
    (وأشاد الوزير في مؤتمر صحفي مع نظيره المصري، سامح شكري، بالاجتماع)."""
    start = max((n + 1 for n in range(after, comma) if toks[n].text in ("،", ",")),
                default=after)
    return any(t.text in ("مع", "ومع") or t.text in lex.kin or t.text.rstrip("اه") in lex.kin
               or t.text.startswith(("نظير", "زميل")) for t in toks[start:comma])


def relative_antecedent(text: str, start: int, lex: Lexicon) -> Phrase | None:
    """Who a verb after a relative pronoun reports for: the name (or body, or title)
    right before the pronoun. "… الأستاذ «حاتم سليمان» الذي بيّن أن" → حاتم سليمان."""
    rel = text.rfind(" ", 0, max(0, start - 1))  # the space before the relative
    relative = text[rel:start].split()[:1]
    if relative in (["والذي"], ["والتي"]):  # … الذي نشر قبل أيام، والذي أكد أن: the
        first = text.rfind(" " + relative[0][1:] + " ", max(0, rel - 200), rel)  # same one
        if first >= 0 and not any(c in text[first:rel] for c in ".\n"):
            return relative_antecedent(text, first + len(relative[0]) + 1, lex)
    lo, _ = line_start(text, rel, 120)
    toks = [t for t in tokens(text, lo, rel) if t.text not in QUOTE_CHARS]
    if toks and toks[-1].text in ("،", ","):
        toks = toks[:-1]  # القيادي المستقيل محسن حسن، الذي قال: a comma before الذي
    toks = toks[-10:]  # (السيد لؤي الياسري نائب رئيس مجلس محافظة النجف الأشرف الذي)
    feminine = text[rel:start].strip().startswith("التي")
    for k in range(len(toks)):
        cand = toks[k:]
        if k > 0 and toks[k - 1].text in lex.honorifics:
            continue  # take the honorific with the name
        if cand[0].text[:1] in "وفبلك" and not is_given(cand[0].text, lex) \
                and not is_org(cand[0].text, lex):
            continue
        if any(t.text.endswith(("ها", "هم")) and (
                suffixed_common(t.text, lex)
                or (t.text[:1] in "لب" and suffixed_common(t.text[1:], lex)))
               for t in cand[1:]):
            continue  # دار الشفاء لعرضها على الطبيب …: a clause of its own, not a name
        found = phrase(cand, lex)
        if found.stop < len(cand) or not found.tokens:
            continue
        head = found.tokens[0].text
        if is_org(head, lex) or (found.name and not feminine and (
                found.name[0] is found.tokens[0] or is_role(head, lex)
                or head in lex.honorifics)) or (
                is_role(head, lex) and not feminine and k > 0
                and (not WORD_RE.match(toks[k - 1].text) or toks[k - 1].text in lex.stop)):
            return found  # التي: a body (الوزارة التي أكدت), not المزاعم التي تفيد
    return None


def relayed_source(toks: list[Tok], after: int, lex: Lexicon) -> tuple[Phrase | None, int]:
    """نقلت وكالة X عن المتحدث Y قوله: the source Y speaks, the outlet only relays.
    ``عنه`` goes back to the previous speaker (None). Also returns where the
    statement may start."""
    after += time_adverbs(toks[after:], lex)  # نقلت قناة الحرة اليوم الأربعاء، عن …
    for k in range(after, min(len(toks), after + 3)):
        x = toks[k].text
        if x == "عن":
            src = phrase(toks[k + 1:], lex)
            return (src if src.tokens else None), k + 1 + src.stop
        if x in ("عنه", "عنها", "عنهم"):
            return None, k + 1
    return None, len(toks)


def kana_subject(text: str, start: int, lex: Lexicon) -> Phrase | None:
    """The subject of كان … (قد) VERB, written before the verb."""
    lo, _ = line_start(text, start, 200)
    found = list(_KANA_RE.finditer(text, lo, start))
    if not found:
        return None
    toks = tokens(text, found[-1].end(), start)
    qad = bool(toks) and toks[-1].text == "قد"
    if qad:
        toks = toks[:-1]
    if toks and toks[-1].text in "،," and not any(t.text in ".،,:" for t in toks[:-1]) and (
            qad or is_org(toks[0].text, lex) or is_role(toks[0].text, lex)):
        toks = toks[:-1]  # وكانت شبكات التلفزيون الهندية، قد ذكرت: one comma, no name
        # (also without قد after a body: وكانت القيادة العامة لقوة الدفاع، أكدت)
    marks = [k for k, t in enumerate(toks) if t.text in ".،,:"]
    named = bool(marks) and marks[-1] == len(toks) - 1 and len(marks) >= 2 \
        and all(toks[k].text in "،," for k in marks)
    if named:
        toks = toks[:marks[0]]  # وكان عمرو طلعت، وزير الاتصالات، قد صرح: the name before
    elif not toks or marks:
        return None
    subject = phrase(toks, lex)
    if named and not subject.name:
        return None  # (only a name: a title with a clause after it may be anything)
    whole = Phrase(toks, pick_name(toks, lex), len(toks))
    if subject.tokens and subject.stop < len(toks) <= 6 and not named \
            and all(WORD_RE.match(t.text) and t.text not in lex.stop
                    and not present_verb(t.text, lex) for t in toks) \
            and (qad or (whole.name and whole.name[-1] is toks[-1])):
        # كان … قد holds nothing but the subject: what the phrase read as an object
        # after it (المجمع الشريف للفوسفاط) is the subject's still
        subject = whole
    return subject if subject.tokens and subject.stop >= len(toks) else None


def self_reference(subject: Phrase, toks: list[Tok], lex: Lexicon) -> bool:
    """"المصادر ذاتها" / "الصحيفة نفسها" / "نفس المصدر" point back to the previous
    speaker."""
    words = [t.text for t in subject.tokens]
    if len(words) == 2 and words[0] in ("نفس", "ذات") and is_definite(words[1]) \
            and (not subject.name or subject.name[0] is subject.tokens[0]):
        return True  # وبين نفس المصدر; ذات (also a given name) is "the same" here
    nxt = toks[subject.stop].text if subject.stop < len(toks) else ""
    return (nxt in lex.self_words and len(subject.tokens) == 1 and not subject.name
            and is_definite(subject.tokens[0].text))


def source_like(subject: Phrase, lex: Lexicon) -> bool:
    """Can this phrase speak? A name, a title, an organisation or a document."""
    if subject.name:
        return True
    head = subject.tokens[0].text
    if head in lex.connectors or head.isdigit():
        return False
    nxt = subject.tokens[1].text if len(subject.tokens) > 1 else ""
    if bare(head) in lex.quantifiers and "من" not in [t.text for t in subject.tokens[1:4]] \
            and not (bare(nxt) in lex.sources or is_role(nxt, lex) or is_org(nxt, lex)
                     or (is_definite(nxt) and nxt.endswith(("ين", "ون"))
                         and not nxt.endswith(("يين", "يون")))):  # أحد المعتصمين
        return False  # أعلن عدد القتلى: a number, not عدد من المسؤولين، بعض المصادر
    if is_org(head, lex) and not is_definite(head) and nxt and not is_definite(nxt) \
            and is_describer(nxt, lex) and not lex.nationality.match(nxt) and bare(head) not in lex.sources:
        return False  # وفق مصالح جديدة: "interests", a body takes its genitive (مصالح الأمن)
    return (is_role(head, lex) or is_org(head, lex) or bare(head) in lex.documents
            or head in lex.documents or subject.tokens[0].quoted or namey(head, lex)
            or nominative_plural(head, lex)  # المشاركون: a group speaks
            or head.startswith("ال") and bare(head) not in lex.stop
            and (is_describer(head, lex) or not common(bare(head), lex)))


def time_adverbs(toks: list[Tok], lex: Lexicon) -> int:
    """How many words of time open ``toks``: a verb may put them before its subject
    ("وأعلن أمس الثلاثاء رئيس الوزراء …"، "ذكرت أول أمس وزارة الصحة"), so the
    subject is read after them, not taken from them."""
    k = 0
    while k < len(toks) and k < 5:
        x = toks[k].text
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if x in lex.time and (x not in lex.period or nxt in lex.time):
            k += 1  # (العام الماضي, but not "يعتبر العام 2017 نقطة تحول")
        elif x in lex.time_lead and nxt in lex.time:
            k += 2  # أول أمس، أواخر العام
        elif x in ("،", ",") and (k > 0 or nxt in lex.time or nxt in lex.time_lead):
            k += 1  # وأعلن، مساء أمس، الوزير …; وكانت الوزارة قد أعلنت، أمس، أن
        else:
            break
    return k


def abstract_subject(subject: Phrase, lex: Lexicon) -> bool:
    """A lone definite plural of things (-ات) that is no title, body or document cannot
    speak: "وتشير التوقعات إلى أن" is the writer's voice (but تشير الدراسات، تقول
    المصادر، قالت السلطات); nor can a saying or a text (يقول المثل، ينص القانون)."""
    if subject.name or not subject.tokens or subject.tokens[0].quoted:
        return False
    head = subject.tokens[0].text
    b = bare(head)
    if head.startswith("ال") and b in lex.not_sources and not (
            len(subject.tokens) > 1 and lex.nationality.match(subject.tokens[1].text)):
        return True  # ينص القانون، وتؤكد المادة الـ107: a text, however long its name
        # (but يرى النظام السوري: a regime)
    return (len(subject.tokens) == 1 and head.startswith("ال") and head.endswith("ات") and common(b, lex)
            and not is_role(head, lex)
            and not is_org(head, lex) and b not in lex.documents and b not in lex.sources
            and not is_describer(head, lex)
            and not lex.nationality.match(head + "ي"))  # الإمارات: a country


def document_issuer(source: Phrase, lex: Lexicon) -> tuple[Phrase, str]:
    """بيان للأمم المتحدة، تقارير الأمم المتحدة → the body that issued the document.
    Returns the shorter phrase and the letters to write before it (للأمم → الأمم)."""
    toks = source.tokens[1:]
    while toks and (is_describer(toks[0].text, lex) or bare(toks[0].text) in lex.documents
                    or _documents_adjective(toks, lex)):
        toks = toks[1:]  # بيانات عملياتية لهيئة …
    if not toks:
        return source, ""
    first = toks[0].text
    if present_verb(first, lex) or (first[:1] == "س" and present_verb(first[1:], lex)):
        return source, ""  # ووفقا للبيان ستعلن الوزارة: the clause after it, no issuer
    t0, lead = without_preposition_la(toks[0], lex, toks[1].text if len(toks) > 1 else "") \
        or (toks[0], "")
    if t0 is toks[0] and not (is_definite(t0.text) or namey(t0.text, lex) or t0.quoted
                              or (t0.text.endswith("ية") and len(toks) > 1
                                  and is_definite(toks[1].text))  # خارجية المملكة
                              or is_role(t0.text, lex) or is_org(t0.text, lex)
                              or (len(toks) > 1 and first_name_before(t0.text, toks[1].text, lex))):
        # (تصريح فاخر الفخفاخ: a first name spelled like a word, before a family name)
        return source, ""  # (بيان وزارة الصحة، رسالة رئيس المجلس: a construct issuer)
    toks = [t0, *toks[1:]]
    return Phrase(toks, pick_name(toks, lex), source.stop), lead


def _documents_adjective(toks: list[Tok], lex: Lexicon) -> bool:
    """``toks[0]`` describes the document before it rather than naming its issuer: a
    nisba (بيانات عملياتية، التقرير الطبي) — not a noun in ية with its genitive after
    it (بيان خارجية المملكة) —, or any adjective before the issuer in ل (بيان مقتضب
    لاتحاد الكرة، البيان الختامي للقمة)."""
    word = toks[0].text
    nxt = toks[1].text if len(toks) > 1 else ""
    if nxt[:1] == "ل" and len(nxt) > 3 and ARABIC_WORD_RE.fullmatch(word) \
            and not is_given(bare(word), lex) and not is_org(word, lex) and not is_role(word, lex):
        return True
    if word.endswith("ية") and is_definite(nxt) and nxt not in lex.time:
        return False
    return ((word.endswith(("ية", "ي")) and not is_definite(word) and word[0] != "ل"
             and not namey(word, lex))
            or (word.startswith("ال") and word.endswith(("ي", "ية")) and common(bare(word), lex)))


def issued_subject(subject: Phrase, toks: list[Tok], lex: Lexicon) -> tuple[Phrase, str, str]:
    """A document as a verb's subject speaks for its issuer: "حذرت رسالة رئيس المجلس من"
    → رئيس المجلس, "وأكد تقرير للأمم المتحدة" → الأمم المتحدة. Returns the phrase to
    credit, the letters written before it, and the document it was read off ("")."""
    kind = "" if subject.name and subject.name[0] is subject.tokens[0] \
        else bare(subject.tokens[0].text)  # (بيان مقتضب: no name after the document)
    if kind not in lex.documents:
        return subject, "", ""
    k = next((k for k, t in enumerate(toks) if t is subject.tokens[0]), None)
    issuer = issued_by(toks, k, subject, lex) if k is not None else None
    if issuer is not None and (source_like(issuer, lex) or is_definite(issuer.tokens[0].text)):
        return issuer, "", kind  # وأشار بيان صادر اليوم عن المكتب التنفيذي; صادر عن
        # الميناء: whatever issues a statement speaks through it, a common noun too
    after = k + len(subject.tokens) if k is not None else len(toks)
    if (len(subject.tokens) == 2 and subject.tokens[1].text.startswith("لل") and after < len(toks)
            and is_definite(toks[after].text) and is_org(subject.tokens[1].text[1:], lex)):
        subject = replace(subject, tokens=[*subject.tokens, toks[after]])  # بيان للجنة
        # الانتخابات: ل + a body in construct, its genitive after it
    if len(subject.tokens) < 2:
        subject = _with_issuer_after(subject, toks, k, lex)  # وذكر بلاغ للوكالة أن
        if len(subject.tokens) < 2:
            return subject, "", ""
    issuer, lead = document_issuer(subject, lex)
    if issuer is subject or not issuer.tokens or not (source_like(issuer, lex)
                                                      or _issuing_noun(issuer, lex)):
        return subject, "", ""
    return issuer, lead, kind


def _issuing_noun(issuer: Phrase, lex: Lexicon) -> bool:
    """A common noun that may issue the document before it, with the word that makes it
    one body: its adjective or genitive (البيان الختامي للقمة العربية، بيان خارجية
    المملكة), not a verbal noun (تقرير الكشف الطبي: what the report is of)."""
    toks = issuer.tokens
    head = bare(toks[0].text)
    return (len(toks) > 1 and is_definite(toks[1].text) and toks[1].text not in lex.time
            and (is_definite(toks[0].text) or toks[0].text.endswith("ية"))
            and not verbal_noun(head, lex) and head not in lex.documents)


def _with_issuer_after(subject: Phrase, toks: list[Tok], k: int | None, lex: Lexicon) -> Phrase:
    """A lone document and the body after لـ that the phrase stopped at, read as the
    addressee (وذكر بلاغ للوكالة، بيان للوزارة): the document's issuer, as in بيان
    للأمم المتحدة; ``subject`` as it is otherwise."""
    nxt = toks[k + 1] if k is not None and k + 1 < len(toks) else None
    bare_body = without_la(nxt) if nxt is not None and nxt.text.startswith("لل") else None
    if bare_body is not None and is_org(bare_body[0].text, lex):
        return replace(subject, tokens=[*subject.tokens, nxt])
    if nxt is None or nxt.text[:1] != "ل" or not is_org(nxt.text[1:], lex):
        return subject
    # تقارير لقناة المسيرة: ل + a body in construct with its name
    body = phrase([Tok(nxt.text[1:], nxt.start + 1, nxt.end), *toks[k + 2:k + 6]], lex)
    if len(body.tokens) < 2:
        return subject
    rest = [t for t in toks[k + 2:k + 6] if any(t is b for b in body.tokens)]
    return replace(subject, tokens=[*subject.tokens, nxt, *rest])


#: A verb of issuing with the document as its object (أصدرته، أعدها، أجراها).
_ISSUED_IT = re.compile(r"^(?:اصدر|نشر|اعد|وزع|اطلق|اجر|اجرا)[تو]?(?:ه|ها)$")


def issued_by(toks: list[Tok], k: int, source: Phrase, lex: Lexicon) -> Phrase | None:
    """بلاغ صادر، اليوم الثلاثاء، عن وزارة الداخلية → the body after عن: a document
    "issued" (صادر) by someone, with a time or place between; التقرير السنوي الذي
    أصدرته مؤسسة النقد، دراسة أعدها مركز الخليج → the agent of the relative clause.
    A relative clause with no body or name for agent (دراسة قام بها باحثون) leaves
    the document itself as the speaker."""
    if bare(source.tokens[0].text) not in lex.documents:
        return None
    k = _past_its_title(toks, k)  # تقرير "إحصاءات المرأة 2024"، الذي أصدرته الهيئة
    for j in range(k + 1, min(len(toks) - 2, k + 5)):
        agent = _relative_agent(toks, k, j)
        if agent is not None:
            end = next((m for m in range(agent, len(toks)) if toks[m].text in _CLAUSE_MARKS),
                       len(toks))  # the clause ends at a mark: …، وتلقت وكالة …
            issuer = phrase(toks[agent:end], lex)
            head = issuer.tokens[0].text if issuer.tokens else ""
            if not head or head in lex.stop:
                return None  # الذي نشرته على موقعها: the agent is the construct's body
            some = any(t.text == "من" for t in toks[agent:agent + issuer.stop + 1])
            if (issuer.name or is_definite(head) or is_org(head, lex)) and not some:
                return issuer
            # باحثون، فريق من الخبراء: nobody named; the document speaks
            return Phrase(toks[k:k + 1], [], source.stop)
    sender = _sent_from(toks, k, lex)
    if sender is not None:
        return sender
    for j in range(k + 1, min(len(toks), k + 5)):  # (إحصائية حكومية حديثة صادرة عن)
        if bare(toks[j].text) in ("صادر", "صادرة", "صدر", "صدرت"):  # بيان صحفي صدر عن
            for m in range(j + 1, min(len(toks), j + 8)):
                if toks[m].text == "عن" or (m == j + 1 and toks[m].text == "من"):
                    issuer = phrase(toks[m + 1:], lex)  # (صادرة من مستشفى …, too)
                    return issuer if issuer.tokens else None
                if toks[m].text in (".", ":", "«") or COMPLEMENT.match(toks[m].text):
                    return None
            return None
    return None


def _sent_from(toks: list[Tok], k: int, lex: Lexicon) -> Phrase | None:
    """بيان صحفي من الهلال الأحمر القطري → the body after من, right after the document
    at ``k`` and the adjectives that describe it (not بيان من عشر نقاط: no body)."""
    j = k + 1
    while j < min(len(toks), k + 3) and _documents_adjective(toks[j:j + 2], lex) \
            and toks[j].text != "من":
        j += 1
    if j + 1 >= len(toks) or toks[j].text != "من":
        return None
    issuer = phrase(toks[j + 1:j + 8], lex)
    head = issuer.tokens[0].text if issuer.tokens else ""
    return issuer if head and (issuer.name or is_org(head, lex) or is_role(head, lex) or (
        is_definite(head) and len(issuer.tokens) > 1)) else None


_CLAUSE_MARKS = ("،", ",", ".", ":", "؛")


def _past_its_title(toks: list[Tok], k: int) -> int:
    """The token that closes a document's quoted title after it (and its comma), or
    ``k`` when no title in quotation marks follows the document."""
    if k + 1 >= len(toks) or toks[k + 1].text not in QUOTE_CHARS:
        return k
    closing = next((j for j in range(k + 2, min(len(toks), k + 10))
                    if toks[j].text in QUOTE_CHARS), None)
    if closing is None:
        return k
    return closing + (closing + 1 < len(toks) and toks[closing + 1].text in ("،", ","))


def _relative_agent(toks: list[Tok], k: int, j: int) -> int | None:
    """Where the agent starts when a relative clause about the document at ``k``
    starts at ``j`` (التقرير الذي أصدرته …؛ right after an indefinite one: تقرير
    أعده …، دراسة قامت بها …), else None."""
    if toks[j].text in ("الذي", "التي"):
        j += 1
    elif j != k + 1:
        return None
    if _ISSUED_IT.match(toks[j].text):
        return j + 1
    if toks[j].text in ("قام", "قامت", "قاموا", "ادلى", "ادلت", "ادلوا") \
            and toks[j + 1].text in ("به", "بها"):
        return j + 2  # دراسة قامت بها …، تصريح أدلى به رئيس المؤسسة …
    return None
