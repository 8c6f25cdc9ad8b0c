"""A trigger noun after "مجال" (a field of activity) names a kind of thing done, no happening
(SPEC 2.6)."""
from filter_probes import read_types


def test_fields_dropped():
    assert "MOBILIZE" not in read_types("ولا تحتاج الحكومة إذنا بموجب الاتفاقات المعمول بها في مجال نشر القوات.")
    assert "AID" not in read_types("وأشاد المبعوث بخبرة المنظمة في مجال تقديم المساعدات للاجئين.")


def test_acts_kept():
    assert "MOBILIZE" in read_types("ونشرت وزارة الدفاع قوات إضافية على الحدود الشمالية.")
    assert "AID" in read_types("وقدمت المنظمة مساعدات غذائية لآلاف اللاجئين في المخيم.")
