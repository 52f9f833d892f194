"""``.warc``/``.warc.gz``: a web archive; each HTML response is one article.

Per archive, no state (each page goes through :mod:`akhbar.load.formats.html`).
The article's ``url`` is the record's target URI and its id a stable hash of
that URL. Pages with no article text are named in the report with the reason.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping

from akhbar.load.files import Source
from akhbar.load.formats.html import page_record
from akhbar.load.report import FileResult

__all__ = ["read_warc", "url_id"]

# How many failed pages the report names one by one.
_NAMED_FAILURES = 50


def url_id(url: str) -> str:
    """A short id that stays the same for the same URL.

    >>> url_id("https://example.com/a")
    'c4ed1c218d14a0f1'
    """
    return hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _html_responses(data: bytes, result: FileResult):
    """(url, content type, payload) of each HTML response, reporting damage at the end."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            yield url, content_type, record.content_stream().read()
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        result.warn(f"the archive is damaged and was read up to the damage ({error})")


def read_warc(data: bytes, result: FileResult, source: Source,
              columns: Mapping[str, str] | None = None) -> None:
    """Every HTML response of the archive as an article with its URL."""
    failures = []
    for url, content_type, payload in _html_responses(data, result):
        record, why = page_record(payload, result, url, content_type)
        if record is None:
            failures.append(f"{url} ({why})")
            continue
        record["url"] = url
        result.records.append({"article_id": url_id(url), **record})
    if failures:
        shown = "; ".join(failures[:_NAMED_FAILURES])
        more = f"; … {len(failures) - _NAMED_FAILURES} more" if len(failures) > 50 else ""
        result.warn(f"{len(failures)} page(s) without article text: {shown}{more}")
    if not result.records and not failures and result.status != "error":
        result.refuse("skipped", "no HTML pages in the archive")
