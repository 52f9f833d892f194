"""Issue 13: saved web pages and web archives load with clean bodies."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from akhbar import load_corpus

ARTICLE = [
    ("أعلنت وزارة الطاقة اليوم عن خطة جديدة لخفض استهلاك الكهرباء في فصل الصيف، تشمل"
     " حوافز للأسر التي تقلل استهلاكها بنسبة تزيد على عشرة في المئة."),
    ("وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الخطة ستطبق على مراحل، تبدأ بالمدن"
     " الكبرى ثم تشمل باقي المناطق قبل نهاية العام الجاري."),
    ("وأضاف أن الوزارة ستتابع تنفيذ الخطة بالتعاون مع شركات التوزيع، وستنشر تقارير"
     " شهرية عن نسب الاستهلاك في كل منطقة."),
]
BOILERPLATE = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "الأكثر قراءة",
               "أضف تعليقك", "جميع الحقوق محفوظة", "اشترك في النشرة البريدية"]


def page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    most_read = "\n".join(f'<li><a href="/n/{i}">خبر آخر رقم {i} يقرؤه الناس كثيرا</a></li>'
                          for i in range(8))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title} | صحيفة الأخبار</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2021-11-18T17:18:00+03:00">
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>
<li><a href="/e">اقتصاد</a></li><li><a href="/s">رياضة</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="meta">نشر في 18-11-2021</div>
{body}
</article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ul>{most_read}</ul></aside>
<section id="comments"><h3>أضف تعليقك</h3>
<form action="/comment" method="post"><label>الاسم</label><input name="n">
<label>التعليق</label><textarea name="c"></textarea><button>إرسال</button></form></section>
</main>
<footer><p>جميع الحقوق محفوظة © 2021 صحيفة الأخبار</p>
<p><a href="/subscribe">اشترك في النشرة البريدية</a></p></footer>
</body></html>"""


def _clean(body: str) -> None:
    assert body.startswith("أعلنت وزارة الطاقة")
    for text in BOILERPLATE + ["خبر آخر رقم"]:
        assert text not in body, text


def test_html_pages_give_clean_bodies_titles_and_dates(tmp_path):
    title = "خطة لخفض استهلاك الكهرباء"
    (tmp_path / "utf8.html").write_text(page(title, ARTICLE), encoding="utf-8")
    (tmp_path / "old-site.htm").write_bytes(
        page(title + " في الصيف", ARTICLE[:2] + ["وختم بالقول إن الخطة طموحة."],
             "windows-1256").encode("cp1256"))
    (tmp_path / "menu-only.html").write_text(
        "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", encoding="utf-8")
    corpus = load_corpus(tmp_path).set_index("article_id")
    assert corpus.loc["utf8", "title"] == title
    assert corpus.loc["old-site", "title"] == title + " في الصيف"
    assert corpus.loc["old-site", "encoding"] == "cp1256"
    for article in ("utf8", "old-site"):
        _clean(corpus.loc[article, "body"])
        assert str(corpus.loc[article, "published"].date()) == "2021-11-18"
    assert corpus.loc["utf8", "body"].count("\n\n") == 2
    report = corpus.attrs["load_report"]
    menu = report[report["path"].str.endswith("menu-only.html")].iloc[0]
    assert menu["status"] == "skipped" and "no article text" in menu["reason"]


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_warc_responses_are_articles_with_their_urls(tmp_path, compress):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    pages = [("https://news.example/a", page("خبر أول عن الكهرباء", ARTICLE), "utf-8"),
             ("https://news.example/b", page("خبر ثان عن الكهرباء", ARTICLE[::-1]),
              "windows-1256"),
             ("https://news.example/empty", "<html><body><nav>قائمة</nav></body></html>",
              "utf-8")]
    for url, html, charset in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")],
                                   protocol="HTTP/1.1")
        payload = html.encode("cp1256" if charset == "windows-1256" else "utf-8")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(
            payload), http_headers=headers))
    writer.write_record(writer.create_warc_record(
        "https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                      protocol="HTTP/1.1")))
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(buffer.getvalue())
    corpus = load_corpus(path)
    assert corpus["url"].tolist() == ["https://news.example/a", "https://news.example/b"]
    assert corpus["title"].tolist() == ["خبر أول عن الكهرباء", "خبر ثان عن الكهرباء"]
    _clean(corpus["body"].iloc[0])
    assert corpus["body"].iloc[1].startswith("وأضاف أن الوزارة")
    reason = corpus.attrs["load_report"].loc[0, "reason"]
    assert "1 page(s) without article text: https://news.example/empty" in reason


def test_a_damaged_warc_is_reported(tmp_path):
    path = Path(tmp_path / "broken.warc")
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nnot really\r\n\r\n")
    report = load_corpus(path).attrs["load_report"]
    assert report.loc[0, "status"] in ("skipped", "warning", "error")
    assert report.loc[0, "reason"]
