"""An act that someone is "on course to" ("في الطريق لتسجيل تنفيذ حكم الإعدام", "في طريقها لاقتحام
البلدة") is not yet done; a route ("في طريقه إلى منزله", "في طريقها للمستشفى") names no aim."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, kind", [
    ("وقالت المنظمة إن الحكومة في الطريق لتسجيل تنفيذ حكم الإعدام ضد مئات السجناء هذا العام.", "ASSAULT"),
    ("وقالت المصادر إن القوات في طريقها لاقتحام البلدة.", "COERCE"),
])
def test_on_course_no_event(sentence, kind):
    assert kind not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقتل الجندي وهو في طريقه إلى منزله أمس.",
    "وأطلق مسلحون النار على سيارة كانت في طريقها للمستشفى أمس.",
    "وكانت الحافلة في طريقها لنقل الركاب حين تعرضت لهجوم أمس.",
])
def test_route_kept(sentence):
    assert "ASSAULT" in _types(sentence)
