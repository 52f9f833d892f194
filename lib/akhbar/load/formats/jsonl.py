"""``.jsonl``/``.jsonl.gz``/``.ndjson``: one JSON object a line.

Per file, no state. :func:`parse_json_lines` works on any block of whole
lines, so a file can be split into blocks and parsed on several workers.

Records are split on ``\\n`` only: U+2028 and U+2029 are legal inside a
JSON string and never end a record. One bad line — malformed, nested
100,000 deep, not an object, half an emoji (a lone surrogate escape) —
costs that line (or that character), never the file.

Big, clean files take a fast path through pyarrow's JSON reader (C++,
multi-threaded); anything it would read differently from ``json.loads``
(nulls, nested values, mixed types, an encoding problem, damage to repair)
goes the line-by-line way, so both paths give the same rows.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping

import pandas as pd

from akhbar.load.damage import check_records, damage_marks
from akhbar.load.decoding import decode_lines
from akhbar.load.files import Source
from akhbar.load.records import RESERVED, canonical_names, paragraphs_arrow
from akhbar.load.report import FileResult

__all__ = ["parse_json_lines", "read_json_lines"]

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# pyarrow's JSON parser recurses: deeper input than this goes the json.loads way.
_MAX_BRACKETS_PER_LINE = 1000
_FAST_FROM_BYTES = 1 << 20
_FAST_TYPES = ("string", "large_string", "int64", "double", "bool")


def read_json_lines(data: bytes, result: FileResult, source: Source,
                    columns: Mapping[str, str]) -> None:
    """Decode and parse one JSON Lines file (fast path when it is big and clean)."""
    if len(data) >= _FAST_FROM_BYTES and _read_fast(data, result, columns):
        return
    decoded = decode_lines(data)
    text = result.take_decoded(decoded)
    if text is not None:
        parse_json_lines(text, result)


def _without_surrogates(value):
    """Lone surrogates (half an emoji) replaced by U+FFFD, in keys and values."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value


def _parse_line(line: str):
    """The record of one line, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return None, error.msg
    except RecursionError:
        return None, "nested too deeply to read"
    if not isinstance(record, dict):
        return None, f"a JSON {type(record).__name__}, not an object"
    return record, ""


def parse_json_lines(text: str, result: FileResult) -> None:
    """Append the records of whole JSON lines to ``result``; report the bad lines.

    >>> result = FileResult("x.jsonl")
    >>> parse_json_lines('{"a": "x\\u2028y"}\\n[1]\\n{"b": "\\\\ud800"}', result)
    >>> len(result.records), result.reasons
    (2, ['1 malformed JSON line(s) skipped (line 2: a JSON list, not an object)', \
'1 record(s) with a lone surrogate (half an emoji); replaced with U+FFFD'])
    """
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    bad, halves = [], 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record, problem = _parse_line(line)
        if problem:
            if result.truncated and number == last + 1:
                result.warn("the last record was cut by the truncation and is skipped")
            else:
                bad.append(f"line {number}: {problem}")
            continue
        if _SURROGATE_ESCAPE.search(line):
            fixed = _without_surrogates(record)
            halves += fixed != record
            record = fixed
        result.records.append(record)
    if bad:
        shown = "; ".join(bad[:3]) + (f"; … {len(bad) - 3} more" if len(bad) > 3 else "")
        result.warn(f"{len(bad)} malformed JSON line(s) skipped ({shown})")
    if halves:
        result.warn(f"{halves} record(s) with a lone surrogate (half an emoji);"
                    " replaced with U+FFFD")


def _safe_for_pyarrow(data: bytes) -> bool:
    """No stretch of the file opens more brackets than pyarrow's recursive parser survives.

    Counted per 64 KiB block: nesting 5,000 deep within a block (where pyarrow
    would crash) is caught; deeper nesting spread over more than 320 KiB of
    keys is not realistic input.
    """
    if data.count(b"[") + data.count(b"{") <= _MAX_BRACKETS_PER_LINE:
        return True
    step = 1 << 16
    return all(data.count(b"[", i, i + step) + data.count(b"{", i, i + step)
               <= _MAX_BRACKETS_PER_LINE for i in range(0, len(data), step))


def _arrow_table(data: bytes, columns: Mapping[str, str]):
    """The file as a pyarrow Table, or None when it must go line by line."""
    import pyarrow as pa
    import pyarrow.json as pj

    if not _safe_for_pyarrow(data):
        return None
    first = data[: data.find(b"\n")] if b"\n" in data else data
    record, problem = _parse_line(first.decode("utf-8", errors="replace"))
    if problem:
        return None
    # Strings stay strings: pyarrow would otherwise read date-like text as timestamps.
    schema = pa.schema([(k, pa.string()) for k, v in record.items() if isinstance(v, str)])
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="infer")
    try:
        table = pj.read_json(io.BytesIO(data), parse_options=options,
                             read_options=pj.ReadOptions(block_size=1 << 24))
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None
    if any(str(f.type) not in _FAST_TYPES for f in table.schema) or any(
            column.null_count for column in table.columns):
        return None
    return table


def _read_fast(data: bytes, result: FileResult, columns: Mapping[str, str]) -> bool:
    """Read a big, clean, uniform file through pyarrow; False to go line by line."""
    marks = damage_marks(data)
    if "\ufffd" in marks:  # counted line by line
        return False
    table = _arrow_table(data, columns)
    if table is None:
        return False
    renames = canonical_names(table.column_names, columns)
    ids = next((s for s, d in renames.items() if d == "article_id"), None)
    body = next((s for s, d in renames.items() if d == "body"), None)
    if (ids is None or body is None or str(table.schema.field(ids).type) not in
            ("string", "int64") or str(table.schema.field(body).type) != "string"):
        return False
    index = table.column_names.index(body)
    table = table.set_column(index, body, paragraphs_arrow(table.column(body)))
    frame = table.to_pandas().rename(columns=renames)
    frame["article_id"] = frame["article_id"].astype("str")
    result.encoding = "utf-8"
    for name in RESERVED:
        if f"{name}_original" in frame.columns:
            result.warn(f"the records' own field {name!r} is kept as"
                        f" '{name}_original' ({name} is the loader's column)")
    _check_frame(frame, result, data, marks)
    result.frame = frame.assign(source_file=result.path, encoding="utf-8", _input=result.path)
    return True


def _suspect_rows(frame: pd.DataFrame, data: bytes, marks: list[str],
                  fields: list[str]) -> pd.Series:
    """Rows whose line holds a mark: found from the marks' places in the bytes when every
    line is one row, else by searching the title and body columns."""
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if lines == len(frame):
        rows, line, start = set(), 0, 0
        for mark in marks:
            signature, line, start = mark.encode(), 0, 0
            at = data.find(signature)
            while at != -1:
                line += data.count(b"\n", start, at)
                start = at
                rows.add(line)
                at = data.find(signature, at + len(signature))
        return pd.Series(frame.index.isin(frame.index[sorted(rows)]), index=frame.index)
    suspect = pd.Series(False, index=frame.index)
    for field in fields:
        for mark in marks:
            suspect |= frame[field].str.contains(mark, regex=False)
    return suspect


def _check_frame(frame: pd.DataFrame, result: FileResult, data: bytes,
                 marks: list[str]) -> None:
    """:func:`~akhbar.load.damage.check_records` on the rows that may need it, in place."""
    fields = [f for f in ("title", "body") if f in frame.columns and frame[f].dtype == "str"]
    if not marks or not fields:
        return
    suspect = _suspect_rows(frame, data, marks, fields)
    if not suspect.any():
        return
    rows = frame.loc[suspect, fields].to_dict("records")
    for warning in check_records(rows, tuple(fields)):
        result.warn(warning)
    frame.loc[suspect, fields] = pd.DataFrame(rows, index=frame.index[suspect])
