"""Normalisation and tokenisation of Arabic text: the linguistic facts users rely on."""

from hypothesis import given
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
