"""A bare blow (ضربة، ضربات) dealt to an evil or to the economy is a figure of success against
it, no strike: "سدد ضربات قاصمة للإرهاب"; blows dealt to people and air strikes stay ASSAULT
(SPEC 2.6)."""
from filter_probes import detected_types


def test_figurative_blow_dropped():
    assert "ASSAULT" not in detected_types("ووجهت الأجهزة الأمنية ضربات موجعة للإرهاب خلال العام الجاري.")
    assert "ASSAULT" not in detected_types("وقال الوزير إن الحكومة سددت ضربات قوية للفساد في الموانئ.")


def test_strikes_kept():
    assert "ASSAULT" in detected_types("ووجهت القوات ضربات قاسية للمسلحين في الجبال.")
    assert "ASSAULT" in detected_types("وشن التحالف ضربات جوية على مواقع التنظيم.")
