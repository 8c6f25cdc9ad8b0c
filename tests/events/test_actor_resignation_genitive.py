"""Actors of concessions (event_actors_doers.resigner): the one named right after a verbal noun of
resigning or apologising ("أعلن البيت الأبيض استقالة مايكل فلين") concedes: he is the actor, and
who announces it is no party. Must not fire: the verb ("استقال الوزير"), or a pronoun on the noun
("وقدم الوزير استقالته": the subject resigns)."""

FLYNN = ("مايكل فلين", "PER", None)
WH = ("البيت الأبيض", "ORG", "USAGOV")


def _concede(ev, text, entities):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == "CONCEDE"]


def test_the_resigner_after_the_noun_is_the_actor(ev):
    (e,) = _concede(ev, "أعلن البيت الأبيض استقالة مايكل فلين من منصب مستشار الأمن القومي.", [FLYNN, WH])
    assert [a.text for a in e.actors] == ["مايكل فلين"]
    assert all(t.text != "البيت الأبيض" for t in e.targets)


def test_a_titled_resigner(ev):
    (e,) = _concede(ev, "أعلنت الحكومة استقالة وزير الداخلية من منصبه بعد الفضيحة.", [])
    assert [a.text for a in e.actors] == ["وزير الداخلية"]


# must not fire: the pronoun on the noun points at the subject
def test_his_own_resignation(ev):
    (e,) = _concede(ev, "وقدم وزير الداخلية استقالته إلى رئيس الوزراء أمس.", [])
    assert [a.text for a in e.actors] == ["وزير الداخلية"]


def test_a_resigner_leaving_a_political_post_is_political(ev):
    (e,) = _concede(ev, "وأعلن مصدر استقالة مايكل فلين من منصب مستشار الأمن القومي.", [FLYNN])
    assert [a.text for a in e.actors] == ["مايكل فلين"]
