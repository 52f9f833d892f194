"""Speaker attribution on small Arabic fixtures, and the seed article's counts."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pandas as pd
import pytest

import akhbar
import akhbar.speakers
from akhbar.speakers import (
    QUOTE_COLUMNS,
    article_quotes,
    load_lexicon,
    merge_names,
    quotes,
    speaker_counts,
)
from akhbar.speakers.article import find_events
from akhbar.speakers.lexicon import fold
from akhbar.speakers.spans import fold_article
from akhbar.speakers.words import is_role, namey
from akhbar.text import build_reference_lexicon

ROOT = Path(__file__).resolve().parents[1]


def corpus(*bodies: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(bodies))],
                         "body": list(bodies)})


def counted(body: str) -> dict[str, int]:
    table = speaker_counts(quotes(corpus(body)))
    return dict(zip(table["speaker"], table["count"], strict=True))


def events(body: str) -> pd.DataFrame:
    return quotes(corpus(body))


# -- the seed -----------------------------------------------------------------


def test_seed_counts_match_the_gold():
    seed = akhbar.load_corpus(ROOT / "seeds")
    assert counted(seed["body"].iloc[0]) == {
        "دميتري بيسكوف": 4,
        "فلاديمير بوتين": 3,
        "دميتري جيرنوف": 2,
        "الرئاسة الروسية (الكرملين)": 1,
    }


def test_seed_nested_and_continuation_events_are_listed_but_not_counted():
    seed = akhbar.load_corpus(ROOT / "seeds")
    q = quotes(seed)
    assert q["nested"].sum() >= 1  # أعلنت طالبان … inside جيرنوف's quotation
    assert set(q.loc[q["continuation"], "verb"]) == {"موضحا", "مشيرا"}
    assert (q.loc[q["continuation"], "speaker"] != "").all()


# -- verb families --------------------------------------------------------------


@pytest.mark.parametrize("verb, complement", [
    ("قال", "إن"), ("وقال", "إن"), ("فقال", "إن"), ("قالت", "إن"), ("وأضاف", "أن"),
    ("وتابع", ":"), ("وأكد", "أن"), ("وأوضح", "أن"), ("وأشار", "إلى أن"), ("ولفت", "إلى أن"),
    ("وصرح", "بأن"), ("وأعلن", "أن"), ("وذكر", "أن"), ("وشدد", "على أن"), ("ونفى", "أن"),
    ("واعتبر", "أن"), ("ورأى", "أن"), ("وكشف", "عن أن"), ("وحذر", "من أن"), ("وأفاد", "بأن"),
    ("وزعم", "أن"), ("وبين", "أن"), ("واستطرد", "قائلا:"), ("وأشاد", "بأن"),
])
def test_each_reporting_verb_family_with_proclitics(verb, complement):
    body = f"{verb} وزير الخارجية سامح شكري {complement} الاجتماع كان مثمرا."
    q = events(body)
    q = q[~q["continuation"]]
    assert q["speaker"].tolist() == ["سامح شكري"]
    assert q["verb"].iloc[0] == verb


def test_plural_feminine_and_present_inflections():
    body = "قال المحتجون إن المطالب واضحة. وأكدوا أن الاعتصام مستمر."
    assert counted(body) == {"المحتجون": 2}
    assert counted("وقالت الوزيرة سارة العلي إن الخطة جاهزة.") == {"سارة العلي": 1}
    assert counted("ويقول الخبير الاقتصادي محمد العمري إن الأسعار سترتفع.") == {"محمد العمري": 1}


def test_plural_verb_does_not_go_back_to_one_person():
    body = "وقال الوزير خالد الفالح إن الإنتاج مستقر. وأضافوا أن الأسعار سترتفع."
    assert counted(body) == {"خالد الفالح": 1}


def test_verbs_that_only_name_a_topic_or_are_prepositions_are_not_events():
    assert counted("وتحدث الوزير عن خطة التنمية.") == {}
    assert counted("وتم توزيع المساعدات بين الأسر المحتاجة.") == {}
    assert counted("وصل الوفد عبر الحدود الشمالية.") == {}


def test_direct_and_indirect_kinds_and_offsets_point_into_the_body():
    body = "وقال الوزير خالد الفالح: «الإنتاج مستقر». وأكد الفالح أن الأسعار ستتحسن."
    q = events(body)
    assert q["kind"].tolist() == ["direct", "indirect"]
    for row in q.itertuples():
        assert body[row.start:row.start + len(row.verb)] == row.verb
        assert row.quote in body
    assert q["quote"].iloc[0].startswith("«الإنتاج")


@pytest.mark.parametrize("body", [
    "قالَ الرئيـــس: «نعم».",  # diacritics and tatweel vanish
    "وقال ﻻعب الفريق ﷲ أكبر إن",  # presentation forms expand (ﻻ → لا)
    "\u200fأكد\u200c الوزير ٢٠٢١ ۱۲ ک ی 😀 أن",  # marks, digits, Persian letters, emoji
    "plain ASCII, nothing folds",
])
def test_folded_text_maps_back_to_every_character_as_written(body):
    art = fold_article(body)
    assert art.text == "".join(fold(c) for c in body)  # fold, character by character
    for i in range(len(art.text)):  # each folded character comes from its original
        assert art.text[i] in fold(body[art.original(i)])
    assert art.original(len(art.text)) == len(body)


# -- titles, names, organisations ------------------------------------------------


def test_titles_and_nationality_adjectives_are_skipped_for_the_name():
    assert counted("قال الرئيس الروسي، فلاديمير بوتين إن الوضع خطير.") == {"فلاديمير بوتين": 1}
    assert counted("وقال المتحدث الرسمي باسم الرئاسة دميتري بيسكوف إن الاتصال مهم.") == \
        {"دميتري بيسكوف": 1}
    assert counted("وأوضح مدير جوازات منطقة نجران العميد سعد مفلح الجهني أن العمل مستمر.") == \
        {"سعد مفلح الجهني": 1}


def test_name_before_title():
    assert counted("وقال كورت بوك الرئيس التنفيذي للشركة إن المبيعات تراجعت.") == \
        {"كورت بوك": 1}


def test_title_alone_when_no_name_is_given():
    assert counted("وقال مصدر دبلوماسي تركي إن الزيارة تأجلت.") == {"مصدر دبلوماسي تركي": 1}


def test_organisations_speak_and_their_short_form_merges():
    body = ("وقالت لجنة مكافحة الإرهاب الروسية إن العملية انتهت. "
            "وأوضحت اللجنة أن ستة مسلحين قتلوا.")
    assert counted(body) == {"لجنة مكافحة الإرهاب الروسية": 2}


def test_parenthesised_alias_is_kept_in_the_canonical_name():
    assert counted("من ناحية أخرى، أكدت الرئاسة الروسية (الكرملين) أن الاتصال تم.") == \
        {"الرئاسة الروسية (الكرملين)": 1}


def test_within_article_merging_uses_the_fullest_name():
    body = ("وقال وزير الخارجية سامح شكري إن مصر قلقة.\n"
            "وأضاف شكري أن العجز كبير.")
    q = events(body)
    assert q["speaker"].tolist() == ["سامح شكري", "سامح شكري"]
    assert q["speaker_surface"].tolist() == ["سامح شكري", "شكري"]


def test_corpus_merge_on_normalised_name():
    table = speaker_counts(quotes(corpus("قال أحمد العلي إن الخطة جاهزة.",
                                         "وقال احمد العلي إن الخطة تأخرت.")))
    assert table["count"].tolist() == [2]
    assert table["articles"].tolist() == [2]


def test_corpus_merge_takes_a_compound_given_name_written_apart_or_together():
    table = speaker_counts(quotes(corpus("قال عبد الحميد الدبيبة إن الانتخابات قريبة.",
                                         "وقال عبدالحميد الدبيبة إن الحكومة باقية.",
                                         "وقال عبدالحميد الدبيبة إن الميزانية جاهزة.")))
    assert table[["speaker", "count", "articles"]].values.tolist() == [["عبدالحميد الدبيبة", 3, 3]]


def test_corpus_merge_takes_a_name_without_its_lineage_as_the_same_person():
    table = speaker_counts(quotes(corpus(
        "قال عادل بن أحمد الجبير إن العلاقات متينة.", "وقال عادل الجبير إن الزيارة مثمرة.",
        "وقال عادل الجبير إن الحوار مستمر.", "قال محمد بن سلمان إن الرؤية تتقدم.",
        "وقال خالد بن محمد خليفة إن البنك يمول.", "وقال خالد خليفة إن الموسم صعب.")))
    counts = dict(zip(table["speaker"], table["count"]))
    assert counts.pop("عادل الجبير") == 3
    assert counts == {"محمد بن سلمان": 1, "خالد بن محمد خليفة": 1, "خالد خليفة": 1}


# -- attribution phrases -------------------------------------------------------------


@pytest.mark.parametrize("phrase, speaker", [
    ("بحسب وكالة رويترز", "وكالة رويترز"),
    ("حسب ما قاله مسؤولون بريطانيون", "مسؤولون بريطانيون"),
    ("وفقا لمركز الإحصاءات الإيراني", "مركز الإحصاءات الإيراني"),
    ("نقلا عن وزارة الصحة", "وزارة الصحة"),
    ("على لسان المتحدث باسم الجيش", "المتحدث باسم الجيش"),
])
def test_attribution_phrases(phrase, speaker):
    q = events(f"ارتفعت نسبة البطالة إلى عشرة في المئة، {phrase}.")
    assert q["speaker"].tolist() == [speaker]
    assert q["kind"].tolist() == ["attribution"]


def test_attribution_needs_a_source_not_a_rule():
    assert counted("وتوزع الكتب على المدارس وفق احتياج كل مدرسة.") == {}
    assert counted("ويتم القبول حسب الجدول المعلن.") == {}


# -- anaphora, nesting, continuation ---------------------------------------------------


def test_subjectless_verbs_go_to_the_most_recent_speaker():
    body = ("قال الرئيس الروسي، فلاديمير بوتين إن الوضع خطير.\n"
            "وتابع: \"يجب أن نعمل معا\".\n"
            "وقال السفير دميتري جيرنوف إن طالبان تريد التعاون.\n"
            "وأكد أن الحوار مستمر.\n"
            "ولفت إلى أن الوضع الإنساني صعب.")
    assert counted(body) == {"فلاديمير بوتين": 2, "دميتري جيرنوف": 3}


def test_feminine_verb_prefers_a_feminine_antecedent():
    body = ("وأشارت صحيفة ميرور إلى أن العقد جديد.\n"
            "وأضافت أن المفاوضات انتهت.")
    assert counted(body) == {"صحيفة ميرور": 2}


def test_writers_voice_is_not_a_speaker():
    assert counted("يذكر أن الحرب بدأت عام 2013. ويشار إلى أن المدينة محاصرة.") == {}


def test_report_inside_a_quotation_is_nested():
    body = ('وأضاف جيرنوف: "أعلنت طالبان أنها تريد التعاون مع روسيا".')
    q = events(body)
    nested = q[q["nested"]]
    assert len(nested) == 1 and nested["verb"].iloc[0] == "أعلنت"
    assert counted(body) == {"جيرنوف": 1}


def test_subjectless_report_inside_an_indirect_clause_is_nested():
    # أكدت (feminine, no subject) inside جيرنوف's إن clause is طالبان's voice, not his:
    # the event is nested, so it has no speaker and is not counted
    body = "قال السفير دميتري جيرنوف إن حركة طالبان، التي تخضع للعقوبات، أكدت أن روسيا أولوية."
    found = find_events(fold(body), load_lexicon())
    assert [(e.verb, e.nested) for e in found] == [("قال", False), ("اكدت", True)]
    assert counted(body) == {"دميتري جيرنوف": 1}


def test_continuation_participles_are_marked_and_not_counted():
    body = "وأضاف بيسكوف أن الاتصال متوقع، مشيرا إلى أن الموعد لم يحدد، موضحا أن الملف مفتوح."
    q = events(body)
    assert q["continuation"].tolist() == [False, True, True]
    assert set(q["speaker"]) == {"بيسكوف"}
    assert counted(body) == {"بيسكوف": 1}
    assert speaker_counts(quotes(corpus(body)), include_nested=True)["count"].tolist() == [3]


# -- shapes --------------------------------------------------------------------------


def test_quotes_columns_and_empty_input():
    q = quotes(corpus("لا يوجد أي تصريح هنا.", ""))
    assert q.columns.tolist()[:len(QUOTE_COLUMNS)] == QUOTE_COLUMNS
    assert q.empty
    assert speaker_counts(q).columns.tolist() == ["speaker", "count", "articles"]


def test_speaker_counts_by_section_and_month():
    df = corpus("قال الوزير خالد الفالح إن الإنتاج مستقر.",
                "وقال الوزير خالد الفالح إن الأسعار سترتفع.")
    df["section"] = ["اقتصاد", "سياسة"]
    df["published"] = pd.to_datetime(["2015-07-21", "2015-08-02"])
    by_section = speaker_counts(quotes(df), by="section")
    assert by_section.columns.tolist() == ["section", "speaker", "count", "articles"]
    assert by_section["section"].tolist() == ["اقتصاد", "سياسة"]
    by_month = speaker_counts(quotes(df), by="month")
    assert by_month["month"].dt.month.tolist() == [7, 8]


def test_speaker_counts_takes_the_quotes_table_not_the_corpus():
    df = corpus("قال بوتين إن الوضع خطير.")
    with pytest.raises(TypeError, match=r"pass quotes\(corpus\)"):
        speaker_counts(df)


def test_speaker_counts_by_a_grouping_without_any_value_is_an_empty_table():
    df = corpus("قال الوزير خالد الفالح إن الإنتاج مستقر.")
    df["section"] = [""]
    table = speaker_counts(quotes(df), by="section")
    assert table.empty and table.columns.tolist() == ["section", "speaker", "count", "articles"]
    silent = corpus("لا يوجد أي تصريح هنا.")
    silent["section"] = ["اقتصاد"]
    table = speaker_counts(quotes(silent), by="section")
    assert table.empty and table.columns.tolist() == ["section", "speaker", "count", "articles"]


def test_quotes_is_each_article_then_one_corpus_merge():
    df = corpus("قال أحمد العلي إن الخطة جاهزة.", "وقال احمد العلي إن الخطة تأخرت.")
    lex = load_lexicon()
    per_article = [article_quotes(a, b, lex) for a, b in zip(df["article_id"], df["body"])]
    assert [r["speaker"] for rows in per_article for r in rows] == ["أحمد العلي", "احمد العلي"]
    table = pd.DataFrame([r for rows in per_article for r in rows], columns=QUOTE_COLUMNS)
    table = table.astype({"start": "int64", "end": "int64", "paragraph": "int64"})
    pd.testing.assert_frame_equal(merge_names(table), quotes(df))


def test_quotes_reads_the_text_column_it_is_given():
    df = corpus("")
    df["title"] = ["قال بوتين إن الوضع خطير."]
    assert quotes(df).empty
    assert quotes(df, text="title")["speaker"].tolist() == ["بوتين"]


def test_word_classes_are_cached_per_lexicon():
    lex = load_lexicon()
    no_roles = dataclasses.replace(lex, roles=frozenset(), honorifics=frozenset())
    assert is_role("الرئيس", lex) and not is_role("الرئيس", no_roles)
    assert is_role("الرئيس", lex)  # the other lexicon's answer did not replace this one
    # a lexicon where سعد is a common noun, used with ال as often as without
    no_names = dataclasses.replace(
        lex, given=frozenset(), reference=build_reference_lexicon({"سعد": 1e-3, "السعد": 1e-3}))
    assert namey("سعد", lex) and not namey("سعد", no_names)


def _lines_run(call) -> int:
    """How many lines of akhbar.speakers ``call`` runs: the work done, counted."""
    package = str(Path(akhbar.speakers.__file__).parent)
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def enter(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(package) else None

    sys.settrace(enter)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_the_work_grows_in_proportion_to_the_article():
    # One long "article" (a concatenated dump): every event must not be compared with
    # every earlier event or speaker. Counted in lines run, not timed. Distinct named
    # speakers, subjectless verbs and participles exercise nesting and anaphora.
    given = ["محمد", "أحمد", "خالد", "سعد", "فهد", "علي", "حسن", "عمر", "سامي", "ماجد"]
    family = ["الزرقاني", "البريكي", "الشمراني", "القحطاني", "العنزي", "الدوسري",
              "المطيري", "الغامدي", "الزهراني", "الحربي", "الشهري", "العتيبي"]

    def dump(n: int) -> pd.DataFrame:
        # also attributions (بحسب ما أفاد به …: verbs inside them are not events of
        # their own) and speakers named by their surname alone (وأكد الزرقاني: the
        # full name is looked up in the article)
        paragraphs = [f"وقال المتحدث باسم الوزارة {given[k % 10]} {family[k // 10 % 12]} إن "
                      "الوضع مستقر. وأضاف أن الحوار مستمر، مشيرا إلى أن الاجتماع القادم مهم. "
                      "وبحسب ما أفاد به مصدر مطلع فإن الخطة جاهزة. "
                      f"وأكد {family[k % 12]} أن العمل مستمر."
                      for k in range(n)]
        return corpus("\n".join(paragraphs))

    small, large = dump(60), dump(240)
    quotes(small)  # warm the caches
    assert len(quotes(large)) == 4 * len(quotes(small))
    ratio = _lines_run(lambda: quotes(large)) / _lines_run(lambda: quotes(small))
    assert ratio < 4.6  # 4 times the text: about 4 times the work (quadratic: over 10)


# -- harder constructions -------------------------------------------------------------


def test_relayed_source_speaks_not_the_outlet():
    body = ("ونقلت وكالة الأنباء الإيرانية عن المتحدث باسم الوزارة حسين أميري قوله إن "
            "الموقوفين أفرج عنهم.")
    assert counted(body) == {"حسين أميري": 1}


def test_a_statement_document_is_credited_to_its_issuer():
    body = ("ويتوقع ارتفاع الجوع، وفق بيان للأمم المتحدة.\n"
            "وقال البيان إن الوضع الغذائي منذر بالخطر.")
    assert counted(body) == {"الأمم المتحدة": 2}


def test_subject_written_before_the_verb():
    assert counted("ولكن منظمة العفو الدولية تقول إن العدد أكبر.") == {"منظمة العفو الدولية": 1}
    assert counted("وكان المتحدث الأمني اللواء منصور التركي قد أشار إلى أن الدورية تعرضت لمقذوف.") \
        == {"منصور التركي": 1}


def test_stance_verbs_and_thanks():
    assert counted("وأشاد الوزير خالد الفالح بالجهود المبذولة.") == {"خالد الفالح": 1}
    assert counted("رفع رئيس الاتحاد الأمير عبدالله بن فهد التهنئة للقيادة.") == \
        {"عبدالله بن فهد": 1}
    assert counted("ورفعت الشركة أسعار منتجاتها.") == {}


def test_object_pronoun_and_oblique_plural_are_not_subjects():
    body = "قال والد الشهيد إن ابنه بطل. وشكر المسؤولين على اهتمامهم."
    assert counted(body) == {"والد الشهيد": 2}


# -- command line ------------------------------------------------------------------------


def test_cli_counts_and_quotes(capsys):
    from akhbar.cli import main

    assert main(["speakers", str(ROOT / "seeds"), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article_id,speaker,count"
    assert "000_9d01ffca6c2bf9eb,دميتري بيسكوف,4" in lines
    assert main(["speakers", str(ROOT / "seeds"), "--quotes", "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header == ",".join(QUOTE_COLUMNS)


def test_a_title_abbreviation_does_not_join_two_doctors_whatever_the_hash_seed():
    # د.العثمان and د.الضلعان share only the abbreviated title د.: the second is
    # not the first. Which word heads a mention must not depend on how Python
    # happens to order a set in this process, so several seeds are tried.
    import os
    import subprocess
    import sys

    body = ("وأقر د.إبراهيم بن عبدالله العثمان -أستاذ التربية الخاصة بالجامعة- أن المراكز قليلة.\n"
            "وأوضح د.العثمان أن الدراسات محدودة.\n"
            "وتحدث د.هشام الضلعان -استشاري مخ وأعصاب الأطفال- عن العلاج.\n"
            "ودعا د.الضلعان إلى النظر في الإعانة الشهرية للأسر.")
    script = ("import sys, pandas as pd\nfrom akhbar.speakers import quotes\n"
              "q = quotes(pd.DataFrame({'article_id': ['a'], 'body': [sys.argv[1]]}))\n"
              "print('|'.join(q['speaker']))")
    runs = {
        subprocess.run([sys.executable, "-c", script, body], capture_output=True, text=True,
                       check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
        for seed in (0, 1, 2)
    }
    # (الضلعان takes the full name the text gives when he is introduced by تحدث)
    assert runs == {"إبراهيم بن عبدالله العثمان|إبراهيم بن عبدالله العثمان|هشام الضلعان"}
