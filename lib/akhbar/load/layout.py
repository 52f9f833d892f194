"""The layout of one article file: the scraped layout, or a plain article.

Works on one article at a time, with no state: it can run on any worker.

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

Most archives are not in that layout: a **plain** article file has the
headline on its first non-empty line and the body below
(:func:`parse_plain_article`). The first line is taken as the title only
when it looks like a headline: short, and not ending in a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from akhbar.text import normalize
from akhbar.text.charsets import ARABIC_INDIC_DIGITS, FORMAT_CHARS

__all__ = ["BOILERPLATE_TAILS", "ScrapedArticle", "looks_like_headline",
           "parse_plain_article", "parse_scraped_article", "parse_section_date"]

_SECTION_DATE = re.compile(
    r"^(?P<section>.*?)\s*(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})"
    r"\s*(?:\|\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?\s*$"
)
# Trailing widgets of the news site, not part of the article.
BOILERPLATE_TAILS = ("أضف تعليق", "اضف تعليق")
# A section+date line is short; a body paragraph that happens to end in a date is not.
_MAX_SECTION_DATE_LINE = 80
# A headline is at most this long, and does not end like a sentence.
_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 30
_SENTENCE_END = (".", "۔", ":", "،", ",")


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

    Right-to-left and left-to-right marks (RLM/LRM, which some sites put
    after the time) do not hide the date:

    >>> parse_section_date("عرب وعالم١٨-١١-٢٠٢١ | ١٧:١٨\u200f")
    ('عرب وعالم', datetime.datetime(2021, 11, 18, 17, 18))
    """
    line = line.translate(ARABIC_INDIC_DIGITS).strip()
    if len(line) > _MAX_SECTION_DATE_LINE:
        return None
    match = _SECTION_DATE.match(line)
    if not match:  # only the format characters: letters and digits stay as they were
        line = normalize(line, diacritics=False, tatweel=False, alef=False,
                         alef_maqsura=False, digits=False).strip()
        match = _SECTION_DATE.match(line)
    if not match:
        return None
    parts = {k: int(v) for k, v in match.groupdict().items() if k != "section" and v}
    try:
        when = datetime(parts["year"], parts["month"], parts["day"],
                        parts.get("hour", 0), parts.get("minute", 0))
    except ValueError:  # 31-02-2021 and the like: not a date, so not this line
        return None
    return FORMAT_CHARS.sub("", match["section"]).strip(" -|"), when


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
    if len(lines) >= 2 and lines[1].startswith(lines[0]) and len(lines[0]) < 300 \
            and _looks_like_tags(lines[1][len(lines[0]):]):
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


#: Tags glued after the title are a few words, no sentence: a longer rest is the
#: body's first paragraph repeating the headline (title "قال الوزير إن الخطة جاهزة",
#: lead "قال الوزير إن الخطة جاهزة، مضيفا أن …").
_MAX_TAG_WORDS = 12
_SENTENCE_MARKS = re.compile(r"[.،,:؛!?؟«»“”\"]")


def _looks_like_tags(rest: str) -> bool:
    return len(rest.split()) <= _MAX_TAG_WORDS and not _SENTENCE_MARKS.search(rest)


def looks_like_headline(line: str) -> bool:
    """Short, and not ending like a sentence.

    >>> looks_like_headline("بوتين: ما يحدث في أفغانستان يملي اتخاذ تدابير إضافية")
    True
    >>> looks_like_headline("قال الرئيس الروسي إن ما يحدث في أفغانستان خطير.")
    False
    """
    line = line.strip()
    return (0 < len(line) <= _MAX_HEADLINE_CHARS and len(line.split()) <= _MAX_HEADLINE_WORDS
            and not line.endswith(_SENTENCE_END))


def parse_plain_article(text: str) -> ScrapedArticle:
    r"""A plain article: the first line is the title when it looks like a headline.

    ``missing`` is empty when a title was found; otherwise everything is body.

    >>> a = parse_plain_article("خبر عاجل من الرياض\n\nنص الخبر الأول.\nنص ثان.")
    >>> (a.title, a.body, a.missing)
    ('خبر عاجل من الرياض', 'نص الخبر الأول.\n\nنص ثان.', [])
    """
    lines = _strip_boilerplate([ln.strip() for ln in text.splitlines() if ln.strip()])
    article = ScrapedArticle()
    if len(lines) >= 2 and looks_like_headline(lines[0]):
        article.title, lines = lines[0], lines[1:]
    else:
        article.missing.append("title")
    article.body = "\n\n".join(lines)
    if not article.body:
        article.missing.append("body")
    return article
