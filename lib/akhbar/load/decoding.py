"""Bytes → text for one input file (or one line of it), or a reason why not.

Works on one file at a time, with no state: it can run on any worker.

Arabic news archives come in several encodings: UTF-8 (with or without a
byte-order mark), UTF-16 from Windows tools, and Windows-1256 from older
Arabic sites. Nothing in a plain ``.txt`` file says which one it is, so we
decide from the bytes:

1. a byte-order mark settles it (UTF-8-SIG, UTF-16 LE/BE);
2. UTF-16 without a mark shows up as NUL (or 0x06, the Arabic block) in
   every other byte;
3. a known binary signature (PNG, PDF, ELF, gzip, ZIP, JPEG, GIF) means
   the file is not text;
4. NUL padding at either end is what some export tools write: it is
   removed, and so are a few stray NUL or control bytes in the middle (form
   feeds become line breaks); only when control bytes are a real share of
   the whole file (sampled at its head, middle and tail) is it binary;
5. strict UTF-8 is tried next: it almost never decodes non-UTF-8 text by
   accident;
6. bytes that are *overwhelmingly* UTF-8 (a character cut at a buffer
   boundary, one stray Windows-1252 byte) stay UTF-8, with the few bad bytes
   replaced by U+FFFD and reported: one bad byte never turns a whole file
   into Windows-1256 mojibake;
7. then Windows-1256, accepted only when the result is mostly Arabic
   letters (cp1256 maps almost every byte to *something*, so decoding alone
   proves nothing);
8. otherwise UTF-8 with replacement characters, refused when they are more
   than 5 % of the text.

Line formats (JSON Lines, CSV) decide per line as well
(:func:`decode_lines`): 20 good UTF-8 lines and one Windows-1256 line give
21 good lines, not 21 lines of mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

__all__ = ["Decoded", "arabic_share", "decode_bytes", "decode_lines", "encoding_name"]

_ARABIC_LETTERS = range(0x0621, 0x064B)
# A file is binary when more than this share of its (sampled) bytes are
# control bytes other than tab, newline, carriage return and form feed.
_BINARY_CONTROL_SHARE = 0.10
# Deleting these from a byte string leaves just the control bytes (fast, in C).
_NOT_CONTROL_BYTES = bytes([9, 10, 12, 13, *range(32, 256)])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bytes that decode to none of those in any 8-bit encoding we use (checked in C: fast).
_CLEAN_BYTES = bytes([9, 10, 13, *range(32, 127), *range(128, 256)])
_SAMPLE = 64 * 1024
_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"\x89PNG", b"%PDF")
# Bytes that are UTF-8 when valid multi-byte sequences outnumber bad bytes this much.
_UTF8_MAJORITY = 20
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"),
          (b"\x7fELF", "an ELF executable"), (b"\x1f\x8b", "a gzip archive"),
          (b"PK\x03\x04", "a ZIP archive"), (b"GIF8", "a GIF image"),
          (b"\xff\xd8\xff", "a JPEG image"))
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1256": "Windows-1256",
                   "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}


@dataclass(frozen=True)
class Decoded:
    """Outcome of decoding: ``text`` is None when refused; ``notes`` are harmless
    repairs (padding removed), ``reason`` is damage the user should know about."""

    text: str | None
    encoding: str
    reason: str = ""
    replaced: int = 0
    notes: tuple[str, ...] = field(default=())


def encoding_name(encoding: str) -> str:
    """The name a user knows: ``encoding_name("cp1256")`` → ``'Windows-1256'``."""
    return _ENCODING_NAMES.get(encoding, encoding)


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the letters of ``text``.

    >>> arabic_share("قال Putin")
    0.375
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(ord(c) in _ARABIC_LETTERS for c in letters) / len(letters)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL or 0x06, as in UTF-16 text."""
    if len(head) < 8:
        return None
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2], head[1::2]
    for name, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) + high.count(6) > 0.7 * len(high) and low.count(0) < 0.05 * len(low):
            return name
    return None


def _sample(data: bytes) -> bytes:
    """The whole file, or its head, middle and tail when it is big."""
    if len(data) <= 3 * _SAMPLE:
        return data
    middle = len(data) // 2 - _SAMPLE // 2
    return data[:_SAMPLE] + data[middle: middle + _SAMPLE] + data[-_SAMPLE:]


def _strip_padding(data: bytes) -> tuple[bytes, list[str]]:
    """Remove NUL padding at both ends; a few stray controls in the middle are noted."""
    notes = []
    stripped = data.strip(b"\x00")
    if len(stripped) != len(data):
        notes.append("NUL padding removed")
    return stripped, notes


def _magic(data: bytes) -> str | None:
    """The reason for a file that starts with a known binary signature."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind}), not text"
    return None


def _binary_kind(data: bytes) -> str | None:
    """Why the bytes are not text, or None when they may be."""
    sample = _sample(data)
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    if controls > _BINARY_CONTROL_SHARE * max(len(sample), 1):
        return "binary file (NUL or control bytes throughout), not text"
    return None


def _remove_controls(text: str, raw: bytes | None) -> tuple[str, list[str]]:
    """Drop stray NUL/control characters; form feeds and vertical tabs become line breaks."""
    if raw is not None and not raw.translate(None, _CLEAN_BYTES):
        return text, []
    if "\x0c" in text or "\x0b" in text:
        text = text.replace("\x0c", "\n").replace("\x0b", "\n")
    found = len(_CONTROL_CHARS.findall(text))
    if not found:
        return text, []
    return _CONTROL_CHARS.sub("", text), [f"{found} stray NUL/control character(s) removed"]


def decode_bytes(data: bytes, *, per_line: bool = False) -> Decoded:
    """Decode one file's bytes, choosing the encoding from the bytes themselves.

    ``per_line=True`` is :func:`decode_lines`.

    >>> decode_bytes("قال بوتين".encode("cp1256")).encoding
    'cp1256'
    >>> decode_bytes("قال بوتين".encode("utf-8") + b"\\x00\\x00").notes
    ('NUL padding removed',)
    >>> decode_bytes(b"").reason
    'empty file'
    """
    if not data.translate(None, _CLEAN_BYTES) and not data.startswith(_MARKS):
        try:  # the common case, in a few C calls: clean UTF-8 without a mark
            return _finish(data.decode("utf-8"), "utf-8", [], raw=data)
        except UnicodeDecodeError:
            pass
    if not data.strip(b"\x00 \t\r\n"):
        return Decoded(None, "", "empty file" if b"\x00" not in data
                       else "empty file (only NUL bytes)")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            if name == "utf-16":
                return _finish(*_decode_utf16(data, name))
            return _finish(*_decode_8bit(data[len(bom):], name, []), raw=data)
    if data.lstrip(b"\x00").startswith(codecs.BOM_UTF8):  # NUL padding before the mark
        data, notes = _strip_padding(data)
        return _finish(*_decode_8bit(data[len(codecs.BOM_UTF8):], "utf-8-sig", notes), raw=data)
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return _finish(*_decode_utf16(data, utf16))
    kind = _magic(data)
    if kind:
        return Decoded(None, "", kind)
    data, notes = _strip_padding(data)
    kind = _binary_kind(data)
    if kind:
        return Decoded(None, "", kind)
    if per_line:
        return _decode_per_line(data, notes)
    return _finish(*_choose_8bit(data, notes), raw=data)


def decode_lines(data: bytes) -> Decoded:
    r"""Decode a line format (JSON Lines, CSV): each line that is not UTF-8 on its own.

    Lines are split on ``\n`` only, never on U+2028 or other Unicode line
    separators, which are legal inside a JSON string.

    >>> mixed = "سطر أول\n".encode() * 20 + "سطر آخر\n".encode("cp1256")
    >>> decoded = decode_lines(mixed)
    >>> decoded.text.split("\n")[-2], decoded.encoding
    ('سطر آخر', 'utf-8')
    >>> decoded.reason
    '1 of 21 lines in Windows-1256, the others UTF-8: decoded line by line'
    """
    return decode_bytes(data, per_line=True)


def _decode_utf16(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    stripped = data.rstrip(b"\x00")
    if len(stripped) % 2:
        stripped += b"\x00"
    notes = ["NUL padding removed"] if len(stripped) < len(data) else []
    return data[: len(stripped)].decode(encoding, errors="replace"), encoding, notes


def _decode_8bit(data: bytes, encoding: str, notes: list[str]) -> tuple[str, str, list[str]]:
    return data.decode(encoding, errors="replace"), encoding, notes


def _choose_8bit(data: bytes, notes: list[str]) -> tuple[str, str, list[str]]:
    """UTF-8, mostly-UTF-8 with replacement, or Windows-1256 (see the module docstring)."""
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8", notes
    text = data.decode("cp1256", errors="replace")
    if arabic_share(text) >= 0.5:
        return text, "cp1256", notes
    return data.decode("utf-8", errors="replace"), "utf-8", notes


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 sequences outnumber the bytes that are not by :data:`_UTF8_MAJORITY`."""
    sequences = len(_UTF8_SEQUENCE.findall(data))
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return sequences >= _UTF8_MAJORITY * bad


def _finish(text: str, encoding: str, notes: list[str], raw: bytes | None = None) -> Decoded:
    text, removed = _remove_controls(text, raw)
    notes = [*notes, *removed]
    # U+FFFD already in valid input is rare; counting it overstates nothing by much.
    replaced = text.count("\ufffd")
    if not text.strip():
        return Decoded(None, encoding, "empty file")
    if replaced > 0.05 * len(text):
        return Decoded(None, encoding, f"undecodable: {replaced} of {len(text)} characters"
                       f" are not {encoding_name(encoding)}")
    existing = raw.count("\ufffd".encode()) if raw is not None and "utf-8" in encoding else 0
    reasons = []
    if replaced > existing:
        reasons.append(f"{encoding_name(encoding)} with {replaced - existing} undecodable"
                       " byte(s); loaded with U+FFFD replacements")
    if existing:
        reasons.append(f"{existing} U+FFFD replacement character(s) already in the text"
                       " (lost at the source)")
    reason = "; ".join(reasons)
    return Decoded(text, encoding, reason, replaced, tuple(notes))


def _decode_per_line(data: bytes, notes: list[str]) -> Decoded:
    try:
        return _finish(data.decode("utf-8"), "utf-8", notes, raw=data)
    except UnicodeDecodeError:
        pass
    lines, counts = [], {"utf-8": 0, "cp1256": 0, "bad": 0}
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
            counts["utf-8"] += 1
            continue
        except UnicodeDecodeError:
            pass
        text, encoding, _ = _choose_8bit(raw, [])
        counts["cp1256" if encoding == "cp1256" else "bad"] += 1
        lines.append(text)
    if not counts["utf-8"] and not counts["bad"]:
        return _finish("\n".join(lines), "cp1256", notes, raw=data)
    reasons = []
    if counts["cp1256"]:
        total = sum(1 for line in lines if line.strip())
        reasons.append(f"{counts['cp1256']} of {total} lines in Windows-1256, the others"
                       " UTF-8: decoded line by line")
    result = _finish("\n".join(lines), "utf-8", notes, raw=data)
    if result.text is None or not result.replaced:
        return Decoded(result.text, "utf-8", result.reason or "; ".join(reasons),
                       result.replaced, result.notes)
    reasons.append(f"UTF-8 with {result.replaced} undecodable byte(s) in {counts['bad']}"
                   " line(s); loaded with U+FFFD replacements")
    return Decoded(result.text, "utf-8", "; ".join(reasons), result.replaced, result.notes)
