"""حشد with no force in its clause gathers supporters or is a crowd, no MOBILIZE (SPEC 2.6:
forces deployed): "حشد المرشح عشرات الآلاف من مؤيديه", "كلمة أمام حشد"."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وكان المرشح قد حشد في المدينة يوم الخميس عشرات الآلاف من مؤيديه.",
    "وقال الرئيس في كلمة أمام حشد في الساحة الرئيسية إن البلاد تتقدم.",
])
def test_rally_or_crowd_no_mobilize(sentence):
    assert "MOBILIZE" not in _types(sentence)


def test_forces_gathered_kept():
    assert "MOBILIZE" in _types("وحشد الجيش آلاف الجنود والدبابات على الحدود الشمالية أمس.")
    assert "MOBILIZE" in _types("وحشدت الميليشيات عناصرها قرب المدينة استعدادا للهجوم.")
