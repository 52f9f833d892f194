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

    path: Path
    name: str
    folder: str | None = None
    name_note: str = ""


def suffix_of(path: Path | str) -> str:
    """The format-bearing ending of a file name, lower-cased.

    >>> suffix_of("archive/2021.JSONL.GZ")
    '.jsonl.gz'
    """
    name = str(path).lower()
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


def _source(path: Path, folder: str | None) -> Source | FileResult:
    name, note = display_name(path)
    if suffix_of(path) not in SUFFIXES:
        result = FileResult(name).refuse(
            "skipped", _UNSUPPORTED.format(path.suffix or "no extension"))
        return result
    return Source(path, name, folder, note)


def _walk(root: Path) -> tuple[list[tuple[Path, str | None]], list[FileResult]]:
    """Files under ``root`` (following links, no loops) and rows for unreadable folders."""
    files, problems, seen = [], [], set()

    def unreadable(error: OSError) -> None:
        name = display_name(error.filename or root)[0]
        problems.append(FileResult(name).refuse(
            "error", f"cannot open folder: {error.strerror or error}"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:  # a link back into a folder already read
            subfolders[:] = []
            continue
        seen.add(real)
        relative = Path(folder).relative_to(root).parts
        top = display_name(relative[0])[0] if relative else None
        for name in names:
            files.append((Path(folder) / name, top))
    return files, problems


def expand(paths: Iterable[str | Path]) -> list[Source | FileResult]:
    """Files to read, in order, with report rows for what cannot be read at all.

    >>> [s.name for s in expand(["seeds"])]
    ['seeds/000_9d01ffca6c2bf9eb.txt']
    """
    found: list[Source | FileResult] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files, problems = _walk(path)
            for child, top in sorted(files, key=lambda item: str(item[0])):
                if child.is_file():
                    found.append(_source(child, top))
                elif not child.exists():
                    found.append(FileResult(display_name(child)[0]).refuse(
                        "error", "broken link (points to nothing)"))
            found.extend(problems)
        elif path.is_file():
            name, note = display_name(path)
            found.append(Source(path, name, None, note))  # named: read whatever its ending
        else:
            found.append(FileResult(display_name(path)[0]).refuse(
                "error", "no such file or folder"))
    return found
