"""The ``akhbar`` command line: one sub-command per module of this package.

Each module ``akhbar.cli.<name>`` defines ``add_parser(subparsers)``, which
registers the sub-command and sets ``run``; adding a module adds a command.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

__all__ = ["build_parser", "main"]

# The order commands are listed in ``akhbar --help``; modules not named here follow.
ORDER = ["load", "words", "topics", "speakers", "explore", "figures"]


def _command_modules() -> list[str]:
    found = {m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")}
    return [n for n in ORDER if n in found] + sorted(found - set(ORDER))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akhbar", description="Analyse folders of Arabic news articles.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _command_modules():
        importlib.import_module(f"{__name__}.{name}").add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `akhbar words … | head` closes the pipe early: not an error
        sys.stderr.close()
        return 0
