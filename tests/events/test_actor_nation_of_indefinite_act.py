"""Actors named by nationality adjectives (event_actors_doers.nation_of_act, event_nominals
scan_nominals): the adjective after an act noun names the state that did it when it agrees with the
noun — definite or not ("غارات روسية" as "الغارات التركية") — past the act's manner adjectives
("ضربة جوية تركية") and with a second state joined by و; after "طائرات حربية" the nationality is the
aircraft's own (audit U54: Turkish and Russian strikes on Afrin and Daraa had no actor or Syria's)."""

TAYBA = ("الطيبة", 32.56, 36.2, "SY", "town")
HAMA = ("حماة", 35.13, 36.75, "SY", "city")


def _actors(ev, text, places=(HAMA,)):
    doc = ev.make_doc(text, places=list(places))
    return [[(a.text, a.code) for a in e.actors] for e in ev.run(doc) if e.type == "ASSAULT"]


def test_indefinite_adjective_names_the_state(ev):
    got = _actors(ev, "قتل أربعة مزارعين في غارات إسرائيلية على أطراف مدينة حماة أمس.")
    assert got == [[("إسرائيلية", "ISRMIL")]]


def test_past_the_manner_adjective(ev):
    got = _actors(ev, "وقال مسعفون إن ضربة جوية أمريكية أصابت مخزنا في مدينة حماة أمس.")
    assert got and got[0] == [("أمريكية", "USAMIL")]


def test_two_states_joined(ev):
    got = _actors(ev, "وقتل ستة مدنيين في الغارات الروسية والسورية على بلدة الطيبة فجر اليوم.", places=(TAYBA,))
    assert got == [[("الروسية", "RUSMIL"), ("والسورية", "SYRMIL")]]


def test_warplanes_of_a_nation(ev):
    got = _actors(ev, "وقصفت طائرات حربية إيرانية مواقع المسلحين قرب مدينة حماة أمس.")
    assert got and got[0][0][1] == "IRNMIL"


# must not fire: an adjective of the other definiteness is not the act's own
def test_definite_adjective_after_indefinite_noun(ev):
    got = _actors(ev, "ونفذ الجيش هجوما الروسية على مدينة حماة أمس.")
    assert not any(t == "الروسية" for a in got for t, _c in a)
