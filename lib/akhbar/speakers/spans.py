"""An article's text as the rules read it: folded, with the way back to the original characters.

Step 1 of the pipeline, per article: :func:`fold_article` folds the body
(:func:`akhbar.speakers.lexicon.fold`) and keeps, for each folded character,
the offset of the character it came from, so that every string and offset in
the output refers to the article as written. The rest are the text's pieces
that the rules look at: tokens, quotation spans, sentence and clause ends,
paragraphs (:func:`akhbar.corpus.paragraph_spans`, the one definition of a
paragraph). Nothing here needs more than the one article.

>>> art = fold_article("قالَ الرئيـس: «نعم».")
>>> art.text, art.original_text(0, 3), art.original(3)
('قال الرئيس: «نعم».', 'قالَ', 4)
>>> [t.text for t in tokens(art.text, 0, len(art.text))]
['قال', 'الرئيس', ':', '«', 'نعم', '»', '.']
>>> quote_spans('وقال: "هذا جيد جدا".')
[(6, 19)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

import numpy as np

from akhbar.corpus import paragraph_spans
from akhbar.speakers.lexicon import fold
from akhbar.text.charsets import ARABIC_LETTERS

__all__ = [
    "ABBREVIATED_TITLES",
    "ARABIC_WORD_RE",
    "QUOTE_CHARS",
    "QUOTE_CLOSE",
    "QUOTE_OPEN",
    "WORD_RE",
    "Folded",
    "Tok",
    "abbreviation_dot",
    "clause_end",
    "first_tokens",
    "fold_article",
    "join_broken_lines",
    "line_start",
    "paragraph_of",
    "prev_sentence",
    "quotation_before",
    "quote_spans",
    "tokens",
    "without_la",
]

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
WORD_RE = re.compile(r"^\w+$")
# a word of Arabic-script letters only — the letters akhbar.text.charsets owns, so
# the Maghrebi ڤ ڨ and the Persian پ چ گ of names (رضا زڤيلي) are letters too
ARABIC_WORD_RE = re.compile(f"^[{ARABIC_LETTERS}]+$")
QUOTE_OPEN = frozenset('«“"„\'‘')
QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“", "'": "'", "‘": "’"}
QUOTE_CHARS = frozenset("«»“”\"„'‘’")
#: One-letter titles of address written with a dot, folded: د. (دكتور), م. (مهندس),
#: أ. (أستاذ).
ABBREVIATED_TITLES = frozenset("دما")
_END_RE = re.compile(r"\n|[.!?؟؛](?=[\s\"»”']|$)")
_QUOTATION_RE = re.compile(r'«[^«»\n]{3,}»|“[^“”\n]{3,}”|"[^"\n]{3,}"|”[^“”\n]{3,}“')


# --------------------------------------------------------------------------
# The folded text and the map back.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Folded:
    """An article's ``body`` and its folded ``text``; ``offsets[i]`` is the body offset
    of folded character ``i`` (None when the two line up one to one)."""

    body: str
    text: str
    offsets: np.ndarray | None

    def original(self, i: int) -> int:
        """The body offset of folded offset ``i``."""
        return int(self.offsets[i]) if self.offsets is not None else i

    def original_text(self, a: int, b: int) -> str:
        """The body's characters behind the folded span ``a:b``."""
        return self.body[self.original(a):self.original(b)]


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return fold(c)


# Below U+0800 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic) fold changes only a
# known few characters; above it, any may change (presentation forms, format marks).
_LOW = 0x800


@lru_cache(maxsize=1)
def _may_fold() -> re.Pattern[str]:
    """One character class for the characters fold may change: the few below U+0800
    whose fold differs (أ إ آ، diacritics, tatweel, Arabic digits), and all above."""
    low = "".join(re.escape(chr(c)) for c in range(_LOW) if _fold_char(chr(c)) != chr(c))
    return re.compile(f"[{low}\\u0800-\\U0010ffff]")


def fold_article(body: str) -> Folded:
    """``fold`` applied character by character, with the original offset of each
    folded character.

    Applying it per character keeps a map back to the body. Only the characters fold
    changes are looked at (a handful per article, found by one regex): each is
    replaced with ``str.replace``, and the offsets are only built when some of them
    vanish (diacritics, tatweel) or expand (ligatures)."""
    found = set(_may_fold().findall(body))
    changed = {c: f for c in found if (f := _fold_char(c)) != c}
    text = body
    for char, folded in changed.items():
        # fold is idempotent, so no replacement makes a character another one changes
        text = text.replace(char, folded)
    odd = {ord(c): len(f) for c, f in changed.items() if len(f) != 1}
    if not odd:
        return Folded(body, text, None)
    # one vectorised comparison per odd character (a handful): no loop over the
    # body's characters
    codes = np.frombuffer(body.encode("utf-32-le"), dtype=np.uint32)
    lengths = np.ones(len(body), dtype=np.int64)
    for code, length in odd.items():
        lengths[codes == code] = length
    offsets = np.repeat(np.arange(len(body), dtype=np.int64), lengths)
    return Folded(body, text, np.append(offsets, len(body)))


# --------------------------------------------------------------------------
# Tokens.
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Tok:
    """A word or a punctuation mark of the folded text, with its folded offsets;
    ``quoted`` when quotation marks around a short name enclose it."""

    text: str
    start: int
    end: int
    quoted: bool = False


def without_la(tok: Tok) -> tuple[Tok, str] | None:
    """The word with its preposition لـ taken off, and the letters to write before it
    (للأمم → الأمم, "ال"; لصحيفة → صحيفة, ""); None when it has none."""
    x = tok.text
    if x.startswith("لل") and len(x) > 3:
        return Tok("ال" + x[2:], tok.start + 2, tok.end, tok.quoted), "ال"
    if x.startswith("ل") and len(x) > 2:
        return Tok(x[1:], tok.start + 1, tok.end, tok.quoted), ""
    return None


def abbreviation_dot(toks: list[Tok], n: int) -> bool:
    """``toks[n]`` is the dot of a one-letter title of address (د. يحيى، م. أحمد), not a
    full stop."""
    return toks[n].text == "." and n > 0 and toks[n - 1].text in ABBREVIATED_TITLES


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` (words and single punctuation marks)."""
    # the pattern has no anchor nor lookaround: scanning text[start:end] in place is
    # the same as scanning the slice, without the copy
    toks = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]
    if text.find(" و ", start, end) < 0:
        return toks  # (no و standing alone: the common case, nothing to join)
    return _and_written_apart(toks)


def _and_written_apart(toks: list[Tok]) -> list[Tok]:
    """A و written apart from its word (وزير الأوقاف و الشؤون الإسلامية) is that word's
    proclitic, as if written on it."""
    out: list[Tok] = []
    for tok in toks:
        if out and out[-1].text == "و" and tok.text[:1].isalpha() and tok.start - out[-1].end == 1:
            out[-1] = Tok("و" + tok.text, out[-1].start, tok.end)
        else:
            out.append(tok)
    return out


def first_tokens(text: str, start: int, end: int, n: int) -> list[Tok]:
    """The first ``n`` tokens of ``text[start:end]``: ``tokens(text, start, end)[:n]``
    without making the rest (a clause may run 600 characters on)."""
    joins = text.find(" و ", start, end) >= 0
    # a join makes one token of two, so 2n raw tokens always give n joined ones
    toks = [Tok(m.group(), m.start(), m.end())
            for m in islice(_TOKEN_RE.finditer(text, start, end), 2 * n if joins else n)]
    return _and_written_apart(toks)[:n] if joins else toks


# --------------------------------------------------------------------------
# Sentences, clauses, quotations, paragraphs.
# --------------------------------------------------------------------------


def clause_end(text: str, pos: int, limit: int = 600) -> int:
    """End of the sentence from ``pos``: a newline or a full stop, but not the dot of
    a one-letter abbreviation (د. الدخيل); at most ``limit`` characters on.

    >>> clause_end("قال د. الدخيل إن الوضع جيد. وأضاف", 0)
    26
    """
    end = min(len(text), pos + limit)
    for m in _END_RE.finditer(text, pos, end):
        k = m.start()
        if text[k] == "\n" or not (k >= 2 and text[k - 2] == " " and text[k - 1] in "دمأا"):
            return k
    return end


def line_start(text: str, pos: int, reach: int) -> tuple[int, bool]:
    """Where to start reading back from ``pos``: the start of its line, but at most
    ``reach`` characters back; and whether the line was cut there. Looks no further
    back than ``reach``, so that a huge line costs no more than a short one.

    >>> line_start("سطر\\nقال الوزير", 12, 120), line_start("قال الوزير", 10, 4)
    ((4, False), (6, True))
    """
    lo = pos - reach
    newline = text.rfind("\n", max(0, lo - 1), pos)
    if newline >= 0 or lo <= 0:
        return max(newline + 1, lo), False
    return lo, True


def prev_sentence(text: str, pos: int, since: int = 0) -> int:
    """The offset after the last ". " or "؟" before ``pos`` (from ``since`` on), or -1."""
    k = max(text.rfind(". ", since, pos), text.rfind("؟", since, pos))
    return k + 1 if k >= 0 else -1


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (pairs of quotation marks within a paragraph, holding
    more than one word), in order and never overlapping."""
    return [(m.start(), m.end()) for m in _QUOTATION_RE.finditer(text) if " " in m.group()]


def quotation_before(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation that ends right before ``pos`` (a comma between them at most) and
    opens in its paragraph, holding more than two words: the statement of a verb
    written after it ("«الوضع صعب»، يقول فلان").

    >>> text = "«الوضع صعب جدا»، يقول كمال"
    >>> quotation_before(text, text.index("يقول"))
    (0, 15)
    """
    m = _CLOSED_BEFORE.search(text, max(0, pos - 6), pos)
    if m is None:
        return None
    close = m.start()
    opener = _OPENER_OF[text[close]]
    start = text.rfind(opener, max(0, text.rfind("\n", 0, close) + 1), close)
    if start < 0 or len(text[start + 1:close].split()) < 3:
        return None
    return start, close + 1


#: A closing quotation mark, a comma perhaps, and nothing else up to the verb.
_CLOSED_BEFORE = re.compile(r'[»”"]\s*[،,]?\s*$')
_OPENER_OF = {"»": "«", "”": "“", '"': '"'}


_TERMINAL = frozenset(".!?؟:؛»\"”'")


def join_broken_lines(text: str) -> str:
    r"""The text with the line breaks that cut a sentence read as spaces (same length,
    so offsets do not move). Older archives and some scrapers wrap text at a fixed
    width (…وقال وزير\nالخارجية سامح شكري إن…): when most lines of an article end
    without a sentence mark and are short, a break after a line that does not end a
    sentence is a space. A blank line still ends a paragraph.

    >>> join_broken_lines("وقال وزير\nالخارجية سامح شكري\nإن الوضع جيد.\nوأضاف\nأن")
    'وقال وزير الخارجية سامح شكري إن الوضع جيد.\nوأضاف أن'
    """
    lines = text.split("\n")
    full = [ln.rstrip() for ln in lines if ln.strip()]
    if len(full) < 4:
        return text
    open_ended = sum(1 for ln in full if ln[-1] not in _TERMINAL)
    short = sorted(len(ln) for ln in full)[len(full) // 2] < 90
    if open_ended * 10 < len(full) * 6 or not short:
        return text
    out = list(text)
    pos = 0
    for ln, nxt in pairwise(lines):
        pos += len(ln)
        if ln.strip() and nxt.strip() and ln.rstrip()[-1] not in _TERMINAL:
            out[pos] = " "
        pos += 1
    return "".join(out)


def paragraph_of(text: str):
    """A function giving the 0-based paragraph number of an offset of ``text``.

    >>> paragraph_of("فقرة أولى\\n\\nفقرة ثانية")(12)
    1
    """
    starts = [start for start, _ in paragraph_spans(text)] or [0]
    return lambda pos: max(bisect_right(starts, pos) - 1, 0)
