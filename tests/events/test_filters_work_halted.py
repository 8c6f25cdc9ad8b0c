""""توقيف" with work, a project or a broadcast after it halts an activity, no one is detained
(SPEC 2.6)."""
from filter_probes import read_types


def test_halting_dropped():
    assert "COERCE" not in read_types("وقررت الوزارة توقيف العمل في المشروع.")
    assert "COERCE" not in read_types("وقال المسؤول: «يجب توقيف هذا العمل الخطير فورا».")


def test_arrests_kept():
    assert "COERCE" in read_types("وأعلنت الشرطة توقيف ثلاثة أشخاص في المدينة.")
    assert "COERCE" in read_types("وأعلنت الشرطة توقيف المشتبه به في الهجوم.")
