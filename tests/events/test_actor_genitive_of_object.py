"""Actors of act nouns (event_actors_clause.genitive_of_object): the name after a noun governed by لـ
("لعرض الحكومة", "لعشرات الحوثيين") is that noun's owner or people, not the act's subject."""

ADEN = ("عدن", 12.8, 45.03, "YE", "city")


def _act(ev, text, kind, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[ADEN])
    return [e for e in ev.run(doc) if e.type == kind]


def test_the_held_after_a_lam_noun_are_no_jailers(ev):
    (c,) = _act(ev, "وقالت المقاومة في عدن إن احتجاز لعشرات الحوثيين تم أمس.", "COERCE",
                [("الحوثيين", "ORG", "YEMREB")])
    assert "الحوثيين" not in [a.text for a in c.actors]


# must not fire: a verb opening its clause, and a name right after the act
def test_a_subject_after_an_opening_verb_stays(ev):
    (c,) = _act(ev, "واعتقلت الشرطة في عدن أمس عشرة أشخاص.", "COERCE")
    assert [a.text for a in c.actors] == ["الشرطة"]


def test_a_spokesman_for_a_ministry_keeps_it(ev):
    evs = _act(ev, "ورفضت المتحدثة باسم وزارة الخارجية اليمنية في عدن أمس مطالب الحوثيين.", "REJECT",
               [("الحوثيين", "ORG", "YEMREB")])
    assert all(a.text != "الحوثيين" for e in evs for a in e.actors)
