"""``akhbar words``: the most frequent words (or n-grams) of a corpus, by key."""

from __future__ import annotations

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
        "words",
        help="most frequent words, clitics stripped and stopwords left out",
        description="Count the words of the articles by key (normalised, clitics such as "
        "و ف ب ك ل ال stripped, stopwords left out) and print the most frequent, "
        "overall or per group.",
    )
    add_corpus_arguments(parser)
    add_format_argument(parser)
    add_engine_arguments(parser)
    parser.add_argument("--top", type=int, default=30, metavar="N",
                        help="terms to show (per group with --by; default 30)")
    parser.add_argument("--by", metavar="COL|PERIOD",
                        help="count per column (e.g. section, source) or per period of the "
                        "publication date (day, week, month, quarter, year)")
    parser.add_argument("--ngram", type=int, default=1, metavar="N",
                        help="count sequences of N words (default 1)")
    parser.add_argument("--keep-stopwords", action="store_true",
                        help="count function words too")
    parser.add_argument("--min-count", type=int, default=1, metavar="N",
                        help="leave out terms seen fewer than N times")
    parser.set_defaults(run=run)


def run(args) -> int:
    with engine_from_args(args):
        return _run(args)


def _run(args) -> int:
    from akhbar.freq import word_counts

    corpus = load_from_args(args)
    table = word_counts(corpus, by=args.by, ngram=args.ngram,
                        stopwords=not args.keep_stopwords, min_count=args.min_count)
    groups = [c for c in table.columns if c not in ("term", "count", "share")]
    table = table.groupby(groups, sort=False).head(args.top) if groups else table.head(args.top)
    emit(table.assign(share=table["share"].round(5)), args.format)
    return 0
