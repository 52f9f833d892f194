"""Turning the bytes of one input file into text, or into a reason why not.

Arabic news archives come in several encodings: UTF-8 (with or without a
byte-order mark), UTF-16 from Windows tools, and Windows-1256 from older
Arabic sites. Nothing in a plain ``.txt`` file says which one it is, so we
decide from the bytes:

1. a byte-order mark settles it (UTF-8-SIG, UTF-16 LE/BE);
2. UTF-16 without a mark shows up as a NUL in every other byte;
3. any other NUL or a high share of control bytes means the file is binary;
4. strict UTF-8 is tried next: it almost never decodes non-UTF-8 text by
   accident;
5. then Windows-1256, accepted only when the result is mostly Arabic letters
   (cp1256 maps almost every byte to *something*, so decoding alone proves
   nothing);
6. otherwise UTF-8 with replacement characters, and the number of bad bytes
   goes into the load report.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_ARABIC_LETTERS = range(0x0621, 0x064B)
# A file is called binary when more than this share of its first 4 KiB are
# control bytes other than tab, newline and carriage return.
_BINARY_CONTROL_SHARE = 0.10
# Deleting these from a byte string leaves just the control bytes (fast, in C).
_NOT_CONTROL_BYTES = bytes([9, 10, 13, *range(32, 256)])


@dataclass(frozen=True)
class Decoded:
    """Outcome of decoding one file: ``text`` is None when it was refused."""

    text: str | None
    encoding: str
    reason: str = ""
    replaced: int = 0


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(ord(c) in _ARABIC_LETTERS for c in letters) / len(letters)


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return controls > _BINARY_CONTROL_SHARE * max(len(head), 1)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in UTF-16 text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode one file's bytes, choosing the encoding from the bytes themselves.

    >>> decode_bytes("قال بوتين".encode("cp1256")).encoding
    'cp1256'
    >>> decode_bytes(b"").reason
    'empty file'
    """
    if not data.strip():
        return Decoded(None, "", "empty file")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode_with(data, name)
    head = data[:4096]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return _decode_with(data, utf16)
    if _looks_binary(head):
        return Decoded(None, "", "binary file (NUL or control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = None
    if text is not None and _arabic_share(text) >= 0.5:
        return Decoded(text, "cp1256")
    return _decode_with(data, "utf-8")


def _decode_with(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    # U+FFFD already in valid input is rare; counting it overstates nothing by much.
    replaced = text.count("\ufffd")
    if not text.strip():
        return Decoded(None, encoding, "empty file")
    if replaced > 0.05 * len(text):
        return Decoded(None, encoding,
                       f"undecodable: {replaced} of {len(text)} characters are not {encoding}")
    reason = f"{replaced} undecodable bytes replaced with U+FFFD" if replaced else ""
    return Decoded(text, encoding, reason, replaced)
