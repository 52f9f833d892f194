"""load_corpus(engine="dask"): the pandas corpus, row for row, dtype for dtype, report line for
report line — whatever the partitions (groups of files, blocks of lines, whole-file fallbacks)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import dask
import pandas as pd
import pytest
from scale_helpers import ROOT, SEED, assert_same_corpus, synthetic_records, write_jsonl

import akhbar

pytest.importorskip("distributed")


@pytest.fixture(autouse=True)
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


def both(*paths, **options):
    return (akhbar.load_corpus(*paths, **options),
            akhbar.load_corpus(*paths, engine="dask", partition_size=1 << 20, **options))


def test_import_akhbar_does_not_import_dask():
    code = "import akhbar, akhbar.cli, sys; print(any(m.startswith('dask') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.stdout.strip() == "False", out.stderr


def test_seed_is_the_pandas_corpus():
    assert_same_corpus(*both(SEED))


def test_big_jsonl_is_cut_into_blocks_and_gives_the_same_rows(tmp_path):
    path = write_jsonl(tmp_path / "big.jsonl", synthetic_records(3000))
    pandas_corpus, dask_corpus = both(path)
    assert dask_corpus.npartitions >= 2
    assert_same_corpus(pandas_corpus, dask_corpus)


def test_gzipped_jsonl_and_csv_are_cut_into_blocks(tmp_path):
    write_jsonl(tmp_path / "a.jsonl.gz", synthetic_records(2500), gz=True)
    frame = pd.DataFrame(synthetic_records(2500, 1, start=5000))
    frame.to_csv(tmp_path / "b.csv", index=False, sep=";")
    pandas_corpus, dask_corpus = both(tmp_path)
    assert dask_corpus.npartitions >= 4
    assert_same_corpus(pandas_corpus, dask_corpus)


def test_a_damaged_line_makes_its_file_read_whole_with_the_same_report(tmp_path):
    records = synthetic_records(3000)
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    lines[2500] = b'{"id": "broken", "content": '          # malformed JSON
    lines[2700] = json.dumps(records[2700], ensure_ascii=False).encode("utf-8").replace(
        "رقم".encode(), "رقم".encode("cp1256"))              # one Windows-1256 line
    (tmp_path / "damaged.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    truncated = gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                      for r in synthetic_records(2500, 3, start=9000)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(truncated[:-3000])
    pandas_corpus, dask_corpus = both(tmp_path)
    report = pandas_corpus.attrs["load_report"]
    assert (report["status"] == "warning").all()
    assert_same_corpus(pandas_corpus, dask_corpus)


def test_duplicates_clashing_ids_mixed_types_and_folders(tmp_path):
    records = synthetic_records(40)
    records[5]["views"], records[6]["views"] = 3, "كثير"       # numbers and text: made text
    records[7]["score"] = 2                                    # int in one file, missing elsewhere
    sections = {"سياسة": records[:20], "رياضه": records[20:], "رياضة": records[:5]}
    for folder, rows in sections.items():
        (tmp_path / folder).mkdir()
        write_jsonl(tmp_path / folder / "part.jsonl", rows)  # records[:5] twice: duplicates
        for i, r in enumerate(rows[:3]):                        # the same ids as text files
            (tmp_path / folder / f"{r['id']}.txt").write_text(
                f"{r['title']} {i}\n\n{r['content']} ملف", encoding="utf-8")
    (tmp_path / "سياسة" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "سياسة" / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "سياسة" / "notes.docx").write_bytes(b"PK")
    akhbar.save_corpus(akhbar.load_corpus(tmp_path / "رياضه"), tmp_path / "saved.parquet")
    for options in ({}, {"section_from": "folder"}):
        assert_same_corpus(*both(tmp_path, **options))


def test_a_corrupt_file_among_a_thousand_is_reported_as_on_pandas(tmp_path):
    paragraphs = [r["content"] for r in synthetic_records(1000)]
    for i, body in enumerate(paragraphs):
        (tmp_path / f"{i:04d}.txt").write_text(f"عنوان {i}\n\n{body}", encoding="utf-8")
    (tmp_path / "0500.txt").write_bytes("قال الوزير إن".encode() + b"\xff\xfe\x00\x01" * 400)
    (tmp_path / "0501.txt").write_bytes("خبر قديم عن الاقتصاد".encode("cp1256"))
    pandas_corpus, dask_corpus = both(tmp_path)
    assert dask_corpus.npartitions < 50  # groups of files, not a task per file
    bad = pandas_corpus.attrs["load_report"].query("status != 'loaded'")
    assert len(bad) >= 1
    assert_same_corpus(pandas_corpus, dask_corpus)


def test_partitioned_parquet_round_trip(tmp_path):
    corpus = akhbar.load_corpus(tmp_path.parent / tmp_path.name, engine="dask") \
        if False else akhbar.load_corpus(write_jsonl(tmp_path / "a.jsonl", synthetic_records(500)),
                                         engine="dask", partition_size=1 << 20)
    from akhbar.scale import save_partitioned

    folder = save_partitioned(corpus, tmp_path / "parts")
    assert len(list(folder.glob("*.parquet"))) == corpus.npartitions
    assert_same_corpus(*both(folder))


def test_duplicate_digests_of_concatenated_text_columns():
    # pandas keeps the Arrow strings of a concatenated frame in several chunks; a
    # partition of a big JSONL file is such a frame (found by bench_scale at 1x).
    from akhbar.scale.partition import pair_hashes

    parts = [pd.Series(["قال", "أكد"], dtype="str"), pd.Series(["قال", "ذكر"], dtype="str")]
    joined = pd.concat(parts, ignore_index=True)
    hi, lo = pair_hashes(joined, joined)
    assert (hi[0], lo[0]) == (hi[2], lo[2])
    assert (hi[1], lo[1]) != (hi[3], lo[3])
    fresh = pair_hashes(pd.Series(joined.tolist(), dtype="str"), joined.copy())
    assert (fresh[0] == hi).all()
