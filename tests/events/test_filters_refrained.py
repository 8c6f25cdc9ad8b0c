""""أحجم عن" (refrained from) governs its verbal noun as "امتنع عن" does: the support or the
condemnation refrained from was not given (SPEC 2.6)."""
from filter_probes import detected_types


def test_refrained_dropped():
    assert "SUPPORT" not in detected_types("وأحجم الرئيس عن تأييد الخطة علنا.")
    assert "ACCUSE" not in detected_types("وأحجمت الحكومة عن إدانة الهجوم.")


def test_given_kept():
    assert "SUPPORT" in detected_types("وأعلن الرئيس تأييد الخطة علنا.")
    assert "ACCUSE" in detected_types("وسارعت الحكومة إلى إدانة الهجوم.")
