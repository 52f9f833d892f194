"""``akhbar load``: read a corpus, print what was loaded, optionally save it as parquet."""

from __future__ import annotations

import sys

from akhbar.cli._common import add_corpus_arguments, add_format_argument, emit, load_args


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "load", help="load articles and print the load report",
        description="Load articles and print how many were loaded and the report of every file.")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    parser.add_argument("--out", metavar="FILE.parquet",
                        help="save the loaded corpus as parquet (re-open it with akhbar load)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from akhbar.load import save_corpus, summary_line

    corpus = load_args(args)
    report = corpus.attrs["load_report"]
    print(summary_line(corpus), file=sys.stderr if args.format != "table" else sys.stdout)
    emit(report, args.format)
    if args.out:
        print(f"saved to {save_corpus(corpus, args.out)}", file=sys.stderr)
    # Exit 1 only when nothing at all could be loaded: warnings are the report's job.
    return 0 if len(corpus) or not len(report) else 1
