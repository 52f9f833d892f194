"""``.txt``: one article a file, in the scraped layout or a plain one.

Per file, no state: see :mod:`akhbar.load.layout` for the two layouts.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from akhbar.load.damage import check_text
from akhbar.load.decoding import decode_bytes
from akhbar.load.files import Source
from akhbar.load.layout import parse_plain_article, parse_scraped_article
from akhbar.load.report import FileResult

__all__ = ["read_text_article"]

PLAIN_NOTE = "plain layout: title from the first line"


def read_text_article(data: bytes, result: FileResult, source: Source,
                      columns: Mapping[str, str] | None = None) -> None:
    """Decode, repair what is safe, and parse one article file into one record.

    >>> result = FileResult("a.txt")
    >>> read_text_article("خبر عاجل\\nنص الخبر.".encode("cp1256") + b"\\x00", result,
    ...                   Source("a.txt", "a.txt"))
    >>> result.records[0]["title"], result.encoding, result.reasons
    ('خبر عاجل', 'cp1256', ['NUL padding removed', 'plain layout: title from the first line'])
    """
    decoded = decode_bytes(data)
    text = result.take_decoded(decoded)
    if text is None:
        return
    checked = check_text(text)
    for warning in checked.warnings:
        result.warn(warning)
    article = parse_scraped_article(checked.text)
    if "title/tags line" in article.missing and "section/date line" in article.missing:
        plain = parse_plain_article(checked.text)
        if not plain.missing:
            article = plain
            result.note(PLAIN_NOTE)
    if article.missing:
        result.warn("not in the scraped layout (no " + ", no ".join(article.missing)
                    + "): loaded what was found, other fields left empty")
    # The row is final: an article file has our fields already (no mapping to do).
    result.records.append({
        "article_id": os.path.splitext(os.path.basename(source.name))[0],
        "title": article.title, "tags": article.tags, "section": article.section,
        "published": article.published, "body": article.body,
        "source_file": result.path, "encoding": result.encoding, "_input": result.path,
    })
