"""Which files a load reads: paths and folders expanded, each problem a report row.

Needs every path given (it walks the folders), but no file's content.

- Folders are read recursively, following symbolic links to folders (a
  data folder linked into a project is common) but never in a loop.
- A folder that cannot be opened gets a report row, like a file would.
- File names that are not UTF-8 (Windows-1256 names after unzipping a
  Windows archive) are read as they are and shown decoded in the report.
- Each file remembers the folder directly under the given path that holds
  it, for ``section_from="folder"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from akhbar.load.report import FileResult

__all__ = ["SUFFIXES", "Source", "display_name", "expand", "suffix_of"]

#: Every file name ending the loader reads, longest first where one ends another.
SUFFIXES = (".jsonl.gz", ".csv.gz", ".warc.gz", ".jsonl", ".ndjson", ".csv", ".parquet",
            ".txt", ".html", ".htm", ".warc")
_UNSUPPORTED = ("not a supported format ({});"
                " akhbar reads .txt, .jsonl[.gz], .csv[.gz], .parquet, .html and .warc[.gz]")


@dataclass(frozen=True)
class Source:
    """One file to read: its real path, the name to show, and its folder under the root."""

    path: str
    name: str
    folder: str | None = None
    name_note: str = ""
    suffix: str = ""


def suffix_of(path: Path | str) -> str:
    """The format-bearing ending of a file name, lower-cased.

    >>> suffix_of("archive/2021.JSONL.GZ")
    '.jsonl.gz'
    """
    name = str(path).lower()
    if name.endswith(".txt"):  # the common case first: folders of thousands of articles
        return ".txt"
    return next((s for s in SUFFIXES if name.endswith(s)), os.path.splitext(name)[1])


def display_name(path: Path | str) -> tuple[str, str]:
    """The path as a user should read it, and a note when its bytes were not UTF-8.

    >>> display_name(os.fsdecode("أخبار.txt".encode("cp1256")))
    ('أخبار.txt', 'file name is in Windows-1256, not UTF-8')
    """
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    arabic = raw.decode("cp1256", errors="replace")
    if sum("\u0621" <= c <= "\u064a" for c in arabic) >= 2:
        return arabic, "file name is in Windows-1256, not UTF-8"
    return raw.decode("utf-8", errors="replace"), "file name is not UTF-8 (shown with U+FFFD)"


def _source(path: str, folder: str | None) -> Source | FileResult:
    try:
        name, note = path, ""
        path.encode("utf-8")
    except UnicodeEncodeError:  # surrogate escapes: the bytes were not UTF-8
        name, note = display_name(path)
    suffix = suffix_of(path)
    if suffix not in SUFFIXES:
        return FileResult(name).refuse(
            "skipped", _UNSUPPORTED.format(os.path.splitext(path)[1] or "no extension"))
    return Source(path, name, folder, note, suffix)


def _walk(root: str) -> tuple[list[tuple[str, str | None]], list[FileResult]]:
    """Files under ``root`` (following links, no loops) and rows for what cannot be read."""
    files: list[tuple[str, str | None]] = []
    problems: list[FileResult] = []
    seen: set[str] = set()
    pending: list[tuple[str, str | None]] = [(root, None)]
    while pending:
        folder, top = pending.pop()
        real = os.path.realpath(folder)
        if real in seen:  # a link back into a folder already read
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            problems.append(FileResult(display_name(folder)[0]).refuse(
                "error", f"cannot open folder: {error.strerror or error}"))
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # follows links
                is_file = not is_dir and entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                pending.append((entry.path, top if top is not None else entry.name))
            elif is_file:
                files.append((entry.path, top))
            else:
                problems.append(FileResult(display_name(entry.path)[0]).refuse(
                    "error", "broken link (points to nothing)"))
    return files, problems


def expand(paths: Iterable[str | Path]) -> list[Source | FileResult]:
    """Files to read, in order, with report rows for what cannot be read at all.

    >>> [s.name for s in expand(["seeds"])]
    ['seeds/000_9d01ffca6c2bf9eb.txt']
    """
    found: list[Source | FileResult] = []
    for given in paths:
        path = str(Path(given))
        if os.path.isdir(path):
            files, problems = _walk(path)
            files.sort(key=lambda item: item[0])
            found.extend(_source(child, _shown(top)) for child, top in files)
            found.extend(problems)
        elif os.path.isfile(path):
            name, note = display_name(path)
            found.append(Source(path, name, None, note, suffix_of(path)))  # named: any ending
        else:
            found.append(FileResult(display_name(path)[0]).refuse(
                "error", "no such file or folder"))
    return found


def _shown(folder: str | None) -> str | None:
    return None if folder is None else display_name(folder)[0]
