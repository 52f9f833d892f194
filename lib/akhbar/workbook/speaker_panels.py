"""The panels of ``04_speakers``: who is quoted, how often, by section and over time,
saying what, and how (direct, indirect, attribution).

They take the events of :func:`akhbar.speakers.quotes`; a corpus in which no
one is reported gets a note instead of each figure.

>>> import akhbar
>>> corpus = akhbar.load_corpus("seeds")
>>> events = akhbar.quotes(corpus)
>>> top_speakers(events, out_dir=None).table["speaker"].tolist()[:2]
['دميتري بيسكوف', 'فلاديمير بوتين']
"""

from __future__ import annotations

import os

import pandas as pd

from akhbar.plot import bar_terms, line_over_time, small_multiples
from akhbar.speakers import speaker_counts
from akhbar.workbook.panel import Panel, saved_panel
from akhbar.workbook.profile import CorpusProfile

__all__ = [
    "counted",
    "event_list",
    "speakers_by_section",
    "speakers_in_time",
    "speech_kinds",
    "statements_of",
    "top_speakers",
]

OutDir = str | os.PathLike | None
_NOBODY = ("**No one is quoted:** no reporting verb (قال، أكد …) or attribution (بحسب، وفقا لـ)"
           " was found in these articles.")
_STATEMENTS = "عدد التصريحات"


def counted(events: pd.DataFrame) -> pd.DataFrame:
    """The events :func:`~akhbar.speakers.speaker_counts` counts: neither nested
    in another's statement nor a continuing participle."""
    return events[~events["nested"] & ~events["continuation"]]


def event_list(events: pd.DataFrame, rows: int = 12) -> Panel:
    """How many events were found and counted, and the first of them."""
    if events.empty:
        return Panel("events", note=_NOBODY)
    columns = ["speaker", "speaker_surface", "verb", "kind", "quote", "paragraph",
               "nested", "continuation"]
    table = events[columns].assign(quote=events["quote"].str.slice(0, 50))
    note = f"{len(events):,} reporting event(s), {len(counted(events)):,} counted."
    return Panel("events", table=table, note=note, rows=rows)


def top_speakers(events: pd.DataFrame, out_dir: OutDir, n: int = 20) -> Panel:
    """The ``n`` most quoted speakers."""
    if events.empty:
        return Panel("04_top_speakers", note=_NOBODY)
    top = speaker_counts(events)
    fig = bar_terms(top, label="speaker", value="count", n=n,
                    title="من يتكلم؟ أكثر المتحدثين", xlabel=_STATEMENTS)
    return saved_panel("04_top_speakers", fig, top, out_dir)


def speakers_by_section(events: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir,
                        n: int = 8) -> Panel:
    """The ``n`` most quoted speakers of each section."""
    note = profile.no_sections() or (_NOBODY if events.empty else "")
    if note:
        return Panel("04_speakers_by_section", note=note)
    table = speaker_counts(events, by="section")
    fig = small_multiples(table, panel="section", label="speaker", value="count", n=n, ncols=3,
                          title="المتحدثون حسب القسم")
    return saved_panel("04_speakers_by_section", fig, table, out_dir)


def speakers_in_time(events: pd.DataFrame, profile: CorpusProfile, out_dir: OutDir,
                     leaders: int = 5) -> Panel:
    """Statements per period of the ``leaders`` most quoted speakers."""
    note = profile.no_dates() or (_NOBODY if events.empty else "")
    if note:
        return Panel("04_speakers_over_time", note=note)
    top = speaker_counts(events)["speaker"].head(leaders)
    table = speaker_counts(events, by=profile.period)
    table = table[table["speaker"].isin(top)].dropna(subset=[profile.period])
    fig = line_over_time(table, x=profile.period, y="count", group="speaker",
                         title="تصريحات أكثر المتحدثين عبر الزمن", ylabel=_STATEMENTS)
    return saved_panel("04_speakers_over_time", fig, table, out_dir)


def statements_of(events: pd.DataFrame, speaker: str | None = None, rows: int = 10) -> Panel:
    """What one speaker (default: the most quoted) said, one row per statement."""
    if events.empty:
        return Panel("statements", note=_NOBODY)
    speaker = speaker or speaker_counts(events)["speaker"].iloc[0]
    said = counted(events)
    said = said[said["speaker"] == speaker][["article_id", "verb", "kind", "quote"]]
    return Panel("statements", table=said.assign(quote=said["quote"].str.slice(0, 90)),
                 note=f"What **{speaker}** said ({len(said):,} statement(s)).", rows=rows)


def speech_kinds(events: pd.DataFrame, out_dir: OutDir) -> Panel:
    """The share of direct quotes, indirect speech and attributions."""
    if events.empty:
        return Panel("04_speech_kinds", note=_NOBODY)
    kinds = (counted(events)["kind"].value_counts().rename_axis("kind").reset_index(name="events")
             .assign(share=lambda t: (t["events"] / t["events"].sum()).round(3)))
    fig = bar_terms(kinds, label="kind", value="share", n=3, rtl=False,
                    title="Direct, indirect, attribution", xlabel="share of counted events")
    return saved_panel("04_speech_kinds", fig, kinds, out_dir)
