"""akhbar.plot: the shaping decision, fonts, chart helpers and save_figure.

Image-level checks (is the label reversed or unjoined on screen?) are in
test_plot_render.py; here the strings, tables and files a user relies on.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from PIL import Image, features

from akhbar import plot
from akhbar.plot import fonts, shaping

LRI, PDI = "\u2066", "\u2069"
COUNTS = pd.DataFrame(
    {
        "term": ["بين", "الروسي", "أفغانستان", "ضرورة", "بوتين"],
        "count": [8, 9, 5, 5, 4],
        "share": [0.1, 0.2, 0.05, 0.05, 0.04],  # extra column: must be ignored
    }
)


# --- the decision table, each capability forced ----------------------------------


@pytest.mark.parametrize("target", ["matplotlib", "pillow"])
def test_shaping_renderer_gets_the_logical_string(target):
    # matplotlib >= 3.11 and Pillow+Raqm shape themselves: the recipe would reverse.
    assert plot.ar("سلام", target=target, shapes=True) == "سلام"
    assert plot.ar("الرئيس الروسي", target=target, shapes=True) == "الرئيس الروسي"


@pytest.mark.parametrize("target", ["matplotlib", "pillow"])
def test_non_shaping_renderer_gets_joined_forms_in_visual_order(target):
    # matplotlib < 3.11 and Pillow basic draw code points left to right as they come.
    # سلام: final meem (isolated after alef) first, then the lam-alef ligature, initial seen.
    assert plot.ar("سلام", target=target, shapes=False) == "\ufee1\ufefc\ufeb3"
    # Two words: the second word comes first (leftmost) on screen.
    two = plot.ar("الرئيس الروسي", target=target, shapes=False)
    assert two.split(" ") == [
        plot.ar("الروسي", target=target, shapes=False),
        plot.ar("الرئيس", target=target, shapes=False),
    ]


def test_lam_alef_becomes_one_ligature_for_non_shaping_renderers():
    assert plot.ar("لا", shapes=False) == "\ufefb"


def test_probe_answers_agree_with_the_installed_renderers():
    from matplotlib import ft2font

    assert plot.matplotlib_shapes() is bool(getattr(ft2font, "__libraqm_version__", None))
    assert plot.pillow_shapes() is bool(features.check("raqm"))


@pytest.mark.parametrize("target", ["matplotlib", "pillow"])
@pytest.mark.parametrize("verdict", [True, False])
def test_default_ar_follows_the_probe(monkeypatch, target, verdict):
    # Whatever this machine's renderers do, ar() must give what the probe asks for.
    monkeypatch.setattr(shaping, "renderer_shapes", lambda asked: verdict)
    expected = "سلام" if verdict else shaping.visual_order("سلام")
    assert plot.ar("سلام", target=target) == expected


def test_probe_rejects_pillow_basic_layout():
    from PIL import ImageFont

    font = ImageFont.truetype(str(plot.bundled_font()), 32, layout_engine=ImageFont.Layout.BASIC)
    assert shaping.probe_verdict(lambda s: shaping.render_pillow(s, font)) is False


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow has no Raqm layout here")
def test_probe_accepts_pillow_raqm_layout():
    from PIL import ImageFont

    font = ImageFont.truetype(str(plot.bundled_font()), 32, layout_engine=ImageFont.Layout.RAQM)
    assert shaping.probe_verdict(lambda s: shaping.render_pillow(s, font)) is True


def test_probe_disagreeing_with_the_build_wins_and_says_so():
    with pytest.warns(UserWarning, match="did not shape"):
        assert shaping._confirm("renderer", True, lambda s: shaping.render_pillow(s, _basic())) is False
    assert shaping._confirm("renderer", False, lambda s: 1 / 0) is False  # no claim, no probe


def _basic():
    from PIL import ImageFont

    return ImageFont.truetype(str(plot.bundled_font()), 32, layout_engine=ImageFont.Layout.BASIC)


def test_unknown_target_is_an_error():
    with pytest.raises(ValueError, match="target"):
        plot.ar("سلام", target="svg")


# --- mixed text: digits, dates, Latin ------------------------------------------------


@pytest.mark.parametrize("shapes", [True, False])
def test_dates_keep_day_month_year_order(shapes):
    out = plot.ar("عرب وعالم18-11-2021 | 17:18", shapes=shapes)
    assert "18-11-2021" in out and "2021-11-18" not in out
    assert "17:18" in out


def test_shaping_renderer_gets_dates_in_left_to_right_isolates():
    # Without the isolate the bidi algorithm shows "2021-11-18" after an Arabic letter.
    assert plot.ar("تاريخ 18-11-2021", shapes=True) == f"تاريخ {LRI}18-11-2021{PDI}"


def test_arabic_indic_dates_read_right_to_left_as_every_bidi_renderer_shows_them():
    # With Arabic-Indic digits the components run right to left (day rightmost),
    # which is what Raqm and browsers show; ar() gives a plain renderer the same.
    assert plot.ar("بتاريخ ١٨-١١-٢٠٢١", shapes=True) == "بتاريخ ١٨-١١-٢٠٢١"
    assert plot.ar("بتاريخ ١٨-١١-٢٠٢١", shapes=False).startswith("٢٠٢١-١١-١٨ ")


def test_mixed_latin_keeps_its_spelling_and_no_bidi_controls_reach_a_plain_renderer():
    out = plot.ar("فيروس COVID-19 في 2021", shapes=False)
    assert "COVID-19" in out and "2021" in out
    assert not re.search("[\u2066-\u2069\u202a-\u202e]", out)


def test_dollar_signs_stay_text_in_matplotlib():
    from matplotlib import cbook

    for shapes in (True, False):
        label = plot.ar("بقيمة 100$ و 200$", shapes=shapes)
        assert not cbook.is_math_text(label)
    assert plot.ar("100$ or 200$", target="pillow") == "100$ or 200$"


@pytest.mark.parametrize("text", ["الرئاسة الروسية (الكرملين)", "أكد «بوتين» [أمس]"])
def test_brackets_are_mirrored_for_renderers_without_bidi(text):
    # On a right-to-left line the opening bracket is drawn as ")"; a renderer
    # without bidi draws code points as they are, so ar() must swap them.
    shown = plot.ar(text, shapes=False)
    opening, closing = {"(": ")", "«": "»", "[": "]"}, {")", "»", "]"}
    assert shown[0] in opening and shown[0] not in closing  # leftmost glyph: "(" shape
    assert shown.count("(") == text.count("(") and shown.count("«") == text.count("«")


def test_text_without_arabic_is_left_alone():
    assert plot.ar("Top terms 2021-11-18", shapes=False) == "Top terms 2021-11-18"
    assert plot.ar("Top terms", shapes=True) == "Top terms"


def test_non_strings_are_displayed_as_text():
    assert plot.ar(3) == "3"
    assert plot.ar(None) == plot.ar(float("nan")) == plot.ar(pd.NA) == ""


def test_multiline_titles_keep_their_line_order():
    out = plot.ar("أكثر الكلمات\nبوتين", shapes=False)
    first, second = out.split("\n")
    assert first == plot.ar("أكثر الكلمات", shapes=False)
    assert second == plot.ar("بوتين", shapes=False)


def test_recipe_is_applied_only_inside_ar():
    """No module or notebook reshapes/reorders text except the probe-guarded one."""
    lib = Path(plot.__file__).resolve().parents[1]
    root = lib.parents[1]
    files = [*lib.rglob("*.py"), *(root / "notebooks").glob("*.ipynb")]
    offenders = [
        str(p.relative_to(root))
        for p in files
        if p.name != "shaping.py"
        and re.search(r"get_display|arabic_reshaper|\bvisual_order\b", p.read_text("utf-8"))
    ]
    assert offenders == []


# --- fonts ------------------------------------------------------------------------------


def test_font_falls_back_to_matplotlibs_dejavu(monkeypatch):
    monkeypatch.delenv("AKHBAR_FONT", raising=False)
    monkeypatch.setattr(fonts, "system_arabic_font", lambda *a, **k: None)
    assert plot.font_path() == plot.bundled_font()
    assert plot.font_path().is_file()
    assert plot.font_family() == ["DejaVu Sans"]


@pytest.fixture
def fake_installed_fonts(monkeypatch, tmp_path):
    """Pretend these (family, style, weight, file) fonts are installed."""

    def install(*entries):
        monkeypatch.setattr(fonts, "_installed_fonts", lambda: tuple(entries))
        fonts.system_arabic_font.cache_clear()

    yield install
    fonts.system_arabic_font.cache_clear()


def test_installed_arabic_font_is_preferred_regular_upright_first(fake_installed_fonts, tmp_path):
    files = {}
    for name in ("NaskhItalic", "NaskhBold", "Naskh", "Kufi"):
        files[name] = tmp_path / f"{name}.ttf"
        files[name].write_bytes(plot.bundled_font().read_bytes())
    fake_installed_fonts(
        ("DejaVu Sans", "normal", 400, plot.bundled_font()),
        ("Noto Kufi Arabic", "normal", 400, files["Kufi"]),
        ("Noto Naskh Arabic", "italic", 400, files["NaskhItalic"]),
        ("Noto Naskh Arabic", "normal", 700, files["NaskhBold"]),
        ("Noto Naskh Arabic", "normal", 400, files["Naskh"]),
    )
    assert fonts.system_arabic_font() == files["Naskh"]


def test_pillow_gets_a_font_that_maps_every_character_it_draws(fake_installed_fonts, tmp_path):
    # Noto's Arabic fonts have no Latin letters; Pillow has no fallback font.
    naskh = tmp_path / "Naskh.ttf"
    naskh.write_bytes(plot.bundled_font().read_bytes())
    fake_installed_fonts(("Noto Naskh Arabic", "normal", 400, naskh))
    assert plot.font_path(text="بوتين \u2066COVID-19\u2069") == naskh  # DejaVu copy maps it
    assert plot.font_path(text="بوتين \U0001d11e") == plot.bundled_font()  # nobody maps it


def test_installed_font_without_arabic_letters_is_passed_over(fake_installed_fonts):
    import matplotlib as mpl

    latin_only = Path(mpl.get_data_path()) / "fonts" / "ttf" / "cmr10.ttf"
    fake_installed_fonts(("Noto Naskh Arabic", "normal", 400, latin_only))
    assert fonts.system_arabic_font() is None


def test_bundled_font_covers_arabic_and_presentation_forms():
    assert fonts.covers(plot.bundled_font(), fonts._ARABIC_LETTERS + fonts._PRESENTATION_FORMS)


def test_env_variable_chooses_the_font(monkeypatch):
    monkeypatch.setenv("AKHBAR_FONT", str(plot.bundled_font()))
    assert plot.font_path() == plot.bundled_font().resolve()


def test_env_variable_naming_a_missing_file_says_so(monkeypatch, tmp_path):
    monkeypatch.setenv("AKHBAR_FONT", str(tmp_path / "nope.ttf"))
    with pytest.raises(FileNotFoundError, match="AKHBAR_FONT"):
        plot.font_path()


def test_set_font_wins_over_env_and_can_be_undone(monkeypatch, tmp_path):
    copy = tmp_path / "Mine.ttf"
    copy.write_bytes(plot.bundled_font().read_bytes())
    monkeypatch.setenv("AKHBAR_FONT", str(plot.bundled_font()))
    try:
        plot.set_font(copy)
        assert plot.font_path() == copy.resolve()
        path, family = plot.resolve_font()
        assert path == copy.resolve() and family[0] == "DejaVu Sans"
    finally:
        plot.set_font(None)
    assert plot.font_path() == plot.bundled_font().resolve()


def test_set_font_rejects_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        plot.set_font(tmp_path / "missing.ttf")


# --- chart helpers ------------------------------------------------------------------------


def _ticklabels(ax, axis="y"):
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in labels]


def test_bar_terms_plots_the_top_n_largest_first_and_ignores_extra_columns():
    fig = plot.bar_terms(COUNTS, n=3, shapes=True)
    ax = fig.axes[0]
    assert _ticklabels(ax) == ["الروسي", "بين", "أفغانستان"]  # ties keep table order
    widths = [p.get_width() for p in ax.patches]
    assert widths == [9, 8, 5]


def test_bar_terms_is_right_to_left_by_default():
    ax = plot.bar_terms(COUNTS).axes[0]
    left, right = ax.get_xlim()
    assert left > right  # bars grow leftward from zero on the right
    assert ax.yaxis.get_ticks_position() == "right"
    ax = plot.bar_terms(COUNTS, rtl=False).axes[0]
    left, right = ax.get_xlim()
    assert left < right and ax.yaxis.get_ticks_position() == "left"


def test_counts_get_whole_number_ticks():
    ax = plot.bar_terms(pd.DataFrame({"term": ["عرب وعالم"], "count": [1]})).axes[0]
    ax.figure.canvas.draw()
    assert all(float(t).is_integer() for t in ax.get_xticks())


def test_histogram_labels_go_through_ar():
    from akhbar.plot.distribution import histogram

    fig = histogram(pd.DataFrame({"words": [120, 340, 360]}), title="طول المقالات", shapes=False)
    assert fig.axes[0].get_title() == plot.ar("طول المقالات", shapes=False)


def test_bar_terms_labels_go_through_ar():
    ax = plot.bar_terms(COUNTS, n=1, title="أكثر الكلمات", xlabel="عدد", shapes=False).axes[0]
    assert _ticklabels(ax) == [plot.ar("الروسي", shapes=False)]
    assert ax.get_title() == plot.ar("أكثر الكلمات", shapes=False)
    assert ax.get_xlabel() == plot.ar("عدد", shapes=False)


def test_bar_terms_takes_other_column_names():
    table = pd.DataFrame({"speaker": ["بوتين", "جيرنوف"], "quotes": [3, 1], "x": [0, 0]})
    ax = plot.bar_terms(table, label="speaker", value="quotes", shapes=True).axes[0]
    assert _ticklabels(ax) == ["بوتين", "جيرنوف"]


def test_missing_column_error_names_the_columns_there_are():
    with pytest.raises(KeyError, match="has no column 'count'.*term"):
        plot.bar_terms(pd.DataFrame({"term": ["بين"], "n": [1]}))


def test_bar_terms_accepts_pandas_string_dtype():
    table = COUNTS.astype({"term": "string"})
    assert _ticklabels(plot.bar_terms(table, n=2, shapes=True).axes[0]) == ["الروسي", "بين"]


def test_line_over_time_has_one_arabic_legend_entry_per_term():
    table = pd.DataFrame(
        {
            "period": ["2021-10", "2021-11"] * 2,
            "term": ["طالبان", "طالبان", "روسيا", "روسيا"],
            "share": [0.1, 0.2, 0.05, 0.07],
        }
    )
    ax = plot.line_over_time(table, title="حصة", shapes=False).axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [plot.ar("طالبان", shapes=False), plot.ar("روسيا", shapes=False)]
    assert [line.get_ydata().tolist() for line in ax.get_lines()] == [[0.1, 0.2], [0.05, 0.07]]


def test_line_over_time_accepts_dates():
    table = pd.DataFrame(
        {"period": pd.to_datetime(["2021-10-01", "2021-11-01"]), "term": ["بوتين"] * 2, "share": [1, 2]}
    )
    assert len(plot.line_over_time(table).axes[0].get_lines()) == 1


def test_a_single_date_is_one_labelled_point_not_years_of_empty_axis():
    table = pd.DataFrame({"day": pd.to_datetime(["2021-11-18"]), "term": ["بوتين"], "n": [4]})
    ax = plot.line_over_time(table, x="day", y="n").axes[0]
    assert _ticklabels(ax, "x") == ["2021-11-18"]


def test_small_multiples_has_one_panel_per_topic_right_to_left():
    table = pd.DataFrame(
        {
            "topic": [0, 0, 1, 1, 2],
            "term": ["بوتين", "روسيا", "طالبان", "الحدود", "اللاجئين"],
            "weight": [3, 2, 5, 4, 1],
            "rank": [1, 2, 1, 2, 1],
        }
    )
    fig = plot.small_multiples(table, ncols=3, shapes=True)
    assert [ax.get_title() for ax in fig.axes] == ["0", "1", "2"]
    assert [_ticklabels(ax) for ax in fig.axes] == [["بوتين", "روسيا"], ["طالبان", "الحدود"], ["اللاجئين"]]
    # Reading order is right to left: the first topic is the rightmost panel.
    xs = [ax.get_position().x0 for ax in fig.axes]
    assert xs == sorted(xs, reverse=True)


def test_an_empty_table_gives_an_empty_chart_without_warnings():
    import warnings

    empty = pd.DataFrame({"term": pd.Series([], dtype=str), "count": pd.Series([], dtype=int)})
    lines = pd.DataFrame({"period": [], "term": [], "share": []})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(plot.bar_terms(empty).axes[0].patches) == 0
        assert len(plot.line_over_time(lines).axes[0].get_lines()) == 0
        assert len(plot.word_cloud(empty).axes[0].get_images()) == 0


def test_word_cloud_uses_our_counts_not_its_own_tokenizer():
    table = pd.DataFrame({"term": ["في", "the", "بوتين", "صفر"], "count": [5, 4, 3, 0]})
    freqs = plot.cloud_frequencies(table, shapes=True)
    # wordcloud's English stopwords and its tokenizer never see the terms;
    # zero counts cannot be drawn and are left out.
    assert freqs == {"في": 5.0, "the": 4.0, "بوتين": 3.0}
    assert plot.cloud_frequencies(table, shapes=False)[plot.ar("بوتين", shapes=False)] == 3.0


def test_word_cloud_returns_a_figure_with_the_picture():
    fig = plot.word_cloud(COUNTS, title="سحابة", width=300, height=150)
    images = fig.axes[0].get_images()
    assert len(images) == 1 and images[0].get_array().shape[:2] == (150, 300)


# --- save_figure -------------------------------------------------------------------------------


def test_save_figure_writes_png_svg_csv_and_overwrites(tmp_path):
    out = tmp_path / "figs" / "nested"
    fig = plot.bar_terms(COUNTS, title="أكثر الكلمات")
    paths = plot.save_figure(fig, "02_top_terms", data=COUNTS, out_dir=out)
    assert paths == {
        "png": out / "02_top_terms.png",
        "svg": out / "02_top_terms.svg",
        "csv": out / "02_top_terms.csv",
    }
    with Image.open(paths["png"]) as im:
        assert round(im.info["dpi"][0]) == 150
    pd.testing.assert_frame_equal(pd.read_csv(paths["csv"]), COUNTS)
    svg = paths["svg"].read_bytes()
    rerun = plot.bar_terms(COUNTS, title="أكثر الكلمات")
    again = plot.save_figure(rerun, "02_top_terms.png", data=COUNTS, out_dir=out)
    assert again == paths  # a name with an extension still gives the stable names
    assert paths["svg"].read_bytes() == svg  # reruns give the same file (no date, fixed ids)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths.values())


def test_save_figure_without_data_writes_no_csv(tmp_path):
    paths = plot.save_figure(plot.bar_terms(COUNTS), "01_x", out_dir=tmp_path)
    assert set(paths) == {"png", "svg"}


def test_helpers_do_not_leave_figures_open_in_pyplot():
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    plot.bar_terms(COUNTS)
    plot.word_cloud(COUNTS, width=200, height=100)
    assert plt.get_fignums() == before


def test_the_probe_knows_which_matplotlib_shapes_arabic():
    # 3.11 brought libraqm shaping; before it, matplotlib draws isolated letters.
    # Run under both (make test runs the plot tests under matplotlib < 3.11 too).
    major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
    assert shaping.matplotlib_shapes() is ((major, minor) >= (3, 11))


def test_line_over_time_draws_a_missing_period_as_zero():
    import pandas as pd

    from akhbar.plot import line_over_time

    table = pd.DataFrame({
        "day": pd.to_datetime(["2015-07-21", "2015-07-22", "2015-07-22"]),
        "speaker": ["بوتين", "بوتين", "بيسكوف"],
        "count": [2, 1, 3],
    })
    fig = line_over_time(table, x="day", y="count", group="speaker", shapes=True)
    heights = {line.get_label(): list(line.get_ydata()) for line in fig.axes[0].get_lines()}
    assert heights == {"بوتين": [2, 1], "بيسكوف": [0, 3]}


# --- nothing to draw: a figure that says so, never an error --------------------------

_EMPTY = {
    "bar_terms": lambda t: plot.bar_terms(t, title="المقالات حسب القسم"),
    "line_over_time": lambda t: plot.line_over_time(t, x="day", y="count", group="term"),
    "small_multiples": lambda t: plot.small_multiples(t, panel="section", value="count"),
    "word_cloud": lambda t: plot.word_cloud(t),
    "histogram": lambda t: plot.histogram(t, value="count"),
}


def _says_no_data(fig) -> bool:
    return any(plot.figure.NO_DATA in text.get_text() or
               plot.ar(plot.figure.NO_DATA, target="matplotlib") == text.get_text()
               for ax in fig.axes for text in ax.texts)


@pytest.mark.parametrize("helper", sorted(_EMPTY))
def test_an_empty_table_gives_a_figure_that_says_no_data(helper):
    table = pd.DataFrame({"term": pd.Series(dtype=str), "count": pd.Series(dtype="int64"),
                          "section": pd.Series(dtype=str), "day": pd.Series(dtype="datetime64[ns]")})
    fig = _EMPTY[helper](table)
    assert isinstance(fig, matplotlib.figure.Figure)
    assert _says_no_data(fig)


@pytest.mark.parametrize("helper", sorted(_EMPTY))
def test_a_one_row_table_is_drawn(helper):
    table = pd.DataFrame({"term": ["بوتين"], "count": [3], "section": ["عرب وعالم"],
                          "day": pd.to_datetime(["2021-11-18"])})
    fig = _EMPTY[helper](table)
    assert fig.axes and not _says_no_data(fig)


def test_undated_rows_are_left_off_a_time_axis_and_all_undated_is_no_data():
    table = pd.DataFrame({"day": pd.to_datetime([None, "2021-11-18"]), "term": ["أ", "أ"],
                          "count": [5, 3]})
    fig = plot.line_over_time(table, x="day", y="count", group="term")
    assert [list(line.get_ydata()) for line in fig.axes[0].get_lines()] == [[3]]
    assert _says_no_data(plot.line_over_time(table.iloc[:1], x="day", y="count", group="term"))


def test_the_csv_does_not_change_with_last_digit_float_noise(tmp_path):
    one = pd.DataFrame({"topic": [1], "share": [0.22763181922744172]})
    other = one.assign(share=0.22763181922744175)  # the same fit on another BLAS build
    fig = plot.bar_terms(one, label="topic", value="share")
    first = plot.save_figure(fig, "a", data=one, out_dir=tmp_path)["csv"].read_text()
    second = plot.save_figure(fig, "b", data=other, out_dir=tmp_path)["csv"].read_text()
    assert first == second == "topic,share\n1,0.2276318192\n"


def test_a_long_panel_title_is_cut_at_a_word_with_an_ellipsis():
    table = pd.DataFrame({"panel": ["1 · الأرصاد، الرياح، الرياح السطحية، الحرارة"] * 2,
                          "term": ["الأرصاد", "الرياح"], "weight": [0.3, 0.2]})
    fig = plot.small_multiples(table, panel="panel", value="weight", shapes=True)
    title = fig.axes[0].get_title()
    assert title.endswith("…") and len(title) <= 27 and "الرياح السطحية" not in title


def test_small_multiples_cut_long_labels_to_the_panel_width():
    # a 60-letter agency name once took its column's width from the bars and pushed
    # the panel's title off the figure (ANT's speakers by section)
    long_name = "الوكالة الوطنية للسلامة المعلوماتية التابعة لوزارة تكنولوجيا الاتصال"
    table = pd.DataFrame({"section": ["تقنية", "تقنية", "رياضة"],
                          "speaker": [long_name, "حاتم سليمان", "هشام المناعي"],
                          "count": [3, 7, 5]})
    fig = plot.small_multiples(table, panel="section", label="speaker", value="count")
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert len(labels) == 3 and max(map(len, labels)) <= 27
    assert sum("…" in label for label in labels) == 1
