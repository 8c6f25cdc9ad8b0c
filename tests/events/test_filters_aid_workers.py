"""Relief workers and agencies ("عمال إغاثة", "منظمات الإغاثة") name who works in aid, no aid
delivered (SPEC 2.6)."""
from filter_probes import read_types


def test_workers_dropped():
    assert "AID" not in read_types("وقتل عشرة مدنيين في غارات جديدة، حسبما أفاد عمال إغاثة في المنطقة.")
    assert "AID" not in read_types("وقالت منظمات الإغاثة إن الوضع في المخيم كارثي.")


def test_aid_kept():
    assert "AID" in read_types("ووزعت المنظمة مساعدات غذائية على ألف عائلة في المخيم.")
    assert "AID" in read_types("وأرسل الصليب الأحمر قافلة إغاثة إلى البلدة المحاصرة.")
