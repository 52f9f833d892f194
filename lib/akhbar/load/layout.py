"""The layout of one scraped article file, as news sites export it.

A file like ``seeds/000_9d01ffca6c2bf9eb.txt`` reads, one item per
non-empty line::

    الرئيس الروسي: ما يحدث في أفغانستان …                 ← title
    الرئيس الروسي: ما يحدث في أفغانستان …أمننابوتين       ← title + tags glued on
    عرب وعالم18-11-2021 | 17:18                             ← section + date glued on
    قال الرئيس الروسي، فلاديمير بوتين …                     ← body paragraphs
    أضف تعليق                                                ← "add a comment": boilerplate

Scrapers are not careful, so each part is looked for on its own and a file
that lacks one still keeps everything else; what was missing is returned so
the loader can say so in its report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…, Persian/Urdu) digits.
ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SECTION_DATE = re.compile(
    r"^(?P<section>.*?)\s*(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})"
    r"\s*(?:\|\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?\s*$"
)
# Trailing widgets of the news site, not part of the article.
BOILERPLATE_TAILS = ("أضف تعليق", "اضف تعليق")
# A section+date line is short; a body paragraph that happens to end in a date is not.
_MAX_SECTION_DATE_LINE = 80


@dataclass
class ScrapedArticle:
    """The parts of one scraped article; ``missing`` names the parts not found."""

    title: str = ""
    tags: str = ""
    section: str = ""
    published: datetime | None = None
    body: str = ""
    missing: list[str] = field(default_factory=list)


def parse_section_date(line: str) -> tuple[str, datetime] | None:
    """Split a ``section+date`` line; None when the line is not one.

    >>> parse_section_date("عرب وعالم١٨-١١-٢٠٢١ | ١٧:١٨")
    ('عرب وعالم', datetime.datetime(2021, 11, 18, 17, 18))
    """
    line = line.translate(ARABIC_INDIC_DIGITS).strip()
    if len(line) > _MAX_SECTION_DATE_LINE:
        return None
    match = _SECTION_DATE.match(line)
    if not match:
        return None
    parts = {k: int(v) for k, v in match.groupdict().items() if k != "section" and v}
    try:
        when = datetime(parts["year"], parts["month"], parts["day"],
                        parts.get("hour", 0), parts.get("minute", 0))
    except ValueError:  # 31-02-2021 and the like: not a date, so not this line
        return None
    return match["section"].strip(" -|\u200f\u200e"), when


def _strip_boilerplate(lines: list[str]) -> list[str]:
    while lines:
        last = lines[-1]
        tail = next((t for t in BOILERPLATE_TAILS if last.endswith(t)), None)
        if tail is None:
            break
        rest = last[: -len(tail)].strip()
        lines = lines[:-1] + ([rest] if rest else [])
    return lines


def parse_scraped_article(text: str) -> ScrapedArticle:
    """Parse the scraped layout; never fails, reports what it could not find.

    >>> a = parse_scraped_article("عنوان\\nعنوانروسيا\\nسياسة01-02-2021 | 10:00\\nنص الخبر\\nأضف تعليق")
    >>> (a.title, a.tags, a.section, a.body, a.missing)
    ('عنوان', 'روسيا', 'سياسة', 'نص الخبر', [])
    """
    lines = _strip_boilerplate([ln.strip() for ln in text.splitlines() if ln.strip()])
    article = ScrapedArticle()
    start = 0
    if len(lines) >= 2 and lines[1].startswith(lines[0]) and len(lines[0]) < 300:
        article.title, article.tags = lines[0], lines[1][len(lines[0]):].strip()
        start = 2
    else:
        article.missing.append("title/tags line")
    # The section+date line follows the tags line; without a tags line it may
    # still sit right under the title.
    for i in (start, 1) if start == 0 else (start,):
        found = parse_section_date(lines[i]) if i < len(lines) else None
        if found:
            article.section, article.published = found
            if i == 1 and start == 0:  # title, then date: only the tags are missing
                article.title = lines[0]
                article.missing[-1] = "tags line"
            start = i + 1
            break
    else:
        article.missing.append("section/date line")
    article.body = "\n\n".join(lines[start:])
    if not article.body:
        article.missing.append("body")
    return article
