"""Acts of a world war are history, not news (SPEC 2.7); a first since a world war is today's."""
from filter_probes import detected_types as _types


def test_world_war_acts_dropped():
    assert "ASSAULT" not in _types("وأسفر القصف الذي وقع في الأيام الأخيرة للحرب العالمية الثانية عن مقتل آلاف.")
    assert "ASSAULT" not in _types("وتحدث عن المحرقة التي استهدفت اليهود خلال الحرب العالمية الثانية.")


def test_first_since_kept():
    assert "MOBILIZE" in _types("ونشرت ألمانيا 500 جندي في البلاد للمرة الأولى منذ الحرب العالمية الثانية.")
