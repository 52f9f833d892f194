"""``load_corpus(*paths, engine="dask")``: the corpus as a lazy Dask DataFrame.

The steps:

1. plan the partitions from the file names and sizes (:mod:`akhbar.scale.plan`);
2. scan every partition on the workers (:func:`~akhbar.scale.partition.scan_partition`):
   files are read and parsed, and only their report rows, witnesses and
   per-article keys come back; a big file whose blocks are not all clean is
   planned again as one whole-file partition and scanned again;
3. decide the corpus-wide steps on the driver (:mod:`akhbar.scale.corpuswide`):
   dtypes, duplicates, clashing ids, the load report;
4. return ``dask.dataframe.from_map`` over the partitions: each is read again
   when the corpus is computed (:func:`~akhbar.scale.partition.build_partition`),
   with exactly the columns, dtypes, rows and index of the pandas result.

The load report is computed in step 2–3, at load time, and travels with the
frame: :func:`load_report` (``corpus.attrs`` of a Dask frame are its meta's).

To read the files only once, save the corpus as partitioned parquet
(:func:`save_partitioned`, ``akhbar load --out DIR/ --partitioned``) or
``persist()`` it on the cluster.

>>> import dask
>>> with dask.config.set(scheduler="synchronous"):
...     corpus = load_corpus("seeds")
...     print(corpus.npartitions, load_report(corpus)["status"].tolist())
...     print(corpus.compute().loc[0, "section"])
1 ['loaded']
عرب وعالم
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path

import dask
import numpy as np
import pandas as pd

from akhbar.corpus import ARTICLE_COLUMNS
from akhbar.load.assemble import finish, folder_hint, folder_labels
from akhbar.load.files import expand
from akhbar.load.report import FileResult, LoadReport, report_table
from akhbar.scale.cluster import compute
from akhbar.scale.corpuswide import (
    decide,
    mixed_text_columns,
    note_bad_dates,
    note_mixed,
)
from akhbar.scale.partition import WITNESS, Decisions, Scan, _build, build_partition, scan_partition
from akhbar.scale.plan import Partition, plan_partitions, whole_file
from akhbar.scale.witness import cover

__all__ = ["PARTITION_SIZE", "load_corpus", "load_report", "save_partitioned"]

#: Bytes of input text per partition by default.
PARTITION_SIZE = 64 << 20


def load_report(corpus) -> LoadReport:
    """The load report of a corpus (pandas or Dask): one row per input file."""
    attrs = corpus._meta.attrs if hasattr(corpus, "_meta") else corpus.attrs
    return attrs["load_report"]


def _scan_all(partitions: list[Partition], columns, labels, witness=None) -> list[Scan]:
    tasks = [dask.delayed(scan_partition, pure=True)(p, columns, labels, witness)
             for p in partitions]
    return compute(*tasks) if tasks else []


def _unsplit(partitions: list[Partition], scans: list[Scan]) -> set[int]:
    """Files (by load order) whose blocks cannot stand for the file."""
    kinds: dict[int, set] = {}
    bad = set()
    for scan in scans:
        for read in scan.reads:
            if read.piece.is_block:
                kinds.setdefault(read.piece.order, set()).add(read.kind)
                if not read.clean:
                    bad.add(read.piece.order)
    return bad | {order for order, k in kinds.items() if len(k - {"none"}) > 1}


def _replan(partitions: list[Partition], bad: set[int]) -> tuple[list[Partition], list[int]]:
    out, again = [], []
    for partition in partitions:
        piece = partition.pieces[0]
        if piece.order in bad and piece.is_block:
            if piece.block == 0:
                again.append(len(out))
                out.append(Partition((whole_file(piece),)))
            continue
        out.append(partition)
    return out, again


def _ordered(partitions: list[Partition], scans: list[Scan]):
    """Partitions in corpus order: records first, then tables (as the loader concatenates)."""
    is_frame = [any(r.kind == "frame" for r in s.reads) for s in scans]
    order = [i for i, f in enumerate(is_frame) if not f] + [i for i, f in enumerate(is_frame) if f]
    return [partitions[i] for i in order], [scans[i] for i in order]


def _file_results(inputs: list, scans: list[Scan]) -> list[FileResult]:
    """One report row per input, the blocks of a file merged (clean: notes only)."""
    by_order: dict[int, list] = {}
    for scan in scans:
        for read in scan.reads:
            by_order.setdefault(read.piece.order, []).append(read)
    results = []
    for order, item in enumerate(inputs):
        reads = sorted(by_order.get(order, []), key=lambda r: r.piece.block)
        if not reads:
            results.append(item if isinstance(item, FileResult) else FileResult(item.name))
            continue
        result = reads[0].result
        for read in reads[1:]:
            for reason in read.result.reasons:
                result.note(reason)
        results.append(result)
    return results


def _meta(witness: list[tuple]) -> pd.DataFrame:
    if not witness:
        empty = finish(pd.DataFrame(), {})
        return empty.drop(columns="_input").iloc[0:0]
    frame = _build([], witness)[0]
    frame = frame[frame["_input"] == WITNESS].drop(columns="_input")
    return frame.iloc[0:0].set_axis(pd.RangeIndex(0), axis=0)


def _stale(scans: list[Scan], dtypes: dict[str, str]) -> list[int]:
    """Partitions whose key columns had other dtypes alone than in the corpus."""
    return [i for i, scan in enumerate(scans)
            if any(dtypes.get(c, t) != t for c, t in scan.signature.items())]


def _resolve(inputs, partitions, scans, witness):
    """Decisions per partition and the report, from the scans (see corpuswide)."""
    results = _file_results(inputs, scans)
    by_path = {r.path: r for r in results}
    path_of = {}
    for scan in scans:
        for read in scan.reads:
            path_of[f"{read.piece.order}:{read.piece.block}"] = read.result.path
    nonnull: dict[str, list[str]] = {}
    for scan in scans:
        for column, pieces in scan.nonnull.items():
            nonnull.setdefault(column, []).extend(path_of[p] for p in pieces)
    note_mixed(mixed_text_columns(witness, ARTICLE_COLUMNS), nonnull, by_path)
    bad: dict[str, list] = {}
    for scan in scans:
        for piece, found in scan.bad_dates.items():
            bad.setdefault(path_of[piece], []).append(found)
    note_bad_dates(bad, by_path)
    sizes = [len(s.keys) for s in scans]
    keys = pd.concat([s.keys for s in scans], ignore_index=True) if scans else pd.DataFrame()
    keys["path"] = keys["piece"].map(path_of) if len(keys) else pd.Series(dtype=object)
    drop, renamed = decide(keys, by_path)
    return results, by_path, keys, sizes, drop, renamed


def _decisions(sizes: list[int], drop: np.ndarray, renamed: dict) -> list[Decisions]:
    out, start, offset = [], 0, 0
    for size in sizes:
        keep = ~drop[start:start + size]
        positions = np.cumsum(keep) - 1
        mine = {int(positions[i - start]): new for i, new in renamed.items()
                if start <= i < start + size}
        out.append(Decisions(keep, mine, offset))
        start, offset = start + size, offset + int(keep.sum())
    return out


def load_corpus(*paths: str | Path, columns: Mapping[str, str] | None = None,
                section_from: str | None = None, progress: bool | None = None,
                partition_size: int = PARTITION_SIZE):
    """The corpus of ``paths`` as a Dask DataFrame (see the module docstring);
    the arguments are those of :func:`akhbar.load_corpus`, plus ``partition_size``
    (bytes of input per partition, at least 1 MiB)."""
    import dask.dataframe as dd

    from akhbar.scale.cluster import show_progress

    columns = dict(columns or {})
    inputs = expand(paths)
    labels = folder_labels(inputs) if section_from == "folder" else {}
    partitions = plan_partitions(inputs, partition_size)
    with show_progress(bool(progress)):
        scans = _scan_all(partitions, columns, labels)
        bad = _unsplit(partitions, scans)
        if bad:
            partitions, again = _replan(partitions, bad)
            scans = [s for s in scans if not any(r.piece.order in bad and r.piece.is_block
                                                  for r in s.reads)]
            for index, scan in zip(again, _scan_all([partitions[i] for i in again], columns,
                                                    labels), strict=True):
                scans.insert(index, scan)
        partitions, scans = _ordered(partitions, scans)
        witness = cover([item for scan in scans for item in scan.witness])
        dtypes = _build([], witness)[2] if witness else {}
        stale = _stale(scans, dtypes)
        for i, scan in zip(stale, _scan_all([partitions[i] for i in stale], columns, labels,
                                            witness), strict=True):
            scans[i] = scan
    results, by_path, keys, sizes, drop, renamed = _resolve(inputs, partitions, scans, witness)
    meta = _meta(witness)
    meta.attrs["load_report"] = report_table(results, _rows(keys, drop))
    hints = [] if section_from else folder_hint(inputs, by_path, _hint_frame(keys, drop))
    if hints:
        meta.attrs["load_hints"] = hints
    decisions = _decisions(sizes, drop, renamed)
    parts = [(p, d) for p, d, n in zip(partitions, decisions, sizes, strict=True)
             if d.keep.sum()] or [(Partition(()), Decisions(np.zeros(0, bool), {}, 0))]
    # (not "columns": from_map would pass its column projection under that name)
    build = partial(_build_one, mapping=columns, labels=labels, witness=witness, meta=meta)
    offsets = [d.offset for _, d in parts]
    divisions = (*offsets, max(int((~drop).sum()) - 1, offsets[-1]))
    # pandas' own string dtype, not Dask's conversion to pyarrow strings: the same dtypes.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(build, parts, meta=meta, divisions=divisions, label="akhbar-corpus",
                           enforce_metadata=False)


def _build_one(part, *, mapping, labels, witness, meta):
    partition, decisions = part
    return build_partition(partition, mapping, labels, witness, decisions, meta)


def _rows(keys: pd.DataFrame, drop: np.ndarray) -> pd.Series:
    if not len(keys):
        return pd.Series(dtype="int64")
    return keys.loc[~drop, "path"].value_counts()


def _hint_frame(keys: pd.DataFrame, drop: np.ndarray) -> pd.DataFrame:
    """Enough of the corpus for the loader's folder hint: kept rows' files and blank sections."""
    if not len(keys):
        return pd.DataFrame({"_input": [], "section": []})
    kept = keys.loc[~drop]
    return pd.DataFrame({"_input": kept["path"].to_numpy(),
                         "section": np.where(kept["blank_section"], "", "x")})


def save_partitioned(corpus, folder: str | Path) -> Path:
    """Write a corpus (pandas or Dask) as a folder of parquet files, one per
    partition, that :func:`load_corpus` reads back partition by partition."""
    import dask.dataframe as dd

    from akhbar.load import save_corpus

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(corpus, "to_delayed"):
        corpus = dd.from_pandas(corpus, chunksize=20_000)
    width = len(str(corpus.npartitions))
    tasks = [dask.delayed(save_corpus)(part, folder / f"part-{i:0{width}d}.parquet")
             for i, part in enumerate(corpus.to_delayed())]
    compute(*tasks)
    return folder
