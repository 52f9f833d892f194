"""How fast akhbar.load_corpus reads, against a plain json.loads loop (the floor).

    .venv/bin/python benchmarks/bench_load.py [--repeat N]

Prints articles/s for the dev corpus (JSONL.gz) and for 10,000 seed-layout
files written to a temp folder, with the ratio to the floor (best of N runs
each, default 3). The floor does no encoding detection, no field mapping, no
date parsing, no duplicate check. Targets (issue 13): the dev corpus within
2x the floor, and at least 5,000 article files per second.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import DEV_CORPUS, ROOT, require

SEED = ROOT / "seeds" / "000_9d01ffca6c2bf9eb.txt"
FILES = 10_000


REPEAT = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3


def timed_pair(function, floor):
    """Best time of each over REPEAT runs, alternating, so that both see the same load
    (the machine is shared: noise only ever makes a run slower)."""
    best, best_floor = float("inf"), float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
        start = time.perf_counter()
        floor_result = floor()
        best_floor = min(best_floor, time.perf_counter() - start)
    return result, best, floor_result, best_floor


def floor_jsonl(path: Path) -> int:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return len([json.loads(line) for line in lines if line.strip()])


def floor_text_files(folder: Path) -> int:
    return len([p.read_text(encoding="utf-8").splitlines() for p in folder.glob("*.txt")])


def report(name: str, articles: int, seconds: float, floor_seconds: float) -> None:
    print(f"{name:<28} {articles:>7} articles  {seconds:6.2f} s  {articles / seconds:9,.0f}/s"
          f"   floor {floor_seconds:5.2f} s  ratio {seconds / floor_seconds:4.1f}x")


def main() -> None:
    if require(DEV_CORPUS):
        corpus, seconds, records, floor = timed_pair(lambda: akhbar.load_corpus(DEV_CORPUS),
                                                     lambda: floor_jsonl(DEV_CORPUS))
        report("dev corpus (jsonl.gz)", len(corpus), seconds, floor)
        print(f"{'':<28} {records} records in the file;"
              f" report: {corpus.attrs['load_report'].loc[0, 'reason']}")
    text = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(FILES):  # distinct bodies, or the loader drops them as duplicates
            (folder / f"{i:05d}.txt").write_text(text.replace("أضف تعليق", f"{i}\nأضف تعليق"),
                                                 encoding="utf-8")
        corpus, seconds, _, floor = timed_pair(
            lambda: akhbar.load_corpus(folder, progress=False), lambda: floor_text_files(folder))
        report(f"{FILES:,} seed-layout files", len(corpus), seconds, floor)


if __name__ == "__main__":
    main()
