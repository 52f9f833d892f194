"""Word counts, keyness, KWIC and collocations on small Arabic fixtures, the seed and the dev corpus."""

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import akhbar
from akhbar.cli import main
from akhbar.freq import collocations, keyness, kwic, word_counts
from akhbar.text import normalize

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("AKHBAR_SHARED", ROOT.parent / "shared"))
DEV_CORPUS = SHARED / "corpus-dev" / "saudinewsnet-dev.jsonl.gz"

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "section": ["سياسة", "سياسة", "رياضة"],
        "published": pd.to_datetime(["2021-11-18", "2021-11-19", "2021-12-01"]),
        "body": [
            "قال بوتين إن روسيا ستدعم أفغانستان، وأضاف أن لروسيا دوراً في المنطقة.",
            "أكد وزير الخارجية أن روسيا والسعودية تتعاونان. وزير الخارجية زار الرياض.",
            "فاز الفريق بالمباراة وفاز الفريق بالكأس، وقال المدرب إن الفريق قوي.",
        ],
    }
)


def test_word_counts_merges_clitic_forms_and_drops_stopwords():
    table = word_counts(ARTICLES)
    assert list(table.columns) == ["term", "count", "share"]
    counts = dict(zip(table["term"], table["count"], strict=True))
    assert counts["روسيا"] == 3
    assert counts["الفريق"] == 3
    assert not {"في", "إن", "أن", "قال إن"} & set(counts)
    assert table["share"].sum() == pytest.approx(1.0)


def test_word_counts_by_section_and_by_month_are_tidy():
    by_section = word_counts(ARTICLES, by="section")
    assert list(by_section.columns) == ["section", "term", "count", "share"]
    sport = by_section[by_section["section"] == "رياضة"]
    assert sport.iloc[0]["term"] == "الفريق"
    assert by_section.groupby("section")["share"].sum().round(6).eq(1).all()
    by_month = word_counts(ARTICLES, by="month")
    assert sorted(by_month["month"].dt.month.unique()) == [11, 12]


def test_word_counts_ngrams_do_not_cross_punctuation_or_stopwords():
    bigrams = word_counts(ARTICLES, ngram=2)
    counts = dict(zip(bigrams["term"], bigrams["count"], strict=True))
    assert counts["وزير الخارجية"] == 2
    assert "أفغانستان أضاف" not in counts  # a comma lies between them
    assert "قال بوتين" in counts and "بوتين روسيا" not in counts  # إن lies between


def test_word_counts_min_count_and_own_stopwords():
    table = word_counts(ARTICLES, min_count=2)
    assert table["count"].min() >= 2
    without_team = word_counts(ARTICLES, stopwords=["فريق", "في"])
    assert "الفريق" not in set(without_team["term"])
    assert "روسيا" in set(without_team["term"])
    with_stopwords = word_counts(ARTICLES, stopwords=False)
    assert "في" in set(with_stopwords["term"])


def test_keyness_against_another_subcorpus_ranks_typical_words_first():
    sport = ARTICLES[ARTICLES["section"] == "رياضة"]
    politics = ARTICLES[ARTICLES["section"] != "رياضة"]
    table = keyness(sport, politics, min_count=2)
    assert list(table.columns) == [
        "term",
        "count",
        "expected",
        "share",
        "reference_share",
        "g2",
        "log_ratio",
    ]
    assert table.iloc[0]["term"] == "الفريق"
    assert table.iloc[0]["g2"] > 0 and table.iloc[0]["log_ratio"] > 2


def test_keyness_against_wordfreq_works_offline_and_finds_the_topic():
    table = keyness(ARTICLES, min_count=2)
    top = set(table.head(3)["term"])
    assert {"روسيا", "الفريق"} & top
    assert (table["reference_share"] > 0).all()


def test_kwic_finds_every_clitic_form_with_context():
    table = kwic(ARTICLES, "روسيا", width=2)
    assert list(table.columns) == ["article_id", "before", "match", "after", "left", "right"]
    assert table["match"].tolist() == ["روسيا", "لروسيا", "روسيا"]
    row = ["a1", "وأضاف أن", "لروسيا", "دوراً في"]
    assert table.iloc[1].tolist() == row + row[1:4:2]  # left/right: old names, same values
    assert kwic(ARTICLES, "وزير الخارجية")["match"].tolist() == ["وزير الخارجية"] * 2


def test_kwic_does_not_match_names_that_merely_contain_the_word():
    corpus = pd.DataFrame({"article_id": ["x"], "body": ["التقى بوتين وزيرا. وتين كلمة."]})
    assert kwic(corpus, "بوتين")["match"].tolist() == ["بوتين"]


def test_collocations_rank_fixed_pairs_by_pmi():
    table = collocations(ARTICLES, min_count=2)
    assert table.iloc[0][["first", "second", "count"]].tolist() == ["وزير", "الخارجية", 2]
    assert collocations(ARTICLES, "الفريق", min_count=1)["term"].str.contains("الفريق").all()


def test_cli_words_prints_the_top_terms(capsys):
    assert main(["words", str(ROOT / "seeds"), "--top", "5", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and set(rows[0]) == {"term", "count", "share"}


# --- acceptance on the seed and the dev corpus -------------------------------

FUNCTION_WORDS = {
    normalize(w)
    for w in [
        "في",
        "من",
        "على",
        "أن",
        "إلى",
        "عن",
        "مع",
        "هذا",
        "التي",
        "الذي",
        "كان",
        "إن",
        "ما",
        "لا",
    ]
}


def test_seed_top_20_has_the_topic_words_and_no_function_word():
    top = word_counts(akhbar.load_corpus(ROOT / "seeds")).head(20)["term"].tolist()
    assert {"بوتين", "روسيا", "أفغانستان"} <= set(top)
    assert not {normalize(t) for t in top} & FUNCTION_WORDS


@pytest.fixture(scope="module")
def dev_top_100():
    if not DEV_CORPUS.exists():
        pytest.skip(f"{DEV_CORPUS} is absent (set AKHBAR_SHARED to the folder with corpus-dev/)")
    corpus = akhbar.load_corpus(DEV_CORPUS, columns={})
    return word_counts(corpus).head(100)["term"].tolist()


def test_dev_top_100_has_no_word_of_the_arabic_stopwords_list(dev_top_100):
    try:
        import arabicstopwords.arabicstopwords as gpl_list
    except ImportError:
        pytest.skip("arabic-stopwords (GPL) is not installed: pip install arabic-stopwords")
    listed = set(gpl_list.stopwords_list())
    assert [term for term in dev_top_100 if term in listed] == []


def test_dev_top_100_has_no_pair_differing_only_by_a_proclitic(dev_top_100):
    terms = {normalize(term) for term in dev_top_100}
    proclitics = ["و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "لل", "فال"]
    pairs = [(p + t, t) for t in terms for p in proclitics if p + t in terms]
    assert pairs == []


@pytest.mark.parametrize("ngram", [1, 2])
@pytest.mark.parametrize("by", ["section", "month", ["section", "month"]])
def test_a_grouping_with_no_value_gives_an_empty_table_with_its_columns(by, ngram):
    corpus = pd.DataFrame({"body": ["قال بوتين إن روسيا", "وأضاف أن لروسيا"],
                           "section": ["", " "], "published": pd.to_datetime([None, None])})
    table = word_counts(corpus, by=by, ngram=ngram)
    assert table.empty
    assert table.columns.tolist() == [*([by] if isinstance(by, str) else by),
                                      "term", "count", "share"]


def test_grouping_by_a_column_the_corpus_lacks_names_it():
    with pytest.raises(ValueError, match="'source'.*no such column"):
        word_counts(ARTICLES, by="source")
