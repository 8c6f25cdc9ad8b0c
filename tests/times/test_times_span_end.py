"""A weekday that closes a span opened in its own sentence is not before the span's first
day (audit U29b, a curfew "ابتداء من … صباح الأحد، ولغاية … صباح يوم الثلاثاء" in a Sunday
paper ends on the coming Tuesday, not the one past). With "من" before the first day the two
make one range (its end is the value checked here), as «من … إلى …» does."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("قررت البلدية إغلاق الطرق ابتداء من مساء اليوم الأربعاء ولغاية صباح يوم الاثنين.",
     [("من مساء اليوم الأربعاء ولغاية صباح يوم الاثنين", "2024-02-19")]),
    ("وفرض الجيش حظر التجول اعتبارا من ظهر الثلاثاء وحتى مساء الأحد.",
     [("من ظهر الثلاثاء وحتى مساء الأحد", "2024-02-18")]),
    # must not fire: no span opened in the sentence, or the end already after the start
    ("وتجمع مئات المحتجين ليلا حتى فجر الثلاثاء.", [("فجر الثلاثاء", "2024-02-13")]),
    ("واستمر القصف حتى ظهر يوم الاثنين.", [("ظهر يوم الاثنين", "2024-02-12")]),
    ("أغلقت الوزارة المعبر ابتداء من الأحد حتى إشعار آخر، بسبب أضرار خلال تظاهرات الجمعة.",
     [("الأحد", "2024-02-11"), ("الجمعة", "2024-02-09")]),
    ("أعلن الجيش هدنة اعتبارا من ظهر الأربعاء. واستمرت الاشتباكات حتى فجر الاثنين.",
     [("ظهر الأربعاء", "2024-02-14"), ("فجر الاثنين", "2024-02-12")]),
])
def test_span_end_not_before_start(run_times, text, want):
    assert [(t.text, t.value_end or t.value) for t in run_times(text, "2024-02-14")] == want
