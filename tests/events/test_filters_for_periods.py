"""An act lasting "for periods" (plural: الاحتجاز لفترات طويلة) is a practice repeated on many
people, not one happening; an act for one period is kept."""
from filter_probes import detected_types as _types


def test_practice_for_periods_dropped():
    assert "COERCE" not in _types("وانتقد التقرير الاعتقال لفترات طويلة دون توجيه تهم.")
    assert "COERCE" not in _types("ويشكو السكان من احتجازهم لفترات متفاوتة عند الحواجز.")


def test_one_act_kept():
    assert "COERCE" in _types("واعتقلت الشرطة الناشط لفترة قصيرة أمس.")
    assert "COERCE" in _types("واعتقلت الشرطة عشرة متظاهرين في الساحة أمس.")
