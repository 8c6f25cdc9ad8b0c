"""What an agreement settles ("اتفقا على القمة", "اتفق الطرفان على عقد جولة محادثات", "وافقت على
انسحاب القوات") has not happened yet (SPEC 2.6: no future happenings); the agreement is AGREE."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, gone", [
    ("واتفق الرئيسان، خلال الشهر الجاري، على القمة في العاصمة.", "CONSULT"),
    ("واتفق الطرفان على عقد جولة جديدة من المحادثات في جنيف.", "CONSULT"),
    ("واتفق الجانبان على انسحاب القوات الأجنبية من المدينة.", "RETREAT"),
])
def test_agreed_object_not_told(sentence, gone):
    types = _types(sentence)
    assert gone not in types and "AGREE" in types


def test_meeting_held_kept():
    assert "CONSULT" in _types("والتقى الرئيسان في العاصمة أمس واتفقا على تعزيز العلاقات.")
