"""The README's Python examples run as doctests, so the front page never lies."""

import doctest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_examples(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the repository
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False,
                              optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
