"""A label put on something ("بمثابة تهجير", "ترقى إلى تهجير") is no happening told."""
from filter_probes import detected_types as _types


def test_label_dropped():
    assert "DISPLACE" not in _types('واعتبر الفصيل أن الاتفاق هو بمثابة فرض "تهجير" على سكان البلدة.')
    assert "COERCE" not in _types("وقالت المعارضة إن القرار يرقى إلى حصار للمدينة.")


def test_told_acts_kept():
    assert "DISPLACE" in _types("وقالت المنظمة إن الحكومة فرضت تهجير سكان البلدة أمس.")
