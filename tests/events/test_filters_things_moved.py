"""Deportation moves people: "ترحيل" with waste, rubble or goods after it moves things, no
COERCE (SPEC 2.6)."""
from filter_probes import read_types


def test_things_dropped():
    assert "COERCE" not in read_types("وبدأت البلدية ترحيل النفايات المتراكمة في الشوارع.")
    assert "COERCE" not in read_types("وقال: نحن نبحث بترحيل نفايات العاصمة إلى الخارج.")


def test_people_kept():
    assert "COERCE" in read_types("وبدأت السلطات ترحيل اللاجئين السوريين إلى الحدود.")
