"""Actors of events (event_actors_physical.waged_by): the subject of a relative verb of waging
or imposing on the act ("الغارة التي شنتها X", "القصف الذي شنته X", "الحصار الذي فرضته عليهم X")
does it; it is no target. A relative verb that takes the target ("الهجوم الذي استهدف X") is no
waging verb; a charge "التي وجهها X" is X's, whoever X is."""


def _acts(ev, text, etype, entities=()):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == etype]


def test_the_raids_relative_subject_is_its_actor(ev):
    (e,) = _acts(ev, "وقتل خمسة مدنيين في الغارة التي شنتها الطائرات الروسية على البلدة.", "ASSAULT")
    assert [(a.text, a.code) for a in e.actors] == [("الطائرات الروسية", "RUSMIL")]
    assert "الطائرات الروسية" not in [t.text for t in e.targets]


def test_a_feminine_doer_of_a_masculine_act(ev):
    (e,) = _acts(ev, "وأصيب ثلاثة أطفال في القصف الذي شنته قوات النظام على البلدة أمس.", "ASSAULT")
    assert [a.text for a in e.actors] in (["قوات النظام"], ["النظام"])  # (the forces' owner may stand for them)
    assert [t.text for t in e.targets] == ["أطفال"]


def test_the_one_who_imposed_a_siege(ev):
    text = "ودخلت المساعدات إلى البلدة بعد الحصار الذي فرضته عليها الميليشيات الحوثية لأشهر."
    (e,) = _acts(ev, text, "COERCE")
    assert [(a.text, a.code) for a in e.actors] == [("الميليشيات الحوثية", "YEMREB")]
    assert not e.targets


# must not fire: استهدف takes the target
def test_a_targeting_relative_verb_names_the_target(ev):
    (e,) = _acts(ev, "وقتل جنديان في الهجوم الذي استهدف قوات الجيش قرب الحدود.", "ASSAULT")
    assert "قوات الجيش" in [t.text for t in e.targets]
    assert not e.actors


def test_who_directed_the_charges_makes_them(ev):
    # the protesters direct the charges: no political author, so no ACCUSE by the court's spokeswoman
    evs = _acts(ev, "ونفت الناطقة باسم المحكمة الاتهامات التي وجهها المحتجون للقاضية أمس.", "ACCUSE")
    assert all("الناطقة" not in a.text for e in evs for a in e.actors)


def test_a_masculine_doer_imposed_a_masculine_siege(ev):
    # "فرضه": a masculine doer of a masculine act, like "شنه" among the waging verbs
    (e,) = _acts(ev, "وتخلص الأهالي من الحصار الذي فرضه الجيش على قريتهم.", "COERCE")
    assert [a.text for a in e.actors] == ["الجيش"]
    assert "الجيش" not in [t.text for t in e.targets]


def test_the_doer_after_a_definite_adjective_of_the_act(ev):
    # a definite act noun takes no ال-genitive: "العنيف" is its adjective, the relative verb its own
    (e,) = _acts(ev, "وأصيب أربعة مدنيين في القصف العنيف الذي شنته قوات النظام على القرية.", "ASSAULT")
    assert [a.text for a in e.actors] in (["قوات النظام"], ["النظام"])
    assert "قوات النظام" not in [t.text for t in e.targets]


def test_a_siege_with_an_adjective_imposed_by_a_movement(ev):
    text = "وتنفس المدنيون الصعداء بعد انتهاء الحصار الطويل الذي فرضه المسلحون على البلدة."
    evs = _acts(ev, text, "COERCE")
    assert evs and all("المسلحون" not in [t.text for t in e.targets] for e in evs)
    assert any([a.text for a in e.actors] == ["المسلحون"] for e in evs)
