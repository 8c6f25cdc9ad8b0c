"""An act named with a word of daily or repeated doing ("الاغتصاب اليومي", "الهجمات اليومية") is a
way of life or a state, no one happening (SPEC 2.7: general states), unless a day is named."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وقالت إحدى الناجيات إن حياتهن كانت حياة من الاغتصاب اليومي والضرب.",
    "ويعاني سكان البلدة في ظل الهجمات اليومية من نقص الغذاء.",
    "ويشكو الأهالي من الاعتقالات المتكررة في الحي.",
])
def test_daily_act_no_event(sentence):
    assert "ASSAULT" not in _types(sentence) and "COERCE" not in _types(sentence)


def test_dated_act_kept():
    assert "ASSAULT" in _types("وقتل ثلاثة مدنيين أمس في القصف اليومي على البلدة.")


def test_daily_act_with_a_day_word_still_none():
    assert "ASSAULT" not in _types("وقالت إن حياتهن كانت حياة من الاغتصاب اليومي، بل مرات كثيرة في اليوم.")
