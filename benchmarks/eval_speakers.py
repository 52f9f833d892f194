"""Score ``akhbar speakers`` against the hand annotations in ../shared/gold.

    .venv/bin/python benchmarks/eval_speakers.py [--verbose]

Runs the CLI (``akhbar speakers PATH --format csv``) on the seed folder and on
``gold/dev-articles.jsonl``, then the shared scorer
``tools/score_speakers.py GOLD SYSTEM.csv`` on each, and prints its precision,
recall and F1 (strict: one name per speaker per article). ``--verbose`` passes
through the scorer's list of misses, splits and false positives.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, SHARED, require

AKHBAR = Path(sys.executable).with_name("akhbar")
SCORER = SHARED / "tools" / "score_speakers.py"
RUNS = [
    ("seed", ROOT / "seeds", SHARED / "gold" / "seed-speakers.jsonl"),
    ("dev", SHARED / "gold" / "dev-articles.jsonl", SHARED / "gold" / "dev-speakers.jsonl"),
]


def main(argv: list[str]) -> int:
    if require(SCORER) is None:
        return 0
    command = [str(AKHBAR)] if AKHBAR.exists() else [sys.executable, "-m", "akhbar"]
    with tempfile.TemporaryDirectory() as tmp:
        for label, corpus, gold in RUNS:
            if require(corpus) is None or require(gold) is None:
                continue
            system = Path(tmp) / f"{label}.csv"
            with system.open("w", encoding="utf-8") as out:
                subprocess.run([*command, "speakers", str(corpus), "--format", "csv"],
                               stdout=out, stderr=subprocess.DEVNULL, check=True)
            scored = subprocess.run(
                [sys.executable, str(SCORER), str(gold), str(system), *argv],
                capture_output=True, text=True, check=True)
            print(f"== {label}: {corpus.name}")
            print(scored.stdout.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
