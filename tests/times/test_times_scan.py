"""The shared trigger scan: positions of numbers, trigger words and dual nouns."""
from __future__ import annotations

from rasd.stages.times_scan import scan
from rasd.text.normalize import normalize


def _scan(text: str):
    norm = normalize(text).text
    return norm, scan(norm)


def test_numbers_skip_continuations():
    norm, (_, numbers, _) = _scan("قتل 1,200 شخص الساعة 5:32 و2.5 مليون")
    assert [norm[p:p + 3] for p in numbers] == ["1,2", "5:3", "2.5", "ملي"]


def test_proclitic_is_skipped_and_rules_attached():
    norm, (times, numbers, _) = _scan("وبالأمس والخميس وثلاثة")
    found = {norm[p:p + 5]: rules for p, rules in times}
    assert "rel_day" in found["الامس"] and "weekday" in found["الخمي"]
    assert [norm[p:] for p in numbers] == ["ثلاثة"]


def test_day_month_rules_only_when_a_month_is_named():
    _, (times, _, _) = _scan("قتل 12 شخصا")
    assert all("date" not in rules and "hijri" not in rules for _, rules in times)
    _, (times, _, _) = _scan("في 12 مارس")
    assert any("date" in rules for _, rules in times)


def test_dual_nouns():
    norm, (_, _, duals) = _scan("أصيب شابين واستشهد الشخصان")
    assert [norm[s:e] for s, e in duals] == ["شابين", "الشخصان"]


def test_words_inside_other_words_are_not_triggers():
    _, (times, numbers, duals) = _scan("المستشفى الاستثمار")
    assert times == [] and numbers == [] and duals == []
