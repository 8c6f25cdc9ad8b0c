"""A counted crowd gathering before a building (تجمع + a number … أمام) is a PROTEST; تجمع
alone is also a body or a place of gathering."""
from filter_probes import detected_types as _types


def test_crowd_before_building():
    assert "PROTEST" in _types("وفي البصرة، تجمع مئات الآلاف أمام مقر المحافظة.")
    assert "PROTEST" in _types("وتجمع 300 شخص أمام مبنى البرلمان.")


def test_other_gatherings():
    assert "PROTEST" not in _types("وقال إن القصف استهدف أماكن تجمع المدنيين.")
    assert "PROTEST" not in _types("وأصدر تجمع المهنيين بيانا أمس.")
