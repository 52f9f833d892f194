"""A few rows that make pandas infer the same columns and dtypes as all the rows.

The pandas loader puts every file's records into *one* DataFrame
(``DataFrame.from_records``), so a column's dtype depends on all the
records: integers in one file and a missing value in another give
``float64``; text in one file and numbers in another give a column made
text. A partition alone does not see that. Its *witness* is the handful of
its rows that carry every (column, kind of value) it has, every column's
first appearance (so the column order is the same) and a row lacking each
column that some row lacks. The witnesses of all partitions, put before a
partition's own rows, make its columns and dtypes those of the whole corpus.

Per partition (:func:`witness_records`, :func:`witness_frame`); merged once on
the driver (:func:`cover`).

>>> rows = [{"id": "1", "n": 1}, {"id": "2", "n": 2}, {"id": "3"}, {"id": "4", "n": "x"}]
>>> [r["id"] for r in witness_records(rows)]
['1', '3', '4']
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["cover", "value_kind", "witness_frame", "witness_records"]

_INT64 = range(-(1 << 63), 1 << 63)


def value_kind(value) -> str:
    """What pandas' type inference tells apart: None, NaN, bool, int (and too big
    for int64), float, str, or another type's name.

    >>> value_kind(None), value_kind(float("nan")), value_kind(True), value_kind(2 ** 70)
    ('none', 'nan', 'bool', 'bigint')
    """
    if value is None:
        return "none"
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if value in _INT64 else "bigint"
    return type(value).__name__


def witness_records(records: list[dict]) -> list[dict]:
    """The records (in order) that carry each key's first appearance, each
    (key, kind of value), and one record lacking each key some record lacks."""
    seen: set[tuple[str, str]] = set()
    chosen: list[int] = []
    keys: dict[str, None] = {}
    for i, record in enumerate(records):
        new = False
        for key, value in record.items():
            pair = (key, value_kind(value))
            if pair not in seen:
                seen.add(pair)
                keys.setdefault(key, None)
                new = True
        if new:
            chosen.append(i)
    lacking = set(keys)
    for i, record in enumerate(records):
        missing = lacking.difference(record)
        if missing:
            chosen.append(i)
            lacking -= missing
            if not lacking:
                break
    return [records[i] for i in sorted(set(chosen))]


def witness_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The first row of a table and, in object columns, the first row of each kind."""
    rows = {0} if len(frame) else set()
    for column in frame.columns[frame.dtypes == object]:
        seen: set[str] = set()
        for i, value in enumerate(frame[column].tolist()):
            kind = value_kind(value)
            if kind not in seen:
                seen.add(kind)
                rows.add(i)
    return frame.iloc[sorted(rows)]


def cover(items: list) -> list:
    """Merge witnesses given in load order — ``(key, records)`` or ``(key, frame)`` —
    into a smaller witness with the same properties (later duplicates dropped)."""
    records = [(key, r) for key, part in items if isinstance(part, list) for r in part]
    kept = {id(r) for r in witness_records([r for _, r in records])}
    merged: dict = {}
    for key, record in records:
        if id(record) in kept:
            merged.setdefault(key, []).append(record)
    frames, shapes = [], set()
    for key, part in items:
        if not isinstance(part, list):
            shape = _shape(part)
            if shape not in shapes:  # one table per set of columns and dtypes is enough
                shapes.add(shape)
                frames.append((key, part))
    out = [(key, part) for key, part in merged.items()] + frames
    return sorted(out, key=lambda item: item[0])


def _shape(frame: pd.DataFrame) -> tuple:
    kinds = tuple(sorted({(c, value_kind(v)) for c in frame.columns[frame.dtypes == object]
                          for v in frame[c].tolist()}))
    return tuple(frame.columns), tuple(map(str, frame.dtypes)), kinds
