"""Topics: determinism, small-corpus behaviour, output shapes, that clearly
separated themes come out as separate topics, and that the fitted model
assigns any corpus (its own: exactly its doc_topics)."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import akhbar
from akhbar.cli import main as cli_main
from akhbar.corpus import split_paragraphs
from akhbar.topics import (
    MIN_ARTICLES,
    MIN_UNITS,
    TopicModel,
    dominant_topics,
    fit_topics,
    npmi_coherence,
    representative_articles,
    topics_by,
    topics_over_time,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_THEMES = {
    "رياضة": "المباراة الفريق الدوري اللاعب الهدف الملعب المدرب النادي البطولة الحارس",
    "اقتصاد": "الأسعار النفط البورصة الأسهم الشركات الاستثمار الدولار البنك التضخم الميزانية",
    "طقس": "الأمطار الرياح الحرارة الغبار السحب العواصف الرطوبة الطقس الأرصاد الثلوج",
}
THEMES = {section: words.split() for section, words in _THEMES.items()}
# Function words sprinkled through every article: they must never reach a topic.
_FILLER = "في من على إلى أن هذا التي الذي وقد كما"
FILLER = _FILLER.split()


def make_corpus(per_theme: int = 15, seed: int = 1, mix: float = 0.0) -> pd.DataFrame:
    """Articles each drawn from one theme's words plus function words (and,
    with ``mix`` > 0, about that share of another theme's words)."""
    rng = np.random.default_rng(seed)
    rows = []
    for t, (section, words) in enumerate(THEMES.items()):
        for i in range(per_theme):
            other = list(THEMES.values())[(t + 1 + i % 2) % len(THEMES)]
            paragraphs = [" ".join(np.where(rng.random(25) < mix, rng.choice(other, size=25),
                                            rng.choice(words + FILLER, size=25)))
                          for _ in range(3)]
            rows.append({
                "article_id": f"{t}-{i:02d}",
                "title": " ".join(rng.choice(words, size=4)),
                "body": "\n\n".join(paragraphs),
                "section": section,
                "published": pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(i * 6 + t)),
            })
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return make_corpus()


@pytest.fixture(scope="module")
def result(corpus):
    return fit_topics(corpus, 3)


def test_separate_themes_become_separate_topics(corpus, result):
    dominant = dominant_topics(result).set_index("article_id")["topic"]
    by_section = corpus.assign(topic=corpus["article_id"].map(dominant))
    # Each section is one topic, and the three sections are three topics.
    assert by_section.groupby("section")["topic"].nunique().eq(1).all()
    assert by_section.groupby("section")["topic"].first().nunique() == 3


def test_top_terms_have_no_function_words(result):
    terms = set(result.topics["term"])
    assert not terms & set(FILLER)
    assert "المباراة" in terms and "النفط" in terms


def test_output_shapes(corpus, result):
    assert result.ok and result.unit == "article" and result.n_topics == 3
    assert list(result.topics.columns) == ["topic", "rank", "term", "weight"]
    assert result.topics.groupby("topic")["rank"].apply(list).tolist() == [list(range(1, 11))] * 3
    assert list(result.doc_topics.columns) == ["article_id", "unit", "topic", "weight"]
    assert len(result.doc_topics) == len(corpus) * 3
    sums = result.doc_topics.groupby("article_id")["weight"].sum()
    np.testing.assert_allclose(sums, 1.0)
    assert list(result.summary.columns) == ["topic", "label", "coherence", "share", "units"]
    first_three = result.topics[result.topics["rank"] <= 3].groupby("topic")["term"].apply("، ".join)
    assert result.summary.set_index("topic")["label"].equals(first_three.rename("label"))
    assert result.summary["share"].is_monotonic_decreasing  # topic 1 is the largest
    assert result.summary["coherence"].between(-1, 1).all()


def test_summary_counts_the_units_each_topic_dominates(corpus, result):
    # Units are regrouped after NMF: the summary, the dominant topics and the
    # weights must still tell the same story.
    dominant = dominant_topics(result)["topic"].value_counts()
    units = result.summary.set_index("topic")["units"]
    assert units.sum() == len(corpus)
    assert units.to_dict() == dominant.reindex(units.index, fill_value=0).to_dict()


def test_same_input_same_output(corpus, result):
    again = fit_topics(corpus.sample(frac=1.0, random_state=3).sort_index(), 3)
    assert_frame_equal(result.topics, again.topics)
    assert_frame_equal(result.doc_topics, again.doc_topics)
    lda_1 = fit_topics(corpus, 3, method="lda", random_state=7)
    lda_2 = fit_topics(corpus, 3, method="lda", random_state=7)
    assert_frame_equal(lda_1.topics, lda_2.topics)
    assert_frame_equal(lda_1.doc_topics, lda_2.doc_topics)


def test_k_is_chosen_by_coherence_and_explained(corpus):
    chosen = fit_topics(corpus)
    scores = chosen.k_scores
    assert len(scores) > 1
    best = scores.sort_values(["coherence", "k"], ascending=[False, True]).iloc[0]
    assert chosen.n_topics == best["k"]
    assert f"k = {chosen.n_topics} chosen" in chosen.note


def test_few_articles_are_modelled_as_paragraphs(corpus):
    few = corpus.iloc[::9]  # 5 articles (of all themes) × 3 paragraphs = 15 paragraphs
    assert len(few) < MIN_ARTICLES
    result = fit_topics(few, 2)
    assert result.ok and result.unit == "paragraph"
    assert "paragraphs" in result.note
    assert len(result.doc_topics) == 15 * 2
    assert set(result.doc_topics["unit"]) == {0, 1, 2}


def test_too_few_units_explain_instead_of_failing():
    tiny = pd.DataFrame({"article_id": ["a"], "title": ["عنوان"],
                         "body": ["فاز الفريق بالمباراة\n\nارتفعت أسعار النفط"]})
    result = fit_topics(tiny)
    assert not result.ok
    assert f"at least {MIN_UNITS}" in result.note and "No topic model" in result.note
    assert result.topics.empty and list(result.topics.columns) == ["topic", "rank", "term",
                                                                   "weight"]
    tiny["published"] = pd.Timestamp("2024-01-01")
    tiny["section"] = "x"
    assert topics_over_time(result, tiny).empty
    assert topics_by(result, tiny, by="section").empty
    assert TopicModel().fit(tiny).transform(tiny).empty


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds/ is not in this checkout")
def test_seed_article_is_modelled_as_paragraphs():
    seed = akhbar.load_corpus(SEEDS)
    result = fit_topics(seed)
    assert result.ok and result.unit == "paragraph" and result.n_topics >= 2
    assert result.doc_topics["article_id"].nunique() == 1


def test_shares_over_time_and_by_section(corpus, result):
    monthly = topics_over_time(result, corpus, by="month")
    assert list(monthly.columns) == ["month", "topic", "label", "share", "articles"]
    np.testing.assert_allclose(monthly.groupby("month")["share"].sum(), 1.0)
    assert monthly["articles"].groupby(monthly["month"]).first().sum() == len(corpus)
    weekly = topics_over_time(result, corpus, by="week")
    assert weekly["week"].nunique() > monthly["month"].nunique()
    assert topics_over_time(result, corpus).columns[0] == "week"  # 3 months: by week
    assert topics_over_time(result, corpus, by="quarter")["quarter"].nunique() == 1
    sections = topics_by(result, corpus, by="section")
    assert list(sections.columns) == ["section", "topic", "label", "share", "articles"]
    # Each section is dominated by one topic, a different one for each.
    top = sections.sort_values("share").groupby("section").tail(1)
    assert (top["share"] > 0.8).all() and top["topic"].nunique() == 3
    both = topics_by(result, corpus, by=["section", "month"])
    assert list(both.columns[:2]) == ["section", "month"]
    np.testing.assert_allclose(both.groupby(["section", "month"])["share"].sum(), 1.0)


def test_shares_keep_undated_and_unsectioned_articles_as_groups(corpus, result):
    gaps = corpus.assign(published=corpus["published"].where(corpus.index % 5 > 0),
                         section=corpus["section"].where(corpus.index % 7 > 0, ""))
    monthly = topics_over_time(result, gaps, by="month")
    assert monthly["month"].iloc[-1] is pd.NaT  # the undated articles, last
    assert monthly.groupby("month", dropna=False)["articles"].first().sum() == len(corpus)
    sections = topics_by(result, gaps, by="section")
    assert "(none)" in set(sections["section"])
    assert sections.groupby("section")["articles"].first().sum() == len(corpus)


def test_shares_without_dates_or_sections_are_empty_tables(corpus, result):
    bare = corpus.drop(columns=["published", "section"])
    assert list(topics_over_time(result, bare).columns) == ["day", "topic", "label", "share",
                                                            "articles"]
    assert topics_over_time(result, bare).empty
    assert list(topics_by(result, bare).columns) == ["section", "topic", "label", "share",
                                                     "articles"]
    assert topics_by(result, corpus.assign(section="")).empty
    assert topics_over_time(result, corpus.assign(published=pd.NaT)).empty
    with pytest.raises(ValueError, match="'source'"):
        topics_by(result, corpus, by="source")
    with pytest.raises(ValueError, match="published"):
        topics_over_time(result, bare, by="month")


def test_representative_articles(corpus, result):
    table = representative_articles(result, corpus, n=2)
    assert list(table.columns) == ["topic", "label", "rank", "article_id", "unit", "title",
                                   "excerpt", "weight"]
    assert table.groupby("topic").size().eq(2).all()
    assert table["title"].ne("").all()


def test_npmi_coherence_extremes():
    X = np.array([[1, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 0]])
    together, never, independent = npmi_coherence(X, [[0, 1], [0, 2], [0, 3]])
    assert together == pytest.approx(1.0)
    assert never == pytest.approx(-1.0)
    assert independent == pytest.approx(0.0)


def test_cli_prints_one_row_per_topic_and_rank(tmp_path, capsys, corpus):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in corpus.assign(published=corpus["published"].astype(str)).to_dict("records"):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    assert cli_main(["topics", str(path), "-k", "3", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "topic,rank,term,weight" and len(lines) == 1 + 3 * 10
    assert cli_main(["topics", str(path), "-k", "3"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("k = 3 (nmf, articles); mean coherence (NPMI)")


def test_regrouped_units_keep_the_terms_of_their_theme():
    # 75 articles are enough for the 2k fine groups to be made and merged
    # back (at least 10 units per fine group): the k groups must still be
    # the three themes, each shown with the terms of its own theme.
    corpus = make_corpus(per_theme=25, seed=2)
    result = fit_topics(corpus, 3)
    dominant = dominant_topics(result).set_index("article_id")["topic"]
    topic_of = corpus.assign(topic=corpus["article_id"].map(dominant)) \
        .groupby("section")["topic"].agg(lambda t: t.mode().iloc[0])
    assert topic_of.nunique() == 3
    assert corpus["article_id"].map(dominant).eq(corpus["section"].map(topic_of)).all()
    top3 = result.topics[result.topics["rank"] <= 3].groupby("topic")["term"].apply(set)
    for section, topic in topic_of.items():
        theme = {akhbar.text.normalize(w) for w in THEMES[section]}
        assert {akhbar.text.normalize(t) for t in top3[topic]} <= theme


# --------------------------------------------------------------------------
# The estimator


def _assigned_sections(result, corpus: pd.DataFrame) -> pd.Series:
    """Each article's dominant topic, named by the section most of its articles are in."""
    dominant = corpus["article_id"].map(dominant_topics(result).set_index("article_id")["topic"])
    name = corpus.assign(topic=dominant).groupby("topic")["section"] \
        .agg(lambda s: s.mode().iloc[0])
    return dominant.map(name)


@pytest.mark.parametrize(("per_theme", "k", "regrouped"), [
    (25, 3, True),   # 75 articles ≥ 20 × k: fine groups, merged, polished
    (15, 3, True),   # 45 articles: regrouped from the NMF topics, no fine groups
])
def test_transform_of_the_fitted_corpus_is_its_doc_topics(per_theme, k, regrouped):
    corpus = make_corpus(per_theme=per_theme, seed=2, mix=0.3)
    model = TopicModel(k).fit(corpus)
    assert (model.regrouping_ is not None) == regrouped
    assert_frame_equal(model.transform(corpus), model.doc_topics_)
    # The regrouping is what transform re-applies: NMF's own weights differ.
    plain = TopicModel(k, regroup=False).fit(corpus)
    assert plain.regrouping_ is None
    assert not np.allclose(plain.doc_topics_["weight"], model.doc_topics_["weight"])
    # Without groups, transform re-reads NMF's weights with the topics held
    # fixed; the fit stopped at a tolerance, so they agree to about 1e-3 and
    # give every unit the same dominant topic.
    again = plain.transform(corpus)
    np.testing.assert_allclose(again["weight"], plain.doc_topics_["weight"], atol=1e-2)
    assert_frame_equal(dominant_topics(replace(fit_topics(corpus, k, regroup=False),
                                               doc_topics=again))[["article_id", "topic"]],
                       dominant_topics(replace(fit_topics(corpus, k, regroup=False)))
                       [["article_id", "topic"]])


def test_transform_of_a_small_fitted_corpus_is_its_doc_topics(corpus):
    few = corpus.iloc[::9]  # 15 paragraphs: too few to regroup
    model = TopicModel(2).fit(few)
    assert model.unit_ == "paragraph" and model.regrouping_ is None
    assert_frame_equal(model.transform(few), model.doc_topics_)
    lda = TopicModel(3, method="lda", random_state=7).fit(corpus)
    assert_frame_equal(lda.transform(corpus), lda.doc_topics_)


def test_transform_assigns_held_out_articles_like_a_model_fitted_on_all():
    corpus = make_corpus(per_theme=40, seed=3)
    held_out = corpus["article_id"].str.endswith(("1", "5", "8"))
    train, test = corpus[~held_out], corpus[held_out].reset_index(drop=True)
    model = TopicModel(3).fit(train)
    assert model.regrouping_ is not None
    assigned = replace(fit_topics(train, 3), doc_topics=model.transform(test))
    assert _assigned_sections(assigned, test).eq(test["section"]).all()
    # The model fitted on everything puts the held-out articles in the same groups.
    everything = fit_topics(corpus, 3)
    by_all = corpus["article_id"].map(dominant_topics(everything).set_index("article_id")["topic"])
    by_sample = test["article_id"].map(dominant_topics(assigned).set_index("article_id")["topic"])
    pairs = pd.crosstab(by_all[held_out].to_numpy(), by_sample.to_numpy())
    assert (pairs.gt(0).sum(axis=1) == 1).all() and (pairs.gt(0).sum(axis=0) == 1).all()


def test_new_text_is_keyed_by_the_fitted_analyzer(corpus):
    model = TopicModel(3).fit(corpus)
    # "وبالنفط" and "وللدوري" never occur in the corpus: the lexicon strips them.
    new = pd.DataFrame({"article_id": ["n1", "n2"], "title": ["", ""],
                        "body": ["وبالنفط والأسعار والبورصة", "وللدوري والمباراة والفريق"]})
    assert model.analyzer_.text_keys("وبالنفط وللدوري") == ["نفط", "دوري"]
    table = model.transform(new)
    top = table.sort_values("weight").groupby("article_id")["topic"].last()
    dominant = corpus["article_id"].map(model.doc_topics_.sort_values("weight")
                                        .groupby("article_id")["topic"].last())
    section_of = corpus.groupby(dominant)["section"].agg(lambda s: s.mode().iloc[0])
    assert (section_of[top["n1"]], section_of[top["n2"]]) == ("اقتصاد", "رياضة")


def test_paragraph_units_are_the_corpus_paragraphs():
    body = "السطر الأول عن النفط\nالسطر الثاني عن الأسعار\n\n  الفقرة الثالثة  "
    corpus = pd.DataFrame({"article_id": ["a"], "title": ["t"], "body": [body]})
    units = TopicModel(unit="paragraph").fit(corpus).units_
    assert units["text"].tolist() == split_paragraphs(body)


def test_settings_are_parameters_and_the_model_survives_cloning_and_pickling(corpus):
    from sklearn.base import clone

    model = TopicModel(3, top_terms=5, lsa_dims=20)
    assert model.get_params()["top_terms"] == 5 and "lsa_dims=20" in repr(model)
    assert clone(model).get_params() == model.get_params()
    assert not hasattr(model, "topics_")  # __init__ only stores parameters
    assert model.fit(corpus) is model
    assert model.topics_.groupby("topic")["rank"].max().eq(5).all()
    assert model.regrouping_.centroids.shape == (3, 20)
    with pytest.raises(ValueError, match="no parameter"):
        model.set_params(n_clusters=3)
    shipped = pickle.dumps(model)  # as sent to the workers of a cluster
    assert len(shipped) < 2_000_000  # the shared word list travels as a reference
    assert_frame_equal(pickle.loads(shipped).transform(corpus), model.doc_topics_)


def test_fit_topics_is_the_model_as_a_result(corpus, result):
    assert isinstance(result.model, TopicModel)
    assert_frame_equal(result.doc_topics, result.model.doc_topics_)
    assert result.note == result.model.note_
    with pytest.raises(ValueError, match="n_topics"):
        fit_topics(corpus, 0)
    with pytest.raises(ValueError, match="method"):
        TopicModel(method="lsa").fit(corpus)
