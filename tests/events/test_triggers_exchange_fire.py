"""An exchange of fire (تبادل + إطلاق النار) is a clash between two sides, not one-sided
shooting; plural suicide attacks are bombings like the singular."""
from filter_probes import detected_modes as _modes


def test_exchange_of_fire_is_a_clash():
    assert ("ASSAULT", "clash") in _modes("قتل خمسة مسلحين في تبادل لإطلاق النار مع دورية للشرطة.")
    assert ("ASSAULT", "clash") in _modes("وتبادل الطرفان إطلاق النار قرب الجسر.")
    assert ("ASSAULT", "shooting") not in _modes("وتبادلت القوات والمهربون إطلاق النار.")


def test_one_sided_fire_stays_shooting():
    assert ("ASSAULT", "shooting") in _modes("وأطلق مسلحون النار على سيارة للشرطة.")
    assert ("ASSAULT", "shooting") in _modes("أصيب حارس في إطلاق نار قرب البنك.")


def test_plural_suicide_attacks_are_bombings():
    assert ("ASSAULT", "bombing") in _modes("قتل عشرون شخصا في هجمات انتحارية على أسواق المدينة.")


def test_plain_attacks_keep_their_mode():
    assert ("ASSAULT", "other") in _modes("وشن المسلحون هجمات على مواقع الجيش.")
