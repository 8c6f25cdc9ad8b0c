"""Actors of accords and talks (event_actors_between.between_sides): the parties right after بين
(within two words of the trigger) and after the و that follows are the two sides — "شهدت توقيع
اتفاق مصالحة بين الحكومة ومسلحي المعارضة" is agreed by the government and the opposition, not by
the group named earlier in the sentence (audit U54: داعش was the actor of a reconciliation deal)."""

DARAA = ("درعا", 32.62, 36.1, "SY", "admin1")
DOHA = ("الدوحة", 25.29, 51.53, "QA", "city")


def _roles(ev, text, etype, places=(DARAA,), entities=()):
    doc = ev.make_doc(text, places=list(places), entities=list(entities))
    return [([a.text for a in e.actors], [t.text for t in e.targets]) for e in ev.run(doc) if e.type == etype]


def test_sides_of_a_deal(ev):
    got = _roles(ev, "ويسيطر تنظيم داعش على مناطق في درعا التي شهدت توقيع اتفاق مصالحة بين الحكومة "
                     "ومسلحي المعارضة أمس.", "AGREE", entities=[("داعش", "ORG", "IMGMUSREB")])
    assert got and got[0][0] == ["الحكومة", "المعارضة"]


def test_sides_of_talks(ev):
    got = _roles(ev, "وعقدت أمس في الدوحة محادثات بين الحكومة السودانية والمتمردين.", "CONSULT", places=(DOHA,))
    assert got and got[0][0] == ["الحكومة السودانية", "المتمردين"]


def test_topic_far_after_a_meeting(ev):
    # must not fire: بين far after the trigger names the topic, not who met
    got = _roles(ev, "والتقى وزير الخارجية نظيره القطري في الدوحة لبحث تعزيز العلاقات بين البلدين.", "CONSULT",
                 places=(DOHA,))
    assert got and got[0][0] == ["وزير الخارجية"]
