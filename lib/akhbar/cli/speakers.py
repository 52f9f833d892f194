"""``akhbar speakers``: who is quoted in the articles, and how often."""

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
        "speakers", help="count who is quoted in each article (reporting verbs, بحسب …)",
        description="One row per article and speaker (article_id, speaker, count), "
                    "or with --quotes one row per reporting event. Reports nested inside "
                    "another's statement and participles such as موضحا are left out of "
                    "the counts (they are listed with --quotes).")
    add_corpus_arguments(parser)
    add_format_argument(parser)
    add_engine_arguments(parser)
    parser.add_argument("--quotes", action="store_true",
                        help="one row per reporting event, with the quote and its offsets")
    parser.set_defaults(run=run)


def run(args) -> int:
    with engine_from_args(args):
        return _run(args)


def _run(args) -> int:
    from akhbar.speakers import quotes, speaker_counts

    corpus = load_from_args(args)
    events = quotes(corpus)
    if args.quotes:
        table = events.drop(columns=["section", "published"], errors="ignore")
    else:
        table = speaker_counts(events, by="article_id")
        table = table[["article_id", "speaker", "count"]]
    emit(table, args.format)
    return 0
