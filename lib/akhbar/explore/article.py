"""One article as HTML, right to left, with the term's matches and the quotes marked.

The body keeps its paragraphs (``white-space: pre-wrap``) and reads right to
left (``dir="rtl"``; a paragraph in another script keeps its own direction
through ``unicode-bidi: plaintext``). Each reporting event found by
:func:`akhbar.speakers.quotes` is shaded in its speaker's colour, from the
reporting verb to the end of the statement (an event nested in another's
statement is drawn over it); the matches of the term searched are marked
(``<mark>``). A legend names the speakers.

>>> html = article_html("عنوان", "قال بوتين إن روسيا مستعدة.", meta="2021-11-18",
...                     matches=[(13, 18)], quotes=[(0, 26, "بوتين")])
>>> '<mark class="akhbar-match">روسيا</mark>' in html, 'dir="rtl"' in html
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

__all__ = ["SPEAKER_COLOURS", "article_html"]

#: Background colours of the speakers of one article, in order of first appearance.
SPEAKER_COLOURS = ["#fde2a7", "#c9e7f5", "#d8f0c8", "#f6cfe0", "#e2d6f5", "#f9d2b8",
                   "#cfe8e0", "#eeeec2"]


def _runs(owner: np.ndarray, marked: np.ndarray) -> list[tuple[int, int, int, bool]]:
    """Maximal runs of equal (speaker, match): ``(start, end, speaker, match)``."""
    if len(owner) == 0:
        return []
    change = np.flatnonzero((owner[1:] != owner[:-1]) | (marked[1:] != marked[:-1])) + 1
    bounds = [0, *change.tolist(), len(owner)]
    return [(a, b, int(owner[a]), bool(marked[a])) for a, b in pairwise(bounds)]


def _legend(speakers: list[str]) -> str:
    items = "".join(
        f'<span class="akhbar-speaker" style="background:{SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)]}"'
        f' dir="auto">{html.escape(name)}</span> '
        for i, name in enumerate(speakers))
    return f'<div class="akhbar-legend" dir="rtl">{items}</div>' if speakers else ""


def article_html(
    title: str,
    body: str,
    *,
    meta: str = "",
    matches: Sequence[tuple[int, int]] = (),
    quotes: Sequence[tuple[int, int, str]] = (),
) -> str:
    """The article as HTML. ``matches``: ``(start, end)`` offsets into ``body``
    to mark; ``quotes``: ``(start, end, speaker)`` offsets of reporting events."""
    owner = np.full(len(body), -1, dtype=np.int32)
    marked = np.zeros(len(body), dtype=bool)
    speakers: list[str] = []
    for start, end, speaker in sorted(quotes, key=lambda q: (q[0], -q[1])):
        if speaker not in speakers:
            speakers.append(speaker)
        owner[start:end] = speakers.index(speaker)
    for start, end in matches:
        marked[start:end] = True
    parts = []
    for start, end, who, match in _runs(owner, marked):
        text = html.escape(body[start:end])
        if match:
            text = f'<mark class="akhbar-match">{text}</mark>'
        if who >= 0:
            colour = SPEAKER_COLOURS[who % len(SPEAKER_COLOURS)]
            text = (f'<span class="akhbar-quote" style="background:{colour}"'
                    f' title="{html.escape(speakers[who])}">{text}</span>')
        parts.append(text)
    heading = f'<h3 dir="auto" class="akhbar-title">{html.escape(title or "")}</h3>'
    meta_html = f'<div class="akhbar-meta" dir="auto">{html.escape(meta)}</div>' if meta else ""
    return (f'<div class="akhbar-article" dir="rtl">{heading}{meta_html}{_legend(speakers)}'
            f'<div class="akhbar-body" dir="rtl">{"".join(parts)}</div></div>')
