"""Idiomatic أمس/اليوم that date nothing (audit U22 T-1): people of yesterday ("أعداء الأمس"),
"لم تقم أمس" (not born yesterday), a quoted title ending in اليوم ('قناة «اليمن اليوم»'),
a per-day rate ("في اليوم الواحد")."""
from __future__ import annotations

import pytest

PUB = "2015-08-04"


@pytest.mark.parametrize("text", [
    "وينوي الجنرال التحالف مع أعداء الأمس في الشمال.",
    "ويعود حلفاء الأمس إلى الواجهة.",
    "إن الوحدة الوطنية، التي لم تقم أمس، راسخة.",
    "جاء الاعتراف في برنامج بثته قناة «المدينة اليوم» مساء.",
    "وتستخرج الفرق في اليوم الواحد ما بين 100 و150 لغما.",
])
def test_idiom_no_date(run_times, text):
    assert [t.value for t in run_times(text, PUB) if t.text.endswith(("أمس", "الأمس", "اليوم"))] == []


@pytest.mark.parametrize("text,value", [
    ("قال الوزير أمس إن الوضع هادئ.", "2015-08-03"),
    ("ولم يحضر الوزير أمس الاجتماع.", "2015-08-03"),
    ("وحضر الاجتماع صباح اليوم.", "2015-08-04"),
    ("وصل الوفد أمس الأول.", "2015-08-02"),
])
def test_plain_days_stay(run_times, text, value):
    assert value in [t.value for t in run_times(text, PUB)]
