"""A copy of recombined_corpus from the explore branch's benchmarks/_shared.py, used by
bench_scale.py until that lands here (then this file goes)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from _shared import DEV_CORPUS, require


def recombined_corpus(factor: float, seed: int = 0, *,
                      corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """A corpus ``factor`` times the size of ``corpus`` (default: the dev corpus),
    made of its paragraphs recombined into new articles — for scale benchmarks.

    Each new article takes as many paragraphs as an article of the source
    taken at random, each paragraph drawn at random (with replacement) from
    all the paragraphs of the corpus; its title, section, source and date are
    those of the article its first paragraph came from. Same ``seed``, same
    corpus. The vocabulary, paragraph lengths and metadata distribution are
    the source's; words, articles and quotes per article scale with
    ``factor``. Columns: ``article_id`` (``r<i>``), ``title``, ``tags``,
    ``section``, ``published``, ``body``, ``source`` (when the source has it).
    """
    from akhbar import load_corpus
    from akhbar.corpus import join_paragraphs, split_paragraphs

    if corpus is None:
        if require(DEV_CORPUS) is None:
            raise FileNotFoundError(DEV_CORPUS)
        corpus = load_corpus(DEV_CORPUS)
    rng = np.random.default_rng(seed)
    pieces = [split_paragraphs(body) for body in corpus["body"].fillna("").astype(str)]
    sizes = np.array([max(len(p), 1) for p in pieces])
    owner = np.repeat(np.arange(len(pieces)), [len(p) for p in pieces])
    paragraphs = [p for article in pieces for p in article]
    n = round(factor * len(corpus))
    lengths = rng.choice(sizes, size=n)
    drawn = rng.integers(0, len(paragraphs), size=int(lengths.sum()))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    bodies = [join_paragraphs(paragraphs[i] for i in drawn[s:s + k])
              for s, k in zip(starts, lengths, strict=True)]
    first = owner[drawn[starts]]
    meta = corpus.iloc[first].reset_index(drop=True)
    out = pd.DataFrame({"article_id": pd.Series([f"r{i}" for i in range(n)], dtype="str"),
                        "title": meta["title"], "tags": meta.get("tags", ""),
                        "section": meta.get("section", ""), "published": meta["published"],
                        "body": pd.Series(bodies, dtype="str")})
    if "source" in corpus.columns:
        out["source"] = meta["source"].to_numpy()
    return out
