"""The definite noun "التعاون" names a relation between parties (its aspects, agreements, state),
no joint act told; the verb and an act begun stay COOPERATE (SPEC 2.6)."""
from filter_probes import read_types


def test_relation_dropped():
    assert "COOPERATE" not in read_types("وأكد الوزير أن التعاون الأمني مع الأردن مستمر.")
    assert "COOPERATE" not in read_types("ووقع الجانبان اتفاقية للتعاون في مجال الطاقة.")


def test_joint_acts_kept():
    assert "COOPERATE" in read_types("وتعاون الجيشان في تأمين الحدود خلال الأسبوع الماضي.")
    assert "COOPERATE" in read_types("وأعلن الجيش بدء تعاون ميداني مع القوات الكردية في المعركة.")
