""""التاسع من الشهر الفضيل": the holy month is Ramadan — a day of it resolves like "التاسع من
رمضان" (an item of earlier audits: it had no time). Alone, with no day or modifier, it stays no
time, as رمضان does."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ووقع الحادث في التاسع من الشهر الفضيل قرب المسجد.", [("التاسع من الشهر الفضيل", "2015-06-26")]),
    ("وتستمر الحملة حتى 20 من الشهر الفضيل الجاري.", [("20 من الشهر الفضيل الجاري", "2015-07-07")]),
    # unchanged: no day
    ("وتستمر الحملة طوال الشهر الفضيل.", []),
])
def test_holy_month(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-10")] == want
