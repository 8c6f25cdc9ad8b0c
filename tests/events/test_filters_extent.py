"""A trigger noun headed by an extent word ("مدى") is a measure or a quality, no happening: a
missile's range, how far a cooperation goes (SPEC 2.6)."""
from filter_probes import read_types


def test_extent_dropped():
    assert "ASSAULT" not in read_types("ويصل مدى الصاروخ الكوري الجديد إلى ثلاثة آلاف كيلومتر.")
    assert "COOPERATE" not in read_types("وقال الوزير إن الزيارة تظهر مدى التعاون بين الجيشين.")
    assert "ASSAULT" not in read_types("وناقش الخبراء بمدى الصواريخ التي تملكها الجماعة.")


def test_launch_kept():
    assert "ASSAULT" in read_types("وأطلق المسلحون صاروخا على مدينة سديروت مساء الأحد.")
    assert "ASSAULT" in read_types("وسقط صاروخ على مدى بعيد من الحدود قرب القرية.")
