""""ثلاثة أجزاء أعوام 1979 و1981 و1985", "وشهدت السنوات 2011 و2012": the plural year word before
a list opens its first bare year as عامي/العامين do; the first year had been missed (audit U52)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وظهرت منها ثلاثة أجزاء أعوام 1979 و1981 و1985.", [("1979", "1979"), ("1981", "1981"), ("1985", "1985")]),
    ("وشهدت السنوات 2011 و2012 احتجاجات.", [("2011", "2011"), ("2012", "2012")]),
    # must not fire: a range after بين stays one; a number of people is no year
    ("وقتل بين الأعوام 2010 و2012 الآلاف.", [("بين الأعوام 2010 و2012", "2010")]),
    ("وعمل خلال سنوات 1500 متطوع.", []),
])
def test_years_plural_list(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-24")] == want
