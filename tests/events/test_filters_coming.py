"""An act or weapon whose predicate is "coming" (قادمة، آتية) is to come, no launch; missiles
"coming from" a place were fired, and the definite القادمة is "next" (SPEC 2.6)."""
from filter_probes import detected_types


def test_to_come_dropped():
    assert "ASSAULT" not in detected_types("وقال الرئيس إن صواريخ جديدة قادمة لا محالة.")
    assert "ASSAULT" not in detected_types("وأضاف القائد أن ضربات أشد قادمة في الأيام المقبلة.")


def test_incoming_kept():
    assert "ASSAULT" in detected_types("ورصدت الدفاعات صواريخ قادمة من قطاع غزة أمس.")
    assert "ASSAULT" in detected_types("وأطلق المسلحون صواريخ على البلدة في الأيام القادمة من الشهر الماضي.")
