"""One article → its reporting events as rows: the per-article pipeline.

:func:`article_quotes` is a pure function of one article and a lexicon: it
reads nothing else and keeps nothing between calls, so a corpus can be cut in
any pieces (Dask partitions, processes) and each piece run on its own. Its
steps, one module each:

1. fold the text, keeping the way back to the body, and read lines broken in the
   middle of a sentence as one (:mod:`~akhbar.speakers.spans`);
2. find the events: reporting verbs and participles (:mod:`~akhbar.speakers.events`),
   attribution phrases (:mod:`~akhbar.speakers.attribution`);
3. mark the events nested in another's statement (:mod:`~akhbar.speakers.nesting`);
4. resolve who is who in the article (:mod:`~akhbar.speakers.coref`);
5. write one row per event with a speaker, in the body's own characters.

The speaker names are the article's; merging them across articles needs the
whole corpus and is a separate step (:func:`akhbar.speakers.merge_names`).

>>> from akhbar.speakers.lexicon import load_lexicon
>>> rows = article_quotes("a", "قال الرئيس الروسي، فلاديمير بوتين إن الوضع خطير.", load_lexicon())
>>> [(r["speaker"], r["verb"], r["kind"], r["start"]) for r in rows]
[('فلاديمير بوتين', 'قال', 'indirect', 0)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from akhbar.speakers.attribution import attribution_events
from akhbar.speakers.coref import Entity, resolve
from akhbar.speakers.events import Event, participle_events, verb_events
from akhbar.speakers.lexicon import Lexicon, Verb, fold
from akhbar.speakers.nesting import mark_nested, stray_cut
from akhbar.speakers.spans import (
    QUOTE_OPEN,
    Folded,
    fold_article,
    join_broken_lines,
    paragraph_of,
    quote_spans,
)
from akhbar.speakers.words import bare

__all__ = ["QUOTE_COLUMNS", "article_quotes", "find_events"]

#: The columns of :func:`article_quotes`' rows and of :func:`akhbar.speakers.quotes`.
QUOTE_COLUMNS = [
    "article_id", "speaker", "speaker_surface", "verb", "kind", "quote",
    "start", "end", "paragraph", "nested", "continuation",
]


def article_quotes(article_id, body: str, lexicon: Lexicon) -> list[dict]:
    """One dict per reporting event of one article (keys :data:`QUOTE_COLUMNS`), in
    text order; ``speaker`` is the article's fullest form of the speaker."""
    if not body:
        return []
    art = fold_article(body)
    text = join_broken_lines(art.text)  # same length: offsets stay the article's
    damma = "\u064f" in body  # (most articles carry no short vowels at all)
    events = [ev for ev in find_events(text, lexicon) if not _first_person(art, ev, lexicon)
              and not (damma and _marked_passive(art, ev, lexicon))]
    entities = resolve(text, events, lexicon)
    return _rows(article_id, art, events, entities, lexicon)


def find_events(text: str, lexicon: Lexicon) -> list[Event]:
    """Every reporting event of a folded article text, in text order, nested ones marked."""
    events = verb_events(text, lexicon)
    attributions = attribution_events(text, events, lexicon)
    events = _outside(events, attributions) + attributions
    events += participle_events(text, lexicon)
    events.sort(key=lambda e: e.start)
    events = _said_again(events)
    mark_nested(events, stray_cut(text, quote_spans(text), events))
    _relayed_by_outlets(text, events, lexicon)
    return events


def _relayed_by_outlets(text: str, events: list[Event], lexicon: Lexicon) -> None:
    """An outlet named in an attribution that closes another's statement (وقال الكعبي:
    «…»، وفقا لصحيفة الشرق.، بحسب “الوطن” العمانية.) only passes his words on: nested,
    not counted (the guideline makes such a relay optional, the original source
    required). An outlet is a newspaper, agency … by its head word, or a name in
    quotation marks."""
    reported = [e for e in events if e.kind != "attribution" and not e.nested]
    for ev in events:
        if ev.kind != "attribution" or ev.surface is None or ev.nested:
            continue
        head = bare(text[ev.surface[0]:ev.surface[1]].split()[0])
        rest = re.split(r"[.!؟?\n]", text[ev.surface[1]:ev.surface[1] + 200], maxsplit=1)[0]
        if len(rest.split()) > 2:
            continue  # وبحسب صحيفة معاريف فإنه …: the outlet's own report follows
        quoted = text[max(0, ev.surface[0] - 2):ev.surface[0]].strip()[-1:] in QUOTE_OPEN
        if (head in lexicon.addressee or quoted) and any(
                e.qstart < ev.start <= e.qend + 3
                and "\n" not in text[e.start:ev.start] for e in reported):
            ev.nested = True


def _said_again(events: list[Event]) -> list[Event]:
    """A verb written again before the statement after a long circumstance ("وقال
    الوزير في مؤتمر صحفي عقده أمس …، قال إن …") is the same event, not a second one."""
    kept: list[Event] = []
    for ev in events:
        prev = kept[-1] if kept else None
        if (prev is not None and ev.surface is None and prev.start < ev.start < prev.qstart
                and ev.qstart == prev.qstart and ev.verb == prev.verb.lstrip("وف")):
            # (no و: "وقال الحراس …، وقال أيضا إن" is a second statement)
            continue
        kept.append(ev)
    return kept


def _verb_of(ev: Event, lexicon: Lexicon) -> Verb | None:
    """The lexicon's entry for the event's verb, its و/ف taken off first (وأضاف)."""
    return lexicon.verbs.get(ev.verb.lstrip("وف")) or lexicon.verbs.get(ev.verb)


def _first_person(art: Folded, ev: Event, lexicon: Lexicon) -> bool:
    """أعتقد "I believe" is folded like اعتقد "he believed": a verb whose past starts
    with a connecting alef (اعتقد، اعتبر، انتقد، استنكر) written with a hamza (أ) and
    without a subject is the first person present, the writer's or a quoted voice."""
    if ev.surface is not None or ev.kind == "attribution" or ev.continuation:
        return False
    written = art.original_text(ev.start, ev.start + len(ev.verb)).lstrip("وف")
    verb = _verb_of(ev, lexicon)
    return (written[:1] == "أ" and verb is not None and not verb.present
            and verb.lemma.startswith("ا") and len(verb.lemma) >= 5)


def _marked_passive(art: Folded, ev: Event, lexicon: Lexicon) -> bool:
    """A past verb written with a damma on its first letter is passive (شُدِّد على،
    أُعلن عن: "it was stressed, announced"): nobody is said to speak. (In the present
    the damma marks the active of أفعل too: يُؤكد.)"""
    if ev.kind == "attribution":
        return False
    verb = _verb_of(ev, lexicon)
    written = art.original_text(ev.start, ev.start + len(ev.verb))
    if ev.proclitic:
        written = written[1:]
    return verb is not None and not verb.present and written[1:2] == "\u064f"


def _outside(verbs: list[Event], attributions: list[Event]) -> list[Event]:
    """The verb events that are not the verb of an attribution phrase (بحسب ما أفاد
    به مصدر: one event, the phrase's)."""
    spans = sorted((a.start, a.surface[0]) for a in attributions if a.surface)
    if not spans:
        return verbs
    # the furthest end of the spans starting at or before each start: one bisect a
    # verb, not a pass over every attribution (a concatenated dump has thousands)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    return [v for v in verbs
            if (k := bisect_right(starts, v.start)) == 0 or reach[k - 1] <= v.start]


def _rows(article_id, art: Folded, events: list[Event], entities: list[Entity],
          lexicon: Lexicon) -> list[dict]:
    paragraph = paragraph_of(art.text)
    rows = []
    for ev in events:
        if ev.entity < 0:
            continue
        ent = entities[ev.entity]
        surface = ev.lead + art.original_text(*ev.surface) if ev.surface else ""
        rows.append({
            "article_id": article_id,
            "speaker": _speaker(_clean(ent.lead + art.original_text(*ent.surface)), lexicon),
            "speaker_surface": _clean(surface),
            "verb": art.original_text(ev.start, ev.start + len(ev.verb)).strip(),
            "kind": ev.kind,
            "quote": art.original_text(ev.qstart, ev.qend).strip(" :،,\n"),
            "start": art.original(ev.start),
            "end": art.original(ev.end),
            "paragraph": paragraph(ev.start),
            "nested": ev.nested,
            "continuation": ev.continuation,
        })
    return rows


def _speaker(name: str, lexicon: Lexicon) -> str:
    """The speaker's name; an epithet of God stands for الله (قال تعالى: a verse)."""
    return "الله" if fold(name) in lexicon.divine else name


def _clean(s: str) -> str:
    s = re.sub(r"[«»“”\"„]", "", s)
    return " ".join(s.split())
