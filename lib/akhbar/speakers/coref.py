"""Who is who within one article: mentions merged into entities, subjectless verbs resolved.

Step 4 of the pipeline, per article: :func:`resolve` walks the events in text
order. A mention merges into an earlier entity of the article when it is
part of it (بيسكوف → دميتري بيسكوف; اللجنة → لجنة مكافحة الإرهاب الروسية), a
short form of it (ريجي → ريجيكامب) or a title it was seen with (المتحدث باسم
الرئاسة → دميتري بيسكوف); the entity keeps the fullest form. A verb with no
written subject goes to the most recent speaker it agrees with (وأضافت → a
feminine speaker, وأضافوا → a group), or to the person the paragraph is about.
Names are merged across articles later, by :mod:`akhbar.speakers.names`.

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> from akhbar.speakers.events import verb_events
>>> text = fold("وقال وزير الخارجية سامح شكري إن مصر قلقة.\\nوأضاف شكري أن العجز كبير.")
>>> events = verb_events(text, load_lexicon())
>>> entities = resolve(text, events, load_lexicon())
>>> [text[slice(*entities[e.entity].surface)] for e in events]
['سامح شكري', 'سامح شكري']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from akhbar.speakers.entities import Entities, Entity
from akhbar.speakers.events import Event
from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.mentions import (
    ISSUED_FORMS,
    clause_subject,
    family_written_after,
    full_name,
    introduced_body,
    latest_person,
    lead_in_speaker,
    name_opened_by,
    statement_issuer,
    titles_beside_names,
    word_positions,
)
from akhbar.speakers.phrase import phrase
from akhbar.speakers.propernames import name_runs
from akhbar.speakers.spans import WORD_RE, Tok, first_tokens, line_start, tokens
from akhbar.speakers.words import (
    COMPLEMENT,
    SAME,
    bare,
    document_key,
    family_in_al,
    feminine_past,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    namey,
    oblique_plural,
    past_verb,
)
from akhbar.text import normalize

__all__ = ["key_tokens", "resolve"]


def _folded_words(s: str) -> list[str]:
    """The words of ``s`` as mentions are compared: folded, ة as ه, marks dropped."""
    return re.sub(r"[^\w\s]", " ", normalize(s, taa_marbuta=True)).split()


@lru_cache(maxsize=100_000)
def key_tokens(s: str, lex: Lexicon) -> frozenset[str]:
    """The words of a mention as compared: ة folded, ال dropped, connectors left out
    (but عبد, and أم opening a name: أم عبدالعزيز is not عبدالعزيز).

    >>> from akhbar.speakers.lexicon import load_lexicon
    >>> sorted(key_tokens("فهد بن سعد العتيبي", load_lexicon()))
    ['سعد', 'عتيبي', 'فهد']
    >>> key_tokens("سامر أبوبكر", load_lexicon()) == key_tokens("سامر أبو بكر", load_lexicon())
    True
    >>> key_tokens("إلياس بوصعب", load_lexicon()) == key_tokens("إلياس بو صعب", load_lexicon())
    True
    """
    words = _joined_to_next([_apart_from_abu(t) for t in _folded_words(s)], "بو")
    kunya = words[0] if words and words[0] == "ام" else ""  # (أبو X is a family name too)
    return frozenset(bare(t) for t in words if t not in lex.connectors or t in ("عبد", kunya))


def _apart_from_abu(word: str) -> str:
    """A family name in أبو written as one word keyed as written apart (أبوبكر is the
    أبو بكر of the same article: house styles differ, even within one article); a word
    of three letters or more must follow (أبواب "doors" is no name)."""
    return word[3:] if word.startswith("ابو") and len(word) >= 6 else word


def resolve(text: str, events: list[Event], lex: Lexicon) -> list[Entity]:
    """The article's entities; sets each event's ``entity`` (-1: nobody). ``events`` in
    text order."""
    entities = Entities()
    last: int | None = None
    last_document = ""  # the document the latest written subject spoke through
    last_start = -1
    reported = -1  # the person a statement document reports, named inside it
    reporter = False  # the latest written subject is a document (وذكر بيان للمكتب)
    for ev in events:
        entities.before(ev.start)
        if ev.surface is None:
            if ev.nested and not ev.continuation:
                ev.entity = -1
                continue
            ev.entity = _lead_in(text, ev, entities, lex)
            if ev.entity < 0:
                ev.entity = _owner_of_the_words(text, ev, entities, lex)
                last = ev.entity if ev.entity >= 0 else last
            if ev.entity < 0:
                ev.entity = _coordinated(text, ev, entities, last_start, lex)
                if ev.entity >= 0 and ev.continuation:
                    last = ev.entity  # وفسر الوزير … قائلا: he is the speaker from now on
            if ev.entity < 0:
                ev.entity = _his_highness(text, ev, entities, lex)
                last = ev.entity if ev.entity >= 0 else last
            if ev.entity < 0 and _goes_on_reporting(ev, reported, entities):
                ev.entity = last = reported  # وذكر بيان للمكتب أن المحافظ فلان أكد …
                # وأشار إلى أن: the statement goes on with his words
            if ev.entity < 0:
                ev.entity = _antecedent(entities, ev, last, last_document, _goes_on(text, ev))
                if ev.entity >= 0 and _plural_verb_for_a_body(text, ev, entities, lex):
                    ev.entity = -1  # توقعوا after البنك المركزي: the group is unnamed
            if ev.entity < 0 and not ev.continuation and not ev.verb.endswith(("وا", "ون")):
                ev.entity = _protagonist(text, ev.start, entities, lex, _goes_on(text, ev),
                                         ev.feminine)
                last = ev.entity if ev.entity >= 0 else last
        else:
            ev.entity = _mention(text, ev, entities, lex)
            if ev.nested and ev.name and reporter and reported < 0:
                reported = ev.entity
            if not ev.nested:
                reported, reporter = -1, _document_subject(text, ev, lex)
                if not _cited_in_passing(text, ev, lex):
                    last = ev.entity
                last_document = (ev.document or _document_spoken(text, ev, lex)
                                 if ev.kind != "attribution" else "")
        if ev.entity >= 0 and not ev.nested and not _cited_in_passing(text, ev, lex):
            entities.mentioned(ev.start, ev.entity, ev.continuation)
            last_start = ev.start
    _full_names(text, entities, lex)
    return entities.items


def _his_highness(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int:
    """سموه after the verb (وأعرب سموه) is the first prince the article names, when the
    latest speaker is no prince (استمع سموه إلى شرح من المهندس فلان، مؤكدا … وأعرب
    سموه: the prince, not the engineer); -1 when the latest speaker may be meant."""
    after = ev.start + len(ev.verb)
    word = text[after:after + 12].split()[:1]
    if word not in (["سموه"], ["سموها"]):
        return -1
    last = entities.last_speaker()
    if last >= 0 and _a_prince(text, entities[last]):
        return -1
    found = [(title, name) for title, name in titles_beside_names(text, "امير", ev.start, lex)
             if text[title[0]:title[1]].split()[-1] == "الامير"]  # الأمير فلان: a prince
    if not found:
        return -1
    # the first prince the article names is the one it is about (the later ones are
    # often those he congratulates: رفع التهاني … لصاحب السمو الملكي الأمير فلان)
    return _span_entity(text, entities, *found[-1][1], True, lex)


def _owner_of_the_words(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int:
    """A verb with فيها/فيه after statements credited to someone (تصريحات متلفزة لوزيرة
    الاتصالات فلانة، أعلنت فيها …): the one whose statements they are; -1 otherwise."""
    after = ev.start + len(ev.verb)
    if text[after:after + 6].split()[:1] not in (["فيها"], ["فيه"]):
        return -1
    m = _WORDS_OF.search(text, max(0, ev.start - 160), ev.start)
    if m is None:
        return -1
    toks = tokens(text, m.start(1), m.end(1))
    name = phrase(toks, lex).name
    if not name:
        return -1
    return _span_entity(text, entities, name[0].start, name[-1].end, True, lex)


#: Statements credited to someone in ل, right before a verb with فيها (… لوزيرة
#: الاتصالات فلانة، أعلنت فيها): group 1 is the one credited, without the ل.
_WORDS_OF = re.compile(r"(?:تصريحات?|كلمة|مقابلة|حوار|بيان|رسالة)(?:\s+\w+){0,2}?\s+ل(\w+(?:\s+\w+){1,6})،?\s*$")


def _a_prince(text: str, ent: Entity) -> bool:
    """The entity is written with the title أمير or الأمير (a prince, an emir)."""
    before = text[max(0, ent.surface[0] - 12):ent.surface[0]]
    return "امير" in before or any("امير" in title for title in ent.titles) or "امير" in ent.tokens


def _goes_on_reporting(ev: Event, reported: int, entities: Entities) -> bool:
    """A verb without subject, after a statement that reported a named person's words,
    goes on with that person (not a participle, nor a plural or a verb of the other
    gender)."""
    return (reported >= 0 and not ev.continuation and not ev.verb.endswith(("وا", "ون"))
            and ev.feminine in (None, entities.items[reported].feminine))


def _document_subject(text: str, ev: Event, lex: Lexicon) -> bool:
    """The subject written is a statement document (وذكر بيان لمكتب المحافظ), not a
    person who spoke in one (وأفاد فلان في تصريح)."""
    after = ev.start + len(ev.verb)
    words = text[after:after + 40].split()[:1]  # the word after the verb
    return bool(words) and bool(document_key(words[0], lex))


def _document_spoken(text: str, ev: Event, lex: Lexicon) -> str:
    """The document a subject names itself (وأضاف البيان): a verb after it that has no
    subject may agree with it (… وأشار إلى أن), as after وقالت الوزارة في بيان."""
    words = text[ev.surface[0]:ev.surface[1]].split()[:1]
    if ev.name or not words or not is_definite(words[0]):
        return ""
    return document_key(words[0], lex)


def _family(text: str, ent: Entity, lex: Lexicon) -> bool:
    """A definite word that is no common noun, title or body: a family name
    (الفيلالي), though not read as a name on its own."""
    word = text[ent.surface[0]:ent.surface[1]]
    return (" " not in word and family_in_al(word, lex)
            and not (oblique_plural(word) and zipf(word[:-2] + "ون", lex) >= 2.5))
    # (الموقوفين, with الموقوفون in use: a plural of people, no family; but الياسين)


def _cited_in_passing(text: str, ev: Event, lex: Lexicon) -> bool:
    """An attribution to a described document no issuer is named for (… وفقا للتقرير
    الطبي. وأشار إلى): the story's teller goes on after it, not the document."""
    if ev.kind != "attribution" or not ev.surface:
        return False
    words = text[ev.surface[0]:ev.surface[1]].split()
    return len(words) >= 2 and bool(document_key(words[0], lex)) and all(
        is_describer(w, lex) or w.endswith(("ي", "ية")) for w in words[1:])


def _lineage_family(text: str, ent: Entity) -> bool:
    """ولد الناجي، بن عيسى، بني هاني، آل الشيخ: "son of" (or "of the house of") and a
    family, the name one goes by once the article has named him whole (عثمان ولد
    الناجي، خلدون بني هاني)."""
    words = text[ent.surface[0]:ent.surface[1]].split()
    return len(words) == 2 and words[0] in ("ولد", "بن", "ابن", "بني", "ال", "آل", "ابو", "أبو")


def _lineage_in_full(text: str, ent: Entity, lex: Lexicon,
                     positions: dict[str, list[int]] | None) -> tuple[int, int] | None:
    """The full name the article gives for "son of" and a family (ولد الغزواني) that
    holds both words with more between them (محمد ولد الشيخ الغزواني), or None."""
    particle, family = text[ent.surface[0]:ent.surface[1]].split()
    found = full_name(text, ent.surface[1] - len(family), ent.surface[1], lex, positions)
    if found is None or particle not in text[found[0]:found[1]].split():
        return None
    return found


def _lead_in(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int:
    """A verb without subject after "وفي تصريح لرئيس الهيئة، سالم عبدالكبير،": that
    person. -1 otherwise."""
    if ev.continuation:
        return -1
    found = lead_in_speaker(text, ev.start, lex)
    return -1 if found is None else _span_entity(text, entities, *found, lex)


def _coordinated(text: str, ev: Event, entities: Entities, last_start: int,
                 lex: Lexicon) -> int:
    """A verb without subject coordinated with the sentence's own verb and subject
    (واتفقت فيكتوريا مع هذا الرأي وقالت) goes to that subject, when no report came
    earlier in the sentence; so does a participle after a verb that reports nothing
    (وفسر الوزير خالد بن عياف شعار المهرجان قائلا: …), and so does a verb "in which"
    (وأدلى الوزير بتصريح قال فيه). -1 otherwise."""
    but = text[max(0, ev.start - 8):ev.start].split()[-1:] in (
        ["لكنه"], ["لكنها"], ["لكنهم"], ["ولكنه"], ["ولكنها"], ["ولكنهم"])
    in_which = text[ev.start:ev.start + 40].split()[1:2] in (["فيه"], ["فيها"])
    if not (ev.proclitic or ev.continuation or but or in_which) or (
            ev.continuation and entities.last_speaker() >= 0):
        return -1  # (a participle goes on with the speaker before it, if there is one;
        # لكنها قالت: "but she said", the subject of the sentence's first verb)
    sentence = max(text.rfind(". ", 0, ev.start), text.rfind("\n", 0, ev.start))
    if last_start > sentence:
        return -1
    found = clause_subject(text, ev.start, lex, ev.feminine)
    if found is not None and _plural_verb_for_one(text, ev, found, lex):
        return -1  # وشاهد رئيس البلدية … بالمواطنين … وعبّروا له: they, not he
    return -1 if found is None else _span_entity(text, entities, *found, lex)


def _plural_verb_for_one(text: str, ev: Event, found: tuple[int, int, bool], lex: Lexicon) -> bool:
    """A plural verb (عبروا، يقولون) whose would-be subject is one person: a name or a
    title in the singular, no body and no plural."""
    if not normalize(ev.verb).endswith(("وا", "ون")):
        return False
    head = text[found[0]:found[1]].split()[0]
    return not (is_org(head, lex) or head in lex.quantifiers  # (بعض الجامعات، مبتعثو)
                or head.endswith(("ون", "ين", "ات", "و")))


def _span_entity(text: str, entities: Entities, start: int, end: int, name: bool,
                 lex: Lexicon) -> int:
    """The entity of a mention found in the text (not a reporting event's subject)."""
    toks = key_tokens(text[start:end], lex)
    if not toks:
        return -1
    first = text[start:end].split()[0]
    body = "" if name or not is_org(first, lex) or is_role(first, lex) else bare(first)
    for idx in entities.candidates(toks, name):
        ent = entities[idx]
        if body and ent.head and is_role(ent.head, lex) and not is_org(ent.head, lex):
            continue  # وزارة الصحة is not المتحدث باسم وزارة الصحة, whose title names it
        if toks <= ent.tokens or (name and ent.tokens <= toks):
            if name and len(toks) > len(ent.tokens):
                entities.set_form(idx, (start, end), toks, "", True)
            return idx
    head = "" if name else _first_word(text[start:end], lex)
    held = None if name else _match_title_only(entities, toks, head, lex)
    if held is not None:
        return held  # الوزير الألماني → the minister named before
    if not name:
        held = _holder_of_span(text, (start, end), _head_of_span(text, (start, end), lex),
                               start, toks, entities, lex)
        if held is not None:
            return held  # وجه الرئيس اليمني، عبدربه منصور هادي، … وحيا الرئيس اليمني
    return entities.add(Entity((start, end), toks, name, head=head))


def _first_word(mention: str, lex: Lexicon) -> str:
    words = [bare(t) for t in _folded_words(mention)]
    return next((w for w in words if len(w) > 1), "")


def _pointed(text: str, ev: Event, toks: frozenset[str], entities: Entities,
             lex: Lexicon) -> int | None:
    """A mention that points at someone the text named before: الأخير (the latter),
    المصدر (the source just quoted), a bare body (الشركة → the company named earlier)."""
    if not ev.name and toks in ({"اخير"}, {"اخيره"}):
        found = latest_person(text, ev.surface[0], lex)
        return None if found is None else _span_entity(text, entities, *found, True, lex)
    last = entities.last_speaker()
    words = text[ev.surface[0]:ev.surface[1]].split()
    if not ev.name and last >= 0 and toks == {"مصدر"} and (
            is_definite(ev.lead + words[0]) or entities[last].tokens & {"مصدر", "مصادر"}):
        return last  # المصدر: the source just quoted; مصدر after مصادر …: one of them
        # (after a named speaker, مصدر alone is someone new)
    document = ISSUED_FORMS.get(next(iter(toks))) if len(toks) == 1 else None
    if not ev.name and document and (document == "بيانا" or is_definite(words[0])):
        # أصدرت القوات … بيانا … وقال البيان; أعدت الجامعة دراسة … وأوضحت الدراسة
        found = statement_issuer(text, ev.surface[0], lex, document)
        if found is not None:
            return _span_entity(text, entities, *found, lex)
    word = ev.lead + words[0] if len(words) == 1 else ""  # (للوكالة → ال + وكالة)
    if not ev.name and is_definite(word) and is_org(bare(word), lex):
        found = introduced_body(text, bare(word), ev.surface[0], lex)
        if found is not None:
            return _span_entity(text, entities, *found, lex)
    return None


def _the_one_speaking(text: str, ev: Event, last: Entity, lex: Lexicon) -> bool:
    """المتحدث alone ("the one speaking": وأوضح المتحدث أن …), المسؤول or a person
    described (المواطن العراقي، الشاب) is the speaker just quoted (a named one, but for
    المتحدث), in the same gender: المتحدثة is not the man just quoted, المتحدث not a
    ministry. (The caller first asks whether the article names a spokesman of that
    title: المتحدث باسم الوزارة فلان is that one.)"""
    span = ev.phrase or ev.surface
    word, *rest = text[span[0]:span[1]].split() or [""]
    if word in SAME and rest:
        word, *rest = rest  # وقال ذات المسؤول، اعتبر نفس المسؤول: "the same official"
    if word not in lex.current_speaker or bool(last.feminine) != word.endswith("ة") \
            or not all(lex.nationality.match(w) or is_describer(w, lex) for w in rest):
        # المواطن العراقي، المسؤول الأمني: described, not a new title
        return False
    return last.name or word == "المتحدث"


#: Past this many characters (a concatenated dump, not an article) the names
#: occurrences are found from one index of the text's words, not one scan each.
_LONG_TEXT = 50_000


def _names_the_one_going_on(ev: Event, entities: Entities, last: int, lex: Lexicon) -> bool:
    """A name new to the article as the subject of a verb that goes on (وأضاف، وتابع،
    واستطرد) right after a speaker known only by a title: that speaker's name."""
    verb = lex.verbs.get(ev.verb[1:] if ev.proclitic else ev.verb)
    return (ev.name and last >= 0 and not entities[last].name and not entities[last].document
            and verb is not None and verb.family == "add" and not ev.nested
            and not ev.continuation and entities[last].feminine == ev.feminine)


def _bare_speaker_word(text: str, ev: Event, lex: Lexicon) -> bool:
    """The subject is المتحدث or المسؤول alone (or with ذات/نفس): the one speaking."""
    span = ev.phrase or ev.surface
    words = [w for w in text[span[0]:span[1]].split() if w not in SAME]
    return len(words) == 1 and words[0] in ("المتحدث", "المسؤول", "المتحدثة", "المسؤولة")


def _full_names(text: str, entities: Entities, lex: Lexicon) -> None:
    """A speaker named by a surname only takes the fullest name the article gives
    (استضاف … مروان بديرة الفيلالي … وأكد الفيلالي → مروان بديرة الفيلالي)."""
    positions = None
    for idx, ent in enumerate(entities.items):
        one_name = (len(ent.tokens) == 1 or _abd_name(text, ent) or _lineage_family(text, ent)) \
            and not lex.nationality.match(text[ent.surface[0]:ent.surface[1]] + "ي")  # (a
        # country, تونس: no surname of someone the article names whole)
        if one_name and not ent.lead and (ent.name or _family(text, ent, lex)
                                                      or _lineage_family(text, ent)
                                                      or _plain_word(text, ent, lex)
                                                      or _definite_word(text, ent, lex)):
            if positions is None and len(text) > _LONG_TEXT:
                positions = word_positions(text)
            found = full_name(text, *ent.surface, lex, positions)
            if found is None and text.startswith("بن ", ent.surface[0]):
                found = full_name(text, ent.surface[0] + 3, ent.surface[1], lex, positions)
                # المحافظ بن ياسر … محمد علي ياسر: "son of" the family, the name he goes by
            if found is None and _lineage_family(text, ent):
                found = _lineage_in_full(text, ent, lex, positions)  # ولد الغزواني →
                # محمد ولد الشيخ الغزواني: a forebear between "son of" and the family
            if found is None and ent.name and len(ent.tokens) == 1 \
                    and is_given(text[slice(*ent.surface)], lex):
                found = name_opened_by(text, *ent.surface, lex, positions, bool(ent.titles))
            if found is not None and (ent.name or _family(text, ent, lex)
                                      or is_given(text[found[0]:found[1]].split()[0], lex)
                                      or _after_a_title(text, found[0], lex)):
                entities.set_form(idx, found, key_tokens(text[found[0]:found[1]], lex), "", True)
    _families_after_names(text, entities, lex, positions)
    _names_that_begin_longer_ones(text, entities)


def _names_that_begin_longer_ones(text: str, entities: Entities) -> None:
    """A name of two words or more that the article also writes longer, as the start of
    another speaker's name (محمد علي … محمد علي جمعة): the same person, by the longer
    name (one person is not named by the first words of another's); and a name in عبد
    written apart inside one longer name (وتابع عبد الجبار … احسان عبدالجبار إسماعيل).
    Indexed by the shorter forms, so a dump of thousands of speakers costs their words."""
    names = {idx: tuple(_joined_to_next(text[ent.surface[0]:ent.surface[1]].split(), "عبد"))
             for idx, ent in enumerate(entities.items) if ent.name}
    longer: dict[tuple[str, ...], set[int]] = {}
    for idx, words in names.items():
        for k in range(2, len(words)):
            longer.setdefault(words[:k], set()).add(idx)  # the first k words of a longer one
        if len(words) > 1:
            for word in words:
                if word.startswith("عبد"):
                    longer.setdefault(("in", word), set()).add(idx)
    for idx, words in names.items():
        key = words if len(words) >= 2 else ("in", words[0]) if words[0].startswith("عبد") else None
        found = longer.get(key, set()) - {idx} if key else set()
        if len(found) == 1:
            other = entities.items[found.pop()]
            entities.set_form(idx, other.surface, other.tokens, other.lead, True)


def _joined_to_next(words: list[str], particle: str) -> list[str]:
    """The words of a name with ``particle`` joined to the word after it, as the two
    spellings of one name compare: عبد الجبار → عبدالجبار; the Maghrebi and Levantine
    بو (= أبو) before a family name, بو صعب → بوصعب."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == particle:
            out[-1] += word
        else:
            out.append(word)
    return out


def _families_after_names(text: str, entities: Entities, lex: Lexicon,
                          positions: dict[str, list[int]] | None) -> None:
    """A named speaker whose family name reads as a common word takes it (يعقوب يوسف
    الماس … يعقوب الماس: الماس is his, not "diamonds")."""
    for idx, ent in enumerate(entities.items):
        if not ent.name or ent.lead:
            continue
        if positions is None and len(text) > _LONG_TEXT:
            positions = word_positions(text)
        end = family_written_after(text, *ent.surface, lex, positions)
        if end is not None:
            span = (ent.surface[0], end)
            entities.set_form(idx, span, key_tokens(text[span[0]:end], lex), "", True)


def _abd_name(text: str, ent: Entity) -> bool:
    """A name of two words in عبد (عبد المجيد), one name written apart: the family name
    of سامح عبد المجيد as much as a given name."""
    words = text[ent.surface[0]:ent.surface[1]].split()
    return len(words) == 2 and words[0] == "عبد"


def _after_a_title(text: str, start: int, lex: Lexicon) -> bool:
    """The word before ``start`` is a title (الشيخ عذبي الناصر: a rare given name
    after it still opens the name)."""
    before = text[max(0, start - 30):start].split()
    return bool(before) and (before[-1] in lex.honorifics or is_role(before[-1], lex))


def _plain_word(text: str, ent: Entity, lex: Lexicon) -> bool:
    """A one-word subject read as a common word (بري "by land"), which is a surname
    when the article writes it after a given name (نبيه بري … وأوضح بري)."""
    word = text[ent.surface[0]:ent.surface[1]]
    return (" " not in word and not is_definite(word) and not is_describer(word, lex)
            and not is_org(word, lex) and not is_role(word, lex))


def _definite_word(text: str, ent: Entity, lex: Lexicon) -> bool:
    """A one-word definite subject that is a common word (الغزال "the gazelle"), which
    is a family name when the article writes it after a given name (نادر الغزال …
    وأوضح الغزال); no title, body, adjective or document."""
    word = text[ent.surface[0]:ent.surface[1]]
    nisba = word.endswith("ي") and lex.nationality.match(word) is not None  # (السوداني of
    # محمد شياع السوداني: a nisba alone as the subject is someone's family name)
    return (" " not in word and is_definite(word) and (nisba or not is_describer(word, lex))
            and not is_org(word, lex) and not is_role(word, lex)
            and word not in lex.documents and bare(word) not in lex.sources)


def _mention(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int:
    """The entity a written subject names: an earlier one, updated, or a new one."""
    issuer = _issuer_of_document(text, ev, entities, lex)
    if issuer >= 0:
        return issuer  # البيان، التقرير → the body that issued it, its name kept
    toks = key_tokens(ev.lead + text[ev.surface[0]:ev.surface[1]], lex)
    title = (key_tokens(text[ev.phrase[0]:ev.phrase[1]], lex) - toks
             if ev.phrase else frozenset())
    last = entities.last_speaker()
    if not ev.name and last >= 0 and _the_one_speaking(text, ev, entities[last], lex) \
            and _match_title_only(entities, toks, _head_key(text, ev, lex), lex) is None:
        return last  # وأوضح المتحدث، المسؤول: the speaker just quoted, named as before
        # (but a spokesman the article names, المتحدث باسم الوزارة فلان, is that one)
    if not ev.name and last < 0 and _bare_speaker_word(text, ev, lex) \
            and _match_title_only(entities, toks, _head_key(text, ev, lex), lex) is None:
        found = _protagonist(text, ev.start, entities, lex)
        if found >= 0:
            return found  # أدلى الأمين العام فلان بكلمة … وتقدم المسؤول بالشكر … وأضاف
            # المتحدث: no one quoted yet, the one the text is about
    idx = _match_entity(entities, toks, title, ev, text, lex)
    if idx is None and _names_the_one_going_on(ev, entities, last, lex):
        entities.add_title(last, entities[last].tokens)
        entities.set_form(last, ev.surface, toks, ev.lead, True)
        return last  # قال مدير المستشفى: … وأضاف أحمد مهنا: "added" goes on with the same
        # speaker, who now has his name
    if ev.name:
        title = title | _appositive_title(text, ev, lex)
    if idx is None:
        idx = _pointed(text, ev, toks, entities, lex)
    if idx is None and not ev.name:
        idx = _holder_beside_title(text, ev, toks, entities, lex)
    if idx is None and not ev.name:
        idx = _sole_coach(text, ev, toks, entities, lex)
    if idx is None:
        return entities.add(Entity(ev.surface, toks, ev.name, [title] if title else [],
                                   _feminine_phrase(text, ev, lex), ev.document,
                                   "" if ev.name else _head_key(text, ev, lex), ev.lead))
    ent = entities[idx]
    gender = _feminine_phrase(text, ev, lex)
    if not ent.name and not ev.name and gender is not None and gender != ent.feminine:
        entities.set_gender(idx, gender)
    if ev.name and (not ent.name or len(toks) > len(ent.tokens)):
        if ent.tokens <= toks or not ent.name:
            if not ent.name:
                entities.add_title(idx, ent.tokens)
            entities.set_form(idx, ev.surface, toks, ev.lead, True)
    elif not ent.name and ((len(toks) > len(ent.tokens) and ent.tokens <= toks)
                           or (ent.head and _generic(ent.tokens, ent.head, lex)
                               and not _generic(toks, ent.head, lex))):
        entities.add_title(idx, ent.tokens)
        entities.set_form(idx, ev.surface, toks, ev.lead, ent.name)
    if title:
        entities.add_title(idx, title)
    if ev.document:
        entities.mark_document(idx, ev.document)
    return idx


def _holder_beside_title(text: str, ev: Event, toks: frozenset[str], entities: Entities,
                         lex: Lexicon) -> int | None:
    """A definite title-only mention of one person (وزير قطاع الأعمال العام، النائب)
    whose holder the article named beside that title outside any report (التقى مدبولي
    … محمد شيمي، وزير قطاع الأعمال العام): that person, who now holds the title too.
    Every word of the mention must be in that title, or describe it (الجديد)."""
    return _holder_of_span(text, ev.surface, _head_key(text, ev, lex), ev.start, toks,
                           entities, lex)


def _holder_of_span(text: str, surface: tuple[int, int], head: str, at: int,
                    toks: frozenset[str], entities: Entities, lex: Lexicon) -> int | None:
    """:func:`_holder_beside_title` of the title-only mention at ``surface`` (its head
    word ``head``, its sentence at ``at``)."""
    words = text[surface[0]:surface[1]].split()
    while len(words) > 1 and (words[0] in lex.styles or (
            words[0] in lex.address and is_role(words[1], lex))):
        words = words[1:]  # سمو أمير منطقة جازان، السيد المحافظ: the style or title of
        # address is no part of it
    plural = (len(head) > 4 and head.endswith(("ون", "ين"))  # الباحثون، not الأمين
              or head in lex.people_plural)  # السكان … سكان مديرية الشيخ عثمان: a place
    if len(head) < 3 or head in lex.quantifiers or plural \
            or _indefinite(words, lex) or is_org(_feminine_spelling(head), lex) \
            or not (is_role(_feminine_spelling(head), lex) or "ال" + head in lex.honorifics):
        return None
    found = titles_beside_names(text, head, surface[0], lex)
    if head in _SAME_OFFICE:  # الناخب الوطني … مدرب المنتخب الوطني فلان: one office
        other, needed = _SAME_OFFICE[head]
        found = [*found, *((title, name) for title, name
                           in titles_beside_names(text, other, surface[0], lex)
                           if needed in text[title[0]:title[1]])]
    if _in_headline(text, at):  # الرئيس الفرنسي يطالب … ⏎ طلب الرئيس الفرنسي، إيمانويل
        found = [*found, *reversed(list(titles_beside_names(  # ماكرون: named below
            text, head, min(len(text), surface[1] + _HEADLINE_REACH), lex)))]
    passing = []
    toks = toks - _address_titles(lex) or toks  # السيد المحافظ: السيد is no word of it
    for title, name in found:
        title_words = key_tokens(text[title[0]:title[1]], lex)
        if _FORMER & set(text[title[0]:title[1]].split()) and not _FORMER_KEYS & toks:
            continue  # الوالي السابق فلان: not the one a later الوالي stands for
        known = title_words | key_tokens(text[name[0]:name[1]], lex) | {head}
        if _within_title(toks, known, lex):  # (head: the office taken in the accusative,
            passing.append((toks <= known, name))  # واليا لكسلا)
            if passing[-1][0] or len(passing) == _HOLDERS_WEIGHED:
                break
    if not passing:
        return None
    # the latest holder whose title has every word of the mention (المدير العام → المدير
    # العام للتعليم فلان, not a later مدير إدارة الإعلام فلان), else the latest
    name = next((n for whole, n in passing if whole), passing[0][1])
    idx = _span_entity(text, entities, *name, True, lex)
    entities.add_title(idx, toks)
    return idx


def _sole_coach(text: str, ev: Event, toks: frozenset[str], entities: Entities,
                lex: Lexicon) -> int | None:
    """"The coach" described only by his nationality or his team (المدرب البوسني، مدرب
    المنتخب) when the article names one coach and no other (مدرب المنتخب الجزائري
    فلاديمير بيتكوفيتش، المدير الفني لمنتخب الإمارات أولاريو كوزمين): that one. A
    coach's nationality is seldom his team's, so no title need hold it; two coaches
    named (a match report) leave the mention as it is."""
    if _head_key(text, ev, lex) not in _COACHES or _indefinite(
            text[ev.surface[0]:ev.surface[1]].split(), lex):
        return None
    before = ev.start if not _in_headline(text, ev.start) else min(
        len(text), ev.surface[1] + _HEADLINE_REACH)  # مدرب منتخب الإمارات يشيد: below
    names: dict[frozenset[str], tuple[int, int] | int] = {}
    for head, needed in _COACH_TITLES:
        for title, name in titles_beside_names(text, head, before, lex):
            if needed in key_tokens(text[title[0]:title[1]].removeprefix("و"), lex):
                names.setdefault(key_tokens(text[name[0]:name[1]], lex), name)
        for idx in entities.with_title_word(head):
            ent = entities[idx]
            if ent.name and any(needed in t for t in ent.titles):
                names[ent.tokens] = idx
    people = [k for k in names if not any(k < other for other in names)]
    if len(people) != 1:
        return None
    found = names[people[0]]
    idx = found if isinstance(found, int) else _span_entity(text, entities, *found, True, lex)
    entities.add_title(idx, toks)
    return idx


#: A coach's title, as compared: the head of a mention that may stand for him, and the
#: heads of the titles he may have been named with, each with a word it must hold.
_COACHES = frozenset({"مدرب", "ناخب"})
_COACH_TITLES = (("مدرب", "مدرب"), ("مدير", "فني"), ("ناخب", "ناخب"))


#: Titles written for one office in other words: the head of the mention, the head of
#: the title it may have been named with, and a word that title must hold (the national
#: selector, الناخب الوطني, is the national team's coach, مدرب المنتخب).
_SAME_OFFICE = {"ناخب": ("مدرب", "منتخب")}


#: How many holders of a title a mention is weighed against, latest first.
_HOLDERS_WEIGHED = 4


#: "Former", agreeing with a definite title (not في وقت سابق): a former holder is not the
#: one a bare title stands for; as written in the folded text, and as compared.
_FORMER = frozenset({"السابق", "السابقة", "الاسبق", "الأسبق"})
_FORMER_KEYS = frozenset({"سابق", "سابقه", "اسبق"})

#: How far below a headline the person its title stands for is looked for.
_HEADLINE_REACH = 1500


def _in_headline(text: str, at: int) -> bool:
    """``at`` is in the article's first line, a headline (short, no full stop)."""
    line_end = text.find("\n")
    return 0 <= at < line_end <= 200 and "." not in text[:line_end]


def _within_title(mention: frozenset[str], title: frozenset[str], lex: Lexicon) -> bool:
    """Is every word of a title-only mention in ``title`` (the title and the name
    written beside it, also as للمنظمة، المغربي; الدكتور التركي), or
    one that only describes it (الجديد، معالي)? A nationality the title does not
    give passes only for a specific office (وزير الخارجية السعودي, not الرئيس المصري)."""
    held = title | {t[1:] for t in title if t[:1] in "لب"} | {t[:-1] for t in title
                                                             if t.endswith("ي")}
    missing = [t for t in mention if t not in held
               and not (t.endswith("ي") and t[:-1] in held)]  # الأممي: of الأمم المتحدة
    nationality = [t for t in missing if lex.nationality.match(t) or lex.nationality.match("ال" + t)]
    if nationality and len(mention) - len(missing) < 2:
        return False
    return all(t in nationality or is_describer(t, lex) or is_describer("ال" + t, lex)
               or t in lex.honorifics or t in _styles(lex) or t in _modifiers(lex)
               or t in _GENERIC_TERRITORIES or (t == "باسم" and title & _SPOKESMEN)
               for t in missing)  # (المتحدث باسم الخارجية for المتحدث الرسمي … بوزارة الخارجية)


#: Spokesmen's titles, as compared: "باسم" in a later mention adds nothing to them.
_SPOKESMEN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})


#: "The state", "the governorate" … (as compared): a title's territory named in general
#: (والي الولاية for والي الشمالية, محافظ المحافظة for محافظ عدن).
_GENERIC_TERRITORIES = frozenset({"ولايه", "محافظه", "منطقه", "اقليم", "بلديه", "مدينه",
                                  "اماره", "جهه", "عماله", "مقاطعه"})


def _modifiers(lex: Lexicon) -> frozenset[str]:
    """The adjectives of titles (المفدى، الجديد), as mentions are compared."""
    return key_tokens(" ".join(sorted(lex.modifiers)), lex)


def _styles(lex: Lexicon) -> frozenset[str]:
    """The styles of address before a title (سعادة، معالي), as mentions are compared."""
    return key_tokens(" ".join(sorted(lex.styles)), lex)


def _address_titles(lex: Lexicon) -> frozenset[str]:
    """The titles of address many people carry (الدكتور، السيد), as mentions are compared."""
    return key_tokens(" ".join(sorted(lex.address)), lex)


def _issuer_of_document(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int:
    """The entity that issued the document a bare mention names (قالت الوزارة في بيان
    … وأضاف البيان → الوزارة; كشف تقرير للأمم المتحدة … وأوضح التقرير), or -1."""
    words = text[ev.surface[0]:ev.surface[1]].split()
    if ev.name or not 1 <= len(words) <= 2 or not is_definite(words[0]) or (
            len(words) == 2 and not is_describer(words[1], lex)):
        return -1  # (التقرير الأممي: a describing adjective may follow)
    document = document_key(words[0], lex)
    if not document:
        return -1
    issuer = entities.last_document(document)
    last = entities.last_speaker()
    if issuer < 0 and last >= 0 and not entities[last].name and document in _STATEMENTS:
        first = text[entities[last].surface[0]:entities[last].surface[1]].split()[:1]
        if first and is_org(first[0], lex):
            return last  # وأوضح الجهاز … وأشار البيان: the body just quoted issued it
    if issuer < 0 and last >= 0 and document in _STATEMENTS \
            and _spoke_through(text, entities[last].surface[1], ev.start, document):
        return last  # واوضح الأعضاء المنسحبون من الجلسة في بيان صدر عنهم … واضاف البيان
    if issuer < 0 and document in _STATEMENTS:
        issuer = _issued_before(text, ev.start, document, entities, lex)
    return issuer


def _issued_before(text: str, before: int, document: str, entities: Entities,
                   lex: Lexicon) -> int:
    """The body that issued the document earlier in the article with أصدر (أصدر نادي
    الوحدات عبر ناطقه الرسمي بيانًا … وأوضح البيان → نادي الوحدات), or -1."""
    found = None
    for found in _ISSUED.finditer(text, 0, before):
        pass  # the latest before the mention
    if found is None or document_key(found.group("doc"), lex) != document:
        return -1
    toks = tokens(text, found.start("who"), found.end("who"))
    issuer = phrase(toks, lex)
    words = issuer.tokens
    if not words or not (issuer.name or is_org(words[0].text, lex)):
        return -1
    cut = next((k for k, t in enumerate(words) if k and t.text[:1] == "و"
                and not is_given(t.text, lex) and not is_definite(words[k - 1].text)
                and namey(words[k - 1].text, lex)), len(words))  # (المجلس البلدي مصراتة
    # والمشايخ: issued together, the first named is the issuer; but وزارة البترول
    # والمعادن is one body)
    return _span_entity(text, entities, words[0].start, words[cut - 1].end, bool(issuer.name), lex)


#: "X issued a statement": the issuer, then the document in the accusative.
_ISSUED = re.compile(r"(?<!\w)و?[اأ]صدر(?:ت)?\s+(?P<who>[^.؟!\n]{3,120}?)\s+"
                     r"(?P<doc>بيان|بلاغ|تقرير|رسالة)(?:ا|اً|ًا)?(?!\w)")


def _spoke_through(text: str, after: int, before: int, document: str) -> bool:
    """The report just before a bare document (between a speaker's mention ``after``
    and ``before``, within a paragraph's reach) says it was made in one (في بيان)."""
    window = text[after:before]
    return len(window) < 600 and re.search(rf"(?:في|ب|عبر) ?{document}(?!\w)", window) is not None


#: Documents a body writes to state something (not data: البيانات، المعطيات).
_STATEMENTS = frozenset({"بيان", "بلاغ", "تقرير", "تغريدة", "رسالة"})


def _appositive_title(text: str, ev: Event, lex: Lexicon) -> frozenset[str]:
    """The title written after a speaker's name, set off by commas or closed by the
    statement (أكد سامح شكري، وزير الخارجية، أن …; أشاد النائب X، رئيس اللجنة،
    بتوجيهات; أكد شريف فاروق وزير التموين أن …): later, وزير الخارجية alone is that
    person. Not after a verb whose object is a person (دعا، أبلغ): the title may
    be the object's."""
    # a comma, a title of at most eight words, a comma, the statement's first word
    toks = first_tokens(text, ev.surface[1], min(len(text), ev.surface[1] + 120), 12)
    first = 1 if toks and toks[0].text in ("،", ",") else 0
    if len(toks) < first + 2 or not is_role(toks[first].text, lex) \
            or is_org(toks[first].text, lex):
        return frozenset()
    k = first
    while k < min(len(toks), first + 8) and WORD_RE.match(toks[k].text) \
            and not COMPLEMENT.match(toks[k].text):
        k += 1
    title = " ".join(t.text for t in toks[first:k])
    closed = k < len(toks) and toks[k].text in ("،", ",")
    k += closed
    if k >= len(toks):
        return frozenset()
    statement = COMPLEMENT.match(toks[k].text) or toks[k].text == ":"
    verb = lex.verbs.get(ev.verb.lstrip("وف")) or lex.verbs.get(ev.verb)
    if verb is not None and verb.lemma in lex.person_object:
        return frozenset()  # دعا الوزير X، مفوض الأمم المتحدة، إلى: maybe the object's
    if not statement and not (closed and first):
        return frozenset()
    return key_tokens(title, lex)


def _feminine_phrase(text: str, ev: Event, lex: Lexicon) -> bool | None:
    """Grammatical gender of a speaker, for agreement with later verbs: the verb that
    introduced it (قالت نافكا), or a feminine head noun (الوزارة، السلطات) that is no
    style of address (سماحة المفتي is a man)."""
    if not ev.name and ev.surface:
        words = text[ev.surface[0]:ev.surface[1]].split()
        if words[0].endswith(("ة", "ات")) and not (words[0] in lex.honorifics
                                                    and len(words) > 1):
            return True
    return ev.feminine


def _goes_on(text: str, ev: Event) -> bool:
    """The verb is written as going on from what came before (وختم، كما أشار), not as
    one whose subject was written before it and missed (…، علي زيدان، كشف)."""
    return ev.proclitic or text[max(0, ev.start - 4):ev.start].strip() == "كما"


def _protagonist(text: str, end: int, entities: Entities, lex: Lexicon,
                 goes_on: bool = False, feminine: bool | None = None) -> int:
    """A reporting verb with no subject and no speaker before it goes to the person
    the paragraph is about: the first name after a title (استند الفنان فايز المالكي
    … وقال:), or, when its own paragraph names nobody, the person the paragraph
    before it is about (افتتح وزير الصحة سالم العلي المستشفى. ¶ وقال إن …). Adds the
    entity; -1 when there is none."""
    found = _protagonist_of_line(text, end, entities, lex, feminine)
    lo, _ = line_start(text, end, 599)  # the verb's own line (at its start: the verb's)
    if found < 0 and lo > 0:
        found = _lede_subject(text, lo, entities, lex, goes_on)
    if found < 0 and entities.last_speaker() < 0:
        found = _opening_subject(text, end, entities, lex)
    if found < 0 and feminine and lo > 0:
        found = _feminine_title_before(text, lo, entities, lex)
    return found


def _feminine_title_before(text: str, lo: int, entities: Entities, lex: Lexicon) -> int:
    """A feminine verb with no one before it that it agrees with goes to a feminine
    title that opens the paragraph before, unnamed (أشرفت والية نابل … رفقة السيد فلان.
    ¶ وأكدت …: the governor, not the man with her). Adds the entity; -1 if none."""
    prev_end = len(text[:lo].rstrip())
    start, _ = line_start(text, prev_end, 599)
    toks = first_tokens(text, start, prev_end, 8)
    if len(toks) < 3 or not feminine_past(toks[0].text, lex):
        return -1
    subject = phrase(toks[1:], lex)
    head = subject.tokens[0].text if subject.tokens else ""
    office = head[:-1] if head.endswith("ة") else ""
    if not office or not (is_role(head, lex) or is_role(office, lex)) or is_org(head, lex) or (
            subject.name and office not in lex.territorial):
        return -1  # (والية نابل: the "name" read after a territorial title is its place)
    return entities.add(Entity((subject.tokens[0].start, subject.tokens[-1].end),
                               key_tokens(text[subject.tokens[0].start:subject.tokens[-1].end], lex),
                               False, feminine=True, head=bare(head)))


def _opening_subject(text: str, end: int, entities: Entities, lex: Lexicon) -> int:
    """The person the article opens with, for a verb that has no speaker before it at
    all (تفقد وزير الزراعة فلان … ¶ وقد اطلع الوزير … ¶ وأكد في تصريح أن): the subject
    of one of its first lines, as :func:`_lede_subject` reads it."""
    lo = 0
    for _ in range(_OPENING_LINES):
        nl = text.find("\n", lo)
        if nl < 0:
            nl = len(text)
        line = text[lo:nl]
        if line.strip():
            found = _line_subject(text, lo + len(line) - len(line.lstrip()), nl, entities, lex)
            if found >= 0:
                return found
        if nl >= end:
            return -1  # (the verb's own line was the last to look at)
        lo = nl + 1
    return -1


#: How many first lines may open an article: a headline, a dateline, the lede.
_OPENING_LINES = 4


def _lede_subject(text: str, lo: int, entities: Entities, lex: Lexicon,
                  goes_on: bool = False) -> int:
    """The named subject of the verb that opens the paragraph before ``lo``, a title
    then a name (افتتح وزير الصحة سالم العلي المستشفى …); -1 if that paragraph does not
    open so (a verb that reports, a name alone, two people)."""
    prev_end = len(text[:lo].rstrip())
    start, _ = line_start(text, prev_end, 599)
    return _line_subject(text, start, prev_end, entities, lex, goes_on)


def _line_subject(text: str, start: int, end: int, entities: Entities, lex: Lexicon,
                  goes_on: bool = False) -> int:
    """:func:`_lede_subject` of the line that opens at ``start``."""
    toks = first_tokens(text, start, end, 14)
    if len(toks) < 3 or not WORD_RE.match(toks[0].text):
        return -1
    verb = toks[0].text[1:] if toks[0].text[:1] in "وف" else toks[0].text
    reporting = lex.verb_re.fullmatch(toks[0].text) is not None
    if not (reporting or past_verb(verb, lex)) or (reporting and not goes_on):
        return -1  # (a reporting verb too, for a verb that goes on: it reported nothing,
        # or a speaker would have come before: أعلن رئيس النادي … عن موعد الملتقى)
    subject = phrase(toks[1:], lex)
    head = next((t.text for t in subject.tokens if t.text not in lex.styles), "")  # (معالي)
    if len(subject.name) < 2 or not is_role(head, lex) or any(
            t.text.startswith("و") and t is not subject.name[0]
            and t.text not in lex.connectors for t in subject.name):  # (يحيى ولد أحمد)
        return -1  # a title, then the name: not a name alone (a film, a place) nor two
    return _add_entity(text, entities, subject.name[0].start, subject.name[-1].end, lex)


def _protagonist_of_line(text: str, end: int, entities: Entities, lex: Lexicon,
                         feminine: bool | None = None) -> int:
    """:func:`_protagonist` within the line that ``end`` closes."""
    lo, _ = line_start(text, max(0, end - 1), 599)
    toks = [t for t in tokens(text, lo, end) if WORD_RE.match(t.text) or t.text in "،,.:؛"]
    if end > 0 and text[end - 1] == "\n":  # the verb opens a line: the line before it
        said = next((k for k, t in enumerate(toks) if COMPLEMENT.match(t.text) or t.text == ":"),
                    len(toks))
        toks = toks[:said]  # (a name inside its statement is not the one who goes on)
    sentence = max(text.rfind(". ", lo, end), lo)
    if not any(_may_introduce(a.text, b, b.start > sentence, lex) for a, b in pairwise(toks)):
        return -1  # no name can follow as the loops below want it: skip the costly part
    runs = name_runs(toks, lex)
    for i, j in runs:
        prev = toks[i - 1].text if i > 0 else ""
        if (prev in lex.honorifics or (is_role(prev, lex) and not is_org(prev, lex))) and (
                is_given(toks[i].text, lex) or (j - i >= 2 and prev in lex.honorifics)) and not (
                feminine is not None and prev in lex.honorifics
                and feminine != prev.endswith("ة")):  # (وأكدت … after السيد مراد: the
            # feminine verb is not his; السيدة فلانة would be hers)
            return _add_entity(text, entities, toks[i].start, toks[j - 1].end, lex)
    near = [(i, j) for i, j in runs if toks[i].start > sentence and j - i >= 2
            and is_given(toks[i].text, lex) and i > 0 and toks[i - 1].text == "من"]
    if near:  # من أحمد العنزي مسؤول شؤون السعوديين …، قال:
        i, j = near[-1]
        return _add_entity(text, entities, toks[i].start, toks[j - 1].end, lex)
    return -1


def _may_introduce(word: str, nxt: Tok, this_sentence: bool, lex: Lexicon) -> bool:
    """Can a name that :func:`_protagonist` takes start at ``nxt``, after ``word``: a
    title of address, a title before a given name, or من before one in the verb's
    sentence?"""
    return word in lex.honorifics or (is_given(nxt.text, lex) and (
        (is_role(word, lex) and not is_org(word, lex)) or (word == "من" and this_sentence)))


def _add_entity(text: str, entities: Entities, start: int, end: int, lex: Lexicon) -> int:
    return entities.add(Entity((start, end), key_tokens(text[start:end], lex), True))


def _antecedent(entities: Entities, ev: Event, last: int | None, document: str = "",
                goes_on: bool = False) -> int:
    """Who a verb without a written subject goes back to: a participle to the latest
    speaker; a verb with gender or number to the latest one it agrees with (وأضافت to a
    feminine or unknown speaker, وأضافوا to a group, never to one named person); any
    other to the latest speaker; after a statement document (وذكر بيان للأمانة) a verb
    may agree with the document (وأضاف، كما كشف: ``goes_on``), not with its body."""
    if not len(entities):
        return -1
    if ev.continuation:
        return entities.last_speaker()
    plural = ev.verb.endswith(("وا", "ون"))
    if not plural and document and goes_on and entities.last_speaker() == last \
            and ev.feminine is not None and ev.feminine == document.endswith("ة"):
        return last  # وذكر بيان للأمانة … وأضاف: the verb agrees with the statement
    if (ev.feminine is not None or plural) and last is not None:
        return entities.last_agreeing(ev.feminine, plural)
    return last if last is not None else -1


def _title_fit(mention: frozenset[str], title: frozenset[str], head: str, lex: Lexicon) -> bool:
    """Does a title-only mention (المدرب الهلالي) fit a title seen with a name
    (المدرب الروماني ريجيكامب مدرب نادي الهلال)? Its head must be there and
    at least half of its words."""
    if not mention or not title or head not in title:
        return False
    if not (is_role(_feminine_spelling(head), lex) or "ال" + head in lex.honorifics) \
            or is_org(head, lex) or is_org(_feminine_spelling(head), lex):
        return False  # الأمم المتحدة in a person's title is not that person (nor is
        # المؤسسة, though مؤسسة also reads as a founder's feminine); السلطان قابوس …
        # السلطان: a ruler's title that is also a given name, written with ال
    if any(lex.nationality.match(t) for t in mention - title) and \
            any(lex.nationality.match(t) for t in title - mention):
        return False  # مسؤول بوزارة الخارجية التركية is not … الإيرانية
    return len(mention & title) * 2 >= len(mention)


def _feminine_spelling(word: str) -> str:
    """A compared word's final ه written as ة again (سفيره → سفيرة) for the title lists."""
    return word[:-1] + "ة" if word.endswith("ه") else word


def _nickname(toks: frozenset[str], name: frozenset[str]) -> bool:
    """ريجي for ريجيكامب: one word that starts a word of the name."""
    if len(toks) != 1:
        return False
    (t,) = toks
    return len(t) >= 4 and any(n.startswith(t) and n != t for n in name)


def _match_entity(entities: Entities, toks: frozenset[str], title: frozenset[str],
                  ev: Event, text: str, lex: Lexicon) -> int | None:
    """The earlier entity a mention is (the latest that fits), or None."""
    if not toks:
        return None
    head = _head_key(text, ev, lex)
    for idx in entities.candidates(toks, ev.name):
        ent = entities[idx]
        if ent.name and (toks <= ent.tokens or (ev.name and ent.tokens <= toks)
                         or _nickname(toks, ent.tokens)):
            return idx  # بيسكوف / دميتري بيسكوف; العتيبي / فهد العتيبي
        if not ev.name and not ent.name and toks <= ent.tokens \
                and not _body_of_a_title(text, ev, ent, lex):
            return idx  # a later short form: اللجنة / لجنة مكافحة الإرهاب الروسية
    alias = _alias_of(text, ev, entities)
    if alias is not None:
        return alias  # حسن محمد حسين (مونغاب) … وأوضح مونغاب
    family = _family_opening(text, ev, entities, lex)
    if family is not None:
        return family  # ودعا الدباغ الهيئات التدريسية: his family name, then whom he
        # called on (no one else is named by a family name and a word after it)
    if not ev.name:
        nisba = _body_by_its_nisba(text, ev, entities, lex)
        if nisba is not None:
            return nisba  # إدارة شباب بلوزداد … الإدارة البلوزدادية
        words = text[ev.surface[0]:ev.surface[1]].split()
        return _match_title_only(entities, toks, head, lex, not _indefinite(words, lex))
    # a surname alone after a title (المدرب الهلالي) may be that title's holder; a
    # given name (الدكتور مصطفى، وزير …) is someone else, and so is anyone after a
    # title of address alone (الدكتور بديع … الدكتور كنعان: many are doctors)
    if len(toks) == 1 and title and not is_given(text[ev.surface[0]:ev.surface[1]], lex) \
            and not title <= _address_titles(lex):
        for idx in entities.with_title_word(head):
            ent = entities[idx]
            if ent.name and any(_title_fit(title | toks, t, head, lex) for t in ent.titles):
                return idx
    # a name after an earlier title-only mention of the same office (مسؤول → زاده المسؤول)
    for idx in entities.with_head(title):
        ent = entities[idx]
        if not ent.name and ent.head and (_title_fit(ent.tokens, title, ent.head, lex) or (
                ent.head in title and title <= ent.tokens and len(toks) >= 2
                and not _FORMER_KEYS & ent.tokens)):  # (المهاجم الدولي السابق: another)
            return idx  # (أعلن المتحدث باسم وزارة الصحة … وقال المتحدث أشرف القدرة)
    return None


def _ordered_keys(span: str, lex: Lexicon) -> list[str]:
    """The words of a mention as compared, in text order."""
    return [bare(t) for t in _folded_words(span) if t not in lex.connectors]


def _body_by_its_nisba(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int | None:
    """A body or title named again by its head and an adjective made from a word of
    its name (إدارة شباب بلوزداد … الإدارة البلوزدادية؛ مبعوث الأمم المتحدة … المبعوث
    الأممي): the latest entity whose name opens with that head and holds that word."""
    words = _ordered_keys(text[ev.surface[0]:ev.surface[1]], lex)
    if len(words) < 2 or not all(w.endswith(("ي", "يه")) for w in words[1:]):
        return None
    stem = words[1].removesuffix("ه").removesuffix("ي")
    for idx in entities.with_word(stem):  # (the index, not every entity: long dumps)
        ent = entities[idx]
        known = _ordered_keys(text[ent.surface[0]:ent.surface[1]], lex)
        if len(known) >= 2 and known[0] == words[0] and all(
                w.removesuffix("ه").removesuffix("ي") in known[1:] for w in words[1:]):
            return idx
    return None


def _alias_of(text: str, ev: Event, entities: Entities) -> int | None:
    """The named entity whose name the article followed with this one word in
    parentheses, its alias or nickname (حسن محمد حسين (مونغاب))."""
    word = text[ev.surface[0]:ev.surface[1]]
    at = text.rfind(f"({word})", 0, ev.surface[0]) if " " not in word else -1
    if at < 0:
        return None  # (looked up in the text first: no loop over entities in long dumps)
    for idx in range(len(entities) - 1, -1, -1):
        ent = entities[idx]
        m = _ALIAS_AFTER.match(text, ent.surface[1]) if ent.name else None
        if m and m.start(1) == at + 1:
            return idx
    return None


#: One word in parentheses right after a name: its alias.
_ALIAS_AFTER = re.compile(r"\s*\((\w+)\)")


def _family_opening(text: str, ev: Event, entities: Entities, lex: Lexicon) -> int | None:
    """The person whose whole name, given before, ends with the family name the
    mention opens with (عبدالرحمن الدباغ … الدباغ الهيئات); not when that word is a
    given name too (سلمان after محمد بن سلمان may open سلمان العودة)."""
    words = text[ev.surface[0]:ev.surface[1]].split()
    if len(words) < 2 or is_given(words[0], lex) or is_role(words[0], lex) \
            or is_org(words[0], lex):
        return None
    first = _first_word(words[0], lex)
    for idx in entities.with_word(first):
        known = text[entities[idx].surface[0]:entities[idx].surface[1]].split()
        if entities[idx].name and len(known) >= 2 and _first_word(known[-1], lex) == first:
            return idx
    return None


def _plural_verb_for_a_body(text: str, ev: Event, entities: Entities, lex: Lexicon) -> bool:
    """A plural verb (وأضافوا) never goes back to one body (البنك المركزي، الوزارة): a
    body takes a singular verb, so the verb's group is someone the rules did not read."""
    if not ev.verb.endswith(("وا", "ون")):
        return False
    start, end = entities[ev.entity].surface
    words = text[start:end].split()
    return bool(words) and is_org(words[0], lex)


def _body_of_a_title(text: str, ev: Event, ent: Entity, lex: Lexicon) -> bool:
    """The mention is a body named in a person's title (وأعلنت المحكمة … after رئيس
    المحكمة): the court, not its president."""
    words = text[ev.surface[0]:ev.surface[1]].split()
    return bool(ent.head) and is_role(ent.head, lex) and bool(words) and is_org(words[0], lex)


def _indefinite(words: list[str], lex: Lexicon) -> bool:
    """An indefinite title introduces someone new (عميد في الاستخبارات، مصدر أمني،
    مسؤول بوزارة الخارجية); a construct with a definite noun does not (وزير الخارجية،
    مدير عام مركز القبول: عام is part of the title, the construct goes on after it)."""
    if len(words) > 2 and words[1] in ("عام", "عامة"):
        words = [words[0], *words[2:]]
    if any(is_definite(w) or w.startswith("لل") for w in words[:3]):
        return False
    if len(words) == 1:
        return True
    second = words[1]
    return second in lex.stop or is_describer(second, lex) or (
        second[:1] in "بل" and not is_org(second, lex)  # (رئيسة بلدية …: a construct)
        and words[0] not in lex.territorial)
    # (مسؤول بوزارة: "at"; but والي باتنة، محافظ بنادر: a place that starts with ب after
    # a territorial title is its genitive, a definite construct)


def _match_title_only(entities: Entities, toks: frozenset[str], head: str,
                      lex: Lexicon, definite: bool = True) -> int | None:
    """The entity a mention without a name is: a named holder of its title (only a
    definite title points back: عميد في الاستخبارات is someone new) or a paper now
    named (صحيفة جزائرية → «الخبر»)."""
    first_fit = None
    for idx in entities.with_title_word(head) if definite else ():
        ent = entities[idx]
        if ent.name and any(_title_fit(toks, t, head, lex) for t in ent.titles):
            if any(toks <= t for t in ent.titles):
                return idx  # المتحدث باسم الرئاسة → دميتري بيسكوف; المدير العام → the one
                # whose title has every word (المدير العام للتعليم), before a المدير …
            if first_fit is None:
                first_fit = idx
    if first_fit is not None:
        return first_fit
    for idx in entities.with_head([head]):
        ent = entities[idx]
        if not ent.name and ent.head == head and _generic(ent.tokens, head, lex) \
                and not _other_country(ent.tokens, toks, lex) \
                and not (_generic(toks, head, lex)
                         and not (toks <= ent.tokens or ent.tokens <= toks)):
            return idx  # صحيفة جزائرية … then صحيفة «الخبر»: the paper is now named
            # (not مسؤولون أمنيون … مسؤولون محليون: two groups described apart)
    return None


def _other_country(generic: frozenset[str], mention: frozenset[str], lex: Lexicon) -> bool:
    """The mention names a country other than the generic one's nationality: السلطات
    التونسية … سلطات الجزائر are two bodies, not one named later."""
    countries = [t for t in mention - generic if lex.nationality.match(t + "ي")]
    return any(not any(g.startswith(c) for g in generic) for c in countries)


def _generic(tokens: frozenset[str], head: str, lex: Lexicon) -> bool:
    """Only a head noun and describing adjectives (صحيفة جزائرية، مصدر مسؤول)."""
    return all(t == head or is_describer(t, lex) or is_describer("ال" + t, lex)
               for t in tokens)


def _head_key(text: str, ev: Event, lex: Lexicon) -> str:
    """The first word of the mention, as compared, in text order (the answer
    never depends on how a set is ordered); a one-letter abbreviation of a
    title of address (د. الضلعان، م.أحمد) is not a head, the word after it is."""
    return _head_of_span(text, ev.phrase or ev.surface, lex)


def _head_of_span(text: str, span: tuple[int, int] | None, lex: Lexicon) -> str:
    """:func:`_head_key` of the mention at ``span``."""
    if not span:
        return ""
    written = [t for t in _folded_words(text[span[0]:span[1]])
               if t not in lex.connectors or t == "عبد"]
    written = [w for w in written if len(bare(w)) > 1] or written
    while len(written) > 1 and (bare(written[0]) in _styles(lex) or bare(written[0]) in SAME or (
            bare(written[0]) in _address_titles(lex) and is_role(written[1], lex)
            and written[1] not in lex.honorifics)):
        written = written[1:]  # سعادة الوزير، معالي الوزيرة: the style of address is no
        # head; ذات البلاغ، نفس المسؤول: nor is "the same"; nor السيد of السيد المحافظ (but
        # السفير المالكي: a family name, no title, after it)
    return bare(written[0]) if written else ""

