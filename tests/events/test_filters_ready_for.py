"""An act someone is ready or willing for is offered, not done: a word of readiness (جاهز،
مستعد، استعداده) with the act as its ل-complement, or joined to one ("جاهزون للحوار
والانسحاب") (SPEC 2.6)."""
from filter_probes import detected_types


def test_ready_for_dropped():
    assert "RETREAT" not in detected_types("وقال القائد إن مقاتليه باتوا جاهزين للتفاوض والانسحاب من البلدات.")
    assert "RETREAT" not in detected_types("وأكد المتحدث أن الجماعة مستعدة للانسحاب من الميناء.")
    assert "CONSULT" not in detected_types("وأبدت الحكومة استعدادها للاجتماع مع ممثلي المعارضة.")


def test_done_kept():
    assert "RETREAT" in detected_types("وانسحب المقاتلون من البلدات أمس.")
    assert "CONSULT" in detected_types("واجتمع الوزير مع ممثلي المعارضة أمس.")


def test_getting_ready_dropped():
    # تهيأ (to get ready) governs its act like استعد: "وتتهيأ القوات حاليا لاقتحام المدينة"
    assert "COERCE" not in detected_types("وتتهيأ قوات الجيش حاليا لاقتحام المدينة من الشمال.")
    assert "ASSAULT" not in detected_types("ويتهيأ المقاتلون لشن هجوم واسع على مواقع التنظيم.")
