"""Score ``akhbar speakers`` against the hand annotations: seed, dev and dev2.

    .venv/bin/python benchmarks/eval_speakers.py [--verbose] [--only seed|dev|dev2]

Runs the CLI (``akhbar speakers PATH --format csv``) on

- ``seed``: the seed folder, gold ``../shared/gold/seed-speakers.jsonl``;
- ``dev``: ``../shared/gold/dev-articles.jsonl`` (40 SaudiNewsNet articles);
- ``dev2``: the 40 ANT (Jawhara FM) items of ``benchmarks/gold/dev2-speakers.jsonl``,
  taken by id from ``../shared/corpus-dev/ant-jawharafm`` (their texts are not
  committed);

then the shared scorer ``tools/score_speakers.py`` on each, strict and with
``--names`` (the system speaker must share a word with the gold *name*, not
only with a title), and prints precision, recall and F1 of both. ``--verbose``
passes through the scorer's list of misses, splits and false positives.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, SHARED, require

AKHBAR = Path(sys.executable).with_name("akhbar")
SCORER = SHARED / "tools" / "score_speakers.py"
ANT = SHARED / "corpus-dev" / "ant-jawharafm" / "ant-jawharafm.jsonl"
DEV2_GOLD = ROOT / "benchmarks" / "gold" / "dev2-speakers.jsonl"
RUNS = [
    ("seed", ROOT / "seeds", SHARED / "gold" / "seed-speakers.jsonl"),
    ("dev", SHARED / "gold" / "dev-articles.jsonl", SHARED / "gold" / "dev-speakers.jsonl"),
    ("dev2", None, DEV2_GOLD),
]


def dev2_articles(folder: Path) -> Path | None:
    """The dev2 items, taken from the ANT corpus by the ids of the gold file."""
    if require(ANT) is None:
        return None
    wanted = {json.loads(line)["article_id"] for line in DEV2_GOLD.open(encoding="utf-8")}
    path = folder / "dev2-articles.jsonl"
    with ANT.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        out.writelines(line for line in source if line.strip() and json.loads(line)["id"] in wanted)
    return path


def score(gold: Path, system: Path, options: list[str]) -> str:
    return subprocess.run([sys.executable, str(SCORER), str(gold), str(system), *options],
                          capture_output=True, text=True, check=True).stdout.rstrip()


def main(argv: list[str]) -> int:
    if require(SCORER) is None:
        return 0
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    verbose = ["--verbose"] if "--verbose" in argv else []
    command = [str(AKHBAR)] if AKHBAR.exists() else [sys.executable, "-m", "akhbar"]
    with tempfile.TemporaryDirectory() as tmp:
        for label, corpus, gold in RUNS:
            if only and label != only:
                continue
            if label == "dev2":
                corpus = dev2_articles(Path(tmp))
            if corpus is None or require(corpus) is None or require(gold) is None:
                continue
            system = Path(tmp) / f"{label}.csv"
            with system.open("w", encoding="utf-8") as out:
                subprocess.run([*command, "speakers", str(corpus), "--format", "csv"],
                               stdout=out, stderr=subprocess.DEVNULL, check=True)
            print(f"== {label}: {corpus.name}")
            for name, options in (("strict", []), ("--names", ["--names"])):
                print(f"-- {name}")
                print(score(gold, system, options + verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
