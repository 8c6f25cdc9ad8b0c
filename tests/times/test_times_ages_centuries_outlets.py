"""Times: quoted durations, outlet names and clock minutes, a bare year after من, centuries; one invented sentence each."""
from __future__ import annotations

import pytest

PUB = "2017-10-01"


def _times(run_times, text):
    return [(t.text, t.type, t.value) for t in run_times(text, PUB)]


# T-1: a closing quotation mark after "منذ/قبل N سنوات" ends a quotation; it makes no age
@pytest.mark.parametrize("text,expected", [
    ('وقال إنه "الأسوأ منذ نحو 4 سنوات".', [("منذ نحو 4 سنوات", "duration", "P4Y")]),
    ("ووصفه بأنه «الأكبر منذ خمس سنوات»", [("منذ خمس سنوات", "duration", "P5Y")]),
])
def test_duration_before_a_closing_mark(run_times, text, expected):
    assert _times(run_times, text) == expected


@pytest.mark.parametrize("text", [
    "وقتل سامر (46 عاما) في القصف",
    'وقال الشاب "22 عاما" إنه',  # a bare N years in marks after a person: an age
])
def test_age_in_marks_stays_an_age(run_times, text):
    assert _times(run_times, text) == []


# T-2: a month in a media name, the minutes of a clock time
@pytest.mark.parametrize("text", [
    "وذكر موقع سبتمبر نت أن القوات تقدمت",
    "ونقلت صحيفة 14 أكتوبر عن مصدر",
    "وقالت قناة 25 يناير إن",
    "وقع الانفجار الساعة السابعة وعشر دقائق",
    "وفي الساعة 9 و15 دقيقة بدأ القصف",
])
def test_no_time_in_media_names_and_clock_minutes(run_times, text):
    assert _times(run_times, text) == []


@pytest.mark.parametrize("text,expected", [
    ("انتهت المباراة بعد 90 دقيقة", [("90 دقيقة", "duration", "PT90M")]),
    ("وقع الحادث في 26 سبتمبر الماضي", [("26 سبتمبر الماضي", "date", "2017-09-26")]),
    ("وأفادت الصحيفة في سبتمبر الماضي بأن", [("سبتمبر الماضي", "date", "2017-09")]),
])
def test_months_and_minutes_still_times(run_times, text, expected):
    assert _times(run_times, text) == expected


# T-3: a bare year after "من" with a part of the year before it
@pytest.mark.parametrize("text", [
    "نشرت الوزارة أرقاما عن الأشهر الستة الأولى من 2016",
    "تراجع النمو خلال النصف الثاني من 2016",
])
def test_part_of_a_bare_year(run_times, text):
    assert _times(run_times, text) == [("2016", "date", "2016")]


@pytest.mark.parametrize("text", [
    "أصيب أكثر من 2000 شخص",
    "وصل عدد من 2000 متطوع",
])
def test_count_after_min_is_no_year(run_times, text):
    assert _times(run_times, text) == []


# audit U17 events P9: a century named by its ordinal
@pytest.mark.parametrize("text,expected", [
    ("وشهد القرن التاسع عشر بداية الهجرة", [("القرن التاسع عشر", "range", "1800", "1899")]),
    ("بني الجسر في القرن العشرين", [("القرن العشرين", "range", "1900", "1999")]),
    ("في ستينيات القرن العشرين", [("ستينيات القرن العشرين", "range", "1960", "1969")]),  # a decade
])
def test_century(run_times, text, expected):
    assert [(t.text, t.type, t.value, t.value_end) for t in run_times(text, PUB)] == expected


@pytest.mark.parametrize("text", ["رفض الفلسطينيون صفقة القرن", "وصف اللقاء بأنه لقاء القرن"])
def test_no_century_without_ordinal(run_times, text):
    assert _times(run_times, text) == []
