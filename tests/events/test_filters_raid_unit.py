"""A raid word right after a unit noun (قوة/قوات/وحدة/فرقة المداهمات) names the unit, not a raid;
a raid told as such is kept."""
from filter_probes import read_types as _types


def test_raid_unit_is_no_raid():
    assert "COERCE" not in _types("قتل عشرة مسلحين في اشتباك مع قوة المداهمات شمال المدينة.")
    assert "COERCE" not in _types("وزرع المسلحون عبوات لاستهداف وحدات المداهمة على الطريق.")


def test_raids_kept():
    assert "COERCE" in _types("نفذت الشرطة مداهمات في ثلاثة أحياء واعتقلت عشرين مطلوبا.")
    assert "COERCE" in _types("داهمت قوة أمنية منزلا في القرية.")
    assert "COERCE" in _types("وأسفرت مداهمة القوات للحي عن اعتقال خمسة.")
