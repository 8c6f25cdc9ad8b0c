"""حجب is censorship only when a medium is blocked (audit of unseen news U50): a site, an
account, a broadcast, access within four words after it; else it is keeping from or hiding."""
import pytest

from filter_probes import read_types

DROPPED = [
    "وقال الخبير إن غلاء الأسعار حجب كثيرا من الأسر عن شراء المساكن.",
    "ورفع المسلحون السواتر لحجبها رؤية الجنود عن الطريق.",
]
KEPT = [
    "وحجبت السلطات موقع يوتيوب يوم الأحد.",
    "وحجب مزودو الخدمة الدخول إلى موقع الصحيفة أمس.",
]


@pytest.mark.parametrize("sentence", DROPPED)
def test_no_medium_dropped(sentence):
    assert "COERCE" not in read_types(sentence)


@pytest.mark.parametrize("sentence", KEPT)
def test_censorship_kept(sentence):
    assert "COERCE" in read_types(sentence)
