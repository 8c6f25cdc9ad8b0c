""""ظهيرة ذلك اليوم الثلاثاء": a demonstrative before "اليوم" and a weekday is the day of a story
told, not this week's — no time, and no "today" for later expressions to lean on (audit U60
saudinewsnet-2015-07-27-00973: a Tuesday of 1453 went to the week of publication)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,values", [
    ("وفي ظهيرة ذلك اليوم الثلاثاء دخل الجيش المدينة.", "2015-07-27", []),
    ("وفي ذلك اليوم الأحد خرج الناس إلى الشوارع.", "2015-07-27", []),
    # kept: today's weekday
    ("وقال الوزير اليوم الاثنين إن العمل مستمر.", "2015-07-27", ["2015-07-27"]),
])
def test_that_day_weekday(run_times, text, pub, values):
    assert [t.value for t in run_times(text, pub)] == values
