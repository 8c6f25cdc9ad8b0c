"""A bare "هجوم" (mode other) names no means: it is no other kind of act than the bombing told
beside it, so the nominal doer of one ("انتحاري") does not keep it apart from the group named as
the other's doer."""

MOPTI = ("موبتي", 14.49, -4.19, "ML", "city")
GROUPS = [("جماعة النصر", "ORG", None), ("حركة التحرير", "ORG", None)]


def _assaults(ev, text):
    doc = ev.make_doc(text, places=[MOPTI], entities=[g for g in GROUPS if g[0] in text])
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_groups_attack_and_the_car_bomb_of_its_bomber_are_one_event(ev):
    text = "شنت جماعة النصر هجوما على مقر القيادة في موبتي. وفجر انتحاري سيارة مفخخة في موبتي."
    (attack,) = _assaults(ev, text)
    assert [a.entity for a in attack.actors] == ["e1"]


def test_an_attack_and_a_bombing_by_two_named_groups_stay_apart(ev):
    # must not fire: two named doers are two attacks
    text = ("شنت جماعة النصر هجوما على مقر القيادة في موبتي. "
            "وفجر عناصر حركة التحرير سيارة مفخخة في موبتي.")
    assert len(_assaults(ev, text)) == 2


def test_two_named_means_with_different_nominal_doers_stay_apart(ev):
    # must not fire: a shooting and a car bomb are two kinds of act, their doers differ
    text = "أطلق مسلحون النار على مقر القيادة في موبتي. وفجر انتحاري سيارة مفخخة في موبتي."
    assert len(_assaults(ev, text)) == 2
