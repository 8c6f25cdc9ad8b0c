"""A definite facility noun right before a person's name names no facility: "مدير عام المستشفى
منصور الزحوفي" is the hospital's director (audit U50: "المستشفى منصور الزحوفي" was a place at
Khaybar's point, and the man was gone). An indefinite head before a person is the facility named
after the person ("مستشفى فرحات حشاد")."""
from places_helpers import make_doc

from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places import PlacesStage


def _run(gaz, text, person):
    doc = make_doc(text, [])
    start = text.index(person)
    doc.entities.append(Entity("e1", "PER", person, [Span(start, start + len(person), person)]))
    doc = PlacesStage(gaz, add_missing=True)(doc)
    return [(m.text, e.label) for e in doc.entities for m in e.mentions]


def test_the_director_after_a_definite_head_stays_a_person(mem_gaz):
    got = _run(mem_gaz, "وكان في استقباله مدير المستشفى سالم الغامدي وعدد من الأطباء.", "سالم الغامدي")
    assert got == [("سالم الغامدي", "PER")]


def test_a_facility_named_after_a_person_stays(mem_gaz):  # must not fire: an indefinite head
    got = _run(mem_gaz, "ونقل الجرحى إلى مستشفى سالم الغامدي في المدينة.", "سالم الغامدي")
    assert ("مستشفى سالم الغامدي", "LOC") in got
