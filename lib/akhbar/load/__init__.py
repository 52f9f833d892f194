"""Load folders and files of Arabic news articles into one DataFrame, losing nothing.

Every input file ends up either in the corpus or in the load report with a
reason (``df.attrs["load_report"]``): a researcher must be able to tell how
many of their 10,000 scraped files made it, and why the others did not.

The package reads as its steps, one module each:

- :mod:`~akhbar.load.files` — which files (folders, links, odd file names);
- :mod:`~akhbar.load.decoding` — bytes → text (encodings, padding, binary);
- :mod:`~akhbar.load.damage` — mojibake repaired, ``?``-lossy text flagged;
- :mod:`~akhbar.load.formats` — one reader per format (txt, jsonl, csv,
  parquet, html, warc), using :mod:`~akhbar.load.layout` for article files;
- :mod:`~akhbar.load.records` — field names and values to akhbar's columns;
- :mod:`~akhbar.load.dates` — publication dates;
- :mod:`~akhbar.load.assemble` — the steps that need every file (duplicates,
  ids, folder sections);
- :mod:`~akhbar.load.report` — the load report.

Everything up to :mod:`~akhbar.load.records` works on one file at a time
(:func:`~akhbar.load.formats.read_source`), so it can run on workers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from akhbar.load.assemble import (
    apply_folder_section,
    build_frame,
    finish,
    folder_hint,
    folder_labels,
)
from akhbar.load.files import Source, expand
from akhbar.load.formats import read_source
from akhbar.load.report import FileResult, LoadReport, report_table, summary_line

__all__ = ["ENGINES", "PROGRESS_FROM_FILES", "FileResult", "LoadReport", "load_corpus", "read_source",
           "save_corpus", "summary_line"]

# Loading shows a progress bar from this many files on (unless told otherwise).
PROGRESS_FROM_FILES = 200
SECTION_FROM = (None, "folder")
ENGINES = ("pandas", "dask")


def _read(source: Source, columns: Mapping[str, str], labels: Mapping[str, str]) -> FileResult:
    """One file, whatever happens: an unexpected failure is that file's report row."""
    try:
        result = read_source(source, columns)
    except Exception as error:  # noqa: BLE001 — the safety net: one file never ends the load
        return FileResult(source.name).refuse(
            "error", f"could not be read ({type(error).__name__}: {str(error)[:200]})")
    if source.folder and source.folder in labels:
        apply_folder_section(result, labels[source.folder])
    return result


def load_corpus(*paths: str | Path, columns: Mapping[str, str] | None = None,
                section_from: str | None = None, progress: bool | None = None,
                engine: str = "pandas", partition_size: int | None = None) -> pd.DataFrame:
    """Load articles from files and folders into one DataFrame, one row per article.

    Reads article files (``.txt``, scraped or plain layout, see
    :mod:`akhbar.load.layout`), JSON Lines and CSV (optionally gzipped),
    parquet files, saved web pages (``.html``/``.htm``), web archives
    (``.warc[.gz]``), and folders of any of these (recursively).

    Columns, in this order:

    - ``article_id`` — file name without extension for ``.txt``/``.html``;
      the record's ``id`` for tables, else a stable hash of the record (of
      the URL for WARC pages);
    - ``title``, ``tags``, ``section`` — text, ``""`` where unknown;
    - ``published`` — ``datetime64[ns]`` local wall time, ``NaT`` where unknown;
    - ``body`` — paragraphs separated by blank lines, without site boilerplate;
    - ``source_file``, ``encoding`` — where the row came from and how it was decoded;
    - then every other field of JSON/CSV records (``url``, ``author``, …).

    ``columns`` maps a file's field names onto ours and wins over the automatic
    mapping (``content``/``text`` → body, ``date_extracted``/``date`` →
    published, ``headline`` → title, ``category`` → section, ``id`` → article_id).
    ``section_from="folder"`` takes each article's section from the name of the
    folder directly under the given path that holds it.

    Nothing is lost silently: ``df.attrs["load_report"]`` has one row per input
    file — ``path, status, reason, encoding, rows`` — with status ``loaded``
    (the reason, if any, says what was tidied), ``warning`` (loaded, but read
    the reason), ``duplicate``, ``skipped`` or ``error``; ``df.attrs["load_hints"]``
    lists suggestions (see :func:`summary_line`).

    >>> corpus = load_corpus("seeds")
    >>> corpus.loc[0, ["section", "tags"]].tolist()
    ['عرب وعالم', 'بوتين']
    >>> corpus.attrs["load_report"]["status"].tolist()
    ['loaded']

    ``engine="dask"`` returns the same corpus as a lazy Dask DataFrame read
    partition by partition (``partition_size`` bytes of input each, 64 MiB by
    default; needs ``pip install akhbar[dask]``): see :mod:`akhbar.scale.loading`.
    """
    if section_from not in SECTION_FROM:
        raise ValueError(f"section_from must be one of {SECTION_FROM}, not {section_from!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask":
        from akhbar.scale.loading import PARTITION_SIZE
        from akhbar.scale.loading import load_corpus as load_partitioned

        return load_partitioned(*paths, columns=columns, section_from=section_from,
                                progress=progress, partition_size=partition_size or PARTITION_SIZE)
    return _load_pandas(paths, columns or {}, section_from, progress)


def _load_pandas(paths, columns: Mapping[str, str], section_from: str | None,
                 progress: bool | None) -> pd.DataFrame:
    """:func:`load_corpus` on pandas: read every file, then the corpus-wide steps."""
    inputs = expand(paths)
    labels = folder_labels(inputs) if section_from == "folder" else {}
    show = len(inputs) >= PROGRESS_FROM_FILES if progress is None else progress
    results = [item if isinstance(item, FileResult) else _read(item, columns, labels)
               for item in _progress(inputs, show)]
    by_path = {r.path: r for r in results}
    corpus = finish(build_frame(results), by_path)
    hints = [] if section_from else folder_hint(inputs, by_path, corpus)
    rows = corpus.groupby("_input").size() if len(corpus) else pd.Series(dtype="int64")
    corpus = corpus.drop(columns="_input")
    corpus.attrs["load_report"] = report_table(results, rows)
    if hints:
        corpus.attrs["load_hints"] = hints
    return corpus


def _progress(files: list, show: bool) -> Iterable:
    if not show:
        return files
    from tqdm.auto import tqdm  # only imported when a bar is shown

    return tqdm(files, desc="loading articles", unit="file")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def save_corpus(corpus: pd.DataFrame, path: str | Path) -> Path:
    """Write a loaded corpus to parquet, so that a big corpus is parsed only once.

    The load report stays behind (it describes the original files); re-open the
    file with :func:`load_corpus`. A column mixing numbers and text is saved as
    text.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = corpus.copy()
    table.attrs = {}
    for column in table.columns[table.dtypes == object]:
        kinds = {type(v) for v in table[column] if not _missing(v)}
        if len(kinds) > 1:  # parquet needs one type a column
            table[column] = table[column].map(lambda v: v if _missing(v) else str(v))
    table.to_parquet(path, index=False)
    return path
