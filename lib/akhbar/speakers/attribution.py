"""Attribution phrases of one article: بحسب، وفقا لـ، نقلا عن، على لسان، في بيان لـ.

Step 2 of the pipeline (with :mod:`~akhbar.speakers.events`), per article:
:func:`attribution_events` finds each attribution phrase that is not part of a
reporting verb's subject, reads the source after it, credits a statement
document to its issuer (وفق بيان للأمم المتحدة → الأمم المتحدة) and keeps the
phrase only when the source is named (حسب الوزارة, not حسب الجدول). The
statement is the sentence the phrase belongs to.

>>> from akhbar.speakers.lexicon import load_lexicon
>>> text = "ارتفعت البطالة، بحسب وكالة رويترز."
>>> [(e.kind, text[slice(*e.surface)]) for e in attribution_events(text, [], load_lexicon())]
[('attribution', 'وكالة رويترز')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from akhbar.speakers.events import Event
from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.phrase import Phrase, phrase
from akhbar.speakers.quoted import past_quoted_outlet
from akhbar.speakers.spans import Tok, clause_end, prev_sentence, tokens, without_la
from akhbar.speakers.subjects import (
    document_issuer,
    issued_by,
    source_like,
    time_adverbs,
    without_preposition_la,
)
from akhbar.speakers.words import (
    bare,
    common,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    superlative,
)

__all__ = ["ATTRIBUTION_RE", "attribution_event", "attribution_events"]

#: The attribution phrases: بحسب، حسب (no لـ: حسب لين روت is a name)، وفقا لـ، طبقا لـ، نقلا عن، على لسان، في تصريحات لـ، في بيان لـ، جاء في (a document).
ATTRIBUTION_RE = re.compile(
    r"(?<![\w])(?:[وف]?(?:ب?حسب(?=\s|ما)\s*|(?:وفقا|وفق|طبقا)(?=\s|ل|ما)\s*(?:ل(?:ما)?\s*)?)"
    r"|[وف]?نقلا\s+عن\s*|على\s+لسان\s*|على\s+حد\s+(?:تعبير|قول)(?!\w)\s*|في\s+تصريحات?\s+ل\s*"
    r"|في\s+(?:بيان|بلاغ)\s+(?:ل|صادر\s+عن)\s*"
    # وجاء في البيان، ورد في تقرير البنك الدولي: the document speaks for its issuer
    r"|[وف]?(?:قد\s+)?(?:جاء|ورد)\s+في\s+(?:نص\s+)?(?=(?:ال)?(?:بيان|بلاغ|تقرير|رسال|برقي|تغريد)))"
)


def attribution_events(text: str, verb_events: list[Event], lex: Lexicon) -> list[Event]:
    """The events of the attribution phrases of a folded article text, in text order,
    leaving out those inside a reporting verb's subject (``verb_events``, in order)."""
    starts = [e.start for e in verb_events]
    reach = list(accumulate((e.qstart for e in verb_events), max))  # how far subjects go
    events = []
    for m in ATTRIBUTION_RE.finditer(text):
        k = bisect_right(starts, m.start())
        if k and reach[k - 1] > m.start():
            continue  # some verb's subject spans it: its start <= here < its statement
        ev = attribution_event(text, m, lex)
        if ev is not None:
            events.append(ev)
    return events


def attribution_event(text: str, m: re.Match, lex: Lexicon) -> Event | None:
    """The event of the attribution phrase matched by ``m``, or None when it names no source."""
    ce = clause_end(text, m.end())
    toks = tokens(text, m.end(), ce)
    if not toks or _only(text, m, toks):
        return None
    k = _after_reported_verb(text, toks, m, lex)
    if k is None:
        return None  # حسب ما + something else than a verb
    if _relayed_from_him(toks, k, lex):
        return None  # حسبما نقلت عنه وكالة «سبأ»: the outlet relays the speaker just quoted
    if m.group().rstrip().endswith("ل") and toks[k].text in ("ه", "ها", "هم", "هما"):
        return None  # في بيان لها: the subject of the sentence's own verb
    article = ""
    if m.group().endswith("ل") and toks[k].text[:1] == "ل" and len(toks[k].text) > 3:
        t = toks[k]  # وفقًا للمصادر الأمنية، للدكتور الصبري: the trigger took the first ل
        # of لل; the word is read whole again (للوائح: اللوائح; للجنة الانتخابات: لجنة …)
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        split = without_preposition_la(Tok("ل" + t.text, t.start - 1, t.end, t.quoted), lex, nxt)
        if split is not None:
            toks = [*toks[:k], split[0], *toks[k + 1:]]
            article = split[1]
    if "تصريح" in m.group() and (bare(toks[k].text) in lex.addressee
                                 or toks[k].text in lex.addressee):
        return None  # الغيثي بيّن في تصريحات لصحيفة الشرق الأوسط: the outlet he spoke to
    source, lead, document = _source(toks, k, lex)
    if source is None:
        return None
    if article and not lead and source.tokens and source.tokens[0].start == toks[k].start:
        lead = article
    after = toks[k + source.stop].text if k + source.stop < len(toks) else "."
    if document and after in ("صادر", "صادرة", "الصادر", "الصادرة") and (
            k + source.stop + 1 < len(toks)
            and toks[k + source.stop + 1].text in ("عنه", "عنها", "عنهم", "عنهما")):
        return None  # حسبما جاء في بيان رسمي صادر عنه: the sentence's own subject's
    closes = after in (".", "؟", "!") or k + source.stop >= len(toks)
    if (len(source.name) == 1 and source.name[0] is source.tokens[0] and len(source.tokens) > 1
            and not source.name[0].quoted and not is_given(source.name[0].text, lex)
            and not (document and is_role(source.tokens[1].text, lex))):
        return None  # وفق أرقى معايير …: a rare word, not a named source (but حسب
        # تصريحات كيري وزير الخارجية: a name and its title)
    if not (source_like(source, lex) or closes) or not _source_head(source, lex, closes):
        return None
    span_toks = source.name or source.tokens
    # the statement is the sentence the phrase belongs to
    newline = text.rfind("\n", 0, m.start())
    s0 = max(newline, prev_sentence(text, m.start(), max(newline, 0))) + 1
    qe = clause_end(text, m.end(), 2000)
    return Event(m.start(), qe, m.group().strip(), "attribution", min(m.start(), s0), qe,
                 (span_toks[0].start, span_toks[-1].end), bool(source.name),
                 phrase=(source.tokens[0].start, source.tokens[-1].end),
                 document=document, lead=lead if not source.name else "")


def _relayed_from_him(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A relaying verb with the speaker as a pronoun before the outlet (حسبما نقلت
    عنه الوكالة، وفق ما نقلته عنها الصحيفة): the outlet is no source of its own."""
    if k < 2 or toks[k - 1].text not in ("عنه", "عنها", "عنهم"):
        return False
    verb = lex.verbs.get(toks[k - 2].text) or lex.verbs.get(toks[k - 2].text.rstrip("ه"))
    return verb is not None and verb.family == "relay"


def _only(text: str, m: re.Match, toks: list[Tok]) -> bool:
    """فحسب "only" (ليس أمام الشعب فحسب وإنما أمام العالم), not ف + حسب "according to"."""
    return m.group().strip() == "فحسب" and (
        toks[0].text in ("بل", "وانما", "وإنما", "انما", "،", ",", ".")
        or "ليس" in text[max(0, m.start() - 80):m.start()].split())


def _after_reported_verb(text: str, toks: list[Tok], m: re.Match, lex: Lexicon) -> int | None:
    """Where the source starts: after "ما قاله" / "ما أعلنته" in حسب ما قاله …, else at 0;
    None when ما is not followed by a verb."""
    if not (toks[0].text == "ما" or m.group().rstrip().endswith("ما")):
        return 0
    k = 1 if toks[0].text == "ما" else 0
    if k >= len(toks):
        return None
    x = toks[k].text
    vm = lex.verb_re.match(text, toks[k].start)
    if not (x.rstrip("ه") in lex.verbs or (vm and vm.end() == toks[k].end) or x[:-1] in lex.verbs):
        return None
    k += 1
    if k < len(toks) and toks[k].text in ("ه", "ها", "به", "بها", "عنه", "عنها", "له", "لها",
                                          "اليه", "اليها"):
        k += 1  # بحسب ما صرح به مصدر أمني، وفق ما أفاد به، بحسب ما أشار له
    while k < len(toks) and k < 8 and toks[k].text in lex.time:
        k += 1  # حسبما أفاد به اليوم السبت بيان للوزارة: the time, then the source
    k = _past_addressee(toks, k, lex)  # وفق ما أكده لجوهرة "اف ام" الناطق الرسمي …
    if k < len(toks) and toks[k].text in ("،", ","):
        later = k + time_adverbs(toks[k:], lex)
        if later > k + 1 and later < len(toks):
            k = later + (toks[later].text in ("،", ",") and later + 1 < len(toks))
            # وفق ما ذكره، اليوم الاثنين، المدير العام للشركة: a time set off in commas
    return k


def _past_addressee(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """After ما أكده / ما صرح به, the outlet told (لجوهرة "اف ام"، لـ«عكاظ»، لجوهرة) may
    come before the source: skip it when a title, body or given name follows."""
    j = past_quoted_outlet(toks, k)
    if j == k:
        if k >= len(toks) or toks[k].text[:1] != "ل" or len(toks[k].text) <= 3:
            return k
        j = k + 1  # an outlet in ل with no quotation marks
    nxt = toks[j].text if j < len(toks) else ""
    return j if (is_role(nxt, lex) or is_org(nxt, lex) or is_given(nxt, lex)
                 or nxt in lex.honorifics) else k


def _source(toks: list[Tok], k: int, lex: Lexicon) -> tuple[Phrase | None, str, str]:
    """The source phrase from token ``k`` (the one after عن when a relay comes first),
    the letters written before it, and the document it was read off ("" if none)."""
    if _elative_of_what(toks, k, lex):
        return None, "", ""  # وفق أحدث ما وصلت إليه التقنية: a measure, not a source
    source = phrase(toks[k:], lex)
    # "نقلته «واشنطن بوست» عن دريو ويبر": the source after عن speaks
    rest = toks[k + source.stop:]
    if rest and rest[0].text == "عن":
        inner = phrase(rest[1:], lex)
        if inner.tokens:
            source = inner
    if not source.tokens:
        return None, "", ""
    kind = bare(source.tokens[0].text)
    issued = issued_by(toks, k, source, lex)
    if issued is not None:
        return issued, "", kind
    if kind in lex.documents and all(is_describer(t.text, lex) or t.text in _ANOTHER
                                     for t in source.tokens[1:]):
        # (ووفقا لبيان آخر من الخلية: "another" describes the document, not its issuer)
        issuer, lead = _issuer_after_la(toks[k + source.stop:], lex)
        if issuer is not None:
            return issuer, lead, kind
    if kind in lex.documents and len(source.tokens) > 1:
        issuer, lead = document_issuer(source, lex)
        return issuer, lead, kind
    return source, "", ""


_ANOTHER = frozenset({"اخر", "اخرى", "جديد", "جديدة"})


def _issuer_after_la(rest: list[Tok], lex: Lexicon) -> tuple[Phrase | None, str]:
    """The body a lone document is "of", written with لـ or من, where the phrase
    stopped at it as at an addressee (بحسب تقرير لصحيفة الغارديان → صحيفة الغارديان;
    تقرير لـ"الأناضول" → الأناضول; وفق بيانات من الجهاز المركزي للإحصاء → the bureau)."""
    if len(rest) > 1 and rest[0].text in ("ل", "من"):
        issuer = phrase(rest[1:], lex)  # لـ "الأناضول"، من الجهاز: a word of its own
        head = issuer.tokens[0] if issuer.tokens else None
        if head is not None and (head.quoted or issuer.name or is_org(head.text, lex)):
            return issuer, ""
        return None, ""
    if not rest or rest[0].text[:1] != "ل" or len(rest[0].text) < 4:
        return None, ""
    t0, lead = without_la(rest[0])
    issuer = phrase([t0, *rest[1:]], lex)
    head = issuer.tokens[0].text if issuer.tokens else ""
    if not (is_org(head, lex) or is_org(bare(head), lex) or issuer.name):
        return None, ""
    return issuer, lead


def _elative_of_what(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """أفعل before ما/من (أحدث ما وصلت إليه، أكثر من): a degree, nobody speaks."""
    first = toks[k].text if k < len(toks) else ""
    return (len(first) == 4 and first[0] == "ا" and not is_given(first, lex)
            and k + 1 < len(toks) and toks[k + 1].text in ("ما", "من"))


def _source_head(source: Phrase, lex: Lexicon, closes: bool = False) -> bool:
    """After بحسب/وفقا لـ a source must be named: حسب الوزارة yes, حسب الجدول no,
    nor a plan, law or rule (وفقا لخطة العمل، حسب النظام). A lone definite word
    closing the sentence (…، بحسب الوطن.) names a source."""
    head = bare(source.tokens[0].text)
    if head in lex.not_sources or head.rstrip("ة") in lex.not_sources:
        return False
    first = source.tokens[0].text
    nxt = source.tokens[1].text if len(source.tokens) > 1 else ""
    if superlative(first, nxt, lex):
        return False  # حسب أفضل المعايير: a measure, not a source
    if head in lex.quantifiers and (len(source.tokens) < 3
                                    or not is_role(source.tokens[2].text, lex)):
        return False  # وفقا لعدد من الأسس
    if source.name and (source.name[0] is source.tokens[0]
                        or is_role(source.tokens[0].text, lex)
                        or is_org(source.tokens[0].text, lex)):
        return True  # بحسب رويترز، وفقا للناطق … بدر السحيباني; not وفق آلية تحدد
    if closes and len(source.tokens) == 1 and is_definite(source.tokens[0].text):
        return True
    head = source.tokens[0].text
    return (is_role(head, lex) or is_org(head, lex) or source.tokens[0].quoted
            or bare(head) in lex.documents or bool(lex.nationality.match(head))
            or _proper_definite(head, lex))


def _proper_definite(head: str, lex: Lexicon) -> bool:
    """A definite word whose bare form is rare and no adjective names a place or a
    body (حسب الإليزيه، وفقا للبنتاغون): not a common noun (حسب الجدول)."""
    b = bare(head)
    if head.endswith(("ة", "ات", "ا", "ى")):
        return False  # حسب الأقدمية، حسب المنايا: abstract nouns and plurals
    return (is_definite(head) and len(b) > 3 and zipf(b, lex) < 2.5 and zipf(head, lex) > 0
            and not common(b, lex) and not is_describer(head, lex))
