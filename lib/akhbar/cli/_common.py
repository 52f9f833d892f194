"""Arguments and output shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

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


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """--engine pandas|dask and where Dask runs (--workers, --memory-limit, --scheduler)."""
    group = parser.add_argument_group("Dask (corpora bigger than memory; pip install akhbar[dask])")
    group.add_argument("--engine", choices=("pandas", "dask"), default="pandas",
                       help="pandas (default) or dask: read and analyse partition by partition")
    group.add_argument("--workers", type=int, default=2, metavar="N",
                       help="worker processes of the local Dask cluster (default 2)")
    group.add_argument("--memory-limit", default=None, metavar="SIZE",
                       help="memory per worker, e.g. 2GB; past it a worker spills to disk")
    group.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="use a running Dask cluster (tcp://host:8786) instead of a local one")
    group.add_argument("--partition-size", default="64MB", metavar="SIZE",
                       help="bytes of input per partition (default 64MB)")


@contextmanager
def engine_from_args(args: argparse.Namespace):
    """The Dask client the arguments ask for (dashboard link and progress bar on
    stderr), or nothing for pandas."""
    if getattr(args, "engine", "pandas") != "dask":
        yield None
        return
    from akhbar.scale.cluster import show_progress, start_client

    client = start_client(workers=args.workers, memory_limit=args.memory_limit,
                          scheduler=args.scheduler)
    try:
        with show_progress():
            yield client
    finally:
        cluster = client.cluster if not args.scheduler else None
        client.close()
        if cluster is not None:
            cluster.close()


def add_format_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="output format (default: a readable table)")


class NothingLoaded(SystemExit):
    """No article could be loaded: the command stops with exit status 1."""


def load_args(args: argparse.Namespace) -> pd.DataFrame:
    """The corpus the arguments name (paths, --map, --section-from, --engine)."""
    engine = getattr(args, "engine", "pandas")
    options = {}
    if engine == "dask":
        from dask.utils import parse_bytes

        options = {"engine": "dask", "partition_size": parse_bytes(args.partition_size),
                   "progress": True}
    return load_corpus(*args.paths, columns=dict(args.mapping),
                       section_from=getattr(args, "section_from", None), **options)


def corpus_report(corpus) -> tuple[pd.DataFrame, int]:
    """The load report and the number of articles, without computing a Dask corpus."""
    if hasattr(corpus, "_meta"):
        report = corpus._meta.attrs["load_report"]
        return report, int(report["rows"].sum())
    return corpus.attrs["load_report"], len(corpus)


def load_from_args(args: argparse.Namespace) -> pd.DataFrame:
    """Load the corpus the arguments name and print a one-line summary to stderr.

    When nothing could be loaded (a path that does not exist, only empty or
    binary files), say why for each path and stop with exit status 1, as
    ``akhbar load`` does, instead of printing empty tables.
    """
    corpus = load_args(args)
    report, articles = corpus_report(corpus)
    problems = report[report["status"] != "loaded"]
    if not articles:
        for row in problems.itertuples():
            print(f"{row.path}: {row.reason}", file=sys.stderr)
        print("no articles loaded", file=sys.stderr)
        raise NothingLoaded(1)
    print(summary_line(Counted(corpus, articles) if hasattr(corpus, "_meta") else corpus)
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


class Counted:
    """A Dask corpus seen by :func:`summary_line`: its attrs, and its length from the report."""

    def __init__(self, corpus, articles: int) -> None:
        self.attrs, self._articles = corpus._meta.attrs, articles

    def __len__(self) -> int:
        return self._articles
