"""A ban lifted or cancelled is RETREAT/easing (SPEC 2.6: easing): "ألغت الحظر المفروض على السفر",
"رفع حظر السلاح"; a call or a refusal to lift it is none."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وأعلنت الحكومة، الأحد، أنها ألغت الحظر المفروض على سفر مواطني الدولة المجاورة.",
    "ورفعت السلطات حظر السفر عن المعارض البارز بعد عامين.",
    "وقررت الوزارة إلغاء الحظر على استيراد الدواجن من البلاد.",
])
def test_ban_lifted_is_easing(sentence):
    assert "RETREAT" in _types(sentence)


def test_lifting_asked_or_refused_is_none():
    assert "RETREAT" not in _types("ورفضت الدول الكبرى رفع الحظر عن توريد السلاح إلى الجيش.")
    assert "RETREAT" not in _types("وطالبت المعارضة برفع الحظر عن التظاهر في العاصمة.")
