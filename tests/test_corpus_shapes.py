"""`akhbar figures --corpus` finishes on every shape of corpus real users have.

Each corpus is built here from the seed's paragraphs: no dates, no sections,
one article, headlines only, one day, a folder of plain text files, dates that
all failed to parse, one section and one source. Every notebook must run to
the end, write the figures that make sense for the corpus and say in prose
why the others are missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from akhbar.cli import main
from akhbar.corpus import split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9d01ffca6c2bf9eb.txt"
SECTIONS = ["سياسة", "اقتصاد", "رياضة"]


def _paragraphs() -> list[str]:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return split_paragraphs("\n".join(lines[3:-1]))  # the body: after title, tags, date


def _records(n: int, *, dates=True, sections=True, bodies=True, one_day=False,
             bad_dates=False, source=None) -> list[dict]:
    paragraphs = _paragraphs()
    records = []
    for i in range(n):
        body = "\n\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(3))
        record = {"id": f"a{i}", "title": paragraphs[i % len(paragraphs)][:60]}
        if bodies:
            record["content"] = body
        if dates:
            day = 1 if one_day else 1 + i % 28
            record["date"] = "yesterday" if bad_dates else f"2021-{1 + i % 6:02d}-{day:02d} 10:00"
        if sections:
            record["section"] = SECTIONS[i % len(SECTIONS)]
        if source:
            record["source"] = source
        records.append(record)
    return records


def _jsonl(folder: Path, records: list[dict]) -> Path:
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _plain_folder(folder: Path) -> Path:
    archive = folder / "archive"
    archive.mkdir()
    paragraphs = _paragraphs()
    for i in range(12):
        text = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(4))
        (archive / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return archive


SHAPES = {
    "no dates": lambda d: _jsonl(d, _records(40, dates=False)),
    "no sections": lambda d: _jsonl(d, _records(40, sections=False)),
    "one article": lambda d: SEED,
    "headlines only": lambda d: _jsonl(d, _records(40, bodies=False)),
    "one day": lambda d: _jsonl(d, _records(40, one_day=True)),
    "plain files": _plain_folder,
    "dates not understood": lambda d: _jsonl(d, _records(40, bad_dates=True)),
    "one section and one source": lambda d: _jsonl(
        d, [dict(r, section="سياسة") for r in _records(40, source="الوطن")]),
}


def _outputs(notebook: Path) -> str:
    """Every text the executed notebook shows, joined."""
    nb = nbformat.read(notebook, as_version=4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", f"{notebook.name}: {output.get('evalue')}"
            texts.append(output.get("text", ""))
            data = output.get("data", {})
            texts.append(data.get("text/markdown", "") + data.get("text/plain", ""))
    return "\n".join(texts)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_notebook_finishes_and_says_what_it_cannot_show(shape, tmp_path):
    corpus = SHAPES[shape](tmp_path)
    figures = tmp_path / "figures"
    assert main(["figures", "--corpus", str(corpus), "--out", str(figures),
                 "--notebooks", str(ROOT / "notebooks")]) == 0
    (out,) = [p for p in figures.iterdir() if p.is_dir()]
    notebooks = sorted((out / "notebooks").glob("*.ipynb"))
    assert [p.name for p in notebooks] == sorted(p.name for p in (ROOT / "notebooks").glob(
        "[0-9]*.ipynb"))
    shown = {p.name: _outputs(p) for p in notebooks}
    written = {p.name for p in out.glob("*.png")}
    assert "01_article_lengths.png" in written and "02_top_terms.png" in written
    undated = shape in ("no dates", "plain files", "dates not understood")
    assert ("01_articles_per_day.png" in written or "01_articles_per_week.png" in written
            or "01_articles_per_month.png" in written) is not undated
    if undated:
        assert "Nothing over time" in shown["01_corpus.ipynb"]
        assert "02_terms_over_time.png" not in written
    if shape == "dates not understood":
        assert "could not be read" in shown["01_corpus.ipynb"]
    if shape in ("no sections", "plain files", "one article", "one section and one source"):
        assert "No per-section panels" in shown["02_words.ipynb"]
        assert "02_terms_by_section.png" not in written
    if shape == "no dates":
        assert "02_terms_by_section.png" in written
    if shape == "headlines only":
        assert "Headlines only" in shown["02_words.ipynb"]
