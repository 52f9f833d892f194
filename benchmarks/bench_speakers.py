"""How fast akhbar.speakers.quotes runs over the whole dev corpus.

    .venv/bin/python benchmarks/bench_speakers.py [N]

Loads ../shared/corpus-dev/saudinewsnet-dev.jsonl.gz (29,250 articles; the
first N if given) and times ``quotes`` on it, printing seconds, articles/s and
events found. The target is the whole corpus in under 2 minutes on a 2-core
machine. Skips with a printed reason when the corpus is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import DEV_CORPUS, require
from akhbar.speakers import quotes, speaker_counts

TARGET_SECONDS = 120


def main(argv: list[str]) -> int:
    if require(DEV_CORPUS) is None:
        return 0
    corpus = akhbar.load_corpus(DEV_CORPUS, columns=None)
    if argv:
        corpus = corpus.head(int(argv[0]))
    quotes(corpus.head(50))  # warm the lexicons and the wordfreq table
    start, cpu = time.perf_counter(), time.process_time()
    events = quotes(corpus)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    counted = speaker_counts(events)
    print(f"quotes(): {len(corpus):,} articles in {seconds:.1f} s "
          f"= {len(corpus) / seconds:,.0f} articles/s "
          f"({seconds / TARGET_SECONDS:.2f} of the {TARGET_SECONDS} s budget; "
          f"{cpu:.1f} s of CPU — a busy machine shows a larger wall time)")
    print(f"{len(events):,} events ({(~events.nested & ~events.continuation).sum():,} counted), "
          f"{len(counted):,} distinct speakers")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
