"""An act right after a quest word with ل ("في مسعى لاقتحامها") is sought, not done; a quest
phrase that sets the scene of another act leaves that act alone."""
from filter_probes import read_types as _types


def test_act_sought_suppressed():
    got = _types("وتقدمت القوات نحو المدينة في مسعى لاقتحامها.")
    assert "COERCE" not in got and "ASSAULT" not in got


def test_act_done_kept():
    assert "ASSAULT" in _types("وتقدمت القوات نحو المدينة واقتحمتها بعد معارك.")


def test_quest_as_setting_kept():
    assert "CONSULT" in _types("وفي مسعاه لإنهاء الأزمة التقى الوزير نظيره أمس.")
    assert "COERCE" in _types("وفي مسعى لاحتواء الأزمة اعتقلت الشرطة عشرة متظاهرين.")
