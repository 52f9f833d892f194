"""Where a reporting verb's statement starts and ends.

Part of step 2 (events), per article: :func:`find_marker` finds the token where a
verb's statement starts (a colon, a quotation, أن/إن, a noun of saying, one of the
verb's prepositions) — not a quoted name (برنامج "صدى الملاعب") nor past a credit
after a comma (…، بحسب تقرير لصحيفة "ذا غارديان") — and :func:`statement` reads its
kind and span from there.

>>> from akhbar.speakers.spans import tokens
>>> text = "الوزير: «الإنتاج مستقر» ثم غادر"
>>> statement(text, tokens(text, 6, len(text)), 0)
('direct', 6, 23)
"""

from __future__ import annotations

from akhbar.speakers.lexicon import Lexicon, Verb
from akhbar.speakers.spans import QUOTE_CHARS, QUOTE_CLOSE, QUOTE_OPEN, WORD_RE, Tok, clause_end
from akhbar.speakers.words import COMPLEMENT, common, is_definite, is_org, is_role, opens_statement

__all__ = ["find_marker", "statement"]


def statement(text: str, toks: list[Tok], k: int) -> tuple[str, int, int]:
    """Kind (``direct``, ``indirect``) and span of the statement starting at token ``k``."""
    if k >= len(toks):
        return "indirect", toks[-1].end if toks else 0, toks[-1].end if toks else 0
    qs = toks[k].start
    j = k
    while j < len(toks) and (toks[j].text in (":", "،", ",") or COMPLEMENT.match(toks[j].text)
                             or toks[j].text in ("الى", "الي", "على", "عن", "من")):
        j += 1
        if j - k > 3:
            break
    if j < len(toks) and toks[j].text in QUOTE_OPEN:
        close = QUOTE_CLOSE.get(toks[j].text, toks[j].text)
        nl = text.find("\n", toks[j].end)
        ce = text.find(close, toks[j].end, len(text) if nl == -1 else nl)  # in the paragraph
        if ce != -1:
            return "direct", qs, ce + 1
        return "direct", qs, clause_end(text, toks[j].end, 2000)
    kind = "direct" if toks[k].text == ":" else "indirect"
    return kind, qs, clause_end(text, qs, 2000)


def _short_quote(toks: list[Tok], k: int) -> bool:
    """A quotation mark that closes within three words and is followed by more of
    the sentence encloses a name; so does one of up to five words followed by أن/إن
    (وأكد الوزير، "إبراهيم فال محمد الأمين" أنه)."""
    for j in range(k + 1, min(len(toks), k + 7)):
        if toks[j].text in QUOTE_CHARS:
            after = toks[j + 1].text if j + 1 < len(toks) else "."
            if j > k + 4:
                return opens_statement(after)
            return j > k + 1 and after not in (".", "،", ",", ":", "؟")
    return False


#: Words that open an attribution phrase: a verb's statement does not reach past them.
_CREDITS = frozenset({"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "طبقا"})


def _that_follows(toks: list[Tok], k: int) -> bool:
    """أن/إن comes later in the sentence (وأبلغت اللجنة الوزارة، بحسب خطاب، أن …)."""
    for t in toks[k + 1:k + 30]:
        if t.text in (".", "؟", "!"):
            return False
        if COMPLEMENT.match(t.text):
            return True
    return False


#: Words after which أن makes a verbal noun of time or manner, not a statement.
_NOT_SAYING_THAT = frozenset({"دون", "بدون", "قبل", "بعد", "كي", "لكي"})


def find_marker(toks: list[Tok], start: int, verb: Verb, lex: Lexicon,
                limit: int = 25) -> int | None:
    """The token where the verb's statement starts (a colon, a quotation, أن/إن, a noun
    of saying, one of the verb's prepositions), from ``start`` on; None if none."""
    if verb.needs == "thanks":
        return next((k for k in range(start, min(len(toks), start + limit))
                     if lex.thanks.match(toks[k].text)), None)
    closing = -1
    for k in range(start, min(len(toks), start + limit)):
        x = toks[k].text
        if x in _CREDITS and toks[k - 1].text in ("،", ",") and not _that_follows(toks, k):
            return None  # …، بحسب تقرير لصحيفة "ذا غارديان": what follows is the credit's
        if k == closing and (verb.lemma in lex.needs_proclitic or (
                k + 1 < len(toks) and opens_statement(toks[k + 1].text))):
            continue  # عبرت … ضيفة برنامج "بوليتيكا" اليوم عن قلقها: the name's closing
            # mark; a verb of saying may go on after it (قال … ل"دنيا الرياضة" حذرت)
        if x in QUOTE_OPEN and _short_quote(toks, k):
            closing = next(j for j in range(k + 1, len(toks)) if toks[j].text in QUOTE_CHARS)
            continue  # a quoted name (برنامج "صدى الملاعب"), not the statement
        if opens_statement(x) and k > start and toks[k - 1].text in _NOT_SAYING_THAT and not (
                k > start + 1 and toks[k - 2].text in ("فيما", "ما")):  # (قال فيما بعد إن)
            continue  # من دون أن تحدد عددها، قبل أن يغادر: when or how, not what was said
        if x == ":" or x in QUOTE_OPEN or opens_statement(x) or x in lex.saying:
            return k
        if verb.needs == "that":
            if x in verb.preps and k + 1 < len(toks) and COMPLEMENT.match(toks[k + 1].text):
                return k  # ذهب إلى أن; not ذهب إلى المدرسة
            continue
        if x in verb.preps and k > start and toks[k - 1].text in lex.compound_preps:
            continue  # ألقاها بالنيابة عن أمير البلاد: the preposition is the phrase's
        if x in verb.preps or (x[:1] in verb.preps and len(x) > 2 and _no_object(toks, start, k, lex)
                               and (is_definite(x[1:]) or common(x[1:], lex))):
            return k  # أقر بصعوبة المحادثات; not a ب inside an object that came first
            # (أقرت المحكمة رد طلب المدعي العام في الحكم بالقتل)
    return None


def _no_object(toks: list[Tok], start: int, k: int, lex: Lexicon) -> bool:
    """Nothing but an apposition or a circumstance (…، أمير المنطقة، في خطاب، خلال
    زيارته) stands between the subject and token ``k``."""
    first = toks[start].text if start < len(toks) else ""
    if first in ("،", ","):  # the words after the last comma: a title, a circumstance
        last = max(n for n in range(start, k) if toks[n].text in ("،", ","))
        first = toks[last + 1].text if last + 1 < k else ""
        # (not an object: أقرت الحكومة، الإثنين، مشروع مرسوم بحل المجلس)
        return (not first or not WORD_RE.match(first) or first in lex.stop
                or first in lex.honorifics or is_role(first, lex) or is_org(first, lex))
    return k == start or not WORD_RE.match(first) or first in lex.stop
