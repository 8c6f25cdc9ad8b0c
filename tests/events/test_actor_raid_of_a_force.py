"""Actors of events (event_actors_physical.weapon_owner, _RAIDS): after "غارات/غارة لـ" a state's
force or government (MIL, GOV) flies the raid — the actor, and the ones killed are its targets;
an armed group owns no aircraft, so after لـ it stays the one struck."""


def _raids(ev, text, entities=()):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == "ASSAULT"]


def test_a_raid_of_the_army_is_the_armys(ev):
    (e,) = _raids(ev, "وقتل خمسة من عناصر داعش في غارة للجيش العراقي قرب الموصل.",
                  [("داعش", "ORG", "IMGMUSREB")])
    assert [a.code for a in e.actors] == ["IRQMIL"]
    assert "داعش" in [t.text for t in e.targets]


# must not fire: an armed group after لـ is struck
def test_strikes_for_a_group_strike_it(ev):
    evs = _raids(ev, "وشنت الطائرات غارات لحزب العمال الكردستاني في شمال العراق.",
                 [("حزب العمال الكردستاني", "ORG", "TURREB")])
    assert all("حزب العمال الكردستاني" not in [a.text for a in e.actors] for e in evs)
