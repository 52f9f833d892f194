"""Draw the dev2 speaker gold sample from the ANT corpus (Jawhara FM, Tunisia).

    python3 benchmarks/gold/sample_dev2.py [--write PATH]

Reads ``../shared/corpus-dev/ant-jawharafm/ant-jawharafm.jsonl`` (or
``$AKHBAR_SHARED/corpus-dev/...``), keeps the items whose body has at least
60 whitespace words, and draws from each of the 9 sections with
``random.Random(20261201)``: 5 items from each of the four largest sections
(localNews, sport, internationalNews, society) and 4 from each of the other
five, 40 in all. Sections are visited in alphabetical order and each
section's pool is sorted by ``id`` before sampling, so the draw depends only
on the file's content.

Without ``--write`` it prints the ids it would take; with ``--write PATH``
it writes the drawn articles to PATH, one ANT object a line with all its
original fields, in section then id order. The texts are not kept in this
repository (they belong to ../shared/corpus-dev): ``eval_speakers.py`` reads
them from there by the ids of ``dev2-speakers.jsonl``. Prints ``SKIPPED: …``
and exits 0 when the corpus is absent.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _shared import SHARED  # ../shared, or $AKHBAR_SHARED

ANT = SHARED / "corpus-dev" / "ant-jawharafm" / "ant-jawharafm.jsonl"

SEED = 20261201
MIN_WORDS = 60
PER_SECTION = {"localNews": 5, "sport": 5, "internationalNews": 5, "society": 5,
               "politic": 4, "diverse": 4, "economy": 4, "culture": 4, "technology": 4}


def draw(path: Path) -> list[dict]:
    pools: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            item = json.loads(line)
            if len(item["body"].split()) >= MIN_WORDS:
                pools[item["section"]].append(item)
    missing = set(PER_SECTION) ^ set(pools)
    if missing:
        raise SystemExit(f"sections differ from the expected nine: {sorted(missing)}")
    rng = random.Random(SEED)
    picked: list[dict] = []
    for section in sorted(PER_SECTION):
        pool = sorted(pools[section], key=lambda a: a["id"])
        picked.extend(sorted(rng.sample(pool, PER_SECTION[section]), key=lambda a: a["id"]))
    return picked


def main(argv: list[str]) -> int:
    if not ANT.exists():
        print(f"SKIPPED: {ANT} is absent (set AKHBAR_SHARED to the folder holding corpus-dev/)")
        return 0
    picked = draw(ANT)
    for a in picked:
        print(f"{a['section']}\t{a['id']}\t{len(a['body'].split())}")
    if "--write" in argv:
        out_path = Path(argv[argv.index("--write") + 1])
        with out_path.open("w", encoding="utf-8") as out:
            for a in picked:
                out.write(json.dumps(a, ensure_ascii=False) + "\n")
        print(f"wrote {len(picked)} articles to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
