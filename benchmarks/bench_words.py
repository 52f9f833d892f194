"""How fast akhbar.freq.word_counts counts the dev corpus, against a floor and a naive loop.

    .venv/bin/python benchmarks/bench_words.py [--repeat N]

In the same run, over the body text of the dev corpus (29,250 articles,
50.8 M characters):

- floor: one ``re.findall(r"\\w+")`` over the raw text into a ``Counter``; no
  normalisation, no clitics, no stopwords (what a quick script would do);
- naive: a loop that normalises every token with PyArabic (strip tashkeel,
  tatweel, alef forms) and looks it up in a stopword set (PyArabic is GPL:
  only used here if installed, skipped with a reason otherwise);
- akhbar: ``word_counts(corpus)`` as the first call of the process (it also
  reads wordfreq's Arabic list, prepared once per machine and kept in
  akhbar's disk cache, see ``akhbar.diskcache``), for a corpus whose
  vocabulary is new to the process (its analyzer is built) and again for the
  same corpus (the analyzer of that vocabulary is reused, as when a notebook
  asks several questions).

Prints the times, the ratios (target: akhbar within 2x of the floor and at
least 4x faster than the naive loop) and the peak memory of the process and
of one word_counts call (tracemalloc, run separately so it does not slow the
timed runs; target < 1.5 GB). Times are the best of --repeat runs, wall
clock and CPU.
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
from akhbar import diskcache
from akhbar.freq import word_counts
from akhbar.freq.vocabulary import _cached_analyzer
from akhbar.text import arabic_stopwords

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


def best_time(function, repeat: int) -> tuple[object, float, float]:
    """The result, and the best wall-clock and CPU seconds over ``repeat`` runs.

    CPU time is printed too because on a shared machine the wall clock
    measures the neighbours as much as the code.
    """
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, min(walls), min(cpus)


def _lexicon_cache_files():
    folder = diskcache.cache_dir()
    return folder.glob("reference-lexicon-*.pickle") if folder and folder.exists() else iter(())


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

    def new_vocabulary():
        _cached_analyzer.cache_clear()  # as for a corpus never seen in this process
        return word_counts(corpus)

    lexicon_cached = any(_lexicon_cache_files())
    _, cold, cold_cpu = best_time(new_vocabulary, 1)
    table, new, new_cpu = best_time(new_vocabulary, repeat)
    _, again, again_cpu = best_time(lambda: word_counts(corpus), repeat)
    rss_akhbar = peak_rss_mb()
    counted, floor_wall, floor_cpu = best_time(lambda: floor(texts), repeat)
    runs = [
        ("first call", cold, cold_cpu),
        ("new corpus", new, new_cpu),
        ("same corpus again", again, again_cpu),
    ]
    print(f"{'':40} {'wall s':>8} {'cpu s':>8}")
    print(f"{'floor (re.findall + Counter)':40} {floor_wall:8.2f} {floor_cpu:8.2f}")
    print(
        f"{'word_counts, first call in the process':40} {cold:8.2f} {cold_cpu:8.2f}"
        + (
            "  (wordfreq's list read from the disk cache)"
            if lexicon_cached
            else "  (wordfreq's list prepared and cached: first run on this machine)"
        )
    )
    print(f"{'word_counts, new corpus':40} {new:8.2f} {new_cpu:8.2f}  {len(table):,} terms")
    print(
        f"{'word_counts, same corpus again':40} {again:8.2f} {again_cpu:8.2f}"
        "  (the analyzer of this vocabulary is reused)"
    )
    for label, wall, cpu in runs:
        print(
            f"ratio to floor, {label}: {wall / floor_wall:.2f}x wall, {cpu / floor_cpu:.2f}x cpu"
            "  (target <= 2x)"
        )
    print(f"process peak RSS after loading + word_counts: {rss_akhbar:,.0f} MB")

    try:
        from pyarabic import araby
    except ImportError:
        print(
            "naive loop SKIPPED: PyArabic is not installed (GPL; pip install pyarabic to compare)"
        )
    else:
        _, naive_wall, naive_cpu = best_time(lambda: naive(texts, araby), 1)
        print(
            f"{'naive (PyArabic per token + set)':40} {naive_wall:8.2f} {naive_cpu:8.2f}"
            f"  {len(counted):,} floor types"
        )
        for label, wall, cpu in runs:
            print(
                f"speed-up over naive, {label}: {naive_wall / wall:.1f}x wall,"
                f" {naive_cpu / cpu:.1f}x cpu  (target >= 4x)"
            )

    tracemalloc.start()
    new_vocabulary()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory: one word_counts call {traced_peak / 2**20:,.0f} MB (tracemalloc);"
        f" process {rss_akhbar:,.0f} MB RSS after loading and counting (target < 1,536 MB),"
        f" {peak_rss_mb():,.0f} MB after the floor and naive runs too"
    )
    print("top 30:", " ".join(table["term"].head(30)))


if __name__ == "__main__":
    main()
