"""``akhbar figures``: regenerate every figure by executing the notebooks."""

from __future__ import annotations

import sys

__all__ = ["add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "figures", help="execute the notebooks and write every figure",
        description="Execute notebooks/NN_*.ipynb headless. Without --corpus they run in place "
                    "on seeds/ and write figures/; with --corpus the figures go to "
                    "figures/<corpus name>/ and notebooks/ is left untouched.")
    parser.add_argument("--corpus", nargs="+", metavar="PATH",
                        help="article files or folders to analyse instead of seeds/")
    parser.add_argument("--notebooks", default="notebooks", help="folder of the notebooks")
    parser.add_argument("--out", default="figures", help="folder for the figures")
    parser.add_argument("--only", metavar="PREFIX", help="only notebooks starting with PREFIX")
    parser.set_defaults(run=run)


def run(args) -> int:
    from akhbar.runner import NotebookFailed, run_notebooks

    try:
        runs = run_notebooks(args.notebooks, args.out, args.corpus, args.only,
                             log=lambda m: print(m, file=sys.stderr))
    except NotebookFailed as error:
        print(f"akhbar figures: {error}", file=sys.stderr)
        return 1
    if not runs:
        print(f"no notebooks matched in {args.notebooks}/", file=sys.stderr)
        return 1
    return 0
