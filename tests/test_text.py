"""Normalisation and tokenisation of Arabic text: the linguistic facts users rely on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.text import normalize, normalize_many, tokenize

# Text drawn mostly from the Arabic blocks (letters, marks, presentation forms,
# digits), with some Latin, punctuation and invisible controls mixed in.
arabic_heavy_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
        st.sampled_from(list("abc XYZ 12,.«»\"'\u200c\u200d\u200f\u0654\u0655\u0653")),
    ),
    max_size=40,
)


@given(arabic_heavy_text)
def test_normalize_is_idempotent_on_arabic_text(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(max_size=40))
def test_normalize_is_idempotent_on_any_text(text):
    once = normalize(text)
    assert normalize(once) == once


def test_diacritics_shadda_sukun_and_dagger_alef_are_removed():
    assert normalize("قَالَ الرَّئِيسُ") == "قال الرئيس"
    assert normalize("مُسْلِمٌ") == "مسلم"
    assert normalize("هٰذا") == "هذا"


def test_tatweel_is_removed():
    assert normalize("الرئيـــــس") == "الرئيس"


def test_presentation_forms_and_lam_alef_ligature_become_letters():
    assert normalize("ﻻ") == "لا"
    assert normalize("ﺑﻮﺗﻴﻦ") == "بوتين"


def test_alef_forms_are_unified():
    assert normalize("أضاف إلى آسيا ٱلله") == "اضاف الي اسيا الله"
    assert normalize("أضاف", alef=False) == "أضاف"


def test_alef_maqsura_folds_to_yeh_unless_asked_not_to():
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("مستشفى", alef_maqsura=False) == "مستشفى"


def test_taa_marbuta_and_hamza_seats_are_kept_by_default():
    assert normalize("مدرسة مسؤول رئيس") == "مدرسة مسؤول رئيس"
    assert normalize("مدرسة", taa_marbuta=True) == "مدرسه"
    assert normalize("مسؤول رئيس", hamza=True) == "مسوول رييس"


def test_arabic_indic_digits_become_ascii():
    assert normalize("٢٠٢١ و۱۴۰۰ و٣٫٥") == "2021 و1400 و3.5"
    assert normalize("٢٠٢١", digits=False) == "٢٠٢١"


def test_invisible_controls_do_not_split_words():
    assert normalize("بو\u200cتين\u200f") == "بوتين"


def test_persian_lookalike_letters_become_arabic():
    assert normalize("کتاب یوم") == "كتاب يوم"


def test_tokenize_keeps_arabic_punctuation_and_quotes_off_words():
    text = 'قال «بوتين»: روسيا، وأفغانستان؛ لماذا؟ "نعم" (لا)'
    assert tokenize(text) == ["قال", "بوتين", "روسيا", "وأفغانستان", "لماذا", "نعم", "لا"]


def test_tokenize_keeps_diacritised_and_stretched_words_whole():
    assert tokenize("قَالَ الرَّئِيسُ الـــروسي") == ["قَالَ", "الرَّئِيسُ", "الـــروسي"]


def test_tokenize_separates_scripts_and_numbers():
    assert tokenize("كوفيد-19 وCOVID في ٢٠٢١ بنسبة 3.5%") == [
        "كوفيد",
        "19",
        "و",
        "COVID",
        "في",
        "٢٠٢١",
        "بنسبة",
        "3.5",
    ]


def test_tokenize_drops_a_lone_tatweel_and_symbols():
    assert tokenize("ـ ... $ ٪ -") == []


@given(st.lists(arabic_heavy_text.map(lambda text: text.replace("\n", " ")), max_size=8))
def test_normalize_many_equals_normalize_word_by_word(words):
    assert normalize_many(words) == [normalize(word) for word in words]
    assert normalize_many(words, alef=False) == [normalize(word, alef=False) for word in words]


# --- counting tokens of many texts ---------------------------------------------

from collections import Counter
from itertools import chain

from akhbar.text import PIECE_BREAKS, token_counts

# News-like text: words of each kind joined by what may or may not end a
# token — punctuation glued on, the separators inside numbers (3.5, 1,000)
# and Latin words (Al-Qaeda, O'Neil), every break character, Unicode spaces,
# marks and tatweel — plus any character of the Arabic block.
_words = st.sampled_from(["روسيا", "وبوتين", "قَالَ", "الرئيـــس", "٣", "3", "5", "Al", "Qaeda", "x"])
_joints = st.sampled_from(".,'’-٫٬") | st.sampled_from(
    ["", "_", *PIECE_BREAKS, *" \n\t\u00a0\u2003\u200c\u200f\u0640\u064b"]
)
news_like_text = st.lists(
    st.tuples(_words | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), _joints),
    max_size=12,
).map(lambda parts: "".join(chain.from_iterable(parts)))


@settings(max_examples=400)  # the rare adjacencies (x'x, 3,5) need many draws
@given(st.lists(news_like_text, max_size=6))
def test_token_counts_equals_counting_tokenize_text_by_text(texts):
    assert token_counts(texts) == Counter(chain.from_iterable(map(tokenize, texts)))


def test_token_counts_of_a_corpus_sized_list_in_several_batches():
    texts = ["قال «بوتين»: روسيا، وروسيا 3.5 Al-Qaeda!", "", "قَالَ الرئيـــس."] * 6_000
    expected = Counter(chain.from_iterable(map(tokenize, texts)))
    assert token_counts(texts) == expected
    assert token_counts(iter(texts)) == expected  # a generator works too
    assert token_counts([]) == Counter()


def test_no_piece_break_can_be_inside_a_token():
    # token_counts splits text at these characters before tokenising: that
    # is only right if no token of any kind can contain one of them.
    for char in PIECE_BREAKS:
        for word in ("بوتين", "Qaeda", "35"):
            assert tokenize(f"{word}{char}{word}") == [word, word], repr(char)


# --- clitic-aware keys --------------------------------------------------------

from akhbar.text import (
    Analyzer,
    analyze,
    analyze_texts,
    arabic_stopwords,
    reference_lexicon,
    resolve_stopwords,
)

NEWS = (
    "قال الرئيس الروسي فلاديمير بوتين إن روسيا ستدعم أفغانستان. وأضاف بوتين أن لروسيا "
    "دوراً في أفغانستان وأن وزير الخارجية سيزور السعودية. وقال وزير الدفاع إن بروسيا "
    "والسعودية علاقات قوية، وأضاف أن حكومته ستواصل العمل مع حكومة أفغانستان."
)


def news_analyzer() -> Analyzer:
    from collections import Counter

    from akhbar.text import tokenize

    return Analyzer(Counter(tokenize(NEWS)), reference_lexicon())


def test_conjunction_and_preposition_forms_share_the_key_of_the_bare_word():
    analyzer = news_analyzer()
    assert {analyzer.key(t) for t in ["روسيا", "لروسيا", "بروسيا", "وروسيا"]} == {"روسيا"}
    assert analyzer.key("والسعودية") == analyzer.key("السعودية") == analyzer.key("للسعودية")


def test_waw_adafa_and_adafa_share_a_key():
    assert analyze("وأضاف") == analyze("أضاف")
    assert news_analyzer().key("وأضاف") == news_analyzer().key("أضاف")


def test_names_and_words_that_start_with_clitic_letters_stay_whole():
    analyzer = news_analyzer()
    for word in ["فلاديمير", "بوتين", "وزير", "ولاية", "وطن", "فريق", "بيان", "لبنان", "كندا"]:
        assert analyzer.key(word) == normalize(word), word
    assert analyze("وولي") == "ولي"  # ولي العهد is not و + لي


def test_pronoun_suffixes_are_stripped_and_taa_marbuta_restored():
    analyzer = news_analyzer()
    assert analyzer.key("حكومته") == "حكومة"
    assert analyze("رئيسها") == "رئيس"
    assert analyze("وجه") == "وجه"  # الوجه shows that وجه is a word, not وج + ه


def test_display_form_is_the_most_frequent_surface_form_without_clitics():
    analyzer = news_analyzer()
    assert analyzer.display("افغانستان") == "أفغانستان"
    assert analyzer.display(analyzer.key("وأضاف")) == "أضاف"
    assert analyzer.display(analyzer.key("والسعودية")) == "السعودية"


def test_stopwords_are_dropped_after_clitic_stripping():
    analyzer = news_analyzer()
    for token in ["في", "وفي", "على", "وعلى", "فإن", "بأن", "الذي", "والتي", "خلال", "عبر"]:
        assert analyzer.key(token) is None, token
    assert analyzer.key("٢٠٢١") is None and analyzer.key("و") is None


def test_stopword_list_is_normalised_and_extendable():
    words = arabic_stopwords()
    assert {"علي", "الي", "هذا", "كان", "وفق"} <= words
    assert "روسيا" not in words
    custom = arabic_stopwords() | resolve_stopwords(["روسيا"])
    assert Analyzer({"روسيا": 2}, reference_lexicon(), stopwords=custom).key("وروسيا") is None
    assert Analyzer({"في": 2}, reference_lexicon(), stopwords=False).key("في") == "في"


def test_stopword_list_covers_the_common_function_words_of_arabic_stopwords():
    try:
        import arabicstopwords.arabicstopwords as gpl_list
    except ImportError:
        pytest.skip("arabic-stopwords (GPL) is not installed: coverage not checked")
    common = ["في", "من", "على", "أن", "إلى", "عن", "مع", "هذا", "التي", "الذي", "كان", "لم"]
    assert all(gpl_list.is_stop(word) for word in common)
    assert all(analyze(word) is None for word in common)


def test_analyze_texts_gives_keys_per_text_and_display_forms():
    result = analyze_texts(["قال بوتين إن روسيا", "وأضاف أن لروسيا دوراً"])
    assert result.keys == [["قال", "بوتين", "روسيا"], ["اضاف", "روسيا", "دورا"]]
    assert result.display["اضاف"] == "أضاف"


def test_an_analyzer_travels_light_and_keys_the_same_after_the_trip():
    import pickle

    analyzer = Analyzer(Counter(tokenize(NEWS)), reference_lexicon())
    shipped = pickle.dumps(analyzer)
    assert len(shipped) < 1_000_000  # the lexicon's 620,000 words are not in it
    arrived = pickle.loads(shipped)
    assert arrived.lexicon is reference_lexicon()
    tokens = tokenize(NEWS) + ["وبالسعودية", "لبوتين", "والمملكة"]
    assert [arrived.key(t) for t in tokens] == [analyzer.key(t) for t in tokens]
