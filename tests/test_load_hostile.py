"""The loader under hostile but realistic input (issues 13 and 16).

Each case writes its files into a folder and says what must come out. Every
case runs alone, and all of them run together in one folder: every good
record is kept, every problem is one line of the load report, nothing raises.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252", as scrapers decoded)
import pandas as pd
import pytest

from akhbar import load_corpus
from akhbar.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9d01ffca6c2bf9eb.txt"
SEED_TITLE = ("الرئيس الروسي: ما يحدث في أفغانستان يملي ضرورة اتخاذ تدابير إضافية"
              " لضمان أمننا")
BODY = "قال الرئيس الروسي إن الوضع في المنطقة يتطلب تدابير إضافية لضمان الأمن."


def _jsonl(path: Path, records: list, *, raw_lines: tuple[str, ...] = ()) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows(corpus: pd.DataFrame, name: str) -> pd.DataFrame:
    return corpus[corpus["source_file"].str.endswith(name)]


def _line(corpus: pd.DataFrame, name: str) -> pd.Series:
    report = corpus.attrs["load_report"]
    found = report[report["path"].str.endswith(name)]
    assert len(found) == 1, (name, report)
    return found.iloc[0]


# --- the cases: each writes files and returns a check ------------------------------------

def deep_json(folder: Path):
    deep = '{"id": "deep", "body": ' + "[" * 100_000 + "]" * 100_000 + "}"
    _jsonl(folder / "deep.jsonl", [{"id": "deep-ok", "body": "خبر سليم بعد سطر عميق"}],
           raw_lines=(deep,))

    def check(corpus):
        assert _rows(corpus, "deep.jsonl")["article_id"].tolist() == ["deep-ok"]
        assert "line 2: nested too deeply" in _line(corpus, "deep.jsonl")["reason"]
    return check


def lone_surrogate(folder: Path):
    line = '{"id": "emoji", "title": "خبر \\ud83d", "body": "نص فيه نصف رمز \\ud800"}'
    _jsonl(folder / "surrogate.jsonl", [], raw_lines=(line,))

    def check(corpus):
        row = _rows(corpus, "surrogate.jsonl").iloc[0]
        assert row["title"] == "خبر \ufffd" and row["body"].endswith("\ufffd")
        assert "lone surrogate" in _line(corpus, "surrogate.jsonl")["reason"]
    return check


def windows_file_name(folder: Path):
    name = os.fsdecode("خبر-عاجل.txt".encode("cp1256"))
    (folder / name).write_bytes(f"خبر عاجل من الرياض\n{BODY}".encode("cp1256"))

    def check(corpus):
        line = _line(corpus, "خبر-عاجل.txt")
        assert line["status"] == "loaded" and "Windows-1256, not UTF-8" in line["reason"]
        assert _rows(corpus, "خبر-عاجل.txt")["article_id"].tolist() == ["خبر-عاجل"]
    return check


def one_invalid_byte(folder: Path):
    text = "خبر من جدة\n" + "قال المتحدث إن الاجتماع كان مثمرا.\n" * 30
    data = text.encode("utf-8")
    (folder / "one-bad-byte.txt").write_bytes(data[:200] + b"\x92" + data[200:])

    def check(corpus):
        row = _rows(corpus, "one-bad-byte.txt").iloc[0]
        assert row["encoding"] == "utf-8" and row["title"] == "خبر من جدة"
        assert "ظ" not in row["body"]  # no Windows-1256 mojibake
        assert "1 undecodable byte" in _line(corpus, "one-bad-byte.txt")["reason"]
    return check


def mixed_line_encodings(folder: Path):
    good = [json.dumps({"id": f"u{i}", "body": f"خبر رقم {i} من الرياض"}, ensure_ascii=False)
            for i in range(20)]
    cp = json.dumps({"id": "w1", "body": "خبر قديم بترميز ويندوز"}, ensure_ascii=False)
    data = ("\n".join(good) + "\n").encode() + cp.encode("cp1256") + b"\n"
    (folder / "mixed-lines.jsonl").write_bytes(data)

    def check(corpus):
        rows = _rows(corpus, "mixed-lines.jsonl").set_index("article_id")
        assert len(rows) == 21 and rows.loc["w1", "body"] == "خبر قديم بترميز ويندوز"
        assert rows.loc["u3", "body"] == "خبر رقم 3 من الرياض"
        assert "1 of 21 lines in Windows-1256" in _line(corpus, "mixed-lines.jsonl")["reason"]
    return check


def ids_lists_and_reserved(folder: Path):
    _jsonl(folder / "values.jsonl", [
        {"id": 2, "title": "أ", "content": ["فقرة أولى", "فقرة ثانية"],
         "tags": ["روسيا", "بوتين"], "source_file": "dump-7.json", "encoding": "utf8"},
        {"id": None, "title": "ب", "content": "نص ب بلا رقم"},
        {"id": 1234567890123456789, "title": "ج", "content": "نص ج برقم طويل"},
    ])

    def check(corpus):
        rows = _rows(corpus, "values.jsonl")
        ids = rows["article_id"].tolist()
        assert ids[0] == "2" and ids[2] == "1234567890123456789" and len(ids[1]) == 16
        first = rows.iloc[0]
        assert first["body"] == "فقرة أولى\n\nفقرة ثانية" and first["tags"] == "روسيا، بوتين"
        assert first["source_file_original"] == "dump-7.json"
        assert first["encoding_original"] == "utf8" and first["encoding"] == "utf-8"
        reason = _line(corpus, "values.jsonl")["reason"]
        assert "'source_file' is kept as 'source_file_original'" in reason
    return check


def truncated_gzip(folder: Path):
    records = [{"id": f"t{i}", "body": f"خبر رقم {i} " + "كلمة " * 50} for i in range(200)]
    whole = gzip.compress("\n".join(json.dumps(r, ensure_ascii=False)
                                    for r in records).encode())
    (folder / "truncated.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])

    def check(corpus):
        rows = _rows(corpus, "truncated.jsonl.gz")
        assert 50 < len(rows) < 200
        assert rows["article_id"].tolist() == [f"t{i}" for i in range(len(rows))]
        line = _line(corpus, "truncated.jsonl.gz")
        assert line["status"] == "warning" and "truncated" in line["reason"]
        assert "malformed" not in line["reason"]
    return check


def day_first_dates(folder: Path):
    _jsonl(folder / "dates.jsonl", [{"id": "d1", "body": "نص د", "date": "18-11-2021"}])
    (folder / "dates.csv").write_text("id,body,date\nd2,نص هـ,18-11-2021 17:18\n",
                                      encoding="utf-8")
    text = SEED.read_text(encoding="utf-8").replace("17:18", "17:18\u200f")
    (folder / "rlm-date.txt").write_text(text.replace("أضف تعليق", "rlm"), encoding="utf-8")

    def check(corpus):
        for name, when in (("dates.jsonl", "2021-11-18"), ("dates.csv", "2021-11-18 17:18"),
                           ("rlm-date.txt", "2021-11-18 17:18")):
            assert _rows(corpus, name)["published"].tolist() == [pd.Timestamp(when)], name
            assert "not understood" not in _line(corpus, name)["reason"]
        assert _rows(corpus, "rlm-date.txt")["section"].tolist() == ["عرب وعالم"]
    return check


def line_separator_in_json(folder: Path):
    _jsonl(folder / "u2028.jsonl", [{"id": "s1", "body": "سطر\u2028في النص"},
                                    {"id": "s2", "body": "خبر\u2029آخر"}])

    def check(corpus):
        assert _rows(corpus, "u2028.jsonl")["article_id"].tolist() == ["s1", "s2"]
        assert _line(corpus, "u2028.jsonl")["status"] == "loaded"
    return check


def csv_cases(folder: Path):
    (folder / "semicolon.csv").write_bytes(
        "id;title;body\nc1;عنوان;نص الخبر الأول\n".encode("utf-8-sig"))
    (folder / "bad-row.csv").write_text(
        "id,title,body\nr1,أ,نص أ\nr2,ب,نص ب,زائد\nr3,ج,نص ج\n", encoding="utf-8")

    def check(corpus):
        assert _rows(corpus, "semicolon.csv")["title"].tolist() == ["عنوان"]
        assert _rows(corpus, "bad-row.csv")["article_id"].tolist() == ["r1", "r3"]
        assert "1 malformed CSV row(s) skipped (line 3" in _line(corpus, "bad-row.csv")["reason"]
    return check


def foreign_parquet(folder: Path):
    pd.DataFrame({"content": ["نص من أداة أخرى"], "headline": ["عنوان خارجي"],
                  "uid": pd.array([7], dtype="Int64")}).to_parquet(folder / "other.parquet")

    def check(corpus):
        rows = _rows(corpus, "other.parquet")
        assert rows[["title", "body"]].values.tolist() == [["عنوان خارجي", "نص من أداة أخرى"]]
    return check


def padded_and_binary(folder: Path):
    text = SEED.read_text(encoding="utf-8")
    for encoding in ("utf-8", "cp1256", "utf-16", "utf-8-sig"):
        body = text.replace("أضف تعليق", encoding)
        (folder / f"padded-{encoding}.txt").write_bytes(
            b"\x00" * 3 + body.encode(encoding) + b"\x00" * 5 if encoding != "utf-16"
            else body.encode(encoding) + b"\x00" * 5)
    binaries = {"png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
                "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n"
                       + bytes(range(256)) * 4,
                "elf": b"\x7fELF\x02\x01\x01" + bytes(300),
                "gzip": gzip.compress(b"not text once compressed " * 50)}
    for kind, data in binaries.items():
        (folder / f"binary-{kind}.txt").write_bytes(data)

    def check(corpus):
        for encoding in ("utf-8", "cp1256", "utf-16", "utf-8-sig"):
            name = f"padded-{encoding}.txt"
            assert _rows(corpus, name)["title"].tolist() == [SEED_TITLE], name
            line = _line(corpus, name)
            assert line["status"] == "loaded" and "NUL padding removed" in line["reason"], name
        for kind in ("png", "pdf", "elf", "gzip"):
            line = _line(corpus, f"binary-{kind}.txt")
            assert line["status"] == "skipped" and "binary file" in line["reason"], kind
    return check


def damaged_text(folder: Path):
    right = "ارتفاع أسعار النفط\n" + "قال وزير الطاقة إن الأسعار سترتفع هذا العام.\n" * 5
    (folder / "mojibake-1256.txt").write_text(right.encode().decode("cp1256"), "utf-8")
    (folder / "mojibake-1252.txt").write_text(right.replace("النفط", "الغاز")
                                              .encode().decode("sloppy-windows-1252"), "utf-8")
    (folder / "right.txt").write_text(right.replace("النفط", "الذهب") + "ظ„ عرضًا", "utf-8")
    (folder / "lossy.txt").write_text("???? ?? ?????\n" + "?????? ???? ????? ?? ??????.\n"
                                      + "قال الوزير ذلك.\n", encoding="utf-8")
    (folder / "fffd.txt").write_text("خبر عاجل\nنص \ufffd فيه حرف مفقود.\n", encoding="utf-8")

    def check(corpus):
        for name, word in (("mojibake-1256.txt", "النفط"), ("mojibake-1252.txt", "الغاز")):
            assert _rows(corpus, name)["title"].tolist() == [f"ارتفاع أسعار {word}"], name
            assert "repaired mojibake" in _line(corpus, name)["reason"], name
        assert "mojibake" not in _line(corpus, "right.txt")["reason"]
        assert _rows(corpus, "right.txt")["body"].iloc[0].endswith("ظ„ عرضًا")
        lossy = _line(corpus, "lossy.txt")
        assert lossy["status"] == "warning" and "of the letters were replaced by '?'" in lossy[
            "reason"]
        assert len(_rows(corpus, "lossy.txt")) == 1
        assert "1 U+FFFD replacement character(s) already in the text" in _line(
            corpus, "fffd.txt")["reason"]
    return check


CASES = [deep_json, lone_surrogate, windows_file_name, one_invalid_byte, mixed_line_encodings,
         ids_lists_and_reserved, truncated_gzip, day_first_dates, line_separator_in_json,
         csv_cases, foreign_parquet, padded_and_binary, damaged_text]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_each_hostile_case_alone(case, tmp_path):
    check = case(tmp_path)
    check(load_corpus(tmp_path, progress=False))


def test_all_hostile_cases_in_one_folder(tmp_path):
    checks = [case(tmp_path) for case in CASES]
    corpus = load_corpus(tmp_path, progress=False)
    for check in checks:
        check(corpus)
    report = corpus.attrs["load_report"]
    assert len(report) == len([p for p in tmp_path.rglob("*") if p.is_file()])
    assert not report["reason"].str.contains("\n").any()  # one line each
    assert not report["reason"].str.contains("Traceback|could not be read").any()


def test_out_with_a_column_mixing_numbers_and_text(tmp_path, capsys):
    _jsonl(tmp_path / "a.jsonl", [{"id": "m1", "body": "نص أ", "views": 3}])
    _jsonl(tmp_path / "b.jsonl", [{"id": "m2", "body": "نص ب", "views": "كثير"}])
    out = tmp_path / "out" / "c.parquet"
    assert main(["load", str(tmp_path), "--out", str(out)]) == 0
    again = load_corpus(out)
    assert again.set_index("article_id")["views"].to_dict() == {"m1": "3", "m2": "كثير"}


def test_a_symlinked_folder_is_followed_and_an_unreadable_one_reported(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(f"خبر مرتبط\n{BODY}", encoding="utf-8")
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "locked").mkdir(parents=True)
    (corpus_dir / "linked").symlink_to(data, target_is_directory=True)
    (corpus_dir / "loop").symlink_to(corpus_dir, target_is_directory=True)
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):  # root reads any folder: refuse like a real one
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(corpus_dir)
    assert corpus["title"].tolist() == ["خبر مرتبط"]
    report = corpus.attrs["load_report"]
    locked = report[report["path"].str.endswith("locked")].iloc[0]
    assert locked["status"] == "error" and "Permission denied" in locked["reason"]


def test_map_applies_to_parquet_written_by_other_tools(tmp_path):
    pd.DataFrame({"story": ["نص"], "name": ["عنوان"]}).to_parquet(tmp_path / "x.parquet")
    corpus = load_corpus(tmp_path / "x.parquet", columns={"story": "body", "name": "title"})
    assert corpus[["title", "body"]].values.tolist() == [["عنوان", "نص"]]


@pytest.mark.parametrize("command", ["words", "speakers", "topics"])
def test_readers_on_a_missing_path_say_so_and_fail(command, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, str(tmp_path / "nowhere")])
    assert stop.value.code == 1
    assert "no such file or folder" in capsys.readouterr().err
