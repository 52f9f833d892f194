"""Issue 13: a real archive as it comes, and sections from folder names."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import load_corpus
from akhbar.cli import main

SECTIONS = ["اقتصادية", "ثقافية", "دينية", "رياضية", "سياسية", "علمية وتقنية"]
PARAGRAPH = ("وقال المتحدث باسم الوزارة في تصريح صحفي إن الخطة الجديدة تهدف إلى دعم"
             " القطاع وتحسين الخدمات المقدمة للمواطنين في مختلف المناطق")


def _article(section: str, i: int, paragraphs: int) -> str:
    title = f"خبر {section} رقم {i} عن تطورات الأسبوع"
    body = "\n".join(f"{PARAGRAPH} ({section} {i}.{p})." for p in range(paragraphs))
    return f"{title}\n{body}\n"


@pytest.fixture()
def archive(tmp_path):
    """Plain Windows-1256 files ending in one NUL, in six section folders."""
    root = tmp_path / "archive"
    for s, section in enumerate(SECTIONS):
        (root / section).mkdir(parents=True)
        for i in range(4):
            paragraphs = 40 if i == 0 else 3  # the first of each folder is over 4 KiB
            data = _article(section, i, paragraphs).encode("cp1256") + b"\x00"
            (root / section / f"{s}{i:03d}.txt").write_bytes(data)
    lossy = "".join("?" if "\u0621" <= c <= "\u064a" else c for c in _article("x", 9, 3))
    (root / SECTIONS[0] / "lossy1.txt").write_bytes(
        ("خبر فقد نصفه\n" + lossy).encode("cp1256") + b"\x00")
    (root / SECTIONS[1] / "lossy2.txt").write_bytes(lossy.encode("cp1256") + b"\x00")
    mojibake = _article(SECTIONS[2], 8, 3).encode("utf-8").decode("cp1256")
    (root / SECTIONS[2] / "mojibake.txt").write_text(mojibake, encoding="utf-8")
    (root / SECTIONS[3] / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return root


def test_a_real_archive_loads_with_titles_sections_and_flags(archive):
    corpus = load_corpus(archive, section_from="folder")
    report = corpus.attrs["load_report"].set_index(
        corpus.attrs["load_report"]["path"].map(lambda p: Path(p).name))
    assert len(corpus) == 6 * 4 + 3
    assert (corpus["title"].str.len() > 0).all()
    assert set(corpus["section"]) == set(SECTIONS)
    assert corpus.loc[corpus["article_id"] == "0000", "body"].str.len().iloc[0] > 4096
    assert report.loc["scan.txt", "status"] == "skipped"
    assert "PNG" in report.loc["scan.txt", "reason"]
    for name in ("lossy1.txt", "lossy2.txt"):
        assert report.loc[name, "status"] == "warning"
        assert "replaced by '?'" in report.loc[name, "reason"]
    assert report.loc["mojibake.txt", "status"] == "warning"
    assert "repaired mojibake" in report.loc["mojibake.txt", "reason"]
    mojibake = corpus[corpus["article_id"] == "mojibake"].iloc[0]
    assert mojibake["title"] == f"خبر {SECTIONS[2]} رقم 8 عن تطورات الأسبوع"
    damaged = {"scan.txt", "lossy1.txt", "lossy2.txt", "mojibake.txt"}
    others = report.drop(index=list(damaged))
    assert set(others["status"]) == {"loaded"}  # nothing else is reported as a problem
    assert set(others["encoding"]) == {"cp1256"}
    assert others["reason"].eq("NUL padding removed; plain layout: title from the first line"
                               ).all()


def test_without_the_option_the_summary_suggests_it(archive, capsys):
    corpus = load_corpus(archive)
    assert set(corpus["section"]) == {""}
    assert 'section_from="folder"' in corpus.attrs["load_hints"][0]
    assert main(["load", str(archive)]) == 0
    assert "--section-from folder" in capsys.readouterr().out.splitlines()[0]


def test_folder_spellings_are_one_section(tmp_path):
    for folder, name in (("اقتصادية", "a"), ("اقتصادية", "b"), ("اقتصاديه", "c")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / f"{name}.txt").write_text(f"عنوان {name}\nنص الخبر {name}.",
                                                       encoding="utf-8")
    corpus = load_corpus(tmp_path, section_from="folder")
    assert corpus["section"].tolist() == ["اقتصادية"] * 3


def test_cli_section_from_folder(archive, capsys):
    assert main(["load", str(archive), "--section-from", "folder", "--format", "json"]) == 0
    assert "27 articles loaded" in capsys.readouterr().err
