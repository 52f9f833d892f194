"""Reading one piece of a partition: a whole file, as the pandas loader reads it,
or a block of lines of a big JSON Lines / CSV file.

Per piece, no state: runs on any worker.

A whole file goes through the loader's own per-file step
(:func:`akhbar.load.read_source`, with the section of its folder), so a
corrupt file among thousands gets exactly the report row it gets on pandas.

A block is read with the same format reader, on its own bytes. It is
*clean* when that gives nothing to report — UTF-8 throughout, no malformed
line, no damage, no CSV field running over a line break — and then its rows
are the rows the whole file gives at those lines. Anything else (a
Windows-1256 line, a truncated gzip, a bad JSON line) makes the block
unclean, and the driver has the whole file read by one task instead, so
every message of the report (line numbers, counts, encodings) is the one
pandas writes.

>>> from akhbar.load.files import expand
>>> from akhbar.scale.plan import plan_partitions
>>> piece = plan_partitions(expand(["seeds"]), 1 << 20)[0].pieces[0]
>>> read = read_piece(piece, {}, {})
>>> read.kind, len(read.result.records), read.clean
('records', 1, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from akhbar.load.assemble import apply_folder_section
from akhbar.load.formats import csv, jsonl
from akhbar.load.records import map_records
from akhbar.load.report import FileResult
from akhbar.scale.plan import Piece, read_range

__all__ = ["ReadPiece", "read_piece"]

_CSV_NOTE = "CSV delimiter "


@dataclass
class ReadPiece:
    """A piece's :class:`~akhbar.load.report.FileResult` and how it came out:
    ``kind`` is ``records``, ``frame`` (the loader's table fast path) or
    ``none``; ``clean`` is False for a block that must be read as a whole file."""

    piece: Piece
    result: FileResult
    kind: str
    clean: bool = True


def _kind(result: FileResult) -> str:
    if result.frame is not None and not result.frame.empty:
        return "frame"
    return "records" if result.records else "none"


def _read_whole(piece: Piece, columns: Mapping[str, str], labels: Mapping[str, str]) -> ReadPiece:
    from akhbar.load import _read  # the loader's per-file step and safety net

    result = piece.failed if piece.failed is not None else _read(piece.source, columns, labels)
    return ReadPiece(piece, result, _kind(result))


def read_piece(piece: Piece, columns: Mapping[str, str], labels: Mapping[str, str]) -> ReadPiece:
    """Read one piece (see the module docstring)."""
    if not piece.is_block:
        return _read_whole(piece, columns, labels)
    result = FileResult(piece.source.name)
    if piece.source.name_note:
        result.note(piece.source.name_note)
    try:
        data, header = read_range(piece)
    except Exception:  # noqa: BLE001 — a gzip error, a vanished file: read it whole
        return ReadPiece(piece, result, "none", clean=False)
    if piece.source.suffix.startswith(".csv"):
        clean = _read_csv_block(data, header, result)
    else:
        clean = _read_json_block(data, result, columns)
    if result.frame is None and result.records:
        map_records(result, columns, check=True)
    folder = piece.source.folder
    if folder and folder in labels:
        apply_folder_section(result, labels[folder])
    allowed = {piece.source.name_note} if piece.source.name_note else set()
    clean = clean and result.status == "loaded" and result.encoding == "utf-8" and all(
        r in allowed or r.startswith(_CSV_NOTE) for r in result.reasons)
    return ReadPiece(piece, result, _kind(result), clean)


def _read_json_block(data: bytes, result: FileResult, columns: Mapping[str, str]) -> bool:
    if not data.strip():
        result.encoding = "utf-8"
        return True
    # The whole file is big enough for the loader's fast path: try it on the block too.
    if not jsonl._read_fast(data, result, columns):
        jsonl.read_json_lines(data, result, None, columns)
    return True


def _read_csv_block(data: bytes, header: bytes, result: FileResult) -> bool:
    if not data.strip():
        result.encoding = "utf-8"
        return True
    # A quoted field that runs over a line break cannot be cut into blocks safely.
    if any(line.count(b'"') % 2 for line in data.split(b"\n")):
        return False
    csv.read_csv(header + data, result, None)
    return True
