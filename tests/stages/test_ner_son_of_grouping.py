"""A short form of a person's name joins the full name (audit U48): "ابن X" is "G بن X …" (the man
called by his father's name), and a family name with ال is the same name written without it."""
from __future__ import annotations

from tests.stages.test_ner import run


def _groups(doc):
    return sorted(sorted(m.text for m in e.mentions) for e in doc.entities if e.label == "PER")


def test_ibn_form_joins_the_full_name():
    doc = run("التقينا سالم بن راشد في مكتبه. وقال ابن راشد إن السوق هادئة",
              {"سالم": "B-PER", "بن": "I-PER", "راشد": "I-PER", "ابن": "B-PER"})
    assert _groups(doc) == [["ابن راشد", "سالم بن راشد"]]


def test_family_name_with_al_joins_the_name_without_it():
    doc = run("وأبدى المواطن سامي فهد زهراني قلقه، وطالب الزهراني البلدية بالحل",
              {"سامي": "B-PER", "فهد": "I-PER", "زهراني": "I-PER", "الزهراني": "B-PER"})
    assert _groups(doc) == [["الزهراني", "سامي فهد زهراني"]]


def test_ibn_of_a_grandfather_stays_apart():  # must not fire: بن X further on is another man
    doc = run("استقبل ماجد بن نايف بن سعود الوفد. وكان ابن سعود قد أسس الدولة",
              {"ماجد": "B-PER", "بن": "I-PER", "نايف": "I-PER", "سعود": "I-PER", "ابن": "B-PER"})
    assert _groups(doc) == [["ابن سعود"], ["ماجد بن نايف بن سعود"]]
