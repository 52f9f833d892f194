"""One partition of a Dask corpus: read its pieces, build its rows as the pandas
loader builds the corpus, and (first pass) describe them for the driver.

Runs on the workers, per partition. Two passes read the files:

1. :func:`scan_partition` — the rows' keys for the corpus-wide steps (a 128-bit
   digest of title and body for exact duplicates, the ids for clashing ids,
   empty records, dates not understood, blank sections), the report row of
   each piece and the partition's witness (:mod:`akhbar.scale.witness`);
2. :func:`build_partition` — when the corpus is computed: the rows again,
   built together with the witness of the whole corpus (so columns and dtypes
   are the pandas ones), with the driver's decisions applied (duplicates
   dropped, ids renamed) and the corpus-wide row numbers as index.

>>> from akhbar.load.files import expand
>>> from akhbar.scale.plan import plan_partitions
>>> scan = scan_partition(plan_partitions(expand(["seeds"]), 1 << 20)[0], {}, {})
>>> scan.keys[["article_id", "empty"]].values.tolist()
[['000_9d01ffca6c2bf9eb', False]]
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from akhbar.load.assemble import _blank, _finish_columns, build_frame
from akhbar.load.dates import parse_published
from akhbar.load.report import FileResult
from akhbar.scale.pieces import ReadPiece, read_piece
from akhbar.scale.plan import Partition, Piece
from akhbar.scale.witness import witness_frame, witness_records

__all__ = ["WITNESS", "Decisions", "Scan", "build_partition", "pair_hashes", "piece_key",
           "scan_partition"]

#: The ``_input`` of witness rows: never a piece's.
WITNESS = "\x00witness"
# The columns whose values the corpus-wide steps read: their dtypes must be the corpus'.
_KEY_COLUMNS = ("article_id", "title", "section", "published", "body")


def piece_key(piece: Piece) -> str:
    """The ``_input`` of a piece's rows: unique per file and block."""
    return f"{piece.order}:{piece.block}"


@dataclass
class Scan:
    """What the driver learns of one partition (small: no text)."""

    reads: list[ReadPiece]
    witness: list[tuple]
    keys: pd.DataFrame
    signature: dict[str, str]
    nonnull: dict[str, list[str]] = field(default_factory=dict)
    bad_dates: dict[str, tuple[int, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Decisions:
    """The driver's verdict on a partition's rows: which to keep, new ids by
    position among the kept rows, and the corpus-wide number of its first row."""

    keep: np.ndarray
    renamed: dict[int, str]
    offset: int


def _read(partition: Partition, columns: Mapping[str, str],
          labels: Mapping[str, str]) -> list[ReadPiece]:
    reads = []
    for piece in partition.pieces:
        read = read_piece(piece, columns, labels)
        key = piece_key(piece)
        for record in read.result.records:
            record["_input"] = key
        if read.result.frame is not None:
            read.result.frame["_input"] = key
        reads.append(read)
    return reads


def _as_witness(key: tuple, part):
    if isinstance(part, list):
        return [{**record, "_input": WITNESS} for record in part]
    return part.assign(_input=WITNESS)


def _build(reads: list[ReadPiece], witness: list[tuple]):
    """The rows of these pieces (and the witness rows), columns finished as the loader's;
    the raw ``published`` values, and the key columns' dtypes before finishing."""
    own = {(r.piece.order, r.piece.block) for r in reads}
    items = [(key, FileResult(WITNESS, records=part) if isinstance(part, list)
              else FileResult(WITNESS, frame=part)) for key, part in witness if key not in own]
    items += [((r.piece.order, r.piece.block), r.result) for r in reads]
    items.sort(key=lambda item: item[0])
    frame = build_frame([result for _, result in items])
    if frame.empty:
        return frame, None, {}
    dtypes = {c: str(frame[c].dtype) for c in _KEY_COLUMNS if c in frame.columns}
    raw = frame["published"].copy() if "published" in frame else None
    frame = _finish_columns(frame, defaultdict(lambda: FileResult(WITNESS)))
    frame["published"] = parse_published(frame["published"])
    return frame, raw, dtypes


def _utf8(values: pd.Series):
    """The UTF-8 bytes of a text column and each value's offsets in them (no copy of
    the text when pandas holds it in Arrow)."""
    import pyarrow as pa

    array = pa.array(values.array, type=pa.large_string())
    if isinstance(array, pa.ChunkedArray):  # pandas' Arrow strings of a concatenated frame
        array = array.combine_chunks()
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)
    offsets = offsets[array.offset: array.offset + len(array) + 1]
    data = array.buffers()[2]
    return memoryview(data if data is not None else b""), offsets.tolist()


def pair_hashes(titles: pd.Series, bodies: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A 128-bit BLAKE2 digest of each (title, body) pair, as two uint64 arrays: equal
    digests are equal pairs (a false match is a 2^-128 chance).

    >>> hi, lo = pair_hashes(pd.Series(["أ", "أ", "أب"]), pd.Series(["ب", "ب", ""]))
    >>> bool(hi[0] == hi[1]), bool(hi[0] == hi[2])
    (True, False)
    """
    title, t = _utf8(titles.fillna(""))
    body, b = _utf8(bodies.fillna(""))
    digests = bytearray()
    for i in range(len(titles)):
        digest = hashlib.blake2b(digest_size=16)
        digest.update((t[i + 1] - t[i]).to_bytes(8, "little"))
        digest.update(title[t[i]:t[i + 1]])
        digest.update(body[b[i]:b[i + 1]])
        digests += digest.digest()
    pairs = np.frombuffer(bytes(digests), dtype=np.uint64).reshape(-1, 2)
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def _keys(frame: pd.DataFrame) -> pd.DataFrame:
    hi, lo = pair_hashes(frame["title"], frame["body"])
    return pd.DataFrame({
        "piece": frame["_input"].to_numpy(),
        "empty": (_blank(frame["title"]) & _blank(frame["body"])).to_numpy(),
        "title_hash": hi,
        "body_hash": lo,
        "article_id": frame["article_id"].to_numpy(dtype=object),
        "blank_section": frame["section"].str.strip().eq("").to_numpy(dtype=bool),
    })


def _bad_dates(frame: pd.DataFrame, raw: pd.Series | None) -> dict[str, tuple[int, str]]:
    if raw is None:
        return {}
    raw = raw.loc[frame.index]
    unparsed = frame["published"].isna() & raw.notna() & raw.astype(str).str.strip().ne("")
    return {piece: (len(group), repr(raw[group.index[0]]))
            for piece, group in frame[unparsed].groupby("_input", sort=False)}


def scan_partition(partition: Partition, columns: Mapping[str, str], labels: Mapping[str, str],
                   witness: list[tuple] | None = None) -> Scan:
    """First pass over one partition (see the module docstring)."""
    reads = _read(partition, columns, labels)
    items = []
    for r in reads:
        key = (r.piece.order, r.piece.block)
        if r.result.records:
            items.append((key, witness_records(r.result.records)))
        elif r.result.frame is not None and not r.result.frame.empty:
            items.append((key, witness_frame(r.result.frame)))
    frame, raw, signature = _build(reads, witness or [])
    if not frame.empty:
        frame = frame[frame["_input"] != WITNESS]
    for r in reads:  # the text stays on the worker
        r.result.records, r.result.frame = [], None
    if frame.empty:
        return Scan(reads, [(k, _as_witness(k, p)) for k, p in items], _keys_empty(), signature)
    extras = [c for c in frame.columns if c not in _KEY_COLUMNS and c != "_input"]
    nonnull = {c: frame.loc[frame[c].notna(), "_input"].unique().tolist() for c in extras}
    return Scan(reads, [(k, _as_witness(k, p)) for k, p in items], _keys(frame), signature,
                nonnull, _bad_dates(frame, raw))


def _keys_empty() -> pd.DataFrame:
    return pd.DataFrame({"piece": pd.Series(dtype=object), "empty": pd.Series(dtype=bool),
                         "title_hash": pd.Series(dtype="uint64"),
                         "body_hash": pd.Series(dtype="uint64"),
                         "article_id": pd.Series(dtype=object),
                         "blank_section": pd.Series(dtype=bool)})


def build_partition(partition: Partition, columns: Mapping[str, str], labels: Mapping[str, str],
                    witness: list[tuple], decisions: Decisions, meta: pd.DataFrame) -> pd.DataFrame:
    """Second pass: the partition's rows of the corpus, as pandas would have them."""
    frame = _build(_read(partition, columns, labels), witness)[0]
    if frame.empty:
        return meta.iloc[0:0].copy()
    frame = frame[frame["_input"] != WITNESS]
    frame = frame[decisions.keep].copy()
    if decisions.renamed:
        positions = np.fromiter(decisions.renamed, dtype=np.int64)
        column = frame.columns.get_loc("article_id")
        frame.iloc[positions, column] = list(decisions.renamed.values())
    frame = frame.drop(columns="_input")
    frame.index = pd.RangeIndex(decisions.offset, decisions.offset + len(frame))
    frame.attrs = {}
    return frame[meta.columns]
