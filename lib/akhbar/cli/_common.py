"""Arguments and output shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from akhbar.load import load_corpus, summary_line

FORMATS = ("table", "csv", "json")


def _mapping(text: str) -> tuple[str, str]:
    source, sep, target = text.partition("=")
    if not sep or not source or not target:
        raise argparse.ArgumentTypeError(f"expected SRC=DST, got {text!r}")
    return source, target


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH... and --map SRC=DST, as for ``akhbar load``."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt, .jsonl[.gz], .csv[.gz], .parquet, .html,"
                        " .warc[.gz]) or folders")
    parser.add_argument("--map", dest="mapping", type=_mapping, action="append", default=[],
                        metavar="SRC=DST",
                        help="read field SRC as column DST (e.g. --map story=body)")
    parser.add_argument("--section-from", choices=["folder"], default=None,
                        help="take each article's section from the name of its folder"
                        " under PATH")


def add_format_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="output format (default: a readable table)")


class NothingLoaded(SystemExit):
    """No article could be loaded: the command stops with exit status 1."""


def load_args(args: argparse.Namespace) -> pd.DataFrame:
    """The corpus the arguments name (paths, --map, --section-from)."""
    return load_corpus(*args.paths, columns=dict(args.mapping),
                       section_from=getattr(args, "section_from", None))


def load_from_args(args: argparse.Namespace) -> pd.DataFrame:
    """Load the corpus the arguments name and print a one-line summary to stderr.

    When nothing could be loaded (a path that does not exist, only empty or
    binary files), say why for each path and stop with exit status 1, as
    ``akhbar load`` does, instead of printing empty tables.
    """
    corpus = load_args(args)
    report = corpus.attrs["load_report"]
    problems = report[report["status"] != "loaded"]
    if not len(corpus):
        for row in problems.itertuples():
            print(f"{row.path}: {row.reason}", file=sys.stderr)
        print("no articles loaded", file=sys.stderr)
        raise NothingLoaded(1)
    print(summary_line(corpus)
          + (f"; {len(problems)} file(s) with warnings or not loaded"
             " (see `akhbar load`)" if len(problems) else ""), file=sys.stderr)
    return corpus


def emit(table: pd.DataFrame, fmt: str, *, file=None) -> None:
    """Write a table to stdout as an aligned table, CSV or JSON records."""
    out = file or sys.stdout
    if fmt == "csv":
        table.to_csv(out, index=False)
    elif fmt == "json":
        out.write(table.to_json(orient="records", force_ascii=False, date_format="iso"))
        out.write("\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            out.write(table.to_string(index=False) + "\n")
