"""Load folders and files of Arabic news articles into one DataFrame, losing nothing.

Every input file ends up either in the corpus or in the load report with a
reason (``df.attrs["load_report"]``): a researcher must be able to tell how
many of their 10,000 scraped files made it, and why the others did not.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from akhbar.corpus import ARTICLE_COLUMNS, join_paragraphs
from akhbar.decoding import decode_bytes
from akhbar.layout import ARABIC_INDIC_DIGITS, parse_scraped_article

REPORT_COLUMNS = ["path", "status", "reason", "encoding", "rows"]

# Field names seen in public Arabic news dumps, in order of preference: the
# first one a record has becomes the canonical column, the others stay extra columns.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "doc_id", "docid"),
    "title": ("title", "headline"),
    "tags": ("tags", "keywords"),
    "section": ("section", "category"),
    "published": ("published", "date_published", "date", "date_extracted", "date_iso",
                  "datetime", "pubdate"),
    "body": ("body", "content", "text", "article", "article_body"),
}
TABLE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".csv", ".csv.gz", ".parquet")
TEXT_SUFFIXES = (".txt",)
# Loading shows a progress bar from this many files on (unless told otherwise).
PROGRESS_FROM_FILES = 200
# A trailing UTC offset: dates are kept as the newspaper's local wall time.
_UTC_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


@dataclass
class FileResult:
    """What one input file gave: its records and its line in the load report."""

    path: str
    records: list[dict] = field(default_factory=list)
    frame: pd.DataFrame | None = None
    status: str = "loaded"
    reasons: list[str] = field(default_factory=list)
    encoding: str = ""

    def warn(self, reason: str) -> None:
        self.reasons.append(reason)
        if self.status == "loaded":
            self.status = "warning"

    def refuse(self, status: str, reason: str) -> FileResult:
        self.status, self.reasons = status, [reason]
        return self


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in TABLE_SUFFIXES + TEXT_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _expand(paths: Iterable[str | Path]) -> list[Path | FileResult]:
    """Files to read, in order, with report lines for what cannot be read at all."""
    files: list[Path | FileResult] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted((p for p in path.rglob("*") if p.is_file()), key=str):
                if _suffix(child) in TABLE_SUFFIXES + TEXT_SUFFIXES:
                    files.append(child)
                else:
                    files.append(FileResult(str(child)).refuse(
                        "skipped", f"not a supported format ({child.suffix or 'no extension'});"
                        " akhbar reads .txt, .jsonl[.gz], .csv[.gz] and .parquet"))
        elif path.is_file():
            files.append(path)  # named explicitly: read it whatever its extension
        else:
            files.append(FileResult(str(path)).refuse("error", "no such file or folder"))
    return files


def _read_text_article(path: Path, data: bytes, result: FileResult) -> None:
    decoded = decode_bytes(data)
    result.encoding = decoded.encoding
    if decoded.text is None:
        result.refuse("skipped", decoded.reason)
        return
    if decoded.reason:
        result.warn(decoded.reason)
    article = parse_scraped_article(decoded.text)
    if article.missing:
        result.warn("not in the scraped layout (no " + ", no ".join(article.missing)
                    + "): loaded what was found, other fields left empty")
    result.records.append({
        "article_id": path.stem, "title": article.title, "tags": article.tags,
        "section": article.section, "published": article.published, "body": article.body,
    })


def _read_json_lines(text: str, result: FileResult) -> None:
    bad: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            bad.append(f"line {number}: {error.msg}")
            continue
        if isinstance(record, dict):
            result.records.append(record)
        else:
            bad.append(f"line {number}: a JSON {type(record).__name__}, not an object")
    if bad:
        shown = "; ".join(bad[:3]) + (f"; … {len(bad) - 3} more" if len(bad) > 3 else "")
        result.warn(f"{len(bad)} malformed JSON line(s) skipped ({shown})")


def _read_csv(text: str, result: FileResult) -> None:
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        result.refuse("error", f"not a readable CSV: {str(error).strip()}")
        return
    result.records.extend(frame.to_dict("records"))


def _read_parquet(path: Path, result: FileResult) -> None:
    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as error:  # ArrowInvalid is a ValueError
        result.refuse("error", f"not a readable parquet file: {error}")
        return
    frame.attrs = {}
    result.frame = frame
    result.encoding = "parquet"


def _read_file(path: Path) -> FileResult:
    result = FileResult(str(path))
    suffix = _suffix(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return result.refuse("error", f"cannot read: {error.strerror or error}")
    if suffix == ".parquet":
        _read_parquet(path, result)
        return result
    if suffix.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            return result.refuse("error", f"not a valid gzip file: {error}")
    if suffix not in TABLE_SUFFIXES:
        _read_text_article(path, data, result)
        return result
    decoded = decode_bytes(data)
    result.encoding = decoded.encoding
    if decoded.text is None:
        return result.refuse("skipped", decoded.reason)
    if decoded.reason:
        result.warn(decoded.reason)
    reader = _read_csv if suffix.startswith(".csv") else _read_json_lines
    reader(decoded.text, result)
    if result.status in ("loaded", "warning") and not result.records:
        result.refuse("skipped", "no records in the file")
    return result


def _canonical_names(columns: Iterable[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """Renaming from a file's field names to ours: user overrides first, then aliases."""
    columns = list(columns)
    renames = {src: dst for src, dst in overrides.items() if src in columns}
    taken = set(renames.values())
    lowered = {c.lower(): c for c in columns if c not in renames}
    for canonical, aliases in FIELD_ALIASES.items():
        if canonical in taken:
            continue
        source = next((lowered[a] for a in aliases if a in lowered), None)
        if source is not None:
            renames[source] = canonical
            taken.add(canonical)
    # An unmapped column that already bears a canonical name would clash: keep it aside.
    for column in columns:
        if column in taken and column not in renames:
            renames[column] = f"{column}_original"
    return renames


def _stable_id(record: Mapping) -> str:
    """A short id that stays the same for the same record on every load."""
    blob = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def paragraphs(text: str) -> str:
    r"""One blank line between paragraphs, whatever the input used.

    Dumps separate paragraphs with "\n", "\r\n" or blank lines; one convention
    lets every later step split paragraphs the same way (``body.split("\n\n")``).

    >>> paragraphs("فقرة أولى\r\n  فقرة ثانية \n\n\n")
    'فقرة أولى\n\nفقرة ثانية'
    """
    return join_paragraphs(text.splitlines())


def _map_records(result: FileResult, overrides: Mapping[str, str]) -> None:
    """Rename each record's fields to ours, in place; refuse the file if none has a body."""
    # Map field names record by record: one file may mix "content" and "text".
    renames_by_fields: dict[tuple, dict[str, str]] = {}
    mapped = []
    for record in result.records:
        fields = tuple(record)
        if fields not in renames_by_fields:
            renames_by_fields[fields] = _canonical_names(fields, overrides)
        renames = renames_by_fields[fields]
        row = {renames.get(k, k): v for k, v in record.items()}
        if "article_id" not in row:
            row["article_id"] = _stable_id(record)
        body = row.get("body")
        row["body"] = paragraphs(body) if isinstance(body, str) else body
        mapped.append(row)
    if not any("body" in renames.values() for renames in renames_by_fields.values()):
        found = ", ".join(map(str, next(iter(renames_by_fields), ())[:12]))
        hint = " (is the header row missing?)" if ".csv" in result.path.lower() else ""
        result.refuse("error", f"no body column among [{found}]{hint};"
                      " name it with columns={'<field>': 'body'} or --map <field>=body")
        mapped = []
    for row in mapped:
        row.update(source_file=result.path, encoding=result.encoding, _input=result.path)
    result.records = mapped


def _parquet_frame(result: FileResult) -> pd.DataFrame:
    frame = result.frame
    if "body" not in frame.columns:
        result.refuse("error", "parquet file without a body column (not written by akhbar)")
        return pd.DataFrame()
    # Which input a row came from (a parquet's rows keep their original source_file).
    return frame.assign(_input=result.path)


def _parse_published(values: pd.Series) -> pd.Series:
    """Dates as naive local wall time: ISO (year first), else day first (18-11-2021).

    A date pandas cannot hold (before 1677 or after 2262) becomes NaT, and the
    loader reports it like any other date it did not understand.
    """
    if pd.api.types.is_datetime64_any_dtype(values) and getattr(values.dt, "tz", None) is None:
        return values.astype("datetime64[ns]")
    text = values.astype("string").str.strip().str.replace(_UTC_OFFSET, "", regex=True)
    text = text.str.translate(ARABIC_INDIC_DIGITS).fillna("")
    year_first = text.str.match(r"\d{4}-\d{1,2}-\d{1,2}")
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for rows, how in ((year_first, {"format": "ISO8601"}),
                      (~year_first & text.ne(""), {"format": "mixed", "dayfirst": True})):
        if rows.any():
            found = pd.to_datetime(text[rows], errors="coerce", **how)
            in_range = found.between(pd.Timestamp.min, pd.Timestamp.max)
            parsed[rows] = found.where(in_range).astype("datetime64[ns]")
    return parsed


def _finish_columns(corpus: pd.DataFrame) -> pd.DataFrame:
    for column in ARTICLE_COLUMNS:
        if column not in corpus.columns:
            corpus[column] = pd.NaT if column == "published" else ""
    text_columns = [c for c in ARTICLE_COLUMNS if c != "published"]
    corpus[text_columns] = corpus[text_columns].fillna("").astype(str)
    corpus["published"] = _parse_published(corpus["published"])
    if "_input" not in corpus:  # an empty corpus still has the internal column
        corpus["_input"] = pd.Series(dtype=str)
    extras = [c for c in corpus.columns if c not in ARTICLE_COLUMNS]
    return corpus[ARTICLE_COLUMNS + extras].reset_index(drop=True)


def _drop_empty_and_duplicates(corpus: pd.DataFrame, results: dict[str, FileResult]) -> pd.DataFrame:
    """Drop records with no text and exact duplicates, saying so per file."""
    empty = corpus["title"].str.strip().eq("") & corpus["body"].str.strip().eq("")
    duplicate = ~empty & corpus.duplicated(subset=["title", "body"], keep="first")
    first_of = (corpus[~empty & ~duplicate]
                .drop_duplicates(subset=["title", "body"])
                .set_index(["title", "body"])["article_id"])
    for source, group in corpus[empty].groupby("_input", sort=False):
        results[source].warn(f"{len(group)} record(s) with neither title nor body dropped")
    for source, group in corpus[duplicate].groupby("_input", sort=False):
        first = first_of.loc[(group["title"].iloc[0], group["body"].iloc[0])]
        result = results[source]
        if result.frame is None and len(group) == len(result.records):
            result.status = "duplicate"
            result.reasons.append(f"exact duplicate of article {first}; not loaded again")
        else:
            result.warn(f"{len(group)} exact duplicate article(s) dropped (e.g. of {first})")
    return corpus[~empty & ~duplicate]


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


def _note_bad_dates(corpus: pd.DataFrame, raw: pd.Series, results: dict[str, FileResult]) -> None:
    unparsed = corpus["published"].isna() & raw.notna() & raw.astype(str).str.strip().ne("")
    for source, group in corpus[unparsed].groupby("_input", sort=False):
        example = raw[group.index[0]]
        results[source].warn(f"{len(group)} date(s) not understood, left empty (e.g. {example!r})")


class LoadReport(pd.DataFrame):
    """The load report: a plain DataFrame that pandas does not deep-copy.

    pandas deep-copies ``attrs`` after most operations and compares them with
    ``==`` in ``pd.concat``; a DataFrame in ``attrs`` then raises "truth value
    of a DataFrame is ambiguous". Returning the same object from
    ``__deepcopy__`` keeps identity, so the comparison short-circuits and
    slices of a corpus still concatenate. Treat the report as read-only;
    anything derived from it (``report[report.status != "loaded"]``) is an
    ordinary DataFrame.
    """

    def __deepcopy__(self, memo=None) -> LoadReport:
        return self


def _report(results: Iterable[FileResult], corpus: pd.DataFrame) -> pd.DataFrame:
    rows_per_file = corpus.groupby("_input").size() if len(corpus) else pd.Series()
    report = pd.DataFrame([
        {"path": r.path, "status": r.status, "reason": "; ".join(r.reasons),
         "encoding": r.encoding, "rows": int(rows_per_file.get(r.path, 0))}
        for r in results
    ], columns=REPORT_COLUMNS)
    return LoadReport(report.astype({"rows": "int64"}))


def load_corpus(*paths: str | Path, columns: Mapping[str, str] | None = None,
                progress: bool | None = None) -> pd.DataFrame:
    """Load articles from files and folders into one DataFrame, one row per article.

    Reads scraped article files (``.txt``, see :mod:`akhbar.layout`), JSON Lines
    and CSV (optionally gzipped), parquet files written by akhbar, and folders
    of any of these (recursively).

    Columns, in this order:

    - ``article_id`` — file name without extension for ``.txt``; the record's
      ``id`` for tables, else a stable hash of the record;
    - ``title``, ``tags``, ``section`` — text, ``""`` where unknown;
    - ``published`` — ``datetime64[ns]`` local wall time, ``NaT`` where unknown;
    - ``body`` — paragraphs separated by blank lines, without site boilerplate;
    - ``source_file``, ``encoding`` — where the row came from and how it was decoded;
    - then every other field of JSON/CSV records (``url``, ``author``, …).

    ``columns`` maps a file's field names onto ours and wins over the automatic
    mapping (``content``/``text`` → body, ``date_extracted``/``date`` →
    published, ``headline`` → title, ``category`` → section, ``id`` → article_id).

    Nothing is lost silently: ``df.attrs["load_report"]`` has one row per input
    file — ``path, status, reason, encoding, rows`` — with status ``loaded``,
    ``warning`` (loaded, but read the reason), ``duplicate``, ``skipped`` or ``error``.

    >>> corpus = load_corpus("seeds")
    >>> corpus.loc[0, ["section", "tags"]].tolist()
    ['عرب وعالم', 'بوتين']
    >>> corpus.attrs["load_report"]["status"].tolist()
    ['loaded']
    """
    inputs = _expand(paths)
    show = len(inputs) >= PROGRESS_FROM_FILES if progress is None else progress
    results = [item if isinstance(item, FileResult) else _read_file(item)
               for item in _progress(inputs, show)]
    results_by_path = {r.path: r for r in results}
    for result in results:
        if result.records:
            _map_records(result, columns or {})
    records = [row for result in results for row in result.records]
    frames = [pd.DataFrame.from_records(records)] if records else []
    frames += [_parquet_frame(r) for r in results if r.frame is not None]
    frames = [f for f in frames if not f.empty]
    corpus = pd.concat(frames, ignore_index=True) if len(frames) > 1 else (
        frames[0] if frames else pd.DataFrame())
    raw_published = corpus["published"].copy() if "published" in corpus else None
    corpus = _finish_columns(corpus)
    if raw_published is not None:
        _note_bad_dates(corpus, raw_published, results_by_path)
    corpus = _drop_empty_and_duplicates(corpus, results_by_path)
    corpus = _make_ids_unique(corpus, results_by_path).reset_index(drop=True)
    report = _report(results, corpus)
    corpus = corpus.drop(columns="_input")
    corpus.attrs["load_report"] = report
    return corpus


def _progress(files: list, show: bool) -> Iterable:
    if not show:
        return files
    from tqdm.auto import tqdm  # only imported when a bar is shown

    return tqdm(files, desc="loading articles", unit="file")


def save_corpus(corpus: pd.DataFrame, path: str | Path) -> Path:
    """Write a loaded corpus to parquet, so that a big corpus is parsed only once.

    The load report stays behind (it describes the original files); re-open the
    file with :func:`load_corpus`.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = corpus.copy()
    table.attrs = {}
    table.to_parquet(path, index=False)
    return path
