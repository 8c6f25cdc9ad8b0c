"""Other senses of زحف and سيطر: sand creeping ("زحف الرمال") is no advance, and the mind or the
senses held ("سيطرت الفكرة على عقله") no control of ground (SPEC 2.6 MOBILIZE, ASSAULT)."""
from filter_probes import read_types as _types


def test_sand_creep_no_advance():
    assert "MOBILIZE" not in _types("وأنجزت البلدية مشروع مكافحة زحف الرمال على الطريق الساحلي.")


def test_mind_held_no_control():
    assert "ASSAULT" not in _types("وقال الكاتب إن تلك الأغاني سيطرت على عقول الشباب في ذلك الوقت.")
    assert "ASSAULT" not in _types("ما سيطرت تلك الألحان على أذن الشاعر الذي سافر إلى المدينة.")


def test_advance_and_control_kept():
    assert "MOBILIZE" in _types("وبدأت القوات زحفها نحو المدينة من ثلاثة محاور فجر اليوم.")
    assert "ASSAULT" in _types("وسيطرت القوات الحكومية على التلال المطلة على المدينة بعد معارك.")
