"""``akhbar load``: read a corpus, print what was loaded, optionally save it as parquet."""

from __future__ import annotations

import sys

from akhbar.cli._common import (
    Counted,
    add_corpus_arguments,
    add_engine_arguments,
    add_format_argument,
    corpus_report,
    emit,
    engine_from_args,
    load_args,
)

__all__ = ["add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "load", help="load articles and print the load report",
        description="Load articles and print how many were loaded and the report of every file.")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.add_argument("--out", metavar="FILE.parquet",
                        help="save the loaded corpus as parquet (re-open it with akhbar load)")
    parser.add_argument("--partitioned", action="store_true",
                        help="with --out DIR/: one parquet file per partition, which"
                        " --engine dask reads partition by partition")
    add_engine_arguments(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    with engine_from_args(args):
        return _run(args)


def _run(args) -> int:
    from akhbar.load import save_corpus, summary_line

    corpus = load_args(args)
    report, articles = corpus_report(corpus)
    shown = Counted(corpus, articles) if hasattr(corpus, "_meta") else corpus
    print(summary_line(shown), file=sys.stderr if args.format != "table" else sys.stdout)
    emit(report, args.format)
    if args.out and args.partitioned:
        from akhbar.scale.loading import save_partitioned

        print(f"saved to {save_partitioned(corpus, args.out)}", file=sys.stderr)
    elif args.out:
        if hasattr(corpus, "_meta"):
            corpus = corpus.compute()
        print(f"saved to {save_corpus(corpus, args.out)}", file=sys.stderr)
    # Exit 1 only when nothing at all could be loaded: warnings are the report's job.
    return 0 if articles or not len(report) else 1
