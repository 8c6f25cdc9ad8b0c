"""A projectile that fell or hit ("سقوط مقذوف", "إصابته بمقذوفات") is shelling, not مقذوف alone
(a weapon carried)."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وباشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على منزل بقرية المغيرة.",
    "وسقط مقذوف على مبنى تحت الإنشاء في المحافظة.",
    "واستشهد الجندي إثر إصابته بمقذوفات عسكرية من الأراضي اليمنية.",
])
def test_projectile_hit_is_shelling(sentence):
    assert "ASSAULT" in _types(sentence)


def test_projectile_carried_is_no_act():
    assert "ASSAULT" not in _types("وكان الطقم يحمل مقذوفات صاروخية عند رصده.")
