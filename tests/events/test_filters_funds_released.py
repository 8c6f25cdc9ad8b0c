"""A release frees people: "الإفراج عن" / "أفرج عن" with money after عن (assets, funds, sums)
frees funds, no RETREAT (SPEC 2.6)."""
from filter_probes import read_types


def test_funds_dropped():
    assert "RETREAT" not in read_types("وأعلنت واشنطن الإفراج عن الأرصدة المجمدة لدى البنوك الغربية.")
    assert "RETREAT" not in read_types("وأفرجت وزارة المالية عن مبالغ مخصصة لإعادة الإعمار.")
    assert "RETREAT" not in read_types("وقررت الحكومة الإفراج عن أموال المتقاعدين الشهر المقبل.")


def test_people_kept():
    assert "RETREAT" in read_types("وأفرجت السلطات عن ثلاثة صحفيين أمس.")
    assert "RETREAT" in read_types("وتم الإفراج عن المعتقلين بعد التحقيق معهم.")
