"""`by=` means the same everywhere: a column, a period of `published`, or a list."""

import pandas as pd
import pytest

from akhbar.grouping import auto_period, with_groups
from akhbar.overview import articles_by

FRAME = pd.DataFrame({
    "published": pd.to_datetime(["2021-11-18 17:18", "2021-11-30 09:00", "2021-12-01 00:00", None]),
    "section": ["عرب وعالم", "اقتصاد", "عرب وعالم", ""],
})


def test_month_is_the_first_day_of_the_month_and_undated_rows_stay():
    frame, names = with_groups(FRAME, ["section", "month"])
    assert names == ["section", "month"]
    assert frame["month"].tolist()[:3] == [pd.Timestamp("2021-11-01")] * 2 + [
        pd.Timestamp("2021-12-01")]
    assert pd.isna(frame["month"].iloc[3])


def test_unknown_grouping_says_what_is_allowed():
    with pytest.raises(ValueError, match="'fortnight'.*no such column.*month"):
        with_groups(FRAME, "fortnight")


@pytest.mark.parametrize(("days", "period"), [(0, "day"), (60, "day"), (400, "week"),
                                                (1500, "month")])
def test_auto_period_follows_the_span_of_the_dates(days, period):
    start = pd.Timestamp("2015-01-01")
    dates = pd.Series([start, start + pd.Timedelta(days=days), pd.NaT])
    assert auto_period(dates) == period


def test_articles_by_section_names_the_empty_section():
    table = articles_by(FRAME, by="section")
    assert table.values.tolist() == [["عرب وعالم", 2, 0.5], ["(none)", 1, 0.25],
                                     ["اقتصاد", 1, 0.25]]


def test_auto_is_named_after_the_period_it_chose():
    frame, names = with_groups(FRAME, ["section", "auto"])
    assert names == ["section", "day"]
    assert frame["day"].iloc[0] == pd.Timestamp("2021-11-18")


def test_a_grouping_with_no_value_at_all_has_no_groups():
    undated = FRAME.assign(published=pd.NaT, section=["", " ", None, ""])
    for by in ("section", "month", ["section", "month"]):
        frame, _ = with_groups(undated, by)
        assert frame.empty
    assert articles_by(undated, by="month").columns.tolist() == ["month", "articles", "share"]
    assert articles_by(undated, by="month").empty


def test_the_default_section_grouping_of_a_table_without_sections_is_empty():
    table = articles_by(FRAME.drop(columns="section"))
    assert table.empty and table.columns.tolist() == ["section", "articles", "share"]
    with pytest.raises(ValueError, match="'source'"):
        articles_by(FRAME, by="source")
