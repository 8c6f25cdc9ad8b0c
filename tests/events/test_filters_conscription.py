"""The definite noun "التجنيد" names the practice (conscription), no recruiting told; recruiting
names whom (SPEC 2.6)."""
from filter_probes import read_types


def test_practice_dropped():
    assert "MOBILIZE" not in read_types("وتحدث الشبان عن التجنيد في سن مبكرة.")
    assert "MOBILIZE" not in read_types("وانتقد النواب التجنيد الإجباري في البلاد.")


def test_recruiting_kept():
    assert "MOBILIZE" in read_types("وقامت الجماعة بتجنيد عشرات الأطفال في المدينة.")
