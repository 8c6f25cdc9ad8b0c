"""Readiness raised in the Gulf and Levantine word جهوزية is MOBILIZE/alert ("رفعت الكويت
جهوزيتها", "رفع الجيش درجة الجهوزية"); الجاهزية (a hospital's preparedness as often) is not
read so."""
from filter_probes import detected_modes as _found


def test_readiness_raised():
    assert ("MOBILIZE", "alert") in _found("ورفعت البحرين جهوزيتها العسكرية على الحدود.")
    assert ("MOBILIZE", "alert") in _found("ورفع الجيش اللبناني درجة الجهوزية في الجنوب.")
    assert ("MOBILIZE", "alert") in _found("ورفعت القوات جهوزيتها.")


def test_preparedness_not_mobilisation():
    assert _found("ورفعت وزارة الصحة جاهزية المستشفيات لاستقبال الحجاج.") == []
