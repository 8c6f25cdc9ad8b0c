""""برنامج (60 دقيقة)", "في برنامج 24 ساعة": a number and a unit right after برنامج (a mark may
stand between) name a programme, not a duration (audit U52: two false PT60M)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وانتقد الرئيس المذيعة بسبب فقرة من برنامج (60 دقيقة).", []),
    ("واستضافت المذيعة مجموعة من الناخبين في برنامج 60 دقيقة الشهير.", []),
    ('وظهر الوزير في برنامج "24 ساعة" على القناة.', []),
    # must not fire: a duration of a programme
    ("وبث البرنامج لمدة 60 دقيقة.", [("60 دقيقة", "PT60M")]),
    ("وتحدث الوزير في برنامج مدته 45 دقيقة.", [("45 دقيقة", "PT45M")]),
])
def test_show_name(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-02-19")] == want
