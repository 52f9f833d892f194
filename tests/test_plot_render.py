"""Image-level checks: is an Arabic label drawn joined and right to left?

Reference: Pillow with Raqm drawing the logical string (HarfBuzz + FriBiDi).
Each renderer state this machine can produce is compared with it: matplotlib
as installed (>= 3.11 in .venv, < 3.11 in .venv-legacy, see ci/legacy_env.sh),
Pillow with Raqm and Pillow's basic layout. A reversed word scores about 0.2
against the reference, unjoined letters 0 (wrong width), a correct one > 0.7.
"""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib import ft2font
from plot_helpers import (
    found_cloud_terms,
    found_terms,
    ink,
    loose_similarity,
    matplotlib_image,
    pillow_image,
    pillow_without_raqm,
    raqm_available,
    similarity,
    tesseract_missing,
)

from akhbar import plot
from akhbar.plot import shaping

WORDS = ["سلام", "أفغانستان", "الرئيس الروسي", "بين"]
CORRECT, WRONG = 0.6, 0.4
MPL_HAS_RAQM = bool(getattr(ft2font, "__libraqm_version__", None))

needs_raqm = pytest.mark.skipif(
    not raqm_available(), reason="no Pillow+Raqm here, so no reference rendering"
)


def render(state: str, text: str):
    if state == "matplotlib":
        return ink(matplotlib_image(text))
    return ink(pillow_image(text, layout=state.removeprefix("pillow-")))


# Decision table, on pixels: (renderer state, does it shape by itself?)
STATES = [("matplotlib", MPL_HAS_RAQM), ("pillow-raqm", True), ("pillow-basic", False)]


@needs_raqm
@pytest.mark.parametrize("state,shapes", STATES)
@pytest.mark.parametrize("word", WORDS)
def test_raw_string_is_right_only_where_the_renderer_shapes(state, shapes, word):
    score = similarity(render(state, word), render("pillow-raqm", word))
    assert (score > CORRECT) if shapes else (score < WRONG), score


@needs_raqm
@pytest.mark.parametrize("state,shapes", STATES)
@pytest.mark.parametrize("word", WORDS)
def test_reshape_bidi_recipe_is_right_only_where_the_renderer_does_not_shape(state, shapes, word):
    recipe = shaping.visual_order(word)
    score = similarity(render(state, recipe), render("pillow-raqm", word))
    assert (score < WRONG) if shapes else (score > CORRECT), score


@needs_raqm
@pytest.mark.parametrize("word", WORDS)
def test_ar_is_right_on_installed_matplotlib(word):
    shown = plot.ar(word, target="matplotlib")
    assert similarity(render("matplotlib", shown), render("pillow-raqm", word)) > CORRECT


@needs_raqm
@pytest.mark.parametrize("state,shapes", STATES[1:])
@pytest.mark.parametrize("word", WORDS)
def test_ar_is_right_on_pillow_given_its_layout(state, shapes, word):
    shown = plot.ar(word, target="pillow", shapes=shapes)
    assert similarity(render(state, shown), render("pillow-raqm", word)) > CORRECT


MIXED = ["عرب وعالم 18-11-2021 | 17:18", "تاريخ 18-11-2021", "Kremlin (الكرملين)"]


@needs_raqm
@pytest.mark.parametrize("text", MIXED)
def test_mixed_text_looks_the_same_on_every_renderer(text):
    # Digits, dates and Latin inside Arabic: the plain renderers given ar()'s
    # visual string must show what Raqm shows for the logical string (the
    # date runs in the same place, not "2021-11-18").
    reference = render("pillow-raqm", plot.ar(text, target="pillow", shapes=True))
    basic = render("pillow-basic", plot.ar(text, target="pillow", shapes=False))
    mpl = render("matplotlib", plot.ar(text, target="matplotlib"))
    assert loose_similarity(basic, reference) > 0.75
    assert loose_similarity(mpl, reference) > 0.75


@needs_raqm
@pytest.mark.parametrize("text", MIXED)
def test_without_isolates_raqm_would_move_the_date(text):
    # Why ar() wraps digit runs: the check above can tell a moved date apart.
    reference = render("pillow-raqm", plot.ar(text, target="pillow", shapes=True))
    assert loose_similarity(render("pillow-raqm", text), reference) < 0.7


def test_matplotlib_render_probe_agrees_with_libraqm():
    # The pixel probe alone, without the version shortcut in matplotlib_shapes().
    assert shaping.probe_verdict(shaping.render_matplotlib) is MPL_HAS_RAQM


# --- OCR oracle on whole figures ---------------------------------------------------------

TERMS = ["أفغانستان", "روسيا", "الرئيس", "الحدود", "اللاجئين", "طالبان", "بوتين", "الأمن"]
TABLE = pd.DataFrame({"term": TERMS, "count": range(len(TERMS) + 10, 10, -1)})
# Four OCR passes are enough for an 8-word cloud (the benchmark uses 15 on real clouds).
QUICK = {"scales": (1.0, 0.5), "psms": (6, 11)}


@pytest.fixture(scope="module")
def ocr_ready():
    reason = tesseract_missing()
    if reason:
        print(f"OCR tests skipped: {reason}")
        pytest.skip(reason)


@pytest.mark.parametrize("wrong", [False, True])
def test_ocr_reads_the_bar_chart_labels_and_not_a_reversed_one(ocr_ready, tmp_path, wrong):
    shapes = not plot.matplotlib_shapes() if wrong else None
    paths = plot.save_figure(plot.bar_terms(TABLE, shapes=shapes), "bars", out_dir=tmp_path)
    found = found_terms(TERMS, paths["png"])
    if wrong:
        assert len(found) <= 1, found
    else:
        assert len(found) >= 7, found


@pytest.mark.parametrize("wrong", [False, True])
def test_ocr_reads_the_word_cloud_and_not_a_reversed_one(ocr_ready, tmp_path, wrong):
    shapes = not plot.pillow_shapes() if wrong else None
    fig = plot.word_cloud(TABLE, shapes=shapes, width=600, height=300)
    paths = plot.save_figure(fig, "cloud", out_dir=tmp_path)
    found = found_cloud_terms(TERMS, paths["png"], **QUICK)
    if wrong:
        assert len(found) <= 1, found
    else:
        assert len(found) >= 6, found


@pytest.mark.parametrize("shapes", [False, True])
def test_ocr_reads_a_word_cloud_drawn_with_pillows_basic_layout(ocr_ready, tmp_path, shapes):
    # A host without Raqm: ar() must hand wordcloud the reshaped, reordered text.
    with pillow_without_raqm():
        fig = plot.word_cloud(TABLE, shapes=shapes, width=600, height=300)
    found = found_cloud_terms(TERMS, plot.save_figure(fig, "cloud", out_dir=tmp_path)["png"], **QUICK)
    if shapes:  # the logical string on the basic layout: unjoined, left to right
        assert len(found) <= 1, found
    else:
        assert len(found) >= 6, found
