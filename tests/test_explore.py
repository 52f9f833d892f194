"""The explorer: its index answers what the library answers on the same articles."""

from __future__ import annotations

import asyncio
import random

import explore_corpus
import numpy as np
import pandas as pd
import pytest

import akhbar
from akhbar.explore import Explorer
from akhbar.explore.article import article_html
from akhbar.explore.contexts import sort_contexts
from akhbar.explore.filters import Filter
from akhbar.explore.matrix import token_matrix
from akhbar.explore.panels.common import Debouncer, kwic_line
from akhbar.freq import keyness, kwic, word_counts
from akhbar.freq.vocabulary import corpus_analyzer, keyed_counts
from akhbar.speakers import quotes, speaker_counts
from akhbar.text import reference_lexicon, token_counts

KWIC = ["article_id", "before", "match", "after"]
SELECTIONS = [
    {},
    {"section": "سياسة"},
    {"section": ["اقتصاد", "رياضة"], "source": "عكاظ"},
    {"start": "2021-10-01", "end": "2021-11-15"},
    {"query": "بوتين"},
    {"section": "سياسة", "query": "الأمن الروسي"},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> pd.DataFrame:
    return explore_corpus.load(tmp_path_factory.mktemp("explore"))


@pytest.fixture(scope="module")
def explorer(corpus, tmp_path_factory) -> Explorer:
    return Explorer(corpus, out_dir=tmp_path_factory.mktemp("saved"))


@pytest.fixture(scope="module")
def all_quotes(corpus) -> pd.DataFrame:
    return quotes(corpus)


def _rows(table: pd.DataFrame) -> list[tuple]:
    return sorted(map(tuple, table[KWIC].astype(str).values.tolist()))


def _in_ns(table: pd.DataFrame) -> pd.DataFrame:
    return table.astype({table.columns[0]: "datetime64[ns]"})


# -- the index -----------------------------------------------------------------------


def test_token_matrix_column_sums_are_token_counts():
    rng = random.Random(3)
    pieces = ["قال", "وقال", "بوتين،", "«روسيا»", "3.5", "Al-Qaeda", "قَالَ.", "\n", " ", "؟", "x"]
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(40))
             for _ in range(300)]
    matrix, tokens = token_matrix(texts)
    sums = np.asarray(matrix.sum(axis=0)).ravel().tolist()
    assert dict(zip(tokens.to_pylist(), sums, strict=True)) == dict(token_counts(texts))
    first = token_counts(texts[:1])
    row = matrix[0].toarray().ravel()
    assert {t: int(row[i]) for i, t in enumerate(tokens.to_pylist()) if row[i]} == dict(first)


def test_callable_package(corpus):
    explorer = akhbar.explore(corpus.head(5))
    assert isinstance(explorer, akhbar.explore.Explorer)
    assert repr(explorer).startswith("Explorer: 5 of 5 articles")


@pytest.mark.parametrize("chosen", SELECTIONS, ids=lambda c: ",".join(c) or "everything")
def test_tables_equal_the_library_on_the_subcorpus(explorer, corpus, all_quotes, chosen):
    explorer.select(**chosen).look_up("روسيا")
    subcorpus = explorer.subcorpus
    assert 0 < len(subcorpus) <= len(corpus)
    pd.testing.assert_frame_equal(explorer.table("words"), word_counts(subcorpus))
    library = kwic(subcorpus, "روسيا")
    shown = explorer.table("contexts")
    assert len(shown) == len(library) and _rows(shown) == _rows(library)
    restricted = all_quotes[all_quotes["article_id"].isin(subcorpus["article_id"])]
    pd.testing.assert_frame_equal(explorer.table("speakers"), speaker_counts(restricted),
                                  check_dtype=len(restricted) > 0)
    by_period = word_counts(subcorpus, by="auto")
    expected = by_period[by_period["term"] == "روسيا"].reset_index(drop=True)
    # word_counts' period column is datetime64[us], or [ns] when some article is
    # undated (a NaT group): the dates must agree, in whichever unit.
    pd.testing.assert_frame_equal(_in_ns(explorer.table("trends")), _in_ns(expected))
    if len(subcorpus) < len(corpus):
        rest = corpus.drop(subcorpus.index)
        pd.testing.assert_frame_equal(explorer.table("keyness"), keyness(subcorpus, rest))


def test_query_finds_every_clitic_form(explorer, corpus):
    ids = set(kwic(corpus, "روسيا")["article_id"])
    for typed in ("روسيا", "لروسيا", "وروسيا"):
        assert set(explorer.select(query=typed).subcorpus["article_id"]) == ids
    phrase = set(kwic(corpus, "الأمن الروسي")["article_id"])
    assert set(explorer.select(query="الأمن الروسي").subcorpus["article_id"]) == phrase
    assert 0 < len(phrase) < len(corpus)
    assert len(explorer.select(query="في").subcorpus) > 0  # kwic keeps stopwords searchable
    assert len(explorer.select(query="،").subcorpus) == 0


def test_a_spelling_absent_from_the_corpus_is_analysed_as_kwic_does(explorer, corpus):
    typed = "فبروسيا"  # not in the corpus: the analyzer itself is asked
    assert typed not in explorer.index.tokens.to_pylist()
    library = kwic(corpus, typed)
    assert len(library) and _rows(explorer.select().look_up(typed).table("contexts")) == \
        _rows(library)


def test_dates_are_whole_days_and_undated_articles_drop_out(explorer, corpus):
    chosen = explorer.select(start="2021-09-10", end="2021-09-28").subcorpus
    published = corpus["published"]
    expected = corpus[(published >= "2021-09-10") & (published < "2021-09-29")]
    assert list(chosen["article_id"]) == list(expected["article_id"])
    assert len(explorer.select().subcorpus) == len(corpus)  # nothing given: everything


def test_select_sets_the_widgets_and_rejects_what_cannot_be_clicked(explorer):
    explorer.select(section="رياضة", source="الرياض", query="بوتين")
    bar = explorer.bar
    assert bar.sections.value == ("رياضة",) and bar.sources.value == ("الرياض",)
    assert bar.query.value == "بوتين"
    assert explorer.filter == Filter(("رياضة",), ("الرياض",), None, None, "بوتين")
    with pytest.raises(ValueError, match="no section 'فنون'"):
        explorer.select(section="فنون")
    with pytest.raises(ValueError, match="no table"):
        explorer.table("cloud")


def test_look_up_types_in_trends_and_contexts(explorer):
    explorer.select().look_up("الأمن")
    assert explorer.panels["trends"].terms.value == "الأمن"
    assert explorer.panels["contexts"].term.value == "الأمن"
    assert set(explorer.table("trends")["term"]) == {"الأمن"}


def test_corpus_vocabulary_counts_with_the_whole_corpus_keys(corpus):
    explorer = Explorer(corpus, vocabulary="corpus").select(section="سياسة")
    analyzer = corpus_analyzer(token_counts(corpus["body"]), lexicon=reference_lexicon())
    expected = keyed_counts(token_counts(explorer.subcorpus["body"]), analyzer)
    shown = explorer.table("words").set_index("term")["count"]
    assert shown.to_dict() == expected.groupby("term")["count"].sum().to_dict()


def test_contexts_sort_by_the_word_right_before_the_match():
    table = pd.DataFrame({"before": ["وقال", "أكد لافروف", "قال بوتين"], "match": ["روسيا"] * 3,
                          "after": ["إن", "", "أن"]})
    assert sort_contexts(table, "before 1")["before"].tolist() == \
        ["قال بوتين", "أكد لافروف", "وقال"]
    assert sort_contexts(table, "before 2")["before"].tolist() == \
        ["أكد لافروف", "قال بوتين", "وقال"]  # no second word: last
    assert sort_contexts(table, "after 1")["after"].tolist() == ["إن", "أن", ""]  # a tie: corpus order
    with pytest.raises(ValueError):
        sort_contexts(table, "left 1")


def test_topics_are_fitted_once_on_demand(explorer):
    table = explorer.select(section="سياسة").table("topics")
    assert explorer.topic_model is not None and len(table) == explorer.topic_model.n_topics
    assert table["share"].between(0, 1).all()
    assert explorer.table("topics") is explorer.table("topics")


def test_opening_an_article_marks_the_term_and_the_quotes(explorer):
    explorer.select().look_up("روسيا")
    explorer.open_article(explorer.table("contexts")["article_id"].iloc[0], term="روسيا")
    shown = explorer.panels["article"].text.value
    assert '<mark class="akhbar-match">' in shown and 'class="akhbar-quote"' in shown
    assert explorer.tabs.selected_index == list(explorer.panels).index("article")
    explorer.show("words")


def test_save_buttons_write_figure_and_csv(explorer, tmp_path):
    explorer.out_dir = tmp_path
    explorer.select(section="سياسة").show("words")
    files = explorer.panels["words"].saver.save()
    assert {p.suffix for p in files.values()} == {".png", ".svg", ".csv"}
    explorer.look_up("روسيا").show("contexts")
    files = explorer.panels["contexts"].saver.save()
    assert pd.read_csv(files["csv"])["match"].notna().all()
    explorer.show("words")


def test_article_html_reads_right_to_left():
    html = article_html("عنوان", "قال بوتين إن روسيا مستعدة.", matches=[(13, 18)],
                        quotes=[(0, 26, "بوتين"), (4, 9, "بوتين")])
    assert html.count('dir="rtl"') >= 2 and html.count("<mark") == 1
    assert "akhbar-legend" in html


def test_kwic_line_puts_before_first_in_a_right_to_left_grid():
    line = kwic_line("قبل", "روسيا", "بعد")
    assert line.index("قبل") < line.index("روسيا") < line.index("بعد")
    assert line.startswith('<div class="akhbar-kwic-line" dir="rtl">')


def test_typing_is_debounced_in_a_running_loop():
    calls = []
    debounced = Debouncer(lambda: calls.append(1), wait=0.05)

    async def type_five_keys():
        for _ in range(5):
            debounced()
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.15)

    asyncio.run(type_five_keys())
    assert calls == [1]
    debounced()  # no running loop: at once
    assert calls == [1, 1]


def test_an_empty_selection_gives_empty_tables(explorer):
    explorer.select(query="واشنطن بوست")  # no article has it
    assert len(explorer.subcorpus) == 0
    for name in ("words", "speakers", "trends", "contexts", "keyness"):
        assert explorer.table(name).empty, name
    explorer.show("words").show("speakers").show("trends").show("contexts").show("words")
    assert "0</b> of 30" in explorer.bar.count.value


def test_unknown_vocabulary_is_refused(corpus):
    with pytest.raises(ValueError, match="vocabulary must be one of"):
        Explorer(corpus.head(3), vocabulary="sample")


def test_phrase_search_in_arrow_finds_what_kwic_finds():
    # Arrow's RE2 kernel decides phrases of Arabic words alone: token edges must be
    # exactly those of the tokenizer (marks, tatweel, digits, Latin, punctuation).
    rng = random.Random(5)
    pieces = ["وزير", "الوزير", "الخارجية", "والخارجية", "وزيرُ", "ـ", "َ", "،", " ", " ", "3",
              "x", "\n", "-", "_", "«", "الخارجيةَ", "ـوزير"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 9))) for _ in range(1500)]
    corpus = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "body": texts})
    explorer = Explorer(corpus)
    for phrase in ("وزير الخارجية", "الخارجية وزير", "وزير وزير"):
        expected = set(kwic(corpus, phrase)["article_id"])
        assert 10 < len(expected) < 1400, (phrase, len(expected))
        assert set(explorer.select(query=phrase).subcorpus["article_id"]) == expected, phrase
        assert _rows(explorer.look_up(phrase).table("contexts")) == _rows(kwic(corpus, phrase))
