"""The loader's corpus-wide steps on the driver, from the partitions' scans.

The pandas loader needs every file at once for: the columns and their dtypes,
records with no text, exact duplicates, clashing ids, and the load report.
Here they are decided from what :func:`~akhbar.scale.partition.scan_partition`
sends back — a few bytes per article, no text:

- columns and dtypes: the witness of every partition, built once
  (:mod:`akhbar.scale.witness`);
- exact duplicates: each (title, body) pair as a 128-bit BLAKE2 digest
  (16 bytes an article), the first of equal pairs kept in corpus order,
  through the loader's own rule (``assemble.report_dropped``, on the digest's
  two halves). Two different articles are taken for one only if their
  digests collide: for 50 M articles a chance of about 4e-24;
- clashing ids: the ids themselves, renamed ``id~N`` in corpus order;
- the report: each file's row from its reading, then exactly the notes and
  warnings the pandas loader adds, in its order (mixed columns, dates, empty
  records, duplicates, ids).

Corpus order is the pandas one: the rows of files read as records first, in
file order, then those of tables (parquet, big clean JSON Lines).

>>> keys = pd.DataFrame({"path": ["a", "a", "b"], "empty": [False] * 3,
...                      "title_hash": [1, 1, 1], "body_hash": [5, 5, 6],
...                      "article_id": ["x", "y", "x"]})
>>> drop, renamed = decide(keys, {p: FileResult(p) for p in "ab"})
>>> drop.tolist(), renamed
([False, True, False], {2: 'x~2'})
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from akhbar.load.assemble import _as_text, build_frame, report_dropped
from akhbar.load.report import FileResult

__all__ = ["decide", "mixed_text_columns", "note_bad_dates", "note_mixed", "witness_results"]


def witness_results(witness: list[tuple]) -> list[FileResult]:
    """The witness as loader results, in load order (for building it alone)."""
    return [FileResult("w", records=list(part)) if isinstance(part, list)
            else FileResult("w", frame=part) for _, part in witness]


def mixed_text_columns(witness: list[tuple], article_columns: list[str]) -> list[str]:
    """The extra columns the loader makes text because they mix numbers and text."""
    frame = build_frame(witness_results(witness))
    return [c for c in frame.columns if c not in article_columns and c != "_input"
            and _as_text(frame[c]) is not None]


def note_mixed(columns: list[str], nonnull: dict[str, list[str]],
               results: dict[str, FileResult]) -> None:
    """The loader's note for each file with values in a column made text."""
    for column in columns:
        for path in dict.fromkeys(nonnull.get(column, [])):
            results[path].note(f"column {column!r} mixes numbers and text across records:"
                               " kept as text")


def note_bad_dates(bad: dict[str, list[tuple[int, str]]], results: dict[str, FileResult]) -> None:
    """``N date(s) not understood`` per file (counts of its pieces added up)."""
    for path, found in bad.items():
        count, example = sum(n for n, _ in found), found[0][1]
        results[path].warn(f"{count} date(s) not understood, left empty (e.g. {example})")


def decide(keys: pd.DataFrame, results: dict[str, FileResult]) -> tuple[np.ndarray, dict]:
    """Rows to drop (no text, exact duplicates) and new ids (by row of ``keys``) for the
    whole corpus, with the report lines the pandas loader writes.

    ``keys``: one row per article in corpus order — ``path, empty, title_hash,
    body_hash, article_id``."""
    keys = keys.reset_index(drop=True)
    hashes = keys.rename(columns={"title_hash": "title", "body_hash": "body"})
    drop = report_dropped(hashes, "path", keys["empty"].to_numpy(dtype=bool), results)
    ids = keys["article_id"]
    kept = keys[~drop]
    repeat = kept.groupby("article_id").cumcount()
    clash = repeat[repeat > 0]
    renamed = {int(i): f"{ids[i]}~{n + 1}" for i, n in clash.items()}
    for path, group in kept.loc[clash.index].groupby("path", sort=False):
        results[path].warn(f"{len(group)} article id(s) already used by another article;"
                           f" renamed with a ~N suffix (e.g. {renamed[int(group.index[0])]})")
    return drop, renamed
