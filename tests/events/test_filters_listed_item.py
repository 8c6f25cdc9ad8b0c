"""An act noun after a verb of including whose subject is a list of demands, terms or a plan
(audit of unseen news U50): "أصدر قائمة مطالب …، وتضمنت سحب القوات" is an item, no withdrawal."""
import pytest

from filter_probes import detected_types

LISTED = [
    "وأصدر الوزير قائمة مطالب هذا الأسبوع بشأن الأزمة، وتضمنت سحب القوات من الحدود.",
    "وقدمت المعارضة لائحة شروط، تتضمن انسحاب الجيش من المدينة.",
]


@pytest.mark.parametrize("sentence", LISTED)
def test_listed_item_dropped(sentence):
    assert "RETREAT" not in detected_types(sentence)


def test_included_act_kept():
    assert "ASSAULT" in detected_types("وتضمن الهجوم إطلاق صواريخ على البلدة أمس.")
