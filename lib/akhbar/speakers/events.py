"""Reporting verbs and continuation participles of one article, as events.

Step 2 of the pipeline, per article: :func:`verb_events` finds each
reporting verb of the folded text, reads its subject
(:mod:`~akhbar.speakers.phrase`, :mod:`~akhbar.speakers.subjects`) and its
statement; :func:`participle_events` adds the participles (…، موضحا أن) that
continue the speaker before. Attribution phrases (بحسب …) are in
:mod:`~akhbar.speakers.attribution`. An event whose subject is not written
(``وتابع:``) has ``surface=None``: :mod:`~akhbar.speakers.coref` finds who it is.

A reporting verb (:func:`verb_event`) goes through these steps: is it a report
at all (not the writer's voice, not a preposition, not after a relative); is
its statement right after it (``وقال:``); is the word after it its object
rather than its subject; its subject (after it, before it, after كان,
relayed); where its statement starts and whether the verb reports with it;
last, whether the subject can speak.

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> text = fold("وقال الوزير خالد الفالح: «الإنتاج مستقر». وأكد أن الأسعار ستتحسن.")
>>> [(e.verb, e.kind, e.surface) for e in verb_events(text, load_lexicon())]
[('وقال', 'direct', (12, 23)), ('واكد', 'indirect', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from akhbar.speakers.lexicon import Lexicon, Verb, zipf
from akhbar.speakers.lookalikes import (
    accusative,
    action_follows,
    as_says,
    far_statement,
    glued_object,
    next_clause,
    noun_of_kind,
    object_not_subject,
    quoted_name,
    resumptive_relative,
    subject_is_a_share,
    topic,
)
from akhbar.speakers.phrase import Phrase, phrase, title_like_particle
from akhbar.speakers.propernames import verbal_noun
from akhbar.speakers.quoted import past_quoted_outlet
from akhbar.speakers.spans import (
    ARABIC_WORD_RE,
    QUOTE_CHARS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    WORD_RE,
    Tok,
    clause_end,
    first_tokens,
    line_start,
    quotation_before,
    tokens,
)
from akhbar.speakers.statements import find_marker, statement
from akhbar.speakers.subjects import (
    abstract_subject,
    amma_subject,
    holder_after_place,
    holder_before_statement,
    issued_subject,
    kana_subject,
    may_follow_its_subject,
    preceding_subject,
    relative_antecedent,
    relayed_source,
    self_reference,
    source_like,
    time_adverbs,
)
from akhbar.speakers.words import (
    COMPLEMENT,
    DEMONSTRATIVES,
    PLURAL_DEMONSTRATIVES,
    adverbial,
    bare,
    common,
    country_in_ya,
    document_key,
    family_in_al,
    for_ones_part,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    namey,
    oblique_plural,
    opens_statement,
    past_verb,
    present_verb,
    pronoun_stem,
    suffixed_common,
    superlative,
)

__all__ = [
    "Event",
    "participle_events",
    "verb_event",
    "verb_events",
]



@dataclass
class Event:
    """One reporting event; offsets are into the folded text."""

    start: int  # the trigger
    end: int  # the end of its statement
    verb: str  # the trigger as matched (with و/ف)
    kind: str  # direct, indirect, attribution
    qstart: int  # the statement
    qend: int
    surface: tuple[int, int] | None  # span of the speaker's words, or None (anaphora)
    name: bool  # the surface is a proper name (not a title phrase)
    nested: bool = False
    continuation: bool = False
    proclitic: bool = False
    feminine: bool | None = None
    phrase: tuple[int, int] | None = None  # the whole subject phrase (titles included)
    document: str = ""  # the document it spoke through (في بيان → "بيان"), or ""
    entity: int = -1
    lead: str = ""  # letters written before the surface span (للأمم → "ال" + "امم")
    sv: bool = False  # the subject was written before the verb (… أن الوزارة أكدت)
    within: bool = False  # كما قال الوزير: a reference, nested in a statement it is in


def verb_events(text: str, lex: Lexicon) -> list[Event]:
    """The events of the reporting verbs of a folded article text, in text order."""
    events = []
    for m in lex.verb_re.finditer(text):
        ev = verb_event(text, m, lex)
        if ev is not None:
            events.append(ev)
    return events


def participle_events(text: str, lex: Lexicon) -> list[Event]:
    """The continuation participles (…، موضحا أن): the speaker before goes on."""
    events = []
    for m in lex.participle_re.finditer(text):
        # a statement's start is read within its first five tokens (statements.statement)
        toks = first_tokens(text, m.end(), clause_end(text, m.end()), 5)
        if m.group().endswith("ة") and noun_of_kind(text, m.start(), toks):
            continue  # اجتماع متابعة: a noun after a noun, no statement after it
        if not toks or m.group().endswith("ون"):
            continue  # فإن الأشجار مفيدة.: an adjective that ends its sentence; مطالبون
            # (nominative): a predicate, where a participle that goes on is in -ين/-ا
        kind, qs, qe = statement(text, toks, 0) if toks else ("indirect", m.end(), m.end())
        events.append(Event(m.start(), qe, m.group(), kind, qs, qe, None, False,
                            continuation=True))
    return events


# --------------------------------------------------------------------------
# A reporting verb, step by step.
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Trigger:
    start: int
    end: int
    written: str  # as matched, with its و/ف
    form: str  # without them
    proclitic: bool
    verb: Verb
    suffix: str = ""  # an object pronoun written on the verb (دعتهم)


def _ala_spelled_ali(text: str, toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``toks`` with علي read as the preposition على where the article writes final ى
    as ي (on some Sudanese and Egyptian sites it has no على at all) and no name goes on
    after it (واكد والي الجزيرة علي وقفة محلية …: "on", not the given name)."""
    if not toks or text.find("علي", toks[0].start, toks[min(7, len(toks) - 1)].end) < 0:
        return toks
    at = next((k for k, t in enumerate(toks[:8]) if t.text == "علي"), None)
    if at is None or at + 1 >= len(toks):
        return toks
    nxt = toks[at + 1].text
    if namey(nxt, lex) or is_given(nxt, lex) or is_definite(nxt) \
            or not ARABIC_WORD_RE.fullmatch(nxt) or not _writes_ya_for_alif_maqsura(text):
        return toks
    return [*toks[:at], Tok("على", toks[at].start, toks[at].end), *toks[at + 1:]]


#: The nouns thanks are counted in (أسمى آيات الشكر، أصدق عبارات التهنئة).
_THANKS_HEADS = frozenset({"ايات", "عبارات", "معاني"})


def _ali_spelled_ala(text: str, toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """``toks`` with على read as the name علي after a title of address and before a
    name, where the article writes final ي as ى (Egyptian: فى، الذى): وأكد الدكتور على
    عبدالعال (but وأكد الدكتور على ضرورة: "on" its object)."""
    if len(toks) < 3 or toks[0].text not in lex.honorifics or toks[1].text != "على":
        return toks
    nxt = toks[2].text
    if not (nxt.startswith("عبد") or is_given(nxt, lex) or (namey(nxt, lex) and not common(nxt, lex))) \
            or _WRITES_YA_AS_ALIF.search(text) is None:
        return toks
    return [toks[0], Tok("علي", toks[1].start, toks[1].end), *toks[2:]]


#: Particles whose final ي an article writes as ى (فى، الذى، التى): it writes علي as على.
_WRITES_YA_AS_ALIF = re.compile(r"(?<!\w)(?:فى|الذى|التى|اللذى)(?!\w)")


def _writes_ya_for_alif_maqsura(text: str) -> bool:
    """The article never writes على, إلى or حتى, and spells in ي a word whose ى is
    no ي in any spelling (القري for القرى، الي، مستوي): on such a site علي is the
    preposition as often as the name."""
    return _ALIF_MAQSURA_AS_YA.search(text) is not None and _PARTICLES_IN_ALIF.search(text) is None


_PARTICLES_IN_ALIF = re.compile(r"(?<!\w)(?:على|الى|إلى|حتى|لدى)(?!\w)")
#: Words ending in ى written with ي (particles, feminine elatives, plurals and nouns
#: in ـى): a site that writes them so writes على as علي too.
_ALIF_MAQSURA_AS_YA = re.compile(
    r"(?<!\w)(?:الي|حتي|لدي|متي|سوي|ادني|اعلي|مدي|معني|مبني|مستوي|ملتقي|مستشفي"
    r"|(?:ال)?(?:اخري|اولي|كبري|صغري|عظمي|وسطي|قصوي|قري|مستوي|مبني|ملتقي|مستشفي))(?!\w)")


def verb_event(text: str, m: re.Match, lex: Lexicon) -> Event | None:
    """The event of the reporting verb matched by ``m`` (``lex.verb_re``), or None when
    it reports nothing here."""
    trig = _Trigger(m.start(), m.end(), m.group(), m.group(2), bool(m.group(1)),
                    lex.verbs[m.group(2)], m.group(3))
    if _not_a_report(text, trig, lex):
        return None
    ce = clause_end(text, trig.end)
    toks = _ala_spelled_ali(text, tokens(text, trig.end, min(ce, trig.end + 220)), lex)
    toks = _ali_spelled_ala(text, toks, lex)
    if trig.verb.lemma == "تابع" and _follows_a_document(toks, lex):
        return None  # وتابعت "النهرين" تصريحات الوزيرة: followed her statements, no "added"
    if _after_relative(text, trig, lex):
        return _relative_event(text, toks, trig, lex)
    if _speech_follows(toks, trig.verb, lex) or (
            toks and toks[0].text in lex.participles and trig.proclitic):
        # "وقال، ما يتردد…" "وقال:"; "وأضافت قائلة: …" (the participle continues the verb)
        _, qs, qe = statement(text, toks, 0)
        return Event(trig.start, qe, trig.written, "direct", qs, qe, None, False,
                     proclitic=trig.proclitic)
    said = toks
    if not trig.suffix and _object_follows(toks, trig.verb, lex, _heads_clause(text, trig)) and \
            toks[0].text not in lex.honorific_pronouns:
        toks = []  # أكدت توقعاتها، كشف اسمه: an object, so no subject follows
    elif trig.verb.family == "stance" and _this_thing(toks, lex):
        toks = []  # ووصفت تلك الأنباء بأنها، تدين هذه الجريمة: the thing is the object
    if subject_is_a_share(toks) or (trig.verb.family != "stance" and _this_thing(toks, lex)):
        return None  # وصف 62% منهم الوضع بالصعب: a share of those asked, no one speaker;
        # وتشير هذه الوقائع: a thing the text spoke of (but هذا الناطق: the one quoted)
    subject, after, sv = _subject(text, toks, trig, lex)
    if subject is not None and _after_that_with_pronoun(text, trig):
        subject = None  # وقال إنه دعا مجلس المحافظة، إلا أنه أشار: the pronoun is the
        # subject, the words after the verb its object
    if not toks and subject is None and trig.verb.needs == "thanks":
        toks = said  # ورفعت أسمى آيات الشكر: the thanks are what she said, no subject
    if subject is not None:
        after = _past_relay(toks, after)  # وقال الوزير، فلان، حسب سونا، "…"
    marker = find_marker(toks, after, trig.verb, lex)
    if _says_nothing(text, toks, trig, subject, after, marker, lex):
        return None
    if subject is not None and (marker is None or marker > subject.stop) and (
            as_says(text, trig.start, trig.proclitic, toks, subject, lex)
            or (marker is None and toks and toks[0].text in lex.said_so and subject.tokens
                and subject.tokens[0].start > trig.end)):  # صرح بذلك الوزير
        return _as_says_event(text, trig, subject, toks, lex)  # (… كما تعهد به الرئيس
        # وأضاف: the statement after is the next verb's)
    span = _statement_span(text, toks, trig, subject, after, marker, ce, lex)
    if span is None or (not trig.proclitic and trig.verb.needs == "object"
                        and resumptive_relative(text, trig.start, toks, after, lex)):
        return None
    kind, qs, qe = span
    if trig.verb.lemma == "ادان" and _SENTENCE.search(text, qs, min(qe, qs + 120)):
        return None  # وأدانت سائق شاحنة بثماني سنوات سجنا: a court's sentence
    # a relaying verb agrees with the outlet (نقلت الصحيفة عنه), not with the speaker
    gender = None if trig.verb.family == "relay" else _feminine_verb(trig.form, trig.verb)
    ev = Event(trig.start, qe, trig.written, kind, qs, qe, None, False,
               proclitic=trig.proclitic, feminine=gender, sv=sv)
    if subject is None or not subject.tokens:
        return ev
    ev = _with_subject(ev, subject, toks, trig, after, marker, lex)
    if ev is not None and ev.name and glued_object(text, subject.name, toks, trig.verb, lex):
        ev.surface = (subject.name[0].start, subject.name[-2].end)  # وحذر بوتين ميركل من
    return ev


def _past_relay(toks: list[Tok], after: int) -> int:
    """Past an outlet that relays the words, set off by commas between the subject and
    the statement (وقال وزير المالية، جبريل إبراهيم، حسب سونا، "…"): the statement
    after it is the subject's, the outlet only passes it on."""
    k = after + (1 if after < len(toks) and toks[after].text in ("،", ",") else 0)
    if k < len(toks) and toks[k].text in _RELAYS:
        for j in range(k + 1, min(len(toks), k + 7)):
            if toks[j].text in ("،", ","):
                return j + 1
    return after


#: Words that open an outlet's relay (حسب سونا، وفق وكالة الأنباء، نقلا عن …).
_RELAYS = frozenset({"حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا"})


def _past_commas(toks: list[Tok], after: int, marker: int | None) -> tuple[int, int | None]:
    """``after`` and ``marker`` with a comma right after the subject and one right
    before the marker left out (ولفت الخيالي، إلى أن؛ وأكد في تصريح للرائد، أن): a
    comma does not part a subject from its statement."""
    if marker is None:
        return after, marker
    if after < marker and toks[after].text in ("،", ","):
        after += 1
    if after < marker and toks[marker - 1].text in ("،", ","):
        marker -= 1
    return after, marker


def _after_that_with_pronoun(text: str, trig: _Trigger) -> bool:
    """The verb comes right after أن/إن with a pronoun (إنه دعا، أنها أكدت): that
    pronoun is its subject."""
    before = text[max(0, trig.start - 12):trig.start].split()
    if len(before) > 1 and (before[-1] in _NEGATIONS or before[-1] in ("قد", "سوف")):
        before = before[:-1]  # أنه لا يتوقع، إنها لم تقل: a particle between them
    return not trig.proclitic and bool(before) and before[-1].lstrip("،,") in _THAT_WITH_PRONOUN


_THAT_WITH_PRONOUN = frozenset({"انه", "انها", "انهم", "انهما", "أنه", "أنها", "إنه", "إنها",
                                "أنهم", "إنهم"})


#: A byline after كتب: a name of one to three words, then a dash, a colon or the line's end.
_BYLINE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*(?:[-–:/|]|\n)")


def _follows_a_document(toks: list[Tok], lex: Lexicon) -> bool:
    """A statement document without a pronoun or a preposition among the first words after
    تابع: its object, what someone followed (تابعت القناة تصريحات الوزير), not a statement
    he added (وتابع في تصريحاته:)."""
    for k, tok in enumerate(toks[:4]):
        if tok.text in (":", "،", ",") or opens_statement(tok.text):
            return False
        if tok.text in lex.documents and k > 0 and toks[k - 1].text not in _DOCUMENT_PREPS:
            return True  # (وتابع البيان: the document itself goes on)
    return False


#: Prepositions before a statement document it was said in (في تصريحاته، خلال كلمته).
_DOCUMENT_PREPS = frozenset({"في", "خلال", "عبر", "ب"})


def _named_as(text: str, end: int, lex: Lexicon) -> bool:
    """The words after ``end`` open a name (a given name, or a title then one): what
    someone is called, not what he claims."""
    words = text[end:end + 60].split()[:2]
    return bool(words) and (is_given(words[0], lex) or (
        (is_role(words[0], lex) or words[0] in lex.honorifics) and len(words) == 2
        and is_given(words[1], lex)))


def _not_a_report(text: str, trig: _Trigger, lex: Lexicon) -> bool:
    """The writer's voice (يذكر أن), a preposition (بين … وبين), or a verb after a
    relative or a quantifier (الفريق الذي أبدى، عدم كشف، كل طالب)."""
    form = trig.form
    if form in lex.impersonal:
        return True
    if form in ("يدعي", "تدعي") and _named_as(text, trig.end, lex):
        return True  # مقيم سوداني يدعي مهندس عثمان خضر: يُدعى "called", a name follows
    if form == "كتب" and not trig.proclitic and _BYLINE.match(text, trig.end) \
            and not text[text.rfind("\n", 0, trig.start) + 1:trig.start].strip():
        return True  # كتب ناصر المحيسن - الكويت: the byline opening a line, the writer
    if form == "كتب" and re.match(r"\s+(?:علي(?:ه|ها|هم)|على بعض)", text[trig.end:trig.end + 14]):
        return True  # لافتات كتب عليها: "written on", no one writing
    if form in ("تابع", "تابعة") and not trig.proclitic \
            and re.match(r"\s+(?:ل|لل)\w", text[trig.end:trig.end + 4]):
        return True  # قطار ركاب تابع لشركة …: "belonging to", an adjective
    if trig.suffix and trig.verb.needs in ("thanks", "adjacent"):
        return True  # الجبل الذي قدمته النرويج لفنلندا: a gift, not thanks
    if trig.suffix and not form.endswith(("ت", "و")):
        return True  # نقله، وصفه، ذكره: a noun with a pronoun; دعتهم، اعتبرته are verbs
    if trig.suffix and zipf(form[:-1] + "ة", lex) >= 3.0:
        return True  # إدانته، قدرته، عبرتنا: a noun in ة with a pronoun, not أدانت + ه
    if trig.suffix and form in lex.needs_proclitic:
        return True  # بينهم، عبرها: prepositions
    if form in lex.needs_proclitic and re.search(rf"(?<!\w){form}(?:ه|ها|هم|هما|نا)?(?!\w)",
                                                 text[max(0, trig.start - 60):trig.start]):
        return True  # بين الشمالي وبين وسط جدة، بينها وبين: the preposition, twice
    before = text[max(0, trig.start - 12):trig.start].rsplit("\n", 1)[-1].split()
    # (only the verb's own line: a paragraph ending on "… 16" is no count before it)
    prev_word = before[-1] if before else ""
    if prev_word[:1] in "وف" and prev_word[1:] in lex.not_a_verb:
        prev_word = prev_word[1:]  # فكل طالب
    if trig.written.startswith("و") and trig.proclitic and prev_word in _NO_AND_AFTER:
        return True  # ولكنها ودعت البطولة: after قد or a pronoun's particle و is the verb's
        # own letter (ودّع "bade farewell"), not "and"
    if prev_word == "لا" and not trig.verb.present:
        return True  # لا قدر الله: an invocation, not a report
    if prev_word in ("ان", "لن", "لكي", "كي") and trig.verb.present and not trig.proclitic:
        return True  # من المنتظر أن يعلن النادي: expected, not reported
    if prev_word == "ان" and not trig.proclitic and not trig.verb.present and (
            len(before) < 2 or before[-2] not in ("بعد", "منذ", "قبل", "الا", "الى")):
        return True  # إن طالب الصيدلة …: a noun after إن (but بعد أن قال)
    if not trig.proclitic and not trig.suffix and is_given(prev_word, lex) \
            and _family_next(text, trig.end, lex):
        return True  # عقيل طالب الفريجي: a given name spelled like the verb, in a name
    if not trig.proclitic and not trig.suffix and _name_after_title(text, trig, prev_word, lex):
        return True  # والدكتور يعرب جميل: a name after a title of address, in a list
    if not trig.proclitic and _elative_first(prev_word, lex) and prev_word[-1] not in "ىاهةين" \
            and prev_word not in lex.stop and not _statement_next(text, trig.end):
        return True  # أكبر صرح طبي: a noun after an elative (a verb has no أفعل before it)
    if (_coordinated_noun(text, trig, lex) or _surname_in_a_subject(text, trig, lex)
            or _adjective_after_plural(text, trig, prev_word, lex)):
        return True
    if not trig.proclitic and not trig.verb.present and prev_word != trig.written \
            and lex.verb_re.fullmatch(prev_word):  # (أكد أكد: a word typed twice)
        return True  # وأضاف طالب، أن: a past form right after a verb is its subject
    if not trig.proclitic and prev_word.endswith("و") and len(prev_word) > 4 \
            and is_role(prev_word[:-1].replace("ئ", "ؤ") + "ون", lex):
        return True  # مسؤولو نادى الأهلي: a plural in construct takes a noun, not a verb
    if prev_word in ("ذلك", "هذا") and len(before) > 1 \
            and before[-2].lstrip("و") in ("مع", "بعد", "رغم", "قبل", "عن", "على", "الى"):
        return False  # ومع ذلك أكد المحافظ، وبعد ذلك قال: a phrase of its own, then the verb
    return bool(not trig.proclitic and prev_word and (
        prev_word in lex.not_a_verb or prev_word in lex.numbers or prev_word.isdigit()))


#: Words after which no "and" comes: a و that follows is the next word's own letter.
_NO_AND_AFTER = frozenset((
    "قد", "لقد", "وقد", "لن", "لم", "سوف",
    *(p + s for p in ("لكن", "ولكن", "ان", "لان", "كان", "وكان") for s in ("ه", "ها", "هم", "ي", "نا")),
))


def _adjective_after_plural(text: str, trig: _Trigger, prev_word: str, lex: Lexicon) -> bool:
    """لاعبين جدد "new players": a singular verb form right after an indefinite plural is
    its adjective, since a verb after its plural subject would be plural; but not when a
    statement follows (مسلحين آخرين قالت إنهم: a relative clause of its own), nor after
    a name in -ون (كاميرون)."""
    after = text[trig.end:trig.end + 12].split()
    return (not trig.proclitic and not trig.verb.present and not trig.form.endswith(("وا", "ت"))
            and not is_definite(prev_word) and prev_word.endswith(("ين", "ون"))
            and common(prev_word, lex) and common(prev_word[:-2], lex)
            and not (after and (opens_statement(after[0]) or after[0] == ":")))


def _surname_in_a_subject(text: str, trig: _Trigger, lex: Lexicon) -> bool:
    """A verb form right after a given name inside another verb's subject (وقال مدير
    الماء محمد طالب في تصريح …، إن; قال القائد عبد الله ادان لوكالة …) is the family
    name: the name is the earlier verb's subject, whose statement is still to come."""
    if trig.proclitic or trig.suffix:
        return False
    lo, _ = line_start(text, trig.start, 120)
    words = text[lo:trig.start].split()
    given = len(words) >= 2 and (is_given(words[-1], lex) or (
        words[-1] == "الله" and words[-2] == "عبد"))
    nxt = text[trig.end:trig.end + 12].split()
    after = nxt[0] if nxt else ""
    opens_name_tail = after in ("في", "،", ",", ":") or after[:1] == "ل"  # لوكالة، للصحيفة
    clause = words[-8:-1]
    return (given and opens_name_tail and not any(w in (".", "،", ",") for w in clause)
            and any(lex.verb_re.fullmatch(w) for w in clause))


#: A preposition with the pronoun of ما before the verb (ما أفاد به، ما أشار إليه).
_RESUMPTIVE = frozenset(("به", "بها", "عنه", "عنها", "اليه", "اليها", "عليه", "عليها"))


def _after_ma(text: str, trig: _Trigger) -> bool:
    """The verb follows ما "what" (مع ما أفاد به الصيادلة)."""
    before = text[max(0, trig.start - 6):trig.start].split()
    return not trig.proclitic and bool(before) and before[-1] in ("ما", "بما", "لما", "كما")


#: Prepositions whose object may be two nouns joined by و (في استمرار وتجدد …).
_PREPOSITIONS = frozenset(("في", "من", "على", "الى", "عن", "مع", "دون"))


def _coordinated_noun(text: str, trig: _Trigger, lex: Lexicon) -> bool:
    """و + a form in ت after a preposition and a noun without ال is a second noun
    sharing the first one's genitive (دون استمرار وتجدد الانقطاع: "renewal", a
    verbal noun spelled like the verb تجدد), not a verb."""
    before = text[max(0, trig.start - 30):trig.start].rsplit("\n", 1)[-1].split()
    return (trig.proclitic and trig.written.startswith("و") and trig.form.startswith("ت")
            and not trig.suffix and len(before) >= 2 and before[-2] in _PREPOSITIONS
            and not is_definite(before[-1]) and common(before[-1], lex)
            and not is_given(before[-1], lex))


def _speaks_first_person(word: str, lex: Lexicon) -> bool:
    """A verb in the first person opening the words after قال (سنمضي، نعمل، قمنا): the
    statement itself."""
    return ((word[:1] == "س" and word[1:2] in ("ن", "ا") and present_verb(word[1:], lex))
            or (word[:1] == "ن" and present_verb(word, lex)) or _first_person(word, lex))


def _first_person(word: str, lex: Lexicon) -> bool:
    """A verb in the first person plural (اطلعنا، قمنا): the statement itself."""
    return (word.endswith("نا") and len(word) > 4 and not is_given(word, lex)
            and past_verb(word[:-2], lex) and not _ours(word, lex))


def _their_title_named(toks: list[Tok], lex: Lexicon) -> bool:
    """A title with a pronoun, then a name (وأكد زعيمه صلاح الدين دميرتاش، وقال
    رئيسها فلان): the subject, though written like a noun with its pronoun."""
    if len(toks) < 2:
        return False
    stem, nxt = pronoun_stem(toks[0].text), toks[1].text
    return bool(stem) and is_role(stem, lex) and (is_given(nxt, lex) or nxt in lex.honorifics)


def _ours(word: str, lex: Lexicon) -> bool:
    """Our source (وأضاف مصدرنا، وأشارت مصادرنا): a subject though written with a
    pronoun. (مراسلنا, our correspondent, is the outlet's own voice, no speaker.)"""
    return word.endswith("نا") and bare(word[:-2]) in lex.sources


def _family_next(text: str, end: int, lex: Lexicon) -> bool:
    """The word after ``end`` is a family name in ال that no one uses as a word."""
    nxt = text[end:end + 30].split()
    return bool(nxt) and family_in_al(nxt[0].rstrip("،,.:"), lex)


def _statement_next(text: str, end: int) -> bool:
    """The word after ``end`` opens a statement (أن، إن) or a colon follows."""
    nxt = text[end:end + 12].split()
    return bool(nxt) and (opens_statement(nxt[0]) or nxt[0].startswith(":"))


def _name_after_title(text: str, trig: _Trigger, prev_word: str, lex: Lexicon) -> bool:
    """A title of address, then the verb's form, then a name (والدكتور يعرب جميل): the
    form is the given name; a subject before its verb is followed by the statement."""
    nxt = text[trig.end:trig.end + 30].split()
    word = nxt[0] if nxt else ""
    return (prev_word.removeprefix("و") in lex.honorifics and ARABIC_WORD_RE.match(word)
            is not None and not is_definite(word) and word not in lex.stop
            and namey(word, lex))


def _after_relative(text: str, trig: _Trigger, lex: Lexicon) -> bool:
    """The verb follows a relative pronoun: الأستاذ حاتم سليمان الذي بيّن أن …"""
    before = text[max(0, trig.start - 12):trig.start].rsplit("\n", 1)[-1].split()
    # (only the verb's own line: a paragraph ending on "… 16" is no count before it)
    return not trig.proclitic and bool(before) and (
        before[-1] in lex.relatives or (before[-1] in ("والذي", "والتي")
                                        and _statement_next(text, trig.end)))
    # (والذي أكد أن: a second relative clause of the same antecedent; والتي ذكرت الهيئة
    # … أنها has a subject of its own)


def _relative_event(text: str, toks: list[Tok], trig: _Trigger, lex: Lexicon) -> Event | None:
    """A verb after a relative pronoun reports when its statement follows at once
    (حاتم سليمان الذي بيّن أن …: the antecedent speaks) or after its own subject
    (التي قالت الشركة إنها …); otherwise it describes (الفريق الذي أبدى رغبته)."""
    at = 0 if toks and _statement_at(toks, 0, trig.verb) else _past_circumstance(toks, lex)
    if at is not None and toks and _agrees_with_relative(text, trig):
        subject = relative_antecedent(text, trig.start, lex)
        if subject is None:
            return None
        kind, qs, qe = statement(text, toks, at)
        ev = Event(trig.start, qe, trig.written, kind, qs, qe, None, False,
                   feminine=_feminine_verb(trig.form, trig.verb))
        return _with_subject(ev, subject, toks, trig, 0, 0, lex)
    subject = phrase(toks, lex) if toks and toks[0].text not in lex.stop else None
    if subject is None or not subject.tokens or not source_like(subject, lex) \
            or not _statement_at(toks, subject.stop, trig.verb):
        return None
    _, qs, qe = statement(text, toks, subject.stop)
    ev = Event(trig.start, qe, trig.written, "indirect", qs, qe, None, False,
               feminine=_feminine_verb(trig.form, trig.verb))
    return _with_subject(ev, subject, toks, trig, subject.stop, subject.stop, lex)


def _agrees_with_relative(text: str, trig: _Trigger) -> bool:
    """The verb is the relative's own: الذي with a masculine singular verb, التي with a
    feminine one (not ولاية منوبة التي قال إنها …: "which he said", another subject;
    nor وزارة العدل التي يعتقدون أنها …)."""
    relative = [w.removeprefix("و") for w in text[max(0, trig.start - 8):trig.start].split()[-1:]]
    feminine = _feminine_verb(trig.form, trig.verb)
    if relative == ["الذي"]:
        return feminine is False
    if relative == ["التي"]:
        return feminine is True
    return True


def _past_circumstance(toks: list[Tok], lex: Lexicon) -> int | None:
    """Where أن/إن comes after a circumstance right after the verb (الذي قال خلال
    استضافته في "بوليتكا" إن …), within ten words with no verb or mark of their own;
    None when there is none."""
    if not toks or toks[0].text not in ("في", "خلال", "عبر", "اثناء", "لدى", "امام"):
        return None
    for j in range(1, min(len(toks), 11)):
        x = toks[j].text
        if COMPLEMENT.match(x):
            return j
        if not (WORD_RE.match(x) or x in QUOTE_OPEN or x in QUOTE_CLOSE.values()) \
                or lex.verb_re.fullmatch(x) or x in _CLAUSE_OPENERS:
            return None
    return None


def _statement_at(toks: list[Tok], k: int, verb: Verb) -> bool:
    """A statement starts at token ``k``: أن/إن, a colon, a quotation, or one of the
    verb's prepositions before أن (أشار إلى أن)."""
    if k >= len(toks):
        return False
    x = toks[k].text
    if x in verb.preps and k + 1 < len(toks):
        x = toks[k + 1].text
    return x == ":" or x in QUOTE_OPEN or opens_statement(x)


def _speech_follows(toks: list[Tok], verb: Verb, lex: Lexicon) -> bool:
    """Direct speech right after a verb of saying, with no subject: وقال: / وقال، …
    (but not a time set off in commas: قد أعلنت، أمس، أن … reads on past it)"""
    return bool(toks) and toks[0].text in (":", "،", ",") and verb.needs == "clause" \
        and verb.family != "stance" and time_adverbs(toks, lex) < 2


def _object_follows(toks: list[Tok], verb: Verb, lex: Lexicon, heads_clause: bool) -> bool:
    """The word after the verb is its object (thanks, a participle, a noun with a
    pronoun, an oblique plural), so the verb's subject is not written after it."""
    first = toks[0].text if toks else ""
    k = time_adverbs(toks, lex)
    later = toks[k].text if 0 < k < len(toks) else ""  # كتب أمس الاثنين مقالا: past the time
    second = toks[1].text if len(toks) > 1 else ""
    return bool(first) and bool(
        lex.thanks.match(first) or first in lex.participles
        or (lex.thanks.match(second) and superlative(first, second, lex))  # رفع أسمى التهاني
        or (len(first) == 4 and first[0] == "ا" and second in _THANKS_HEADS and len(toks) > 2
            and lex.thanks.match(toks[2].text) is not None)  # رفعت أسمى آيات الشكر
        or (verb.lemma == "جدد" and verbal_noun(first, lex))  # وجدد التأكيد على: what he
        # renewed (a verbal noun, the renewed act, is never who renews)
        or accusative(first, lex) or (later and accusative(later, lex))
        or (suffixed_common(first, lex) and first not in lex.given and not _ours(first, lex)
            and not _their_title_named(toks, lex)
            and not (heads_clause and _subject_before_that(toks, verb, lex)))
        or ((verb.needs == "object" or verb.lemma in lex.person_object)  # وأخبر اللاعبين
            and (oblique_plural(first) or _plural_in_construct(first, lex))))


def _plural_in_construct(word: str, lex: Lexicon) -> bool:
    """A sound plural in construct in its oblique case (ودعا خريجي كلية الطب إلى، وحث
    موظفي الشركة على): the object; a subject would be in -و (خريجو)."""
    return (word.endswith("ي") and len(word) >= 5 and not is_definite(word)
            and not is_given(word, lex) and word not in lex.stop
            and (not is_role(word, lex) or zipf(word + "ن", lex) >= zipf(word, lex) - 0.5)
            # (محامي، والي: one man, the singular far commoner than a plural in -ين;
            # مزارعي، لاعبي: the plural's construct)
            and zipf(word + "ن", lex) >= 2.5 and zipf(word[:-1] + "ون", lex) >= 2.0)


def _heads_clause(text: str, trig: _Trigger) -> bool:
    """The verb opens its clause (و/ف on it, the present tense, or a mark or a line
    before it), rather than being a verbal noun inside one (رفض ذكر اسمه)."""
    before = text[max(0, trig.start - 4):trig.start].rstrip(" ")
    return (trig.proclitic or trig.verb.present or not before
            or not before[-1].isalpha())


def _subject_before_that(toks: list[Tok], verb: Verb, lex: Lexicon) -> bool:
    """One word between the verb and أن/إن is its subject even when it reads as a
    noun with a pronoun (وأكد جيله أن …، وأوضح مسؤولوها أن): an object of these
    verbs would be the statement itself, and a statement does not go on with أن. Not
    for verbs whose object is a person (أبلغ نظيره أن، حذر مواطنيه من)."""
    nxt = toks[1].text if len(toks) > 1 else ""
    return (opens_statement(nxt) and not nxt.startswith(("و", "ف"))
            and not toks[0].text.endswith("نا")  # وأضاف مراسلنا: the outlet's own voice
            and verb.family != "stance" and verb.lemma not in lex.person_object)


#: Words of a court's sentence (أدانت المتهم بالسجن، بخمس سنوات حبسا، وغرامة).
_SENTENCE = re.compile(r"(?<!\w)(?:بال)?(?:سجن|حبس|سجنا|حبسا|سنوات|سنة|أشهر|اشهر|غرامة|بالإعدام)(?!\w)")
#: ما يسمى، ما يعرف بـ: "the so-called", before the body that is the subject.
_SO_CALLED = frozenset({"يسمى", "تسمى", "يعرف", "تعرف", "يطلق"})
_NEGATIONS = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا"})


def _says_nothing(text: str, toks: list[Tok], trig: _Trigger, subject: Phrase | None,
                  after: int, marker: int | None, lex: Lexicon) -> bool:
    """The verb, read with its subject and statement mark, reports nothing: negated
    with nothing said after it (ولم تعلق القيادة على الهجوم; but لم يستبعد أن …), a
    verb of deeming with its predicate (تعتبر دوز متحفا، يعتبر أكبر حديقة), a byline
    (كتبت سمر يموت لـ"هنا لبنان": ¶ …)."""
    if _negated(text, trig.start) and not (
            marker is not None and (opens_statement(toks[marker].text)
                                    or toks[marker].text == ":" or toks[marker].text in QUOTE_OPEN)):
        return True
    if trig.verb.lemma == "اعتبر" and trig.verb.present and not trig.proclitic and (
            (subject is not None and after < len(toks) and accusative(toks[after].text, lex))
            or (toks and _elative_first(toks[0].text, lex))):
        return True
    return trig.verb.lemma == "كتب" and _byline(text, trig)


def _negated(text: str, start: int) -> bool:
    """The verb is negated (ولم تعلق، لا يرى)."""
    before = text[max(0, start - 6):start].split()
    return bool(before) and before[-1] in _NEGATIONS


def _predicate_adjective(word: str, lex: Lexicon) -> bool:
    """An indefinite adjective in -ية right after the verb (الوضعية تعتبر عادية): the
    predicate of a verb of deeming, not its subject."""
    return (word.endswith("ية") and not is_definite(word) and len(word) > 4
            and common(word[:-1], lex) and not is_org(word, lex) and not is_role(word, lex)
            and not is_given(word, lex) and not lex.nationality.match(word))


def _an_act(subject: Phrase, trig: _Trigger, lex: Lexicon) -> bool:
    """An indefinite verbal noun of the derived forms as a present verb's subject (تؤكد
    استضافة مسقط للمحادثات على دورها): an act that shows something, not a speaker."""
    head = subject.tokens[0].text
    return (trig.verb.present and not trig.proclitic and not is_given(head, lex)
            and not is_definite(head) and verbal_noun(head, lex) and not is_org(head, lex)
            and bare(head) not in lex.documents
            and (len(head) > 5 or head.endswith("ة")))  # (not أنصار، أوساط: أفعال plurals)


def _elative_first(word: str, lex: Lexicon) -> bool:
    """أفعل of comparison (أكبر، أول، أهم) right after the verb: a predicate."""
    return len(word) == 4 and word[0] == "ا" and not is_given(word, lex) \
        and zipf(word, lex) >= 4.0 and not is_definite(word)


def _byline(text: str, trig: _Trigger) -> bool:
    """كتب opening a short line that ends with a colon: who wrote the article."""
    line_end = text.find("\n", trig.end)
    line = text[trig.end:line_end if line_end >= 0 else len(text)].rstrip()
    return (trig.start == 0 or text[trig.start - 1] == "\n") and line.endswith(":") \
        and len(line.split()) <= 8


def _this_thing(toks: list[Tok], lex: Lexicon) -> bool:
    """A demonstrative and a definite noun that is no title, body, source or document
    (تشير تلك الإحصائيات، وتختتم هذه المرحلة): a thing, which reports nothing. هذا
    الناطق، هذه الباحثة point back to the one quoted, as a verb without subject does;
    after a verb of stance it is the object (تدين هذه الجريمة)."""
    if len(toks) < 2 or toks[0].text not in DEMONSTRATIVES or not is_definite(toks[1].text):
        return False
    noun = toks[1].text
    return not (is_role(noun, lex) or is_org(noun, lex) or bare(noun) in lex.documents
                or bare(noun) in lex.sources or is_describer(noun, lex))


#: A pronoun told (لنا، له، لها، لهم، لي) between a verb and its subject.
_TO_US = frozenset(("لنا", "لي", "له", "لها", "لهم"))


def _past_quoted_addressee(toks: list[Tok], k: int) -> int:
    """Where the subject starts after an outlet told in quotation marks right after the
    verb (وقال لـ"الاقتصادية" الصراف عبدالله بامهيل، قال لـ«اليوم» مدير …), or ``k``: a
    subject must follow, not the statement (مصادر تحدثت لـ«الشرق الأوسط»، فإن …)."""
    j = past_quoted_outlet(toks, k)
    return j if j != k and j < len(toks) and WORD_RE.match(toks[j].text) \
        and not COMPLEMENT.match(toks[j].text.removeprefix("ف")) else k


def _to_or_with(word: str, lex: Lexicon) -> bool:
    """ل/ب + a name or a word in use, right after the verb: to whom or how it was said
    (قال لجابر، وأردفت بشيء من الانفعال، رحب بأبنائه), never who said it; a name that
    starts with the letter (لطفي، بلحسن، بوجدي، لوبان) is no common word without it."""
    if word[:1] not in "لب" or len(word) <= 3 or is_given(word, lex) or is_org(word, lex) \
            or word.startswith("بعض"):
        return False  # (ويضيف بعضهم: some of them, the subject)
    rest = word[1:]
    return (common(rest, lex) or suffixed_common(rest, lex) or rest in lex.stop
            or (word[0] == "ل" and is_given(rest, lex)))


#: Verbs that call on people (ودعا الشباب إلى، وحث الناس على), and the people or the
#: one called on that follow them as their object when the speaker goes on.
_CALLS_ON = frozenset({"دعا", "حث", "ناشد", "طمان"})
_EVERYONE = frozenset({"الناس", "الجميع", "الله", "الفرقاء", "الجمهور", "الجماهير", "الشعب"})


def _subject(text: str, toks: list[Tok], trig: _Trigger,
             lex: Lexicon) -> tuple[Phrase | None, int, bool]:
    """The verb's subject, the token where its statement may start, and whether the
    subject was written before the verb."""
    verb = trig.verb
    lead = time_adverbs(toks, lex)  # وأعلن أمس الثلاثاء رئيس الوزراء …
    if lead < len(toks) and toks[lead].text in lex.said_so:
        lead += 1  # صرح بذلك الوزير …: the statement came before
    elif lead + 1 < len(toks) and toks[lead].text in _RESUMPTIVE and _after_ma(text, trig) \
            and toks[lead + 1].text not in ("الصلاة", "السلام", "افضل"):
        lead += 1  # ما أفاد به الصيادلة: the pronoun is ما's, the subject follows (but
        # كما قال عليه الصلاة والسلام: the Prophet's blessing)
    lead = _past_quoted_addressee(toks, lead)  # وقال لـ"الاقتصادية" الصراف فلان، إن
    lead += for_ones_part([t.text for t in toks[lead:lead + 2]])  # وأكد من جهته الوزير
    if lead + 1 < len(toks) and toks[lead].text in PLURAL_DEMONSTRATIVES \
            and is_definite(toks[lead + 1].text) and toks[lead + 1].text.endswith(("ون", "ين")):
        lead += 1  # واكد هؤلاء المنتخبون: the people pointed at, without "these" (but هذه
        # الباحثة points back to the one quoted, as a verb without subject does)
    if lead + 1 < len(toks) and toks[lead].text in _TO_US and (
            toks[lead + 1].text in lex.honorifics or is_role(toks[lead + 1].text, lex)):
        lead += 1  # وقد أكد لنا الدكتور فلان أن: to us, then who said it
    if lead + 2 < len(toks) and toks[lead].text == "ما" and toks[lead + 1].text in _SO_CALLED:
        lead += 2  # وأعلن ما يسمى تنظيم "داعش": the so-called body is the subject
    first = toks[lead].text if lead < len(toks) else ""
    if first in lex.honorific_pronouns:
        return None, lead + 1, False  # وقال سموه إن …: the person named before speaks
    telling = verb.family == "say" and verb.lemma in lex.person_object  # أبلغ، أخبر
    quoted_subject = first in QUOTE_OPEN and not telling \
        and quoted_name(toks[lead:], lex)  # (أبلغ «الشرق الأوسط»: whom he told)
    subjectless = (not first or (first in QUOTE_OPEN and not quoted_subject)
                   or COMPLEMENT.match(first) is not None
                   or first in verb.preps or first in lex.stop or first == "ل"
                   or (first[:1] in verb.preps and not is_org(first, lex)  # بلدية: no ب
                       and (is_definite(first[1:]) or zipf(first[1:], lex) >= 3.0
                            or suffixed_common(first[1:], lex)
                            or (len(first) > 5 and first.endswith(("ه", "ها", "هم")))))
                   # (أقر بإعتدائه)
                   or present_verb(first, lex)  # وقال يجب أن …: the statement itself
                   or (first[:1] == "ل" and present_verb(first[1:], lex))  # ومضى ليقول
                   or (first[:1] == "س" and present_verb(first[1:], lex))  # وقال سنمضي
                   or (verb.lemma == "اعتبر" and verb.present
                       and _predicate_adjective(first, lex))  # تعتبر عادية: what it is deemed
                   or first in lex.object_idiom or first in lex.period  # وكشف النقاب عن
                   or (verb.family == "add" and not is_definite(first)
                       and first.endswith(("ه", "ها", "هم")) and document_key(first, lex))
                   # واختتم تصريحاته بالتأكيد: his remarks, which he ended
                   or (verb.lemma in _CALLS_ON and (first in _EVERYONE or (
                       trig.proclitic and bare(first) in lex.people_plural)))
                   # ودعا الشباب إلى، وحث الناس على، ودعا الله أن: whom he calls on
                   or first[:1].isdigit()
                   or _first_person(first, lex)  # وأضاف اطلعنا رئيس الوزراء: his words
                   or trig.form.endswith(("وا", "ون"))  # وأعلنوا الإضراب: the verb holds
                   # its subject (VSO puts a singular verb before a plural subject)
                   or next_clause(first, lex)  # قال وتذكرت أن
                   or (lead and first[:1] == "ل" and len(first) > 3)  # صرحت اليوم لجوهرة
                   or _to_or_with(first, lex)  # وقال لجابر، وأردفت بشيء من الانفعال
                   or (first == "باسم" and lead + 1 < len(toks)
                       and (is_definite(toks[lead + 1].text)
                            or common(toks[lead + 1].text, lex)))  # استنكر باسم السلك
                   or (first.startswith("لل") and len(first) > 4))  # أكد للحضور: to whom
    if subjectless and lead < len(toks) and title_like_particle(toks, lead, lex):
        subjectless = False  # وقال والي الولاية، أكد إمام وخطيب الجامع …
    if verb.present and not trig.proclitic and not subjectless and _headline_subject(text, trig, lex):
        before, _ = preceding_subject(text, trig.start, lex)
        if before is not None:
            return before, 0, False  # لافروف يكشف سبب …: a headline's subject comes first,
            # the phrase after the verb is its object
    subject = None if subjectless else phrase(toks[lead:], lex)
    if subject is not None and not subject.tokens:
        subject = None
    if subject is not None and lead:
        subject = replace(subject, stop=subject.stop + lead)
    after = subject.stop if subject else lead
    if verb.family != "relay" and not trig.proclitic and may_follow_its_subject(text, trig.start):
        # أن الحرس الثوري أعلن عدد القتلى؛ الفيلالي، دعا الوزارة …: the subject comes
        # first, the phrase after the verb is its object
        before, after_an = preceding_subject(text, trig.start, lex, topic=True)
        if before is not None and (after_an or topic(text, before) or _title_set_off(before, lex)):
            return before, 0, after_an
    if (not trig.proclitic and not trig.suffix and verb.family != "relay"
            and "كان" in text[max(0, trig.start - 200):trig.start]  # (cheap test first)
            and (kana := kana_subject(text, trig.start, lex)) is not None
            and (source_like(kana, lex) or text[kana.tokens[-1].end:trig.start].split() == ["قد"])
            and not any(lex.verb_re.fullmatch(t.text) for t in kana.tokens)):
        return kana, lead, True  # وكانت المنظمة أعلنت الجمعة تسجيل …: what follows the
        # verb is its object, the subject came between كان and the verb
    if subject is None and trig.written.startswith("ف"):  # أما الوزير … فأكد
        lo, _ = line_start(text, trig.start, 160)
        subject = amma_subject(tokens(text, lo, trig.start), lex, fa=True)
        if subject is not None:
            return subject, after, False
    if verb.family == "relay":
        subject, after = relayed_source(toks, after, lex)
    elif subject is not None and _passed_on(toks, after):
        source, at = relayed_source(toks, after + 1, lex)
        if source is not None:  # وأفادت الصحيفة نقلا عن الوكيل فلان أن …: he speaks
            subject, after = source, at
    elif subject is None and not trig.proclitic:
        # وكان المتحدث … قد أشار؛ ولكن العفو الدولية تقول إن …
        subject = kana_subject(text, trig.start, lex)
        if subject is None:
            subject, sv = preceding_subject(text, trig.start, lex)
            return subject, after, sv
    return subject, after, False


def _title_set_off(subject: Phrase, lex: Lexicon) -> bool:
    """A title or body in construct opening the sentence, set off by a comma before its
    verb (رئيس البلدية، قال لوسائل الإعلام …): the subject, though named nowhere."""
    head = subject.tokens[0].text
    return not subject.name and len(subject.tokens) >= 2 and (
        is_role(head, lex) or is_org(head, lex))


def _headline_subject(text: str, trig: _Trigger, lex: Lexicon) -> bool:
    """One to four words open the verb's line before it, none of them a mark or a
    particle (لافروف يكشف …، وزير الداخلية يؤكد …): they may be its subject."""
    lo, _ = line_start(text, trig.start, 60)
    words = text[lo:trig.start].split()
    return 1 <= len(words) <= 3 and all(
        w.isalpha() and w not in lex.stop and w[:1] != "و" and not adverbial(w, lex)
        and not (w.endswith("يا") and common(w[:-1], lex) and not country_in_ya(w, lex))
        for w in words)  # (اقتصاديا يشير معايطة: an adverb first; الفهيد وآخرون …)


def _passed_on(toks: list[Tok], after: int) -> bool:
    """نقلا عن right after the subject: the subject only passes the words on."""
    return after + 1 < len(toks) and toks[after].text in ("نقلا", "نقلاً") \
        and toks[after + 1].text == "عن"


def _as_says_event(text: str, trig: _Trigger, subject: Phrase, toks: list[Tok],
                   lex: Lexicon) -> Event | None:
    if not source_like(subject, lex):
        return None
    start = max(text.rfind("\n", 0, trig.start), text.rfind(". ", 0, trig.start)) + 1
    if not text[start:trig.start].strip():  # صرح بذلك: the sentence before
        start = max(text.rfind("\n", 0, max(0, start - 2)), text.rfind(". ", 0, max(0, start - 2))) + 1
    end = subject.tokens[-1].end if subject.tokens else trig.end
    ev = Event(trig.start, end, trig.written, "attribution", start, trig.start, None, False,
               feminine=_feminine_verb(trig.form, trig.verb), within=True)
    return _with_subject(ev, subject, toks, trig, subject.stop, None, lex)


def _person_named(subject: Phrase, lex: Lexicon) -> bool:
    """A subject that is a person's whole name opened by a given name (وقد عبر عبد
    الواحد العبد الواحد مدير المشروع عن اعتزازه): عبر is "expressed", not "via"."""
    name = subject.name
    return (len(name) >= 2 and name[0].start == subject.tokens[0].start
            and is_given(name[0].text, lex))  # (also quoted: عبر "رشاد العليمي" … عن)


def _statement_span(text: str, toks: list[Tok], trig: _Trigger, subject: Phrase | None,
                    after: int, marker: int | None, ce: int,
                    lex: Lexicon) -> tuple[str, int, int] | None:
    """Kind and span of the statement, or None when the verb does not report here."""
    verb, proclitic = trig.verb, trig.proclitic
    if trig.form in lex.needs_proclitic and not proclitic and (
            subject is None or not _right_after(toks, after, marker, lex)
            or not (is_role(subject.tokens[0].text, lex) or _person_named(subject, lex))
            or oblique_plural(subject.tokens[0].text)):  # (تعرف بين المواطنين بأن)
        return None  # بين/عبر are prepositions unless "عبر الوزير عن …" (also after
        # the title set off by a comma: عبر سعادة … وزير البلدية، عن اعتزازه)
    if verb.lemma in lex.needs_proclitic and verb.preps and (
            marker is None or toks[marker].text not in verb.preps):
        return None  # وعبر جهاز الربط …، حيث رأت اللجنة أن: "via"; عبر reports with عن
        # (also تعبر: مواكب تعبر بولفار المدينة "cross")
    if verb.needs == "adjacent" and (marker is None or marker != after
                                     or toks[marker].text in verb.preps + ("عن",)):
        return None  # تحدث عن … names a topic; تحدث بأن … reports
    if verb.needs == "thanks" and marker is None:
        return None  # رفع الأسعار، قدم عرضا: not a statement
    if trig.suffix and marker is None:
        return None  # مصادر وصفتها بالمطلعة: a description, no statement
    if marker is not None and (marker > after + _reach(toks, after, marker, verb, lex) or (
            subject is not None and after == 0 and far_statement(toks, marker))):
        return None  # انتهت المباراة بخسارته أمام «كان»: no statement of the verb's own
    if marker is None and subject is not None and not proclitic and verb.family in _SAYING \
            and (after >= len(toks) or toks[after].text not in lex.verbs) \
            and (quoted := quotation_before(text, trig.start)) is not None:
        return "direct", *quoted  # «الوضع صعب»، يقول فلان: the quotation before the verb
        # (not "…"، قال عيسى قال ثور: a chain of narrators, each passing it on)
    if marker is None and subject is None and toks and _speaks_first_person(toks[0].text, lex):
        return "direct", toks[0].start, ce  # وقال سنمضي في …: his own words, no إن before
    if marker is None:
        if verb.needs != "object" or (subject is None and not proclitic):
            return None  # (وشكر المسؤولين …، ونفى وجود …: the last speaker's stance)
        if subject is not None and after >= len(toks) and subject.tokens \
                and subject.tokens[0].start > trig.start:
            return None  # الحكومة تدين … وتتوعد المؤسسات الإعلامية: nothing after the
            # phrase, which is the object (a headline's subject came first)
        span = "indirect", toks[after].start if after < len(toks) else ce, ce
    else:
        span = statement(text, toks, marker)
    if subject is None and verb.present and not (
            proclitic and (trig.form.startswith("ت") or trig.form.endswith("ون"))):
        return None  # "يؤكد أن …" without a subject is the writer's voice (يُذكر، يُعتقد);
        # وتقول إنهم، ويقولون: the same speaker goes on
    if (marker is not None and toks[marker].text == "عن" and verb.family == "announce"
            and action_follows(toks, marker, lex)):
        return None  # أعلن عن تعليق النشاط، كشفت عن هواتفها: an action or a thing
    if verb.lemma == "دعا" and _to_a_visit(toks, after, marker):
        return None  # دعا السفير رئيس المجلس إلى زيارة طهران: an invitation
    if subject is None and not proclitic and trig.start > 0 and text[trig.start - 1] not in "\n ":
        return None
    return span


def _to_a_visit(toks: list[Tok], after: int, marker: int | None) -> bool:
    """What دعا calls for is a visit (إلى زيارة، لزيارة الدوحة): an invitation, no
    statement; looked for within the few words after the subject."""
    end = min(len(toks), (marker if marker is not None else after) + 12)
    return any(t.text in ("لزيارة", "بزيارة") or (t.text == "زيارة" and k > 0
                                                 and toks[k - 1].text in ("الى", "إلى"))
               for k, t in enumerate(toks[:end]) if k >= after - 1)


#: The families of verbs that may follow their quotation (… »، يقول / أضاف / أكد فلان).
_SAYING = frozenset({"say", "add", "assert", "explain"})


def _right_after(toks: list[Tok], after: int, marker: int | None, lex: Lexicon) -> bool:
    """The statement's mark comes right after the subject, or after a comma, which
    may close the subject's title (عبر الدكتور عبدالله السبيعي وزير البلدية، عن)."""
    if marker is None or marker < after:
        return False
    while after < marker and toks[after].text in QUOTE_CHARS:
        after += 1  # (عبر "رشاد العليمي" عن: past the mark that closes a quoted name)
    if marker == after:
        return True
    between = toks[after:marker - 1]
    return toks[marker - 1].text in ("،", ",") and (not between or (
        len(between) <= 6 and (is_role(between[0].text, lex)
                               or (between[0].text in ("في", "خلال") and len(between) <= 4))
        and all(WORD_RE.match(t.text) for t in between)))  # (عبر فلان في الاجتماع، عن)


def _reach(toks: list[Tok], after: int, marker: int, verb: Verb, lex: Lexicon) -> int:
    """How far after the subject the statement may start: a verb that needs أن reaches
    past a few words, or past a circumstance with no mark in it (أكدت دار الإفتاء عبر
    صفحتها الرسمية على فيسبوك أن …); other verbs reach a clause."""
    if verb.needs != "that":
        return 25
    if (after < len(toks) and toks[after].text in ("في", "خلال", "عبر")
            and COMPLEMENT.match(toks[marker].text)
            and all(WORD_RE.match(t.text) and t.text[0] != "و" and t.text not in _CLAUSE_OPENERS
                    and not lex.verb_re.fullmatch(t.text) for t in toks[after:marker])):
        return 10  # (not past a new clause: … في اتجاه مغاير عندما قال:)
    return 4


_CLAUSE_OPENERS = frozenset(("كما", "عندما", "حين", "حيث", "بينما", "فيما", "لما", "بعدما",
                             "اذ", "الذي", "التي", "ما", "من", "ان", "انه", "انها"))


def _with_subject(ev: Event, subject: Phrase, toks: list[Tok], trig: _Trigger, after: int,
                  marker: int | None, lex: Lexicon) -> Event | None:
    """``ev`` with its written subject, if that subject can speak."""
    if trig.verb.present and abstract_subject(subject, lex):
        return None  # وتؤكد المادة الـ107، وينص القانون: a text, not the last speaker
    reading = object_not_subject(subject, toks, trig.verb, ev.feminine, after, marker, lex)
    if reading == "passive":
        return None  # واتهمت الشركة بالتقصير: "the company was accused"
    if reading == "object" or (  # وانتقد إدارة النادي: the last speaker criticised the club
            trig.proclitic and trig.verb.family == "stance" and marker is not None
            and toks[marker].text[:1] == "ب" and not source_like(subject, lex)
            and not subject.tokens[0].text.endswith(("ون", "ات"))  # (أشاد المشاركون،
            # دعت الجمعيات: a group, the subject)
            and bare(subject.tokens[0].text) not in lex.people_plural):  # (ندد الأهالي)
        # (ووصف المخيم بأنه، وطالبت المجتمع الدولي بدعم: whom or what, then ب)
        return ev if trig.proclitic and trig.verb.needs == "object" else None
    # "وأكد الفالح أن": a phrase right before the statement is its subject; a
    # phrase before a plain object must look like a source (not "أكد الاجتماع").
    near, at = _past_commas(toks, after, marker)  # ولفت الخيالي، إلى أن
    statement_follows = marker is not None and (
        at <= near + 3 or trig.verb.needs == "clause") and (
        toks[marker].text in (":",) or toks[marker].text in QUOTE_OPEN
        or toks[marker].text in lex.saying or COMPLEMENT.match(toks[marker].text))
    adjacent = at == near or (marker is not None and near < at <= near + 3
                              and toks[near].text in ("في", "خلال", "عبر")) or (
        marker is None and after < len(toks) and suffixed_common(toks[after].text, lex)
        and is_definite(subject.tokens[0].text))  # وتجدد الحماية المدنية دعوتها: its object
    if not (adjacent or statement_follows or _before_its_preposition(toks, marker, trig.verb, lex)) \
            and not source_like(subject, lex):
        # (وأعرب العاملون في مظاهراتهم عن …: a circumstance between them is adjacent)
        if trig.verb.needs == "object" and trig.proclitic and not ev.sv:
            return ev  # وأدان النظام القضائي …: the phrase is the object; anaphora
        return None
    if abstract_subject(subject, lex) or _an_act(subject, trig, lex):
        return None  # وتشير التوقعات إلى أن …: the writer's voice, nobody speaks
    if trig.verb.lemma == "ادان" and bare(subject.tokens[0].text) in ("محكمة", "محكمه"):
        return None  # أدانت المحكمة المتهم بالسجن: a conviction, not a condemnation
    if self_reference(subject, toks, lex):
        ev.feminine = None  # agrees with المصادر, not with the speaker it points to
        return ev  # وكشف المصادر ذاتها: the sources just quoted (anaphora)
    subject, ev.lead, issued = issued_subject(subject, toks, lex)  # حذرت رسالة رئيس المجلس
    held = (holder_before_statement(subject, toks, after, marker, lex)
            if marker is not None else None) or holder_after_place(
        subject, toks, after, lex)  # …، الحسين ولد مدو، إن; في ضاحية مقديشو، زهرة علي،
    span_toks = held or subject.name or subject.tokens
    ev.surface = (span_toks[0].start, span_toks[-1].end)
    ev.phrase = (subject.tokens[0].start, (held or subject.tokens)[-1].end)
    ev.name = bool(held or subject.name)
    ev.document = subject.document or issued
    if ev.name:
        ev.lead = ""
    return ev


def _before_its_preposition(toks: list[Tok], marker: int | None, verb: Verb, lex: Lexicon) -> bool:
    """A verb that takes no object, only its preposition (أعرب عن، أشاد بـ، ندد بـ،
    أثنى على): a phrase between it and that preposition can only be its
    subject (وأعرب وزراء خارجيات كل من … عن دعمهم), however long."""
    if marker is None or verb.lemma not in lex.no_object:
        return False
    x = toks[marker].text
    return x in verb.preps or (x[:1] in verb.preps and len(x) > 2)


def _feminine_verb(form: str, verb: Verb) -> bool | None:
    """The verb form's gender: True feminine, False masculine, None unknown (plural)."""
    if verb.present:
        return form.startswith("ت") if not form.endswith(("ون", "ان")) else None
    if len(form) > len(verb.lemma) or (form != verb.lemma and len(form) == len(verb.lemma)):
        return form.endswith("ت") and not form.endswith("تا")  # قالت، دعت (دعا)، نفت (نفى)
    return False
