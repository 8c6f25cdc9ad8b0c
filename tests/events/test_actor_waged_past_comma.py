"""Actors of events (event_actors_physical.waged_by): the relative verb of firing may follow the
weapon's nisba adjectives and a comma, and may name two weapons ("أطلقتهما") — its subject fired
them; the subject of an intercepting verb before the weapon stopped them and is not hit either
(audit U52 ant-SK-middleEast-1205-20180423)."""

SAADA = ("صعدة", 16.94, 43.76, "YE", "city")


def _assault(ev, text, entities):
    doc = ev.make_doc(text, places=[SAADA], entities=entities)
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return [a.text for a in e.actors], [t.text for t in e.targets]


def test_dual_fired_after_adjective_and_comma(ev):
    text = "أسقطت الدفاعات الجوية للجيش صاروخين بالستيين، أطلقتهما جماعة أنصار الله من صعدة."
    actors, targets = _assault(ev, text, [("أنصار الله", "ORG", "YEMREB"), ("الجيش", "ORG", "SAUMIL")])
    assert actors == ["أنصار الله"]
    assert "الجيش" not in targets


def test_plural_fired_after_adjective(ev):
    text = "قتل عشرة مدنيين في قذائف مدفعية أطلقتها ميليشيا الحزب الثوري على صعدة."
    actors, _ = _assault(ev, text, [("الحزب الثوري", "ORG", "YEMREB")])
    assert actors == ["الحزب الثوري"]
