"""Which files and byte ranges each partition of a Dask corpus reads.

Planned on the driver from the file names and sizes alone (no file is
opened, except the four-byte size trailer of a gzip file):

- small files of the record formats (``.txt``, ``.html``, ``.warc``, small
  ``.jsonl``/``.csv``) are read in *groups* of about ``partition_size``
  bytes, in the loader's file order — never one task per small file;
- a ``.jsonl``/``.ndjson``/``.csv`` file (gzipped too) bigger than
  ``partition_size`` is cut into *blocks* of whole lines (a line belongs to
  the block its first byte falls in; gzip is read from the start and the
  bytes before the block skipped, so memory stays bounded);
- each ``.parquet`` file is a partition of its own (``akhbar load --out DIR/
  --partitioned`` writes many).

A block is only the plan: when a block turns out not to be clean UTF-8
records (see :mod:`akhbar.scale.pieces`), its whole file is read by one task,
exactly as the pandas loader reads it.

>>> from akhbar.load.files import expand
>>> [len(p.pieces) for p in plan_partitions(expand(["seeds"]), 64 << 20)]
[1]
"""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass, replace

from akhbar.load.files import Source
from akhbar.load.report import FileResult

__all__ = ["LINE_SUFFIXES", "MIN_PARTITION_SIZE", "Partition", "Piece", "plan_partitions",
           "read_range", "whole_file"]

#: Formats whose files can be cut into blocks of lines.
LINE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".jsonl.gz", ".csv.gz")
#: Smallest partition size: the loader's pyarrow fast path starts at 1 MiB,
#: so a file cut into blocks is always one it would read that way.
MIN_PARTITION_SIZE = 1 << 20
# A JSON Lines file of this size or more may come out of the loader as a
# table rather than records (its fast path), so it is a partition of its own.
_OWN_PARTITION_FROM = 1 << 20


@dataclass(frozen=True)
class Piece:
    """One file, or one block of lines of a file (``start``/``end`` byte
    offsets in its uncompressed text; ``end`` None: to the end).

    ``order`` is the file's place in the load, ``block`` the block's within
    the file (0 for a whole file); ``failed`` is a report row of a path that
    cannot be read at all (a missing file, a broken link)."""

    order: int
    source: Source | None = None
    failed: FileResult | None = None
    start: int = 0
    end: int | None = None
    block: int = 0
    blocks: int = 1

    @property
    def path(self) -> str:
        return self.source.name if self.source is not None else self.failed.path

    @property
    def is_block(self) -> bool:
        return self.blocks > 1


@dataclass(frozen=True)
class Partition:
    """The pieces one task reads, in load order."""

    pieces: tuple[Piece, ...]


def whole_file(piece: Piece) -> Piece:
    """The piece of the whole file a block came from."""
    return replace(piece, start=0, end=None, block=0, blocks=1)


def _size(source: Source) -> int:
    """Bytes of text in the file (a gzip file's uncompressed size from its trailer)."""
    try:
        size = os.path.getsize(source.path)
        if source.suffix.endswith(".gz") and size >= 18:
            with open(source.path, "rb") as file:
                file.seek(-4, os.SEEK_END)
                # ISIZE is the size modulo 4 GiB: never trusted below the compressed size.
                return max(int.from_bytes(file.read(4), "little"), size)
        return size
    except OSError:
        return 0


def _blocks(piece: Piece, size: int, partition_size: int) -> list[Piece]:
    count = -(-size // partition_size)
    starts = [i * partition_size for i in range(count)]
    return [replace(piece, start=s, end=None if i == count - 1 else s + partition_size,
                    block=i, blocks=count) for i, s in enumerate(starts)]


def plan_partitions(inputs: list[Source | FileResult], partition_size: int) -> list[Partition]:
    """Partitions for the files of a load (see the module docstring), in load order."""
    partition_size = max(int(partition_size), MIN_PARTITION_SIZE)
    partitions: list[Partition] = []
    group: list[Piece] = []
    group_bytes = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            partitions.append(Partition(tuple(group)))
        group, group_bytes = [], 0

    for order, item in enumerate(inputs):
        if isinstance(item, FileResult):
            piece, size = Piece(order, failed=item), 0
        else:  # workers may run in another folder: they get the absolute path
            item = replace(item, path=os.path.abspath(item.path))
            piece, size = Piece(order, item), _size(item)
        own = item.suffix == ".parquet" or (item.suffix in LINE_SUFFIXES
                                            and size >= _OWN_PARTITION_FROM) \
            if isinstance(item, Source) else False
        if own:
            close_group()
            splittable = item.suffix in LINE_SUFFIXES and size > partition_size
            for block in _blocks(piece, size, partition_size) if splittable else [piece]:
                partitions.append(Partition((block,)))
            continue
        if group and group_bytes + size > partition_size:
            close_group()
        group.append(piece)
        group_bytes += size
    close_group()
    return partitions


def _open(source: Source):
    if source.suffix.endswith(".gz"):
        return gzip.open(source.path, "rb")
    return open(source.path, "rb")


def read_range(piece: Piece) -> tuple[bytes, bytes]:
    """The whole lines of a block, and the file's first line (a CSV header; ``b""``
    for block 0, whose text starts with it). Raises on any read or gzip error."""
    with _open(piece.source) as file:
        header = b""
        if piece.block and piece.source.suffix.startswith(".csv"):
            header = file.readline()
        if piece.start:
            file.seek(piece.start - 1)
            if file.read(1) != b"\n":
                file.readline()  # the rest of a line that began in the block before
        if piece.end is None:
            return file.read(), header
        data = file.read(max(piece.end - file.tell(), 0))
        if data and not data.endswith(b"\n"):
            data += file.readline()
        return data, header
