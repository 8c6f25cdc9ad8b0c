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


@pytest.mark.parametrize("sentence", [
    "وسيطرت القوات على البلدة، متوقعة التقدم نحو المدينة المجاورة خلال أيام.",
    "وقال القائد إن المعارك هدأت، متوقعا الاقتحام الكامل للحي قريبا.",
])
def test_expecting_participle_dropped(sentence):
    assert "MOBILIZE" not in _types(sentence) and "COERCE" not in _types(sentence)


def test_expected_act_told_kept():
    assert "MOBILIZE" in _types("وتقدمت القوات نحو المدينة في خطوة كانت متوقعة منذ أيام.")
