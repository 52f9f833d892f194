"""Reports inside another speaker's statement: ``وقال جيرنوف: «أعلنت طالبان …»``.

Step 3 of the pipeline, per article: :func:`mark_nested` sets ``nested`` on
the events that stand inside the statement of an earlier event — inside its
quotation marks, or, for a verb without و/ف whose subject is not written right
after it, inside its indirect أن/إن clause. Nested events are listed by
:func:`akhbar.speakers.quotes` but not counted by
:func:`akhbar.speakers.speaker_counts` (unless ``include_nested``).

The work is in proportion to the number of events (times a logarithm), not
to its square: a concatenated dump of thousands of articles read as one
"article" costs what its parts cost. Each question ("does an earlier event's
statement cover this point?") is answered by one sweep over the events in
text order with a heap of the statements that are open, instead of a look at
every earlier event.

>>> from akhbar.speakers.lexicon import fold, load_lexicon
>>> from akhbar.speakers.events import verb_events
>>> from akhbar.speakers.spans import quote_spans
>>> text = fold('وأضاف جيرنوف: "أعلنت طالبان أنها تريد التعاون".')
>>> events = verb_events(text, load_lexicon())
>>> mark_nested(events, quote_spans(text))
>>> [(e.verb, e.nested) for e in events]
[('واضاف', False), ('اعلنت', True)]
"""

from __future__ import annotations

import heapq
from bisect import bisect_left

from akhbar.speakers.events import Event

__all__ = ["mark_nested", "stray_cut"]


def mark_nested(events: list[Event], spans: list[tuple[int, int]]) -> None:
    """Mark the reports inside another's statement: inside the quotation marks of an
    earlier event's statement, or (without a proclitic و/ف) inside its indirect
    clause. ``events`` in order of ``start``; ``spans`` the quotation spans, in order.

    An *earlier* event is one that is not a continuation participle and starts
    before this one. Attribution phrases and participles are never nested."""
    quoted_after = _quotation_claimed(events, spans)
    span_starts = [a for a, _ in spans]
    clauses = _OpenClauses(events)
    for ev in events:
        clause = clauses.first_covering(ev.start)
        if ev.within and clause is not None:
            ev.nested = True  # … حافظ على الطابع الاجتماعي كما تعهد به الرئيس: a reference
            continue
        if ev.continuation or ev.kind == "attribution":
            continue
        k = bisect_left(span_starts, ev.start) - 1  # the span starting before ev, if any
        if k >= 0 and ev.start < spans[k][1] and quoted_after[k] < ev.start:
            ev.nested = True  # inside quotation marks some earlier statement holds
            continue
        if clause is not None and ev.proclitic and ev.surface is None and ev.feminine \
                and clause.feminine is False and not _plural(clause.verb):
            ev.nested = True  # وقال فلان إن المديرية وزعت الواقيات، وأكدت على …: a feminine
            # verb inside a man's clause goes on with the clause's own subject
            continue
        if ev.proclitic or (ev.surface is not None and not ev.sv) or clause is None:
            continue
        # "قال جيرنوف إن طالبان … أكدت": another voice inside the clause; but a
        # subjectless verb agreeing with the clause's own verb (أعلنت … قالت)
        # goes on with the same speaker
        same = (ev.surface is None and ev.feminine is not None and ev.feminine == clause.feminine
                and _plural(ev.verb) == _plural(clause.verb))  # (وأضاف أن الأولياء
        # طالبوا: a plural verb is the group's, not the speaker's going on)
        ev.nested = not same


def _plural(verb: str) -> bool:
    return verb.endswith(("وا", "ون"))


def stray_cut(text: str, spans: list[tuple[int, int]],
              events: list[Event]) -> list[tuple[int, int]]:
    """Quotation spans, cut where a stray mark made them run on: a span that holds a
    sentence opening with a report of its own (…للفروسية . وأبان أن …) ends at that
    sentence, which is not nested. ``spans`` and ``events`` in text order.

    >>> from akhbar.speakers.events import Event
    >>> text = 'وقال: " نحمد الله. وأبان أن البطولة صعبة "جدا".'
    >>> ev = Event(text.index("وأبان"), len(text), "وأبان", "indirect", 0, 0, None, False,
    ...            proclitic=True)
    >>> stray_cut(text, [(6, text.index("جدا"))], [ev])
    [(6, 18)]
    """
    starts = [e.start for e in events if e.proclitic and not e.continuation]
    out = []
    for a, b in spans:
        k = bisect_left(starts, a)
        while k < len(starts) and starts[k] < b:
            before = text[a:starts[k]].rstrip()
            if before.endswith((".", "؟", "!")) or "\n" in text[a:starts[k]]:
                b = a + len(before)
                break
            k += 1
        out.append((a, b))
    return out


def _quotation_claimed(events: list[Event], spans: list[tuple[int, int]]) -> list[float]:
    """For each quotation span ``(a, b)``, the smallest start of a non-continuation
    event whose statement ``qstart..qend`` covers ``a`` (inf if none): an event inside
    the quotation is nested when such an event starts before it."""
    claimed: list[float] = []
    by_qstart = sorted((e for e in events if not e.continuation), key=lambda e: e.qstart)
    open_: list[tuple[int, int]] = []  # heap of (start, qend) of statements begun by a
    i = 0
    for a, _ in spans:  # in order of a
        while i < len(by_qstart) and by_qstart[i].qstart <= a:
            heapq.heappush(open_, (by_qstart[i].start, by_qstart[i].qend))
            i += 1
        while open_ and open_[0][1] < a:
            heapq.heappop(open_)  # ended before a, so before every later span too
        claimed.append(open_[0][0] if open_ else float("inf"))
    return claimed


class _OpenClauses:
    """The indirect statements open at a point, swept in text order: the first
    (earliest-starting) indirect, non-continuation event ``p`` with ``p.start < pos``
    and ``p.qstart < pos < p.qend``."""

    def __init__(self, events: list[Event]):
        clauses = [(max(e.start, e.qstart), i) for i, e in enumerate(events)
                   if e.kind == "indirect" and not e.continuation]
        clauses.sort()
        self._events = events
        self._pending = clauses  # (from where it covers, index), by the first
        self._next = 0
        self._open: list[int] = []  # heap of indices (text order) of opened clauses

    def first_covering(self, pos: int) -> Event | None:
        """Called with non-decreasing ``pos``."""
        pending, events = self._pending, self._events
        while self._next < len(pending) and pending[self._next][0] < pos:
            heapq.heappush(self._open, pending[self._next][1])
            self._next += 1
        while self._open and events[self._open[0]].qend <= pos:
            heapq.heappop(self._open)  # closed before pos, so before every later one
        return events[self._open[0]] if self._open else None
