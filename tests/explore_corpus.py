"""A small corpus with sections, sources and dates for the explorer's tests.

Articles are made of the seed article's paragraphs (real Arabic news text,
with روسيا in several clitic forms and quoted speakers), recombined with a
fixed seed; a few have no date or no section, as real corpora do.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd

import akhbar
from akhbar.corpus import join_paragraphs, split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ["سياسة", "اقتصاد", "رياضة"]
SOURCES = ["الرياض", "عكاظ"]


def records(n: int = 30, seed: int = 7) -> list[dict]:
    """``n`` JSON records (id, title, category, source, date, content)."""
    seed_article = akhbar.load_corpus(ROOT / "seeds")
    paragraphs = split_paragraphs(seed_article["body"].iloc[0])
    rng = random.Random(seed)
    out = []
    for i in range(n):
        chosen = rng.sample(paragraphs, rng.randint(2, 4))
        day = pd.Timestamp("2021-09-01") + pd.Timedelta(days=rng.randint(0, 100))
        out.append({
            "id": f"t{i:03d}",
            "title": f"خبر رقم {i}: {chosen[0][:40]}",
            "category": "" if i % 11 == 5 else SECTIONS[(i * 7) % 5 % 3],
            "source": SOURCES[i % 2],
            "date": "" if i % 13 == 4 else f"{day:%Y-%m-%d} 10:{i % 60:02d}:00",
            "content": join_paragraphs(chosen),
        })
    return out


def write(folder: Path, n: int = 30) -> Path:
    """Write the corpus as ``folder/explore-test.jsonl``; returns its path."""
    path = Path(folder) / "explore-test.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(n)),
                    encoding="utf-8")
    return path


def load(folder: Path, n: int = 30) -> pd.DataFrame:
    """The corpus, loaded as users load theirs."""
    return akhbar.load_corpus(write(folder, n))
