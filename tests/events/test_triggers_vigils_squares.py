"""Protest forms: a silent or solidarity vigil ("وقفة صامتة", "وقفة تضامنية"), protest vigils in
the plural, and a counted crowd gathering in a square or a field with banners, slogans or flags."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وشارك مئات المواطنين في وقفة صامتة أمام مبنى البلدية تضامنا مع الضحايا.",
    "ونفذ الأطباء وقفات احتجاجية في عدة مستشفيات.",
    "وشارك العمال في وقفة تضامنية مع زملائهم المفصولين.",
    "وتجمع عشرات الشبان في ساحة البلدة رافعين لافتات تطالب بالإفراج عن المعتقلين.",
    "وتجمع مئات الأهالي في ميدان التحرير وهم يحملون الأعلام.",
])
def test_protest(sentence):
    assert "PROTEST" in _types(sentence)


def test_worshippers_no_protest():
    assert "PROTEST" not in _types("وتجمع آلاف الحجاج في ساحة الحرم لأداء صلاة الجمعة.")
