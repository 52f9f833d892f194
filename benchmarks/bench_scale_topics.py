"""Benchmark: what fitting topics on a sample costs in NMI (the Dask path's topic model).

    .venv/bin/python benchmarks/bench_scale_topics.py [--samples 500 1000 2000 5000] [--seeds 0 1]

On the section checks of ``bench_topics.py`` — ANT Jawhara FM (k = 9),
al-Watan (k = 6) and 3alyoum (k = 7) — each article's dominant topic is
compared with its section (NMI) when the model is fitted on the whole corpus
(``fit_topics``, the pandas path) and when it is fitted on a seeded sample of
N articles (:func:`akhbar.scale.sample_articles`) and every article is then
assigned with ``transform`` — what ``fit_topics(dask_corpus, k, sample=N)``
does. The assignment is run here in one process: the tests show it is the
Dask path's to the last bit or two of each weight, with the same dominant topics.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import require
from akhbar.scale import sample_articles
from akhbar.topics import TopicModel, dominant_topics, fit_topics
from bench_topics import ANT, SAUDI, _saudi


def _labels(doc_topics: pd.DataFrame, corpus: pd.DataFrame):
    class Result:  # dominant_topics reads .doc_topics only
        pass

    result = Result()
    result.doc_topics = doc_topics
    dominant = dominant_topics(result).set_index("article_id")["topic"]
    return corpus["article_id"].astype(str).map(dominant).fillna(0).astype(int).to_numpy()


def _check(name: str, corpus: pd.DataFrame, sections: pd.Series, k: int, samples, seeds) -> None:
    from sklearn.metrics import normalized_mutual_info_score as nmi

    start = time.perf_counter()
    full = fit_topics(corpus, k)
    seconds = time.perf_counter() - start
    base = nmi(sections, _labels(full.doc_topics, corpus))
    print(f"\n== {name}: {len(corpus)} articles, k = {k}")
    print(f"{'fitted on':<22}{'NMI':>7}{'vs all':>8}{'fit s':>8}")
    print(f"{'all articles':<22}{base:>7.3f}{'':>8}{seconds:>8.1f}")
    for n in samples:
        if n >= len(corpus):
            continue
        for seed in seeds:
            start = time.perf_counter()
            model = TopicModel(k).fit(sample_articles(corpus, n, seed))
            seconds = time.perf_counter() - start
            score = nmi(sections, _labels(model.transform(corpus), corpus))
            print(f"{f'{n} (seed {seed})':<22}{score:>7.3f}{score - base:>+8.3f}{seconds:>8.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, nargs="+", default=[500, 1000, 2000, 5000])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    args = parser.parse_args(argv)
    if require(ANT):
        corpus = akhbar.load_corpus(ANT)
        _check("ANT Jawhara FM", corpus, corpus["section"], 9, args.samples, args.seeds)
    if require(SAUDI):
        for name, pattern, sections in (
                ("al-Watan", r"alwatan\.com\.sa/([^/]+)/",
                 ["Local", "Politics", "Sports", "Economy", "Culture", "Nation"]),
                ("3alyoum", r"3alyoum\.com/(?:news/)?([^/]+)/",
                 ["local", "golobal", "pol", "finance", "sports", "culture", "technology"])):
            corpus = _saudi()
            section = corpus["url"].astype(str).str.extract(pattern)[0]
            keep = section.isin(sections)
            _check(name, corpus[keep].reset_index(drop=True),
                   section[keep].reset_index(drop=True), len(sections), args.samples, args.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
