"""Where the benchmarks find ../shared (the development corpora), or why they cannot."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("AKHBAR_SHARED", ROOT.parent / "shared"))
DEV_CORPUS = SHARED / "corpus-dev" / "saudinewsnet-dev.jsonl.gz"


def require(path: Path) -> Path | None:
    """The path, or None after printing why the benchmark part is skipped."""
    if path.exists():
        return path
    print(f"SKIPPED: {path} is absent (set AKHBAR_SHARED to the folder holding corpus-dev/)")
    return None
