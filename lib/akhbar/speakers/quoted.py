"""Words in quotation marks inside a subject phrase: a name or the statement.

Part of step 2 (events), per article: :func:`mark_quoted` drops the marks around
a short quoted name (صحيفة “ميرور”، رئيس المؤتمر "آندريه كوريا دو لاجو") and
marks its words; :func:`quoted_statement` tells whether quoted words met while
reading a subject open the statement instead (فيما اعتبرته النيابة "خطوة ضرورية"؛
وأضاف الوزير " المواطن لا يستهلك "), or name the body just written (الوكالة
"الوطنية للإعلام").

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> from akhbar.speakers.spans import tokens
>>> text = fold('صحيفة "ميرور" البريطانية')
>>> [t.text for t in mark_quoted(tokens(text, 0, len(text)), load_lexicon())[0]]
['صحيفة', 'ميرور', 'البريطانية']
"""

from __future__ import annotations

from akhbar.speakers.lexicon import Lexicon, zipf
from akhbar.speakers.propernames import name_runs, pick_name
from akhbar.speakers.spans import ARABIC_WORD_RE, QUOTE_CHARS, QUOTE_CLOSE, QUOTE_OPEN, WORD_RE, Tok
from akhbar.speakers.words import (
    COMPLEMENT,
    bare,
    body_name,
    common,
    is_definite,
    is_describer,
    is_given,
    is_org,
    is_role,
    namey,
    present_verb,
)

__all__ = ["after_a_source", "mark_quoted", "past_quoted_outlet", "quoted_statement"]


def mark_quoted(toks: list[Tok], lex: Lexicon) -> tuple[list[Tok], list[int]]:
    """Drop quotation marks around short names (صحيفة “ميرور”; four words if all
    read as a name: "آندريه كوريا دو لاجو", five after a title of address) and mark what they enclose; also return
    each kept token's index in ``toks``."""
    if QUOTE_CHARS.isdisjoint([t.text for t in toks]):
        return list(toks), list(range(len(toks)))  # most phrases: no mark to look at
    out: list[Tok] = []
    index: list[int] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text in QUOTE_OPEN or t.text in QUOTE_CHARS:
            close = QUOTE_CLOSE.get(t.text, t.text)
            body = i > 0 and is_org(toks[i - 1].text, lex)  # كتائب "…": a body's own name
            j = i + 1
            while j < len(toks) and j <= i + (_BODY_NAME if body else 6) \
                    and toks[j].text not in QUOTE_CHARS:
                j += 1
            longest = _BODY_NAME if body and _body_name(toks[i + 1:j], lex) else _longest(
                toks[i + 1:j], lex)
            if (j < len(toks) and 0 < j - i - 1 <= longest
                    and toks[j].text in (QUOTE_CHARS | {close})):
                for k in range(i + 1, j):
                    toks[k].quoted = True
                    out.append(toks[k])
                    index.append(k)
                i = j + 1
                continue
        out.append(t)  # a lone mark opens a statement: the caller stops there
        index.append(i)
        i += 1
    return out, index


#: How many tokens a body's quoted name may hold (كتائب "شهداء الأقصى-طلائع التحرير-نابلس").
_BODY_NAME = 9


def _body_name(inner: list[Tok], lex: Lexicon) -> bool:
    """Words (and dashes) that name a body: no particle, verb or statement word."""
    return bool(inner) and all(
        t.text in ("-", "–") or (WORD_RE.match(t.text) and t.text not in lex.stop
                                 and t.text not in lex.verbs and not COMPLEMENT.match(t.text))
        for t in inner)


def _all_names(toks: list[Tok], lex: Lexicon) -> bool:
    """Every word reads as a name, or the words are one name (مي عبد اللطيف)."""
    return all(namey(t.text, lex) or t.text in lex.connectors for t in toks) or (
        len(toks) >= 2 and name_runs(toks, lex) == [(0, len(toks))])


def _longest(inner: list[Tok], lex: Lexicon) -> int:
    """How many words quotation marks may hold around a name: three, four if all read
    as a name, five after a title of address ("الحاج موسى سيدي موسى كمال")."""
    if len(inner) > 1 and inner[0].text in lex.honorifics and _all_names(inner[1:], lex):
        return 5
    if body_name([t.text for t in inner], lex):
        return 5  # «الإدارة العامة لأمن السواحل»: a body's name, its head and genitives
    return 4 if _all_names(inner, lex) else 3


def quoted_statement(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """The quoted words from ``i`` on, after the phrase ``np_``, are the statement (or
    an object after a full name: اتهم … زبير ايدار «الدولة التركية»), not a name."""
    if after_a_source(np_, lex):
        return True  # واكد مصدر خاص " النهار " أن: the paper he spoke to
    if (np_ and is_role(np_[0].text, lex) and i + 1 < len(toks) and toks[i].quoted
            and not toks[i + 1].quoted and lex.nationality.match(toks[i].text)
            and is_definite(toks[i].text) and not pick_name(np_, lex)):
        return False  # وزير المالية "الإسرائيلي" فلان: a scare-quoted nationality, the
        # title goes on to its holder's name
    return bool(np_) and (is_definite(np_[-1].text) or len(pick_name(np_, lex)) >= 2) \
        and (i == 0 or not toks[i - 1].quoted) \
        and _common_words(toks, i, lex, _after_a_name(np_, lex)) \
        and not _body_named(toks, i, np_, lex)


def _after_a_name(np_: list[Tok], lex: Lexicon) -> bool:
    """The phrase ends with a person's name (وأكد الهمامي), not a title or a body whose
    name the quotation may give (وكالة الفضاء "ناسا"، المواطن "هشام")."""
    last = np_[-1].text
    name = pick_name(np_, lex)
    named = (bool(name) and name[-1] is np_[-1]) or (
        is_definite(last) and not common(bare(last), lex))  # (الهمامي: a family name)
    return named and not is_role(last, lex) and not is_org(last, lex) \
        and not is_describer(last, lex)


def past_quoted_outlet(toks: list[Tok], k: int) -> int:
    """The outlet told, in quotation marks after ل or a word in ل at ``k`` (قال لـ«عكاظ»
    …، وفق ما أكده لجوهرة "اف ام" …): the token after the closing mark and a comma after
    it, or ``k`` when there is none. The callers ask what may follow."""
    if not (k + 2 < len(toks) and toks[k].text[:1] == "ل" and toks[k + 1].text in QUOTE_OPEN):
        return k
    close = QUOTE_CLOSE[toks[k + 1].text]
    for j in range(k + 2, min(len(toks), k + 7)):
        if toks[j].text == close:
            j += 1
            return j + (j < len(toks) and toks[j].text in ("،", ","))
    return k


def after_a_source(np_: list[Tok], lex: Lexicon) -> bool:
    """The phrase is a whole unnamed source (مصدر خاص، مصدر طبي): what follows it is
    whom it spoke to."""
    last = np_[-1].text if np_ else ""
    return len(np_) >= 2 and bare(np_[0].text) in lex.sources and (
        is_describer(last, lex) or (last.endswith(("ي", "ية")) and len(last) >= 3
                                    and not is_definite(last) and last not in lex.stop))


def _body_named(toks: list[Tok], i: int, np_: list[Tok], lex: Lexicon) -> bool:
    """The quoted words name the body just written (الوكالة "الوطنية للإعلام"): they
    start with its adjective."""
    return (len(np_) == 1 and is_org(np_[0].text, lex) and is_describer(toks[i].text, lex)
            and not present_verb(toks[i].text, lex))


def _common_words(toks: list[Tok], i: int, lex: Lexicon, after_name: bool = False) -> bool:
    """The quoted words from ``i`` on are ordinary words, not a name."""
    words = []
    while i < len(toks) and toks[i].quoted:
        words.append(toks[i].text)
        i += 1
    after = toks[i].text if i < len(toks) else ""
    if not after_name and 2 <= len(words) <= 4 and is_given(words[0], lex) \
            and all(ARABIC_WORD_RE.match(w) for w in words):
        return False  # رئيس الحكومة «مهدي جمعة»: a given name opens a name, not a sentence
    if any(w in _PARTICLES or present_verb(w, lex) for w in words):
        # " التونسي لا يستهلك ": a sentence, the statement; but not an aside before
        # أن (أحد المسؤولين "تحتفظ الجريدة باسمه" أن …)
        return not COMPLEMENT.match(after)
    return all(common(w, lex) or common(bare(w), lex) or is_describer(w, lex)
               or (after_name and zipf(w, lex) >= 4.0 and not is_given(w, lex))
               for w in words)  # (وأكد الهمامي "مواصلة النضال": a word in use)


#: Particles that make quoted words a sentence, not a name.
_PARTICLES = frozenset({"لا", "لم", "لن", "قد", "ما", "ان", "انه", "انها"})
