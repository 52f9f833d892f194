"""The load report: one row per input file, and the one-line summary of a load.

A :class:`FileResult` is what reading one file gives (its records and its
report line); it is built per file, so it can be built on any worker. The
report table and the summary need every file's result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["REPORT_COLUMNS", "FileResult", "LoadReport", "report_table", "summary_line"]

REPORT_COLUMNS = ["path", "status", "reason", "encoding", "rows"]


@dataclass
class FileResult:
    """What one input file gave: its records and its line in the load report.

    ``status`` is ``loaded`` (the reason, if any, is a harmless note such as
    "NUL padding removed"), ``warning`` (loaded, but read the reason),
    ``duplicate``, ``skipped`` or ``error``.

    >>> result = FileResult("a.txt")
    >>> result.note("plain layout: title from the first line")
    >>> result.warn("lossy text")
    >>> result.status, "; ".join(result.reasons)
    ('warning', 'plain layout: title from the first line; lossy text')
    """

    path: str
    records: list[dict] = field(default_factory=list)
    frame: pd.DataFrame | None = None
    status: str = "loaded"
    reasons: list[str] = field(default_factory=list)
    encoding: str = ""
    truncated: bool = False

    def note(self, reason: str) -> None:
        """Say what was done, without making the file a warning."""
        if reason not in self.reasons:
            self.reasons.append(reason)

    def warn(self, reason: str) -> None:
        """Say what the user should know about; the file is loaded with a warning."""
        self.note(reason)
        if self.status == "loaded":
            self.status = "warning"

    def take_decoded(self, decoded) -> str | None:
        """Record how the file's bytes were decoded (a :class:`~akhbar.load.decoding.Decoded`):
        its encoding, notes and damage; refuse the file when they are not text.
        Returns the text, or None when the file was refused."""
        self.encoding = decoded.encoding
        if decoded.text is None:
            self.refuse("skipped", decoded.reason)
            return None
        for note in decoded.notes:
            self.note(note)
        if decoded.reason:
            self.warn(decoded.reason)
        return decoded.text

    def refuse(self, status: str, reason: str) -> FileResult:
        """Give up on the file: nothing of it is loaded."""
        self.status, self.reasons, self.records, self.frame = status, [reason], [], None
        return self


class LoadReport(pd.DataFrame):
    """The load report: a plain DataFrame that pandas does not deep-copy.

    pandas deep-copies ``attrs`` after most operations and compares them with
    ``==`` in ``pd.concat``; a DataFrame in ``attrs`` then raises "truth value
    of a DataFrame is ambiguous". Returning the same object from
    ``__deepcopy__`` keeps identity, so the comparison short-circuits and
    slices of a corpus still concatenate. Treat the report as read-only;
    anything derived from it (``report[report.status != "loaded"]``) is an
    ordinary DataFrame.

    Two corpora loaded apart concatenate too: pandas then asks whether their
    reports are equal, so one report compared with another answers with one
    bool (``DataFrame.equals``) and pandas leaves the concatenation without a
    report (each load keeps its own); compared with anything else it is an
    ordinary DataFrame.
    """

    def __deepcopy__(self, memo=None) -> LoadReport:
        return self

    def __eq__(self, other):
        if isinstance(other, LoadReport):
            return self is other or self.equals(other)
        return super().__eq__(other)

    __hash__ = None


def report_table(results: Iterable[FileResult], rows_per_file: pd.Series) -> LoadReport:
    """The report, one row per file; ``rows_per_file`` counts corpus rows by input path.

    >>> report_table([FileResult("a.txt")], pd.Series({"a.txt": 1}))[["status", "rows"]]
       status  rows
    0  loaded     1
    """
    report = pd.DataFrame([
        {"path": r.path, "status": r.status, "reason": "; ".join(r.reasons),
         "encoding": r.encoding, "rows": int(rows_per_file.get(r.path, 0))}
        for r in results
    ], columns=REPORT_COLUMNS)
    return LoadReport(report.astype({"rows": "int64"}))


def summary_line(corpus: pd.DataFrame) -> str:
    """``"N articles loaded from M file(s) (…)"`` and the hints of the load, on one line.

    >>> import akhbar
    >>> summary_line(akhbar.load_corpus("seeds"))
    '1 articles loaded from 1 file(s) (1 loaded)'
    """
    report = corpus.attrs["load_report"]
    counts = report["status"].value_counts()
    text = ", ".join(f"{n} {status}" for status, n in counts.items())
    line = f"{len(corpus)} articles loaded from {len(report)} file(s) ({text})"
    hints = corpus.attrs.get("load_hints", [])
    return "; ".join([line, *hints])
