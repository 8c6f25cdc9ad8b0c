"""A weapon noun after a word of models or a museum (نماذج، مجسم، متحف) is a thing shown, no
launch, as after words of owning or moving arms (SPEC 2.6)."""
from filter_probes import read_types


def test_models_dropped():
    assert "ASSAULT" not in read_types("ويضم الجناح نماذج البنادق والقذائف التي استخدمها الجيش قديما.")
    assert "ASSAULT" not in read_types("وزار الطلاب متحف الصواريخ في العاصمة.")


def test_fired_kept():
    assert "ASSAULT" in read_types("وسقطت القذائف على الحي السكني أمس.")
