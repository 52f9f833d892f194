"""Benchmark: akhbar's topics against scikit-learn defaults, in one run.

    .venv/bin/python benchmarks/bench_topics.py [--full] [--lda]

(a) SaudiNewsNet dev (a fixed sample of 10,000 articles, ``--full`` for all),
    k = 20: mean NPMI coherence of our topics vs sklearn NMF on
    ``CountVectorizer()`` defaults over the raw title + body; function words
    in each model's top 10 terms; fit time of each.
(b) ANT Jawhara FM (9 sections), k = 9: NMI between each article's dominant
    topic and its section, ours vs sklearn NMF on ``TfidfVectorizer()``
    defaults; fit time of each.
(c) A second check of (b) on other data, so that we do not tune to one
    corpus: the al-Watan articles of SaudiNewsNet whose URL names a news
    section (Local, Politics, Sports, Economy, Culture, Nation), k = 6.
(d) A third, with broader sections (technology, finance, culture ...): the
    3alyoum articles of SaudiNewsNet whose URL names one of 7 sections, k = 7.

Coherence of each model is NPMI of its top 10 terms over the same articles,
each model's terms looked up in its own document-term matrix (a baseline
"term" is a raw token, ours a key). A corpus that is absent is skipped with
a printed reason.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akhbar
from _shared import SHARED, require
from akhbar.text import normalize
from akhbar.topics import dominant_topics, fit_topics, npmi_coherence

SAUDI = SHARED / "corpus-dev" / "saudinewsnet-dev.jsonl.gz"
ANT = SHARED / "corpus-dev" / "ant-jawharafm" / "ant-jawharafm.jsonl"
SAMPLE = 10_000

# Function words, written out here independently of akhbar's stopword list
# so that the check cannot pass by construction: prepositions, conjunctions,
# pronouns, demonstratives, relatives, particles, auxiliaries, and the
# commonest of them with a clitic attached.
_FUNCTION_WORDS = """
في من إلى الى على عن مع منذ حتى عند لدى لدي بين نحو خلال حول ضد دون عبر تجاه وفق
و أو ثم أم بل لكن غير سوى إلا إن أن ان كأن لأن لكي كي لو لولا إذا اذا إذ حيث كلما
هو هي هم هما هن أنا نحن أنت أنتم انه انها أنه أنها إنه إنها
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هنالك
الذي التي الذين اللذان اللتان اللواتي اللاتي ما ماذا متى أين كيف لماذا كم أي
لا لم لن ليس ليست قد لقد سوف كل بعض جميع أيضا ايضا فقط كذلك كما مثل
كان كانت يكون تكون كانوا يكونون أصبح أصبحت صار ظل مازال لايزال
عليه عليها عليهم منه منها منهم فيه فيها فيهم له لها لهم به بها بهم إليه إليها عنه عنها
وفي ومن وعلى وإلى وعن ومع وهو وهي وهذا وهذه وذلك وقد ولا ولم ولن وأن وإن وكان وكانت
فإن فان فقد بأن بان والتي والذي
"""
FUNCTION_WORDS = {normalize(w) for w in _FUNCTION_WORDS.split()}


def _header(text: str) -> None:
    print(f"\n== {text}")


def _timed(func, *args, **kwargs):
    """The value and the wall-clock seconds; CPU seconds are printed too, since
    a shared machine under load stretches wall time but not CPU time."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func(*args, **kwargs)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"  [{getattr(func, '__name__', func)}: {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"load average {os.getloadavg()[0]:.1f}]")
    return value, wall


def _raw_texts(corpus: pd.DataFrame) -> pd.Series:
    return (corpus["title"].astype(str) + "\n" + corpus["body"].astype(str)).str.strip()


def _baseline(corpus: pd.DataFrame, k: int, vectorizer):
    """sklearn NMF with defaults: the doc-topic matrix and the top-10 term indices."""
    from sklearn.decomposition import NMF

    X = vectorizer.fit_transform(_raw_texts(corpus))
    model = NMF(k, random_state=0)
    W = model.fit_transform(X)
    top = np.argsort(-model.components_, axis=1)[:, :10]
    return X, W, top, vectorizer.get_feature_names_out()


def _function_words_in(terms) -> list[str]:
    return sorted({t for term in terms for t in str(term).split(" ")
                   if normalize(t) in FUNCTION_WORDS})


def _our_labels(result, corpus: pd.DataFrame) -> np.ndarray:
    """Dominant topic per article, 0 for an article with no known term."""
    dominant = dominant_topics(result).set_index("article_id")["topic"]
    return corpus["article_id"].astype(str).map(dominant).fillna(0).astype(int).to_numpy()


def bench_coherence(full: bool) -> None:
    _header(f"(a) coherence on SaudiNewsNet dev, k = 20 ({'all' if full else SAMPLE} articles)")
    if not require(SAUDI):
        return
    from sklearn.feature_extraction.text import CountVectorizer

    corpus = _saudi()
    if not full:  # a fixed, documented sample: the same 10,000 articles every run
        corpus = corpus.sample(SAMPLE, random_state=0).sort_index()
    ours, t_ours = _timed(fit_topics, corpus, 20)
    (X, _, top, names), t_base = _timed(_baseline, corpus, 20, CountVectorizer())
    base_npmi = npmi_coherence(X, top)
    our_npmi = ours.summary["coherence"].to_numpy()
    our_fw = _function_words_in(ours.topics["term"])
    base_fw = _function_words_in(names[top].ravel())
    print(f"{'model':<42}{'mean NPMI':>10}{'min':>8}{'fit s':>8}  function words in top 10")
    print(f"{'akhbar fit_topics (keys, tf-idf, NMF)':<42}{our_npmi.mean():>10.3f}"
          f"{our_npmi.min():>8.3f}{t_ours:>8.1f}  {len(our_fw)} {our_fw[:8]}")
    print(f"{'sklearn NMF on CountVectorizer() defaults':<42}{base_npmi.mean():>10.3f}"
          f"{base_npmi.min():>8.3f}{t_base:>8.1f}  {len(base_fw)} {base_fw[:8]}")
    print(f"coherence: ours - baseline = {our_npmi.mean() - base_npmi.mean():+.3f}; "
          f"fit time k=20 on {len(corpus)} articles: {t_ours:.1f} s (target < 60 s) "
          f"-> {'OK' if t_ours < 60 and not our_fw else 'CHECK'}")
    print("\nour topics (label = top 3 terms):")
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(ours.summary.round(3).to_string(index=False))
    print("baseline topics:")
    for i, row in enumerate(names[top]):
        print(f"  {i + 1:>2} {' '.join(row)}")


def bench_sections(path_label: str, corpus: pd.DataFrame, labels: pd.Series, k: int,
                   lda: bool) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score as nmi

    ours, t_ours = _timed(fit_topics, corpus, k)
    (_, W, _, _), t_base = _timed(_baseline, corpus, k, TfidfVectorizer())
    our_nmi = nmi(labels, _our_labels(ours, corpus))
    base_nmi = nmi(labels, W.argmax(axis=1))
    print(f"{'model':<42}{'NMI':>8}{'fit s':>8}")
    print(f"{'akhbar fit_topics (keys, tf-idf, NMF)':<42}{our_nmi:>8.3f}{t_ours:>8.1f}")
    print(f"{'sklearn NMF on TfidfVectorizer() defaults':<42}{base_nmi:>8.3f}{t_base:>8.1f}")
    if lda:
        lda_result, t_lda = _timed(fit_topics, corpus, k, method="lda")
        print(f"{'akhbar fit_topics(method=lda)':<42}"
              f"{nmi(labels, _our_labels(lda_result, corpus)):>8.3f}{t_lda:>8.1f}")
    print(f"{path_label}: NMI ours - baseline = {our_nmi - base_nmi:+.3f} "
          f"(ratio {our_nmi / base_nmi:.2f})")
    with pd.option_context("display.width", 200):
        print(pd.crosstab(labels.to_numpy(), _our_labels(ours, corpus),
                          rownames=["section"], colnames=["topic"]))


def bench_ant(lda: bool) -> None:
    _header("(b) topics vs sections on ANT Jawhara FM, k = 9")
    if not require(ANT):
        return
    corpus = akhbar.load_corpus(ANT)
    bench_sections("ANT", corpus, corpus["section"], 9, lda)
    # Four sections in five are localNews, sport or internationalNews here;
    # the same check with at most 300 articles per section shows how the
    # model does where sections are of comparable size.
    _header("(b2) the same, at most 300 articles per section (fixed sample), k = 9")
    balanced = pd.concat([group.sample(min(len(group), 300), random_state=0)
                          for _, group in corpus.groupby("section", sort=True)],
                         ignore_index=True)
    print(f"{len(balanced)} articles; sections: {balanced['section'].value_counts().to_dict()}")
    bench_sections("ANT balanced", balanced, balanced["section"], 9, lda=False)


@functools.cache
def _saudi() -> pd.DataFrame:
    """SaudiNewsNet dev, read once for checks (a), (c) and (d)."""
    return akhbar.load_corpus(SAUDI)


def bench_url_sections(name: str, pattern: str, sections: list[str], lda: bool) -> None:
    """Check (b) on the SaudiNewsNet articles whose URL (``pattern``'s group)
    names one of ``sections``, with k = the number of sections."""
    corpus = _saudi()
    section = corpus["url"].astype(str).str.extract(pattern)[0]
    keep = section.isin(sections)
    corpus, section = corpus[keep].reset_index(drop=True), section[keep].reset_index(drop=True)
    print(f"{len(corpus)} articles; sections: {section.value_counts().to_dict()}")
    bench_sections(name, corpus, section, len(sections), lda)


def bench_alwatan(lda: bool) -> None:
    _header("(c) topics vs URL sections of al-Watan (SaudiNewsNet dev), k = 6")
    if require(SAUDI):
        bench_url_sections("al-Watan", r"alwatan\.com\.sa/([^/]+)/",
                           ["Local", "Politics", "Sports", "Economy", "Culture", "Nation"], lda)


def bench_3alyoum(lda: bool) -> None:
    _header("(d) topics vs URL sections of 3alyoum (SaudiNewsNet dev), k = 7")
    # /news/local/, /news/golobal/ (sic), /news/pol/, /finance/, /sports/ ...;
    # /news/a/ (no section) and the opinion columns are left out.
    if require(SAUDI):
        bench_url_sections("3alyoum", r"3alyoum\.com/(?:news/)?([^/]+)/",
                           ["local", "golobal", "pol", "finance", "sports", "culture",
                            "technology"], lda)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="all of SaudiNewsNet dev for (a)")
    parser.add_argument("--lda", action="store_true", help="also time and score method='lda'")
    parser.add_argument("--only", choices=["a", "b", "c", "d"], action="append")
    args = parser.parse_args(argv)
    only = set(args.only or "abcd")
    if "a" in only:
        bench_coherence(args.full)
    if "b" in only:
        bench_ant(args.lda)
    if "c" in only:
        bench_alwatan(args.lda)
    if "d" in only:
        bench_3alyoum(args.lda)
    return 0


if __name__ == "__main__":
    sys.exit(main())
