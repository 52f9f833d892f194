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

Last, for each set, **titles without the name**: of the counted speakers (the
rows ``article_id, speaker`` of the CLI's counts in the scored articles), the
share that the strict scorer matches to a gold speaker only through a title —
the row shares no word with the gold speaker's *name*. The guideline names a
speaker by the name the article gives and keeps a title as the name only when
the article gives none, so such a row is a title ("المتحدث الإعلامي", "مدرب
الفريق") standing for a person the article names. Printed as ``n / counted``.
"""

from __future__ import annotations

import csv
import importlib.util
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


def titles_without_name(gold: Path, system: Path) -> tuple[int, int]:
    """(rows that match a gold speaker only through a title, counted rows): see the
    module docstring. Uses the shared scorer's own matching (its ``toks`` and ``overlap``)."""
    spec = importlib.util.spec_from_file_location("score_speakers", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    speakers = {}
    for line in gold.open(encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            speakers[str(g["article_id"])] = g["speakers"]
    titled = counted = 0
    with system.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            golds = speakers.get(str(row["article_id"]))
            if golds is None or int(float(row["count"])) <= 0:
                continue
            counted += 1
            words = scorer.toks(row["speaker"])
            scores = [scorer.overlap(words, [g["name"], *g.get("aliases", [])]) for g in golds]
            if scores and max(scores) > 0:
                best = golds[scores.index(max(scores))]
                titled += not (words & scorer.toks(best["name"]))
    return titled, counted


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
            titled, counted = titles_without_name(gold, system)
            share = titled / counted if counted else 0.0
            print(f"-- titles without the name: {titled} / {counted} counted speakers "
                  f"({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
