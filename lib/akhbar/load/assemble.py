"""From every file's result to one corpus: the steps that need all files at once.

- sections from folder names (the labels need every folder's name);
- one DataFrame, with akhbar's columns first and text where text is expected;
- records with no text and exact duplicates dropped, clashing ids renamed,
  dates that were not understood reported — each in the report row of the
  file it concerns;
- a hint when files without a section sit in several named folders.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd

from akhbar.corpus import ARTICLE_COLUMNS
from akhbar.load.dates import parse_published
from akhbar.load.files import Source
from akhbar.load.records import WHITESPACE, id_text
from akhbar.load.report import FileResult
from akhbar.text import normalize

__all__ = [
    "apply_folder_section",
    "build_frame",
    "finish",
    "folder_hint",
    "folder_labels",
    "report_dropped",
]


def _folder_key(name: str) -> str:
    # Spelling variants of one section name (اقتصاديه / اقتصادية, أ/ا) are one section.
    return normalize(name.strip(), taa_marbuta=True, hamza=True)


def folder_labels(inputs: Iterable[Source | FileResult]) -> dict[str, str]:
    """Section label of each top folder: the spelling most of its variant's files use.

    >>> folders = ["اقتصادية", "اقتصادية", "اقتصاديه", "رياضة"]
    >>> folder_labels([Source("x.txt", "x.txt", f) for f in folders])["اقتصاديه"]
    'اقتصادية'
    """
    files = Counter(s.folder for s in inputs if isinstance(s, Source) and s.folder)
    spellings: dict[str, Counter] = {}
    for folder, count in files.items():
        spellings.setdefault(_folder_key(folder), Counter())[folder.strip()] += count
    best = {key: min(c, key=lambda s: (-c[s], s)) for key, c in spellings.items()}
    return {folder: best[_folder_key(folder)] for folder in files}


def apply_folder_section(result: FileResult, label: str) -> None:
    """Give every row of one file the section of its folder (a differing own one is kept)."""
    if result.frame is not None:
        own = result.frame.get("section")
        if own is not None and own.ne(label).any() and own.astype(str).str.strip().ne("").any():
            result.frame["section_in_file"] = own
        result.frame["section"] = label
    for record in result.records:
        own = record.get("section")
        if own and own != label:
            record["section_in_file"] = own
        record["section"] = label


def folder_hint(inputs: list[Source | FileResult], results: dict[str, FileResult],
                corpus: pd.DataFrame) -> list[str]:
    """Suggest ``section_from="folder"`` when unsectioned files sit in several folders."""
    folder_of = {s.name: s.folder for s in inputs if isinstance(s, Source) and s.folder}
    if not folder_of or corpus.empty:
        return []
    unsectioned = corpus.loc[corpus["section"].str.strip().eq(""), "_input"].unique()
    folders = sorted({folder_of[p] for p in unsectioned if p in folder_of})
    if len(folders) < 2:
        return []
    shown = "، ".join(folders[:6]) + ("، …" if len(folders) > 6 else "")
    return [(f"hint: files without a section sit in {len(folders)} folders ({shown}): load with"
            ' section_from="folder" (CLI: --section-from folder) to take the section from'
            " the folder name")]


def build_frame(results: list[FileResult]) -> pd.DataFrame:
    """Every file's rows in one DataFrame; a file whose values pandas refuses is reported."""
    frames = []
    records = [row for r in results if r.frame is None for row in r.records]
    try:
        frames.append(pd.DataFrame.from_records(records) if records else pd.DataFrame())
    except Exception:  # noqa: BLE001 — one file's values: find it, and keep the others
        frames = [_file_frame(r) for r in results if r.frame is None and r.records]
    frames += [r.frame for r in results if r.frame is not None]
    frames = [f for f in frames if not f.empty]
    if len(frames) > 1:
        return pd.concat(frames, ignore_index=True)
    return frames[0] if frames else pd.DataFrame()


def _file_frame(result: FileResult) -> pd.DataFrame:
    try:
        return pd.DataFrame.from_records(result.records)
    except Exception as error:  # noqa: BLE001 — whatever pandas/pyarrow refuse
        result.refuse("error", f"values that cannot form a table ({type(error).__name__}:"
                      f" {str(error)[:120]})")
        return pd.DataFrame()


def _as_text(values: pd.Series) -> pd.Series | None:
    """A column mixing text and numbers, as text (integers as ``2``); None if not mixed."""
    if values.dtype != object:
        return None
    kinds = {type(v) for v in values.dropna()}
    if len(kinds) < 2 or str not in kinds:
        return None
    return values.map(lambda v: v if v is None or isinstance(v, str) or pd.isna(v)
                      else id_text(v)).astype("str")


def _finish_columns(corpus: pd.DataFrame, results: dict[str, FileResult]) -> pd.DataFrame:
    for column in ARTICLE_COLUMNS:
        if column not in corpus.columns:
            corpus[column] = pd.NaT if column == "published" else ""
    if corpus["article_id"].dtype.kind == "f":
        corpus["article_id"] = corpus["article_id"].map(id_text, na_action="ignore")
    text_columns = [c for c in ARTICLE_COLUMNS if c != "published"]
    corpus[text_columns] = corpus[text_columns].fillna("").astype(str)
    if "_input" not in corpus:  # an empty corpus still has the internal column
        corpus["_input"] = pd.Series(dtype=str)
    extras = [c for c in corpus.columns if c not in ARTICLE_COLUMNS]
    for column in extras:
        as_text = _as_text(corpus[column])
        if as_text is not None:
            corpus[column] = as_text
            for source in corpus.loc[corpus[column].notna(), "_input"].unique():
                results[source].note(f"column {column!r} mixes numbers and text across"
                                     " records: kept as text")
    return corpus[ARTICLE_COLUMNS + extras].reset_index(drop=True)


def _blank(values: pd.Series) -> pd.Series:
    """Empty or only whitespace (without copying the text)."""
    return values.str.fullmatch(f"[{WHITESPACE}]*").astype(bool)


def _first_of_each(corpus: pd.DataFrame, keep: pd.Series) -> np.ndarray:
    """For each row, the position of the first row with the same title and body (rows not
    kept count as unique). Titles and bodies are hashed once each, in pyarrow."""
    title = pd.factorize(corpus["title"])[0].astype(np.int64)
    body = pd.factorize(corpus["body"])[0].astype(np.int64)
    codes = pd.factorize(title * (body.max() + 1) + body)[0]
    codes = np.where(keep.to_numpy(), codes, -1)
    first_row = np.full(codes.max() + 1 if len(codes) else 0, -1)
    positions = np.arange(len(codes))
    kept = codes >= 0
    # The first position of each code: write in reverse, so the earliest write wins.
    first_row[codes[kept][::-1]] = positions[kept][::-1]
    return np.where(kept, first_row[np.maximum(codes, 0)], positions)


def report_dropped(rows: pd.DataFrame, source: str, empty: np.ndarray,
                   results: dict[str, FileResult]) -> np.ndarray:
    """Which of ``rows`` (one per article, in corpus order: the ``source`` column —
    the file each came from —, ``title``, ``body`` (text or hashes), ``article_id``)
    are to be dropped: those marked ``empty`` (no text) and exact repeats of an
    earlier article; said per file in ``results``. The pandas and the Dask loaders
    both decide here, so their reports are the same."""
    keep = pd.Series(~empty, index=rows.index)
    first = _first_of_each(rows, keep) if len(rows) else np.zeros(0, dtype=int)
    duplicate = first != np.arange(len(rows))
    frame = pd.DataFrame({"source": rows[source].to_numpy(), "empty": empty,
                          "duplicate": duplicate,
                          "original": rows["article_id"].to_numpy()[first]})
    for name, count in frame[frame["empty"]].groupby("source", sort=False).size().items():
        results[name].warn(f"{count} record(s) with neither title nor body dropped")
    per_file = frame.groupby("source", sort=False).size()
    for name, group in frame[frame["duplicate"]].groupby("source", sort=False):
        example, result = group["original"].iloc[0], results[name]
        if len(group) == per_file[name] and result.encoding != "parquet":
            result.status = "duplicate"
            result.reasons.append(f"exact duplicate of article {example}; not loaded again")
        else:
            result.warn(f"{len(group)} exact duplicate article(s) dropped (e.g. of {example})")
    return empty | duplicate


def _drop_empty_and_duplicates(corpus: pd.DataFrame,
                               results: dict[str, FileResult]) -> pd.DataFrame:
    """Drop records with no text and exact duplicates, saying so per file."""
    empty = (_blank(corpus["title"]) & _blank(corpus["body"])).to_numpy()
    drop = report_dropped(corpus, "_input", empty, results)
    return corpus[~drop] if drop.any() else corpus


def _make_ids_unique(corpus: pd.DataFrame, results: dict[str, FileResult]) -> pd.DataFrame:
    """Two different articles with one id would merge downstream: suffix the later ones."""
    repeat = corpus.groupby("article_id").cumcount()
    if not repeat.any():
        return corpus
    corpus = corpus.copy()
    clash = repeat > 0
    corpus.loc[clash, "article_id"] = (corpus.loc[clash, "article_id"] + "~"
                                       + (repeat[clash] + 1).astype(str))
    for source, group in corpus[clash].groupby("_input", sort=False):
        results[source].warn(f"{len(group)} article id(s) already used by another article;"
                             f" renamed with a ~N suffix (e.g. {group['article_id'].iloc[0]})")
    return corpus


def _note_bad_dates(corpus: pd.DataFrame, raw: pd.Series,
                    results: dict[str, FileResult]) -> None:
    unparsed = corpus["published"].isna() & raw.notna() & raw.astype(str).str.strip().ne("")
    for source, group in corpus[unparsed].groupby("_input", sort=False):
        example = raw[group.index[0]]
        results[source].warn(f"{len(group)} date(s) not understood, left empty (e.g. {example!r})")


def finish(corpus: pd.DataFrame, results: dict[str, FileResult]) -> pd.DataFrame:
    """Columns, dates, empty and duplicate records, unique ids (with ``_input`` kept)."""
    raw_published = corpus["published"].copy() if "published" in corpus else None
    corpus = _finish_columns(corpus, results)
    corpus["published"] = parse_published(corpus["published"])
    if raw_published is not None:
        _note_bad_dates(corpus, raw_published, results)
    corpus = _drop_empty_and_duplicates(corpus, results)
    return _make_ids_unique(corpus, results).reset_index(drop=True)
