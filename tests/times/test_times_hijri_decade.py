""""الثمانينيات الهجرية" is the Hijri 1380s, which ran from 1960 into 1970, not the 1980s (audit U64)."""
from __future__ import annotations


def test_hijri_decade(run_times):
    got = [(t.text, t.value, t.value_end, t.anchor)
           for t in run_times("وفي السبعينيات الهجرية كان النادي يلعب على ملعب ترابي.", "2015-08-07")]
    assert got == [("السبعينيات الهجرية", "1950", "1960", "hijri")]


def test_hijri_decade_without_article(run_times):
    # ("هجرية" without ال is the same mark: the Hijri years, not the Gregorian 1970s)
    got = [(t.text, t.value, t.value_end, t.anchor)
           for t in run_times("وفي السبعينيات هجرية كان النادي يلعب على ملعب ترابي.", "2015-08-07")]
    assert got == [("السبعينيات هجرية", "1950", "1960", "hijri")]


def test_gregorian_decade_unchanged(run_times):
    got = [(t.text, t.value, t.value_end)
           for t in run_times("وفي السبعينيات كان النادي يلعب على ملعب ترابي.", "2015-08-07")]
    assert got == [("السبعينيات", "1970", "1979")]
