"""Readiness raised in the Gulf and Levantine word جهوزية is MOBILIZE/alert ("رفعت الكويت
جهوزيتها", "رفع الجيش درجة الجهوزية"); الجاهزية (a hospital's preparedness as often) is not
read so."""
from rasd.stages.event_detect import detect
from rasd.text.tokenize import tokenize


def _found(sentence):
    return [(t.type, t.mode) for t in detect(tokenize(sentence))]


def test_readiness_raised():
    assert ("MOBILIZE", "alert") in _found("ورفعت البحرين جهوزيتها العسكرية على الحدود.")
    assert ("MOBILIZE", "alert") in _found("ورفع الجيش اللبناني درجة الجهوزية في الجنوب.")
    assert ("MOBILIZE", "alert") in _found("ورفعت القوات جهوزيتها.")


def test_preparedness_not_mobilisation():
    assert _found("ورفعت وزارة الصحة جاهزية المستشفيات لاستقبال الحجاج.") == []
