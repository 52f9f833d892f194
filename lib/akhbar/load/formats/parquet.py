"""``.parquet``: a corpus saved by ``akhbar load --out``, or a table from another tool.

Per file, no state. A file with akhbar's columns is taken as it is (its rows
keep their original ``source_file``); any other table's rows are records,
mapped like JSON/CSV records (aliases, ``columns=`` / ``--map``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from akhbar.corpus import ARTICLE_COLUMNS
from akhbar.load.records import map_records
from akhbar.load.report import FileResult

__all__ = ["read_parquet"]


def read_parquet(path: Path, result: FileResult, columns: Mapping[str, str]) -> None:
    """Read one parquet file into ``result.frame`` (akhbar's) or ``result.records``."""
    result.encoding = "parquet"
    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as error:  # ArrowInvalid is a ValueError
        result.refuse("error", f"not a readable parquet file: {error}")
        return
    frame.attrs = {}
    if set(ARTICLE_COLUMNS) <= set(frame.columns):
        result.frame = frame.assign(_input=result.path)
        return
    result.note("parquet file not written by akhbar: its columns were mapped like records")
    result.records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    map_records(result, columns)
