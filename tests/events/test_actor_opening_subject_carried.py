"""Actors of a joined verb (event_actors_clause.carried_subject, _opening_subject): with no act verb
before it, a verb joined by و goes on with the subject right after the verb that opens the sentence,
not with the object nearest to it — "وتمكن الجيش التركي من دفع وحدات حماية الشعب إلى التقهقر …
وتقدم نحو مدينة عفرين" is the Turkish army's advance (audit U54: the YPG's)."""

AFRIN = ("عفرين", 36.51, 36.87, "SY", "city")


def _actors(ev, text, etype):
    doc = ev.make_doc(text, places=[AFRIN], entities=[("وحدات حماية الشعب", "ORG", "SYRREB")])
    return [[a.text for a in e.actors] for e in ev.run(doc) if e.type == etype]


def test_opening_subject_goes_on(ev):
    got = _actors(ev, "وتمكن الجيش التركي من دفع وحدات حماية الشعب إلى الخلف وتقدم نحو مدينة عفرين أمس.", "MOBILIZE")
    assert got and got[0] == ["الجيش التركي"]


def test_reporting_verb_does_not_carry(ev):
    # must not fire: who says it is not who advanced
    got = _actors(ev, "وقال الجيش التركي إن وحدات حماية الشعب انسحبت وتقدمت نحو مدينة عفرين أمس.", "MOBILIZE")
    assert not got or got[0] != ["الجيش التركي"]
