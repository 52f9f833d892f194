"""Corpora and checks shared by the Dask tests (tests/test_scale*.py)."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pandas as pd
from pandas.testing import assert_frame_equal

import akhbar

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds"


def shared_folder() -> Path:
    """``$AKHBAR_SHARED``, else the first ``shared/`` beside this checkout or a parent."""
    if "AKHBAR_SHARED" in os.environ:
        return Path(os.environ["AKHBAR_SHARED"])
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus-dev").is_dir():
            return folder / "shared"
    return ROOT.parent / "shared"


DEV_CORPUS = shared_folder() / "corpus-dev" / "saudinewsnet-dev.jsonl.gz"


def seed_paragraphs() -> list[str]:
    body = akhbar.load_corpus(SEED)["body"].iloc[0]
    return [p for p in body.split("\n\n") if p.strip()]


def synthetic_records(n: int, seed: int = 0, *, start: int = 0) -> list[dict]:
    """Articles made of the seed's paragraphs, shuffled (distinct bodies, some dates)."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    records = []
    for i in range(start, start + n):
        body = "\n".join(rng.sample(paragraphs, rng.randint(2, 6)) + [f"رقم {i}"])
        records.append({"id": f"s{i}", "title": f"عنوان {i % 97}", "content": body,
                        "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00",
                        "category": rng.choice(["سياسة", "رياضة", "اقتصاد", ""])})
    return records


def write_jsonl(path: Path, records: list[dict], *, gz: bool = False) -> Path:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_bytes(gzip.compress(text.encode()) if gz else text.encode())
    return path


def assert_same_corpus(pandas_corpus: pd.DataFrame, dask_corpus) -> None:
    """Rows, columns, dtypes, index and load report exactly as pandas gives them."""
    from akhbar.scale import load_report

    assert_frame_equal(load_report(dask_corpus), pandas_corpus.attrs["load_report"],
                       check_exact=True)
    assert_frame_equal(dask_corpus.compute(), pandas_corpus, check_exact=True)
    assert dask_corpus._meta.attrs.get("load_hints") == pandas_corpus.attrs.get("load_hints")
