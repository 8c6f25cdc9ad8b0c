"""Attacks a country or force is facing (present-tense واجه + a plural attack noun, no day named)
are its condition, not a happening; a dated or past one is kept."""
from filter_probes import detected_types as _types


def test_attacks_faced_dropped():
    assert "ASSAULT" not in _types("وقال الوزير إن البلاد تواجه هجمات شرسة من جماعات متطرفة.")
    assert "ASSAULT" not in _types("نحن نواجه منذ سنوات اعتداءات متكررة على حدودنا.")


def test_attacks_told_kept():
    assert "ASSAULT" in _types("تواجه القوات اليوم هجمات عنيفة على محورين شمال المدينة.")
    assert "ASSAULT" in _types("وواجهت القوات هجمات عنيفة على محورين شمال المدينة.")
    assert "ASSAULT" in _types("وشن المسلحون هجمات على مواقع الجيش في البلدة.")
