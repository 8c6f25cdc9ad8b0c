"""Expecting or fearing a happening, in any person ("نتوقع انفجارها", "تخشى أن تكون آخر معركة"), is
no assertion of it (SPEC 2.6: no future or hypothetical happenings)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وقال أحد السكان إن الخزان المتهالك قنبلة موقوتة نتوقع انفجارها في أي لحظة.",
    "ويخشى السكان اندلاع معركة كبيرة في المنطقة.",
    "ويخشون اقتحام الحي من قبل الميليشيات في الأيام المقبلة.",
])
def test_expected_or_feared_dropped(sentence):
    assert _types(sentence) == []


def test_happened_kept():
    assert "ASSAULT" in _types("وقال أحد السكان إن انفجارا قويا هز الحي في ساعة متأخرة من الليل.")
