"""How fast akhbar.speakers.quotes runs over the whole dev corpus, and on one huge "article".

    .venv/bin/python benchmarks/bench_speakers.py [N]

Loads ../shared/corpus-dev/saudinewsnet-dev.jsonl.gz (29,250 articles; the
first N if given) and times ``quotes`` on it, printing seconds, articles/s and
events found. The target is the whole corpus in under 2 minutes on a 2-core
machine. Skips with a printed reason when the corpus is absent.

Then it times ``quotes`` on single-article dumps of 1, 2, 4 and 8 MB (UTF-8)
built from the corpus' paragraphs one after another, the shape of a scraper's
concatenated dump: the time must grow in proportion to the size (twice the
text, about twice the time), not with its square.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import DEV_CORPUS, require
from akhbar.corpus import split_paragraphs
from akhbar.speakers import quotes, speaker_counts

TARGET_SECONDS = 120
DUMP_MEGABYTES = (1, 2, 4, 8)


def dump(paragraphs: list[str], megabytes: int) -> str:
    """One "article" of ``megabytes`` MB of UTF-8: the paragraphs in order, repeated if need be."""
    budget, parts, size = megabytes * 2**20, [], 0
    while size < budget:
        for paragraph in paragraphs:
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 1
            if size >= budget:
                break
    return "\n".join(parts)


def dump_times(corpus: pd.DataFrame) -> None:
    paragraphs = [p for body in corpus["body"] for p in split_paragraphs(body)]
    times = []
    for megabytes in DUMP_MEGABYTES:
        one = pd.DataFrame({"article_id": ["dump"], "body": [dump(paragraphs, megabytes)]})
        start = time.perf_counter()
        found = quotes(one)
        times.append(f"{megabytes} MB {time.perf_counter() - start:.1f} s ({len(found):,} events)")
    print("one-article dumps: " + "; ".join(times))


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
    dump_times(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
