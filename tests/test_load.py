"""The loader: the seed parses exactly, and bad input is reported, never lost."""

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar import load_corpus, save_corpus
from akhbar.cli import main
from akhbar.load.layout import parse_scraped_article, parse_section_date

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9d01ffca6c2bf9eb.txt"
SEED_TITLE = ("الرئيس الروسي: ما يحدث في أفغانستان يملي ضرورة اتخاذ تدابير إضافية"
              " لضمان أمننا")


@pytest.fixture(scope="module")
def seed():
    return load_corpus(SEED)


def test_seed_parses_every_field(seed):
    assert len(seed) == 1
    row = seed.iloc[0]
    assert row["article_id"] == "000_9d01ffca6c2bf9eb"
    assert row["title"] == SEED_TITLE
    assert row["tags"] == "بوتين"
    assert row["section"] == "عرب وعالم"
    assert row["published"] == pd.Timestamp("2021-11-18 17:18")
    assert row["body"].startswith("قال الرئيس الروسي، فلاديمير بوتين إن")
    assert row["body"].endswith("في مجال الأمن الاستراتيجي والأمن السيبراني.")
    assert "أضف تعليق" not in row["body"]
    assert row["body"].count("\n\n") == 9  # ten paragraphs
    assert row["source_file"].endswith("000_9d01ffca6c2bf9eb.txt")
    assert row["encoding"] == "utf-8"
    assert list(seed.columns) == ["article_id", "title", "tags", "section", "published",
                                  "body", "source_file", "encoding"]
    assert pd.api.types.is_datetime64_any_dtype(seed["published"])


def test_seed_load_report_has_one_loaded_file(seed):
    report = seed.attrs["load_report"]
    assert list(report.columns) == ["path", "status", "reason", "encoding", "rows"]
    assert report[["status", "rows"]].values.tolist() == [["loaded", 1]]


def test_arabic_indic_digits_in_the_date_line_parse():
    assert parse_section_date("رياضة١٨-١١-٢٠٢١ | ٠٩:٠٥") == (
        "رياضة", pd.Timestamp("2021-11-18 09:05").to_pydatetime())


def test_a_body_paragraph_ending_in_a_date_is_not_a_section_line():
    assert parse_section_date("وقد وقعت الاتفاقية بين البلدين في العاصمة في يوم " * 3
                              + "18-11-2021") is None


def test_file_without_the_layout_keeps_its_text_as_body():
    article = parse_scraped_article("سطر أول من الخبر\nسطر ثان من الخبر")
    assert article.title == "" and article.section == "" and article.published is None
    assert article.body == "سطر أول من الخبر\n\nسطر ثان من الخبر"
    assert article.missing == ["title/tags line", "section/date line"]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture()
def poisoned(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    folder = tmp_path / "poisoned"
    (folder / "sub").mkdir(parents=True)
    _write(folder / "a_utf8.txt", text.encode("utf-8"))
    _write(folder / "b_cp1256.txt", text.replace("أضف تعليق", "").encode("cp1256"))
    _write(folder / "c_utf16.txt", text.replace("\n", "\r\n").encode("utf-16"))
    _write(folder / "d_bom.txt", text.encode("utf-8-sig"))
    _write(folder / "e_empty.txt", b"")
    _write(folder / "f_binary.txt", bytes(range(256)) * 8)
    _write(folder / "sub" / "g_duplicate.txt", text.encode("utf-8"))
    _write(folder / "h_headerless.txt", "نص بلا عنوان ولا تاريخ\nفقرة ثانية".encode())
    records = [{"id": "j1", "title": "عنوان أول", "content": "نص أول", "url": "http://a"},
               {"id": "j2", "headline": "عنوان ثان", "text": "نص ثان"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(1, '{"id": "broken", "title": "عنوان')
    _write(folder / "i_records.jsonl", "\n".join(lines).encode())
    _write(folder / "notes.pdf", b"%PDF-1.4")
    return folder


def test_a_lead_that_repeats_the_headline_stays_in_the_body(tmp_path):
    # wire copy often opens with the headline's words; the line after the title is
    # its tags only when the rest is a few words, not a sentence
    lead = "قال وزير الدولة محافظ العاصمة، عبدالرحمن سالم، إن نقل القوات قضية حاسمة."
    (tmp_path / "a.txt").write_text(f"قال وزير الدولة محافظ العاصمة\n\n{lead}\nفقرة ثانية.",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.loc[0, "title"] == "قال وزير الدولة محافظ العاصمة"
    assert corpus.loc[0, "body"].startswith(lead)
    assert corpus.loc[0, "tags"] == ""
    # the scraped layout's tags glued on the title still read as tags
    article = parse_scraped_article("عنوان الخبر\nعنوان الخبرروسيا\nسياسة01-02-2021 | 10:00\nنص")
    assert (article.tags, article.body) == ("روسيا", "نص")


def test_poisoned_folder_every_file_loaded_or_reported(poisoned):
    corpus = load_corpus(poisoned)
    report = corpus.attrs["load_report"].set_index(
        corpus.attrs["load_report"]["path"].map(lambda p: Path(p).name))
    assert len(report) == len([p for p in poisoned.rglob("*") if p.is_file()])
    status = report["status"].to_dict()
    assert status["a_utf8.txt"] == "loaded"
    assert report.loc["b_cp1256.txt", "encoding"] == "cp1256"
    assert report.loc["c_utf16.txt", "encoding"].startswith("utf-16")
    assert report.loc["d_bom.txt", "encoding"] == "utf-8-sig"
    # the same article in four encodings: one kept, three reported as duplicates
    assert sorted(status[f] for f in ("b_cp1256.txt", "c_utf16.txt", "d_bom.txt",
                                      "g_duplicate.txt")) == ["duplicate"] * 4
    assert "000_9d01ffca6c2bf9eb" not in report.loc["g_duplicate.txt", "reason"]
    assert "a_utf8" in report.loc["g_duplicate.txt", "reason"]
    assert (status["e_empty.txt"], report.loc["e_empty.txt", "reason"]) == ("skipped",
                                                                           "empty file")
    assert status["f_binary.txt"] == "skipped" and "binary" in report.loc["f_binary.txt",
                                                                          "reason"]
    assert status["h_headerless.txt"] == "loaded"
    assert report.loc["h_headerless.txt", "reason"] == "plain layout: title from the first line"
    assert status["i_records.jsonl"] == "warning"
    assert "1 malformed JSON line" in report.loc["i_records.jsonl", "reason"]
    assert report.loc["i_records.jsonl", "rows"] == 2
    assert status["notes.pdf"] == "skipped"
    assert set(corpus["article_id"]) == {"a_utf8", "h_headerless", "j1", "j2"}


def test_every_encoding_decodes_to_the_seed_title(poisoned):
    for name in ("b_cp1256.txt", "c_utf16.txt", "d_bom.txt"):
        alone = load_corpus(poisoned / name)
        assert alone["title"].tolist() == [SEED_TITLE], name
        assert alone["published"].tolist() == [pd.Timestamp("2021-11-18 17:18")]


def test_json_fields_are_mapped_and_extras_kept(poisoned):
    corpus = load_corpus(poisoned / "i_records.jsonl").set_index("article_id")
    assert corpus.loc["j1", ["title", "body", "url"]].tolist() == ["عنوان أول", "نص أول",
                                                                   "http://a"]
    assert corpus.loc["j2", ["title", "body"]].tolist() == ["عنوان ثان", "نص ثان"]


def test_records_without_id_get_a_stable_hash(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("headline,story,category\nعنوان,نص الخبر,اقتصاد\n", encoding="utf-8")
    first = load_corpus(path, columns={"story": "body"})
    assert first.loc[0, ["title", "body", "section"]].tolist() == ["عنوان", "نص الخبر", "اقتصاد"]
    assert len(first.loc[0, "article_id"]) == 16
    assert load_corpus(path, columns={"story": "body"}).loc[0, "article_id"] == first.loc[
        0, "article_id"]


def test_csv_without_header_is_reported_with_what_to_do(tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text("عنوان,نص الخبر\nعنوان آخر,نص آخر\n", encoding="utf-8")
    corpus = load_corpus(path)
    reason = corpus.attrs["load_report"].loc[0, "reason"]
    assert len(corpus) == 0
    assert "no body column" in reason and "--map" in reason


def test_gzipped_jsonl_and_parquet_round_trip(tmp_path, seed):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(
        b'{"id": "s1", "content": "\xd9\x86\xd8\xb5", "date": "2015-07-21 02:51:32"}\n'))
    corpus = load_corpus(path, SEED)
    assert corpus["published"].tolist() == [pd.Timestamp("2015-07-21 02:51:32"),
                                            pd.Timestamp("2021-11-18 17:18")]
    saved = save_corpus(corpus, tmp_path / "corpus.parquet")
    again = load_corpus(saved)
    pd.testing.assert_frame_equal(again, corpus)
    assert again.attrs["load_report"].loc[0, "rows"] == 2


def test_missing_path_is_an_error_line_not_an_exception(tmp_path):
    corpus = load_corpus(tmp_path / "nowhere")
    assert len(corpus) == 0
    assert corpus.attrs["load_report"].loc[0, "status"] == "error"


def test_corpus_slices_still_concatenate(seed, poisoned):
    corpus = load_corpus(poisoned)
    assert len(pd.concat([corpus.iloc[:1], corpus.iloc[1:]])) == len(corpus)


def test_two_corpora_loaded_apart_concatenate(seed, poisoned):
    first, second = seed, load_corpus(poisoned)
    both = pd.concat([first, second], ignore_index=True)
    assert len(both) == len(first) + len(second)
    assert "load_report" not in both.attrs  # neither report describes both
    assert first.attrs["load_report"]["status"].tolist() == ["loaded"]


def test_cli_load_prints_counts_and_report(capsys, poisoned, tmp_path):
    out = tmp_path / "c.parquet"
    assert main(["load", str(poisoned), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].startswith("4 articles loaded from 10 file(s)")
    assert "malformed JSON" in printed
    assert len(load_corpus(out)) == 4


def test_cli_load_csv_format(capsys):
    assert main(["load", str(SEED), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "path,status,reason,encoding,rows"


def test_many_files_show_a_progress_bar(tmp_path, capsys):
    for i in range(200):
        (tmp_path / f"{i:03d}.txt").write_text(f"خبر رقم {i}", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 200
    assert "loading articles" in capsys.readouterr().err


def test_table_dates_day_first_or_impossible_never_raise(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("id,body,date\n1,نص,١٨-١١-٢٠٢١ 17:18\n2,نص ب,2015-07-21 02:51:32\n"
                    "3,نص ج,0001-01-01\n4,نص د,غدا\n", encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus["published"].tolist()[:2] == [pd.Timestamp("2021-11-18 17:18"),
                                                pd.Timestamp("2015-07-21 02:51:32")]
    assert corpus["published"].iloc[2:].isna().all()
    assert "2 date(s) not understood" in corpus.attrs["load_report"].loc[0, "reason"]


def test_big_jsonl_fast_path_gives_what_the_line_by_line_path_gives(tmp_path, monkeypatch):
    from akhbar.load.formats import jsonl

    right = "قال الوزير إن الخطة ستنفذ هذا العام"
    records = []
    for i in range(3000):
        body = f"فقرة أولى من الخبر {i}\n\n\u00a0 فقرة ثانية\r\nفقرة ثالثة " + "كلمة " * 60
        records.append({"id": i, "title": f"عنوان {i}", "content": body,
                        "date": f"{1 + i % 28:02d}-11-2021", "source": "s"})
    records[5]["title"] = right.encode().decode("cp1256")  # mojibake
    records[7]["content"] = "???? ?? ????? ???? ??????"  # lossy
    records[9]["content"] = records[8]["content"]  # a duplicate of another's text
    records[9]["title"] = records[8]["title"]
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False)
                                             for r in records).encode()))
    fast = load_corpus(path)
    assert fast.loc[fast["article_id"] == "5", "title"].tolist() == [right]
    monkeypatch.setattr(jsonl, "_FAST_FROM_BYTES", 1 << 40)
    slow = load_corpus(path)
    pd.testing.assert_frame_equal(fast, slow)
    pd.testing.assert_frame_equal(fast.attrs["load_report"], slow.attrs["load_report"])
    assert "repaired mojibake in 1 record(s)" in fast.attrs["load_report"].loc[0, "reason"]


ODD_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u3000"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ODD_SPACES + "قال بوتين.x\u200f", max_size=40), max_size=20))
def test_paragraphs_in_pyarrow_are_the_paragraphs_in_python(texts):
    import pyarrow as pa

    from akhbar.load.records import paragraphs, paragraphs_arrow

    assert paragraphs_arrow(pa.array(texts, pa.string())).to_pylist() == list(
        map(paragraphs, texts))


def test_headlines_without_text_load_with_a_warning(tmp_path):
    path = tmp_path / "headlines.jsonl"
    path.write_text('{"id": 1, "headline": "عنوان أول", "date": "2021-11-18"}\n'
                    '{"id": 2, "headline": "عنوان ثان", "date": "2021-11-19"}\n', encoding="utf-8")
    corpus = load_corpus(path)
    report = corpus.attrs["load_report"].iloc[0]
    assert corpus["title"].tolist() == ["عنوان أول", "عنوان ثان"]
    assert corpus["body"].tolist() == ["", ""]
    assert report["status"] == "warning" and "headlines only" in report["reason"]
