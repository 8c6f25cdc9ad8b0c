"""Words of piety and greetings the tagger reads as a person (audit U54): "رسول الله محمد صلى الله
عليه وسلم" was the person "الله محمد صلى الله", and the greeting "رمضان كريم" a person."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_the_name_of_god_and_the_blessing_come_off_a_person():
    doc = run("وقد دعا رسول الله محمد صلى الله عليه وسلم إلى الرحمة",
              {"الله": "B-PER", "محمد": "I-PER", "صلى": "I-PER"}, NAMES)
    assert mentions(doc) == [("محمد", "PER")]
    doc = run("قال رسول الله محمد عن أصحابه", {"الله": "B-PER", "محمد": "I-PER"}, NAMES)
    assert mentions(doc) == [("محمد", "PER")]


def test_a_greeting_is_no_person():
    doc = run('وكتب الوزير في تغريدة: "رمضان كريم على الجميع"', {"رمضان": "B-PER", "كريم": "I-PER"}, NAMES)
    assert mentions(doc) == []
    doc = run("وهنأ المسلمين قائلا عيد مبارك للجميع", {"عيد": "B-PER", "مبارك": "I-PER"}, NAMES)
    assert mentions(doc) == []


def test_names_with_god_in_them_are_kept():  # must not fire
    doc = run("وقال المتحدث عبد الله محمد إن الوفد وصل", {"عبد": "B-PER", "الله": "I-PER", "محمد": "I-PER"}, NAMES)
    assert mentions(doc) == [("عبد الله محمد", "PER")]
    doc = run("واستقبل الوزير محمد عبد الله أمس", {"محمد": "B-PER", "عبد": "I-PER", "الله": "I-PER"}, NAMES)
    assert mentions(doc) == [("محمد عبد الله", "PER")]
    # a compound the tagger starts at الله: another step joins its first part
    doc = run("وقال نصر الله كريمي إن الوفد وصل", {"الله": "B-PER", "كريمي": "I-PER"}, NAMES)
    assert mentions(doc) == [("نصر الله كريمي", "PER")]
    doc = run("وقال كريم رمضان إن الفريق جاهز", {"كريم": "B-PER", "رمضان": "I-PER"}, NAMES)
    assert mentions(doc) == [("كريم رمضان", "PER")]
