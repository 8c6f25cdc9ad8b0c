"""Missiles that defences are meant to intercept or counter ("لاعتراض الصواريخ") are what the
defences are for, no launch told, unless the clause fires something (SPEC 2.6)."""
from filter_probes import read_types


def test_purpose_of_defences_dropped():
    assert "ASSAULT" not in read_types("وأشار المسؤول إلى أهمية الرادارات في إرسال إشارات لاعتراض الصواريخ.")
    assert "ASSAULT" not in read_types("وتملك البحرية منظومات للتصدي للصواريخ الباليستية.")


def test_launches_kept():
    assert "ASSAULT" in read_types("واعترضت الدفاعات الجوية صاروخا أطلقه المسلحون على المدينة.")
    assert "ASSAULT" in read_types("وأطلقت البارجة صواريخ لاعتراض الصواريخ التي أطلقها المسلحون.")
