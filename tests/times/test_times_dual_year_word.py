""""للعامين 2015 و2016", "في العامين 2013 و2014": the dual year word with the article opens a
bare year like عامي does (audit U48: the first year was missed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("واختارت الشركة مراجعي الحسابات للعامين 2015 و2016.", [("2015", "2015"), ("2016", "2016")]),
    ("وارتفعت الأسعار في العامين 2013 و2014.", [("2013", "2013"), ("2014", "2014")]),
    # must keep: a bare number with no opener is no year; "بين العامين" is one range
    ("وقتل الرجلان بين العامين 2010 و2012.", [("بين العامين 2010 و2012", "2010")]),
    ("وبلغ عدد الزوار 2013 زائرا.", []),
])
def test_dual_year_word(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-08-05")] == want
