"""One reader per file format; :func:`read_source` picks it from the file name.

Every reader works on one file (or one block of a file) and returns a
:class:`~akhbar.load.report.FileResult` — records plus a report line — with
no state shared between files, so a later Dask path can run them on workers.

========================  ==============================================
``.txt``                  one article a file (scraped or plain layout)
``.jsonl[.gz]``/``.ndjson``  one JSON record a line
``.csv[.gz]``             one record a row
``.parquet``              written by ``akhbar load --out``, or by other tools
``.html``/``.htm``        a saved web page, main text through trafilatura
``.warc[.gz]``            a web archive: each HTML response is an article
========================  ==============================================
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from akhbar.load.files import Source, suffix_of
from akhbar.load.records import map_records
from akhbar.load.report import FileResult

__all__ = ["gunzip", "read_source"]


def gunzip(data: bytes, result: FileResult) -> bytes | None:
    """Decompress gzip bytes; a truncated file keeps what came before the cut.

    >>> import gzip
    >>> whole = gzip.compress(b"one\\ntwo\\n" * 1000)
    >>> result = FileResult("x.jsonl.gz")
    >>> len(gunzip(whole[:-20], result)) > 0, result.status
    (True, 'warning')
    """
    out, rest = [], data
    while rest:
        stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out.append(stream.decompress(rest))
        except zlib.error as error:
            if not out:
                result.refuse("error", f"not a valid gzip file: {error}")
                return None
            result.warn(f"gzip data damaged after {sum(map(len, out)):,} bytes: {error};"
                        " loaded what came before")
            break
        if not stream.eof:
            out.append(stream.flush())
            result.warn("the gzip file is truncated (an interrupted download?): loaded the"
                        " complete records before the cut")
            result.truncated = True
            break
        rest = stream.unused_data.lstrip(b"\x00")
    return b"".join(out)


def read_source(source: Source, columns: Mapping[str, str] | None = None) -> FileResult:
    """Read one file with the reader of its format and map its records to our columns."""
    from akhbar.load.formats import csv, html, jsonl, parquet, text, warc

    result = FileResult(source.name)
    if source.name_note:
        result.note(source.name_note)
    suffix = source.suffix or suffix_of(source.path)
    if suffix == ".parquet":
        parquet.read_parquet(source.path, result, columns or {})
        return result
    try:
        with open(source.path, "rb") as file:
            data = file.read()
    except OSError as error:
        return result.refuse("error", f"cannot read: {error.strerror or error}")
    if suffix.endswith(".gz") and suffix != ".warc.gz":
        data = gunzip(data, result)
        if data is None:
            return result
    reader = {".jsonl": jsonl.read_json_lines, ".jsonl.gz": jsonl.read_json_lines,
              ".ndjson": jsonl.read_json_lines, ".csv": csv.read_csv, ".csv.gz": csv.read_csv,
              ".html": html.read_html, ".htm": html.read_html, ".warc": warc.read_warc,
              ".warc.gz": warc.read_warc}.get(suffix, text.read_text_article)
    reader(data, result, source, columns or {})
    if result.frame is None and result.records and reader is not text.read_text_article:
        # Web pages were checked for damage as whole texts.
        map_records(result, columns or {}, check=suffix in (".jsonl", ".jsonl.gz", ".ndjson",
                                                             ".csv", ".csv.gz"))
    if result.status in ("loaded", "warning") and not result.records and result.frame is None:
        result.refuse("skipped", "no records in the file")
    return result
