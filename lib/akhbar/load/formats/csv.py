"""``.csv``/``.csv.gz``: one record a row, the first row naming the fields.

Per file, no state. The delimiter is read from the header line (comma,
semicolon, tab or bar: spreadsheets in Arabic locales save with semicolons);
a byte-order mark is dropped by the decoder. A row with more fields than the
header is skipped and reported, and the other rows load.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

from akhbar.load.decoding import decode_lines
from akhbar.load.files import Source
from akhbar.load.report import FileResult

__all__ = ["parse_csv", "read_csv", "sniff_delimiter"]

_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header: str) -> str:
    """The delimiter of a header line: the candidate it has most of (comma on a tie).

    >>> sniff_delimiter("id;title;body"), sniff_delimiter("id,title;x")
    (';', ',')
    """
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv(data: bytes, result: FileResult, source: Source,
             columns: Mapping[str, str] | None = None) -> None:
    """Decode (per file and per line) and parse one CSV file."""
    decoded = decode_lines(data)
    text = result.take_decoded(decoded)
    if text is not None:
        parse_csv(text, result)


def parse_csv(text: str, result: FileResult) -> None:
    """Append the rows of a CSV text to ``result`` as records; bad rows are reported.

    >>> result = FileResult("x.csv")
    >>> parse_csv("\\ufeffid;title;body\\n1;عنوان;نص\\n2;أ;ب;ج\\n", result)
    >>> result.records, result.reasons
    ([{'id': '1', 'title': 'عنوان', 'body': 'نص'}], \
['1 malformed CSV row(s) skipped (line 3: 4 fields, the header has 3)', \
"CSV delimiter ';' read from the header"])
    """
    text = text.removeprefix("\ufeff")
    header = text[: text.find("\n")] if "\n" in text else text
    sep = sniff_delimiter(header)
    options = {"sep": sep, "dtype": str, "keep_default_na": False}
    try:
        frame = pd.read_csv(io.StringIO(text), **options)
    except pd.errors.EmptyDataError as error:
        result.refuse("error", f"not a readable CSV: {str(error).strip()}")
        return
    except pd.errors.ParserError:
        frame = _read_skipping_bad_rows(text, options, result)
        if frame is None:
            return
    if sep != ",":
        result.note(f"CSV delimiter {sep!r} read from the header")
    result.records.extend(frame.to_dict("records"))


def _read_skipping_bad_rows(text: str, options: dict, result: FileResult) -> pd.DataFrame | None:
    bad: list[str] = []

    def skip(fields: list[str]) -> None:
        bad.append(str(len(fields)))

    try:
        frame = pd.read_csv(io.StringIO(text), engine="python", on_bad_lines=skip, **options)
    except pd.errors.ParserError as error:
        result.refuse("error", f"not a readable CSV: {str(error).strip()}")
        return None
    width = len(frame.columns)
    lines = _bad_line_numbers(text, options["sep"], width)
    shown = "; ".join(f"line {n}: {f} fields, the header has {width}"
                      for n, f in zip(lines, bad, strict=False))
    result.warn(f"{len(bad)} malformed CSV row(s) skipped ({shown})")
    return frame


def _bad_line_numbers(text: str, sep: str, width: int) -> list[int]:
    """Line numbers of rows with too many fields (first three), for the report."""
    import csv

    found = []
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    for row in reader:
        if len(row) > width:
            found.append(reader.line_num)
            if len(found) == 3:
                break
    return found
