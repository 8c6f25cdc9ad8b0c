"""Aid named by its kind: "مساعدة عسكرية", "مساعدات اقتصادية" are AID with that mode (the
singular alone, "بمساعدة السكان", is help of any sort); a donor's future verb ("ستمنح") is no
delivery."""
from filter_probes import read_types
from rasd.stages.event_codes import refine_mode
from rasd.stages.event_detect import Trigger, detect
from rasd.text.tokenize import tokenize


def _aid(sentence):
    return [t for t in detect(tokenize(sentence)) if t.type == "AID"]


def test_military_aid_granted():
    got = _aid("وأعلنت الحكومة أن ألمانيا منحت الأردن مساعدة عسكرية بقيمة 20 مليون يورو.")
    assert [t.mode for t in got] == ["military"]


def test_economic_aid_mode_read_from_kind():
    trig = Trigger(0, 0, "AID", "humanitarian", 3, 0, 3)
    assert refine_mode(trig, "وقدمت اليابان مساعدات اقتصاديه للاردن") == "economic"
    assert refine_mode(trig, "وقدمت اليابان مساعدات عسكريه للاردن") == "military"
    assert refine_mode(trig, "وقدمت اليابان مساعدات للاردن") == "humanitarian"


def test_help_and_future_grant_not_aid():
    assert "AID" not in read_types("وتمكن الغواصون من انتشال الجثة بمساعدة السكان.")
    assert "AID" not in read_types("وستمنح الحكومة مساعدات عسكرية للجيش الشهر المقبل.")
