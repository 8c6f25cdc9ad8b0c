"""Actors of events (event_actors_clause.carried_subject): a verb joined by و with no subject of
its own goes on with the subject of the verb before it, not with that verb's object ("يرفض حزب
الأمة إقالة رئيس الحكومة ويدعو لحوار"); a name right after the joined verb, or an object pronoun
on it, keeps the reading it had."""


def _acts(ev, text, etype):
    return [e for e in ev.run(ev.make_doc(text, entities=[("حزب الأمة", "ORG", None)])) if e.type == etype]


def test_the_joined_verb_goes_on_with_the_vso_subject(ev):
    (e,) = _acts(ev, "بينما يرفض حزب الأمة إقالة رئيس الحكومة ويدعو لحوار وطني شامل.", "REQUEST")
    assert [a.text for a in e.actors] == ["حزب الأمة"]


def test_the_joined_verb_goes_on_with_the_svo_subject(ev):
    (e,) = _acts(ev, "وحزب الأمة يرفض إقالة رئيس الحكومة ويدعو لحوار وطني شامل.", "REQUEST")
    assert [a.text for a in e.actors] == ["حزب الأمة"]


# must not fire: an object pronoun on the joined verb leaves it to that rule (its referent is the target)
def test_an_object_pronoun_keeps_its_referent_as_target(ev):
    (e,) = [e for e in ev.run(ev.make_doc("وهاجم الرئيس الحكومة واتهمها بالفساد.")) if e.type == "ACCUSE"]
    assert [a.text for a in e.actors] == ["الرئيس"]
    assert [t.text for t in e.targets] == ["الحكومة"]
