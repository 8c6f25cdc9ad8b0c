"""An organisation's name of the shape "head + indefinite word + definite words" (orgs.py) stops
where the indefinite word cannot be a noun in construct (audit U48): a word with an attached
pronoun is a verb and its object ("منظمة اعتبرها الاتحاد الأوروبي"), and a listed big place
names the body alone when a non-adjective follows ("جامعة أوساكا | الروبوتات")."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"ميلانو": "LOCB", "دبي": "LOCB"}


def test_a_verb_with_its_object_is_no_name():
    doc = run("وهي رابطة اعتبرها المجلس الأعلى محظورة", {}, _NAMES)
    assert not [m for m, lab in mentions(doc) if lab == "ORG"]


def test_a_big_place_ends_the_name_before_a_noun():
    doc = run("وطورت جامعة ميلانو السيارات الكهربائية", {}, _NAMES)
    assert [m for m, lab in mentions(doc) if lab == "ORG"] == ["جامعة ميلانو"]


def test_names_of_the_shape_stay_whole():  # must not fire: a common noun, an adjective after the place
    doc = run("وقالت وكالة أنباء الأناضول إن الوفد وصل", {}, _NAMES)
    assert [m for m, lab in mentions(doc) if lab == "ORG"] == ["وكالة أنباء الأناضول"]
    doc = run("وأعلنت مؤسسة دبي الخيرية عن برنامج", {}, _NAMES)
    assert [m for m, lab in mentions(doc) if lab == "ORG"] == ["مؤسسة دبي الخيرية"]
