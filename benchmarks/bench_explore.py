"""How fast the explorer answers, on the dev corpus and on a corpus ten times bigger.

    .venv/bin/python benchmarks/bench_explore.py [--interactions N] [--factor 10]
                                                 [--skip-scaled | --skip-dev] [--screenshot]

For each corpus (the dev corpus, 28,583 articles; then the dev paragraphs
recombined into ``--factor`` times as many articles, seeded — see
``_shared.recombined_corpus``):

- **build**: the explorer's index (:class:`akhbar.explore.index.CorpusIndex`)
  against ``word_counts`` on the same corpus, both on a vocabulary new to the
  process (target: build ≤ 3× word_counts); the quotes of the speakers
  panel, found on first use, are timed apart;
- **memory**: the index (matrix, keys, metadata, quotes) against the loaded
  corpus DataFrame (``memory_usage(deep=True)``; target: index ≤ corpus);
- **interactions**: ``select(...)`` then ``table("words")``,
  ``table("speakers")`` and ``table("trends")``, over a seeded sequence that
  alternates sources, date ranges, searches and combinations of them
  (targets: median ≤ 0.3 s and 95th percentile ≤ 1 s on dev, median ≤ 1 s
  at 10×), for each ``vocabulary`` — ``"subcorpus"`` (every table equals the
  library's on the selection: an analyzer per new selection) and
  ``"corpus"`` (the whole corpus' keys). Selections are new to the explorer
  unless the sequence comes back to one (it does, as a user toggling would:
  the share of repeats is printed). These are the explorer's answers; the
  time to draw the panel on screen (its matplotlib chart as a PNG, its
  tables as HTML) is printed apart;
- **debounce**: ten keystrokes 50 ms apart in the search box, in an asyncio
  loop as in a kernel: how many times the filter ran.

Prints times and ratios; nothing is asserted. ``--screenshot`` also serves
the explorer of the seed-based test corpus with Voilà and saves
``figures/explorer.png`` (the README's picture).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import DEV_CORPUS, ROOT, recombined_corpus, require
from akhbar.explore import Explorer
from akhbar.explore.index import CorpusIndex
from akhbar.freq import word_counts
from akhbar.text import reference_lexicon

QUERIES = ["السعودية", "الرياض", "النفط", "إيران", "اليمن", "الهلال", "التعليم", "داعش",
           "الحج", "وزير الخارجية", "الأمير", "المملكة"]


def _timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def interactions(corpus: pd.DataFrame, n: int, seed: int = 1) -> list[dict]:
    """A seeded sequence of ``n`` filters alternating sources, dates, searches, combinations."""
    rng = np.random.default_rng(seed)
    sources = corpus["source"].value_counts().index.tolist() if "source" in corpus else []
    days = pd.to_datetime(corpus["published"]).dropna().dt.normalize().unique()
    days = np.sort(days)
    out = []
    for i in range(n):
        kind = i % 4
        chosen: dict = {}
        if kind in (0, 3) and sources:
            chosen["source"] = list(rng.choice(sources[:10], size=1 + (i % 3 == 0),
                                               replace=False))
        if kind in (1, 3) and len(days) > 2:
            a, b = sorted(rng.choice(len(days), size=2, replace=False))
            chosen["start"], chosen["end"] = pd.Timestamp(days[a]), pd.Timestamp(days[b])
        if kind == 2 or (kind == 3 and i % 8 == 7):
            chosen["query"] = str(rng.choice(QUERIES))
        if rng.random() < 0.25 and out:  # a user often goes back to an earlier view
            chosen = out[int(rng.integers(len(out)))]
        out.append(chosen)
    return out


def measure_interactions(explorer: Explorer, plan: list[dict]) -> dict:
    """Median and 95th percentile of select + the three tables over ``plan``; then
    how long drawing the Words panel (chart and tables) takes on top, for a few."""
    explorer.look_up("السعودية").show("article")  # a panel that draws nothing: answers only
    times, seen, repeats = [], set(), 0
    for chosen in plan:
        key = repr(sorted(chosen.items()))
        repeats += key in seen
        seen.add(key)
        start = time.perf_counter()
        explorer.select(**chosen)
        for name in ("words", "speakers", "trends"):
            explorer.table(name)
        times.append(time.perf_counter() - start)
    drawing = []
    for chosen in plan[:6]:
        explorer.show("article").select(**chosen).table("words")
        drawing.append(_timed(lambda: explorer.show("words"))[0])
    return {"median": statistics.median(times), "p95": float(np.percentile(times, 95)),
            "max": max(times), "repeats": repeats / len(plan),
            "drawing": statistics.median(drawing)}


def debounce_runs() -> int:
    explorer = Explorer(akhbar.load_corpus(ROOT / "seeds"))
    box, debouncer = explorer.bar.query, explorer.bar.typed
    before = debouncer.calls

    async def type_ten_keys():
        for i in range(10):
            box.value = "روسيا"[: i % 5 + 1]
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)

    asyncio.run(type_ten_keys())
    return debouncer.calls - before


def bench_corpus(name: str, corpus: pd.DataFrame, n: int, *, with_subcorpus: bool = True):
    print(f"\n== {name}: {len(corpus):,} articles, "
          f"{corpus['body'].str.len().sum() / 1e6:.1f} M characters")
    corpus_bytes = corpus.memory_usage(deep=True).sum()
    gc.collect()
    counts_time, _ = _timed(lambda: word_counts(corpus))
    build_time, index = _timed(lambda: CorpusIndex.build(corpus, progress=False))
    print(f"word_counts {counts_time:.1f} s · index build {build_time:.1f} s"
          f" → {build_time / counts_time:.2f}× word_counts (target ≤ 3×)")
    quotes_time, _ = _timed(lambda: index.quotes)
    print(f"quotes for the speakers panel (once, on first use): {quotes_time:.0f} s")
    index.keys(stopwords=False)
    memory = index.memory()
    print(f"index memory {memory.sum() / 1e6:.0f} MB vs corpus DataFrame "
          f"{corpus_bytes / 1e6:.0f} MB → {memory.sum() / corpus_bytes:.2f}× (target ≤ 1×); "
          + ", ".join(f"{k} {v / 1e6:.1f}" for k, v in memory.items()))
    plan = interactions(corpus, n)
    for vocabulary in (("subcorpus", "corpus") if with_subcorpus else ("corpus",)):
        explorer = Explorer(index, vocabulary=vocabulary)
        result = measure_interactions(explorer, plan)
        print(f"interactions, vocabulary={vocabulary!r}: median {result['median']:.2f} s,"
              f" p95 {result['p95']:.2f} s, max {result['max']:.2f} s"
              f" ({len(plan)} interactions, {result['repeats']:.0%} back to an earlier one);"
              f" drawing the Words panel on screen adds {result['drawing']:.2f} s (median)")


def screenshot(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import tempfile

    import explore_corpus
    from test_explore_browser import drive_the_page

    folder = Path(tempfile.mkdtemp())
    drive_the_page(explore_corpus.write(folder), folder, path)
    print(f"screenshot: {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=40)
    parser.add_argument("--factor", type=float, default=10)
    parser.add_argument("--skip-scaled", action="store_true", help="only the dev corpus")
    parser.add_argument("--skip-dev", action="store_true", help="only the recombined corpus")
    parser.add_argument("--screenshot", action="store_true")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(ROOT / "figures" / "explorer.png")
    print(f"debounce: 10 keystrokes 50 ms apart → the filter ran {debounce_runs()} time(s)")
    if require(DEV_CORPUS) is None:
        return 0
    reference_lexicon()  # read once, as any session does, before timing
    dev = akhbar.load_corpus(DEV_CORPUS)
    if not args.skip_dev:
        bench_corpus("dev corpus", dev, args.interactions)
    if not args.skip_scaled:
        scaled = recombined_corpus(args.factor, seed=0, corpus=dev)
        del dev
        gc.collect()
        bench_corpus(f"{args.factor:g}× recombined", scaled, max(args.interactions // 2, 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
