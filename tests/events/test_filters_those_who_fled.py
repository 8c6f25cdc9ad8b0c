"""The definite participle of fleeing (الفارين، الهاربين) names a class of people, those who
fled, no flight told; the indefinite one after its people stays DISPLACE (SPEC 2.6)."""
from filter_probes import read_types


def test_class_of_people_dropped():
    assert "DISPLACE" not in read_types("وقدمت المنظمة مساعدات للأسر الفارين من المعارك في الشمال.")
    assert "DISPLACE" not in read_types("ويعيش معظم الهاربين من القتال في مخيمات مؤقتة.")


def test_flight_seen_kept():
    assert "DISPLACE" in read_types("وأطلق المسلحون النار على مدنيين فارين من القرية أمس.")
