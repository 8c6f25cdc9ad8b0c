"""A forecast (past توقع: "وتوقع خبراء الأرصاد أن …") and a deadline ("بحلول الخميس") put a
bare weekday ahead, like "من المتوقع" does (audit U60 ant-SK-internationalNews-3363: "بحلول
مساء الثلاثاء أو الأربعاء" in an article of a Monday went to the week before)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,values", [
    ("وتوقع خبراء الطقس أن تصل العاصفة إلى الساحل بحلول مساء الخميس.", "2019-03-05", ["2019-03-07"]),
    ("وقال المتحدث إن القوات ستكمل انسحابها بحلول الأحد.", "2019-03-05", ["2019-03-10"]),
    ("وتوقعت الوزارة وصول الشحنة الجمعة.", "2019-03-05", ["2019-03-08"]),
    # must not fire: a past deed with no forecast
    ("ووصلت العاصفة إلى الساحل مساء الخميس.", "2019-03-05", ["2019-02-28"]),
    ("وتوقف القتال يوم الأحد.", "2019-03-05", ["2019-03-03"]),
])
def test_forecast_deadline_ahead(run_times, text, pub, values):
    assert [t.value for t in run_times(text, pub)] == values
