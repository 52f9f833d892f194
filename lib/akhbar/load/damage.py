"""Text that decoded but is damaged: mojibake (repaired), ``?``-lossy text (flagged).

Works on one text at a time, with no state: it can run on any worker.

- **Mojibake**: Arabic UTF-8 that a tool once read as Latin-1/Windows-1252
  (``Ø§Ù„``) or as Windows-1256 (``ط§ظ„``) and saved again. The first kind
  is repaired with ``ftfy.fix_encoding``; ftfy has no Windows-1256 table, so
  the second is undone here by the exact inverse (encode as Windows-1256,
  decode as UTF-8), line by line, only on lines that show its signature and
  only when the inverse is clean. Text that was right is never touched: a
  repair is kept only when it gives more Arabic letters than it takes away.
- **Lossy conversions**: Arabic letters replaced by ``?`` at the source
  (``???? ?? ?????``) cannot be repaired; the share of letters lost is
  reported so that a user can exclude such files.
- **U+FFFD**: counted by :mod:`akhbar.load.decoding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ftfy

__all__ = [
    "Checked",
    "check_records",
    "check_text",
    "damage_marks",
    "lost_letter_share",
    "repair_mojibake",
]

# Mojibake of Arabic always has one of these after ط ظ (Windows-1256) or Ø Ù
# (Latin-1/1252): the second bytes of ا (§) and ل („ or U+0084). They are rare
# in real text, so looking for them first is fast.
_SECOND_CHARS = ("§", "„", "\x84")
_FIRST_CHARS = frozenset("طظØÙ")
# The same marks in UTF-8 bytes. Their first bytes are rare in Arabic UTF-8, so
# finding each (memchr) and looking at what follows is fast.
_BYTE_SIGNATURES = {"??": b"??", "„": "„".encode(), "Ù": "Ù".encode(), "Ø": "Ø".encode(),
                    "\ufffd": "\ufffd".encode()}
# UTF-8 lead bytes of Arabic (D8-DB) read as Latin-1/cp1252, then a continuation byte.
_LATIN_MOJIBAKE = re.compile("[ØÙÚÛ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
# The same bytes read as Windows-1256: ط ظ ع غ followed by what 0x80-0xBF are there.
_CP1256_MOJIBAKE = re.compile("[طظعغ][€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ\u200c\u200dں"
                              "\xa0،¢£¤¥¦§¨©ھ«¬\xad®¯°±²³´µ¶·¸¹؛»¼½¾؟]")
# A line is treated as mojibake when its signatures are this share of its length.
_MOJIBAKE_SHARE = 0.08
# Runs of two or more "?" standing alone as words (a "?" after a word is punctuation).
_LOST = re.compile(r"(?<![^\s.,:;!()\[\]\"'-])\?{2,}(?![^\s.,:;!()\[\]\"'-])")
_LETTER = re.compile(r"[^\W\d_]")
# Report lossy text from this share of lost letters on, and this many runs.
_LOSSY_SHARE = 0.01
_LOSSY_RUNS = 2


@dataclass(frozen=True)
class Checked:
    """A text after the damage checks: ``warnings`` for the load report."""

    text: str
    warnings: tuple[str, ...] = field(default=())
    lost_share: float = 0.0


def _mojibake_share(line: str, pattern: re.Pattern) -> float:
    return len(pattern.findall(line)) / max(len(line), 1)


def _undo_cp1256(line: str) -> str:
    try:
        return line.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return line


def repair_mojibake(text: str) -> tuple[str, str]:
    """Repaired text and which mojibake it was (``""`` when none was repaired).

    >>> right = "قال الرئيس الروسي"
    >>> repair_mojibake(right.encode().decode("cp1256"))
    ('قال الرئيس الروسي', 'UTF-8 read as Windows-1256')
    >>> repair_mojibake(right.encode().decode("cp1252"))[0] == right
    True
    >>> repair_mojibake(right)
    ('قال الرئيس الروسي', '')
    """
    kinds = []
    if not _has_signature(text):
        return text, ""
    if _CP1256_MOJIBAKE.search(text):
        lines = text.split("\n")
        fixed = [_undo_cp1256(line) if _mojibake_share(line, _CP1256_MOJIBAKE)
                 >= _MOJIBAKE_SHARE else line for line in lines]
        if fixed != lines:
            text, kinds = "\n".join(fixed), ["UTF-8 read as Windows-1256"]
    if _LATIN_MOJIBAKE.search(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text and _arabic_letters(fixed) > _arabic_letters(text):
            text = fixed
            kinds.append("UTF-8 read as Latin-1/Windows-1252")
    return text, " and ".join(kinds)


def _has_signature(text: str) -> bool:
    for second in _SECOND_CHARS:
        at = text.find(second, 1)
        while at != -1:
            if text[at - 1] in _FIRST_CHARS:
                return True
            at = text.find(second, at + 1)
    return False


def _arabic_letters(text: str) -> int:
    return sum("\u0621" <= c <= "\u064a" for c in text)


def lost_letter_share(text: str) -> float:
    """Share of letters replaced by ``?`` at the source (0 when there are no ``??`` runs).

    >>> round(lost_letter_share("قال ???? ?? ????? أمس"), 2)
    0.65
    >>> lost_letter_share("هل قال ذلك?? نعم")
    0.0
    """
    if "??" not in text:
        return 0.0
    runs = _LOST.findall(text)
    if len(runs) < _LOSSY_RUNS:
        return 0.0
    lost = sum(map(len, runs))
    letters = len(_LETTER.findall(text))
    return lost / max(lost + letters, 1)


def check_text(text: str) -> Checked:
    """Repair mojibake and measure ``?`` losses; the warnings say what was found.

    >>> check_text("ط®ط¨ط± ط¹ط§ط¬ظ„").text
    'خبر عاجل'
    >>> check_text("ط®ط¨ط± ط¹ط§ط¬ظ„").warnings
    ('repaired mojibake (UTF-8 read as Windows-1256)',)
    """
    warnings = []
    text, kind = repair_mojibake(text)
    if kind:
        warnings.append(f"repaired mojibake ({kind})")
    lost = lost_letter_share(text)
    if lost >= _LOSSY_SHARE:
        warnings.append(f"lossy text: {lost:.0%} of the letters were replaced by '?' at the"
                        " source (cannot be repaired)")
    return Checked(text, tuple(warnings), lost)


def damage_marks(data: bytes) -> list[str]:
    """A fast look at UTF-8 bytes: the marks of damage they hold (none: nothing to check).

    Mojibake of any Arabic text longer than a few words has „ (from ل) or Ø/Ù.

    >>> damage_marks("خبر".encode()), damage_marks("ط®ط¨ط± ط¹ط§ط¬ظ„".encode())
    ([], ['„'])
    """
    return [mark for mark, signature in _BYTE_SIGNATURES.items() if _holds(data, signature)]


def _holds(data: bytes, signature: bytes) -> bool:
    first, at, seen = signature[:1], data.find(signature[:1]), 0
    while at != -1:
        if data.startswith(signature, at):
            return True
        seen += 1
        if seen > 10_000:  # not rare here after all: one plain search
            return signature in data
        at = data.find(first, at + 1)
    return False


def _needs_check(value) -> bool:
    return isinstance(value, str) and ("??" in value or _has_signature(value))


def check_records(records: list[dict], fields: tuple[str, ...] = ("title", "body")) -> list[str]:
    """Repair mojibake in the ``fields`` of each record, in place; the report's warnings.

    >>> rows = [{"title": "ط®ط¨ط± ط¹ط§ط¬ظ„"}, {"title": "خبر"}]
    >>> check_records(rows), rows[0]["title"]
    (['repaired mojibake in 1 record(s) (UTF-8 read as Windows-1256)'], 'خبر عاجل')
    """
    repaired: dict[str, int] = {}
    lossy, worst = 0, 0.0
    for record in records:
        lost_here = 0.0
        for name in fields:
            value = record.get(name)
            if not _needs_check(value):
                continue
            fixed, kind = repair_mojibake(value)
            if kind:
                record[name] = fixed
                repaired[kind] = repaired.get(kind, 0) + 1
            lost_here = max(lost_here, lost_letter_share(fixed))
        if lost_here >= _LOSSY_SHARE:
            lossy, worst = lossy + 1, max(worst, lost_here)
    warnings = [f"repaired mojibake in {n} record(s) ({kind})" for kind, n in repaired.items()]
    if lossy:
        warnings.append(f"lossy text in {lossy} record(s): up to {worst:.0%} of the letters"
                        " were replaced by '?' at the source (cannot be repaired)")
    return warnings
