""""يوما واحدا", "قبل يوم واحد": "one" after the unit word is its number — the span takes it, and
an accusative unit with it is a duration of one (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("واستمرت الهدنة يوما واحدا فقط.", [("يوما واحدا", "P1D")]),
    ("ووقعت الحادثة قبل يوم واحد.", [("قبل يوم واحد", "2018-05-04")]),
    ("وكانت مدة الزيارة ساعة واحدة.", [("ساعة واحدة", "PT1H")]),
    ("وأعدم السجين قبل يوم واحد من الزيارة.", [("يوم واحد", "P1D")]),
    # unchanged: no "one"; a bare accusative unit stays vague
    ("ووقعت الحادثة قبل يوم.", [("قبل يوم", "2018-05-04")]),
    ("واستمرت الهدنة يوما بعد يوم.", []),
])
def test_unit_then_one(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-05-05")] == want
