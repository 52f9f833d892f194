"""Every example in the library's docstrings runs and gives what it shows."""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import akhbar

ROOT = Path(__file__).resolve().parents[1]


def _modules_with_examples() -> list[str]:
    names = ["akhbar"] + [
        info.name for info in pkgutil.walk_packages(akhbar.__path__, prefix="akhbar.")
    ]
    finder = doctest.DocTestFinder()
    return sorted(
        name for name in names
        if not name.endswith("__main__")
        and any(test.examples for test in finder.find(importlib.import_module(name)))
    )


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)  # examples read seeds/ from the repository
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.attempted > 0 and result.failed == 0
