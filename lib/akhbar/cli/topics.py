"""``akhbar topics``: the topics of a corpus, one row per topic and rank."""

from __future__ import annotations

import sys

from akhbar.cli._common import (
    add_corpus_arguments,
    add_engine_arguments,
    add_format_argument,
    emit,
    engine_from_args,
    load_from_args,
)

__all__ = ["add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "topics", help="find the topics of a corpus (NMF or LDA)",
        description="Find the topics of a corpus: one row per topic and rank "
                    "(topic, rank, term, weight). The table format also shows the chosen k, "
                    "why, and each topic's label and NPMI coherence.")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    add_engine_arguments(parser)
    parser.add_argument("-k", "--topics", dest="k", type=int, default=None, metavar="K",
                        help="number of topics (default: the most coherent of a few)")
    parser.add_argument("--method", choices=("nmf", "lda"), default="nmf",
                        help="NMF on tf-idf (default) or LDA on counts")
    parser.add_argument("--unit", choices=("auto", "article", "paragraph"), default="auto",
                        help="what a document is (default: articles, paragraphs for a "
                             "corpus too small for article topics)")
    parser.add_argument("--terms", type=int, default=10, metavar="N",
                        help="top terms per topic (at most 10; default 10)")
    parser.add_argument("--sample", type=int, default=None, metavar="N",
                        help="with --engine dask: fit on N articles (seeded), assign all"
                        " (default 10000)")
    parser.set_defaults(run=run)


def run(args) -> int:
    with engine_from_args(args):
        return _run(args)


def _run(args) -> int:
    from akhbar.topics import fit_topics

    if args.k is not None and args.k < 1:
        print("akhbar topics: -k must be at least 1", file=sys.stderr)
        return 2
    corpus = load_from_args(args)
    options = {"sample": args.sample} if args.engine == "dask" and args.sample else {}
    result = fit_topics(corpus, args.k, method=args.method, unit=args.unit, **options)
    rows = result.topics[result.topics["rank"] <= args.terms].copy()
    rows["weight"] = rows["weight"].round(6)
    if not result.ok:  # nothing to show but the reason, which is not an error
        print(result.note, file=sys.stderr)
    elif args.format == "table":
        summary = result.summary[["topic", "label", "coherence", "share"]].round(3)
        print(f"k = {result.n_topics} ({result.method}, {result.unit}s); "
              f"mean coherence (NPMI) {result.summary['coherence'].mean():.3f}")
        print(result.note)
        emit(summary, "table")
        print()
    else:
        print(result.note, file=sys.stderr)
    emit(rows, args.format)
    return 0
