"""``.html``/``.htm``: a saved web page, its main text through trafilatura.

Per page, no state (also used for each page of a WARC file). The page is
decoded with its declared charset (``<meta charset>`` or the HTTP header;
old Arabic sites declare windows-1256), else with the encoding detected from
its bytes. trafilatura (offline) keeps the article's main text, title and
date and leaves out menus, "most read" lists, comment forms and footers.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from pathlib import Path

from akhbar.corpus import join_paragraphs
from akhbar.load.damage import check_text
from akhbar.load.decoding import Decoded, decode_bytes, encoding_name
from akhbar.load.files import Source
from akhbar.load.records import TAG_SEPARATOR
from akhbar.load.report import FileResult

__all__ = ["declared_charset", "decode_html", "extract_article", "page_record", "read_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# A page whose main text has fewer words than this has no article (a menu, a gallery).
_MIN_WORDS = 5
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE)


def declared_charset(data: bytes, content_type: str = "") -> str | None:
    """The codec a page declares (HTTP header first, then ``<meta>``), if Python knows it.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    'cp1256'
    """
    match = _HEADER_CHARSET.search(content_type or "") or _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1)
    name = name.decode("ascii", "replace") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, content_type: str = "") -> Decoded:
    """The page's text in its declared encoding, else in the one its bytes show."""
    declared = declared_charset(data, content_type)
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            detected = decode_bytes(data)
            if detected.text is not None:
                return Decoded(detected.text, detected.encoding, (
                    f"declares {encoding_name(declared)} but is"
                    f" {encoding_name(detected.encoding)}; read as"
                    f" {encoding_name(detected.encoding)}"), detected.replaced)
            return detected
    return decode_bytes(data)


def extract_article(page: str, url: str | None = None) -> tuple[dict | None, str]:
    """The article of one page as a record, or None and why not.

    >>> html = ("<html><head><title>خبر</title></head><body><nav>الرئيسية</nav>"
    ...         "<article><h1>خبر عاجل</h1><p>" + "قال الوزير إن الاجتماع كان مثمرا. " * 5
    ...         + "</p></article></body></html>")
    >>> record, why = extract_article(html)
    >>> record["title"], record["body"].startswith("قال الوزير"), why
    ('خبر عاجل', True, '')
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True)
    except Exception as error:  # noqa: BLE001 — trafilatura raises many kinds on bad markup
        return None, f"page not readable as HTML ({type(error).__name__})"
    text = (document.text or "") if document is not None else ""
    words = len(text.split())
    if words < _MIN_WORDS:
        return None, ("no article text found in the page" if not words else
                      f"no article text found in the page (only {words} word(s) outside"
                      " the boilerplate)")
    title = (document.title or "").strip()
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title:  # the headline, repeated above the text
        paragraphs = paragraphs[1:]
    record = {"title": title, "published": document.date or None,
              "body": join_paragraphs(paragraphs)}
    if document.tags:
        record["tags"] = TAG_SEPARATOR.join(document.tags)
    for field in ("url", "author"):
        value = getattr(document, field, None) or (url if field == "url" else None)
        if value:
            record[field] = value
    return record, ""


def page_record(data: bytes, result: FileResult, url: str | None = None,
                content_type: str = "") -> tuple[dict | None, str]:
    """Decode and extract one page; decoding and damage notes go to ``result``."""
    decoded = decode_html(data, content_type)
    if decoded.text is None:
        return None, decoded.reason
    result.encoding = result.encoding or decoded.encoding
    if decoded.reason:
        result.warn(decoded.reason if url is None else f"{url}: {decoded.reason}")
    record, why = extract_article(decoded.text, url)
    if record is None:
        return None, why
    for field in ("title", "body"):
        checked = check_text(record[field])
        record[field] = checked.text
        for warning in checked.warnings:
            result.warn(warning if url is None else f"{url}: {warning}")
    return record, ""


def read_html(data: bytes, result: FileResult, source: Source,
              columns: Mapping[str, str] | None = None) -> None:
    """One saved page: one article, or a report line saying why there is none."""
    record, why = page_record(data, result)
    if record is None:
        result.refuse("skipped", why)
        return
    result.records.append({"article_id": Path(source.name).stem, **record})
