"""A visit with its owner's pronoun ("زيارته", "زيارتها") is the owner's visit, as "زيارة" is, when
told in its frame ("خلال زيارته", "في ختام زيارتها"); elsewhere the pronoun is often whom a visit
is for, and a visit called off or to come stays out (SPEC 2.6)."""
from filter_probes import read_types


def test_possessive_visits_found():
    assert "CONSULT" in read_types("واستقبل المسؤولون الوزير الأردني خلال زيارته إلى بغداد.")
    assert "CONSULT" in read_types("وأكدت المستشارة في ختام زيارتها للصين متانة العلاقات.")
    assert "CONSULT" in read_types("وأكد الرئيس على هامش زيارته لباريس دعم بلاده للحل السياسي.")


def test_visits_not_made_dropped():
    assert "CONSULT" not in read_types("وألغى الرئيس زيارته المقررة إلى باريس.")
    assert "CONSULT" not in read_types("وسيبدأ الوزير زيارته إلى موسكو الأسبوع المقبل.")
    assert "CONSULT" not in read_types("ونطالب السلطات بالسماح للعائلة بزيارته في السجن.")
    assert "CONSULT" not in read_types("وسيرافق وفد اقتصادي الرئيس في زيارته السريعة إلى القاهرة.")
    assert "CONSULT" not in read_types("وقال الوزير خلال زيارته المرتقبة إلى موسكو إنه سيبحث الملف.")


def test_visit_told_before_is_one():
    assert read_types("وقام الوزير بزيارة تفقدية للمنطقة، واطلع خلال زيارته على سير العمل.") == ["CONSULT"]
