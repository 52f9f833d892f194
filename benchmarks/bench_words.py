"""How fast akhbar.freq.word_counts counts the dev corpus, against a floor and a naive loop.

    .venv/bin/python benchmarks/bench_words.py [--repeat N]

In the same run, over the body text of the dev corpus (29,250 articles,
50.8 M characters):

- floor: one ``re.findall(r"\\w+")`` over the raw text into a ``Counter``; no
  normalisation, no clitics, no stopwords (what a quick script would do);
- naive: a loop that normalises every token with PyArabic (strip tashkeel,
  tatweel, alef forms) and looks it up in a stopword set (PyArabic is GPL:
  only used here if installed, skipped with a reason otherwise);
- akhbar: ``word_counts(corpus)`` cold (the first call in a process also loads
  wordfreq's Arabic list) and warm.

Prints the times, the ratios (target: akhbar within 2x of the floor and at
least 4x faster than the naive loop) and the peak memory of the process and
of one word_counts call (tracemalloc, run separately so it does not slow the
timed runs; target < 1.5 GB). Times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import DEV_CORPUS, require
from akhbar.freq import word_counts
from akhbar.stopwords import arabic_stopwords

_WORD = re.compile(r"\w+")


def floor(texts: list[str]) -> Counter:
    return Counter(_WORD.findall("\n".join(texts)))


def naive(texts: list[str], araby) -> Counter:
    stop = arabic_stopwords()
    counts: Counter = Counter()
    for text in texts:
        for token in _WORD.findall(text):
            word = araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(token)))
            if word not in stop:
                counts[word] += 1
    return counts


def best_time(function, repeat: int) -> tuple[object, float]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return result, min(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    if not require(DEV_CORPUS):
        return
    corpus = akhbar.load_corpus(DEV_CORPUS, columns={})
    texts = corpus["body"].tolist()
    chars = sum(map(len, texts))
    print(f"dev corpus: {len(texts):,} articles, {chars / 1e6:.1f} M characters")
    print(f"process peak RSS after loading: {peak_rss_mb():,.0f} MB")

    start = time.perf_counter()
    table = word_counts(corpus)
    cold = time.perf_counter() - start
    table, warm = best_time(lambda: word_counts(corpus), repeat)
    counted, floor_time = best_time(lambda: floor(texts), repeat)
    print(f"floor  (re.findall + Counter)     {floor_time:7.2f} s  {len(counted):,} types")
    print(f"akhbar word_counts, first call    {cold:7.2f} s  (includes loading wordfreq)")
    print(f"akhbar word_counts, warm          {warm:7.2f} s  {len(table):,} terms")
    print(
        f"ratio akhbar/floor: warm {warm / floor_time:.2f}x, first call {cold / floor_time:.2f}x"
        "  (target <= 2x)"
    )

    try:
        from pyarabic import araby
    except ImportError:
        print(
            "naive loop SKIPPED: PyArabic is not installed (GPL; pip install pyarabic to compare)"
        )
    else:
        _, naive_time = best_time(lambda: naive(texts, araby), 1)
        print(f"naive  (PyArabic per token + set) {naive_time:7.2f} s")
        print(f"speed-up over naive: {naive_time / warm:.1f}x warm (target >= 4x)")

    tracemalloc.start()
    word_counts(corpus)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory: one word_counts call {traced_peak / 2**20:,.0f} MB (tracemalloc);"
        f" whole process {peak_rss_mb():,.0f} MB RSS (target < 1,536 MB)"
    )
    print("top 30:", " ".join(table["term"].head(30)))


if __name__ == "__main__":
    main()
