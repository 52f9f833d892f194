"""``akhbar explore``: the explorer as a web page (Voilà), for a corpus."""

from __future__ import annotations

__all__ = ["add_parser", "run"]


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "explore",
        help="explore a corpus in the browser (filter, words, trends, contexts, speakers)",
        description="Serve the akhbar explorer of the articles as a web page (Voilà) on "
        "localhost and print its address. The corpus is indexed when the page opens.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt, .jsonl[.gz], .csv[.gz], .parquet) or folders")
    parser.add_argument("--port", type=int, default=8866, help="port to serve on (default 8866)")
    parser.add_argument("--out", default="explore", metavar="DIR",
                        help="folder the save buttons write to (default: explore/)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from akhbar.explore.serve import serve

    return serve(args.paths, args.port, out_dir=args.out)
