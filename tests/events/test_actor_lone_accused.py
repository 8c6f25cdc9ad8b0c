"""Actors of accusations (event_actors_doers.lone_accused): one party right after an accusing
verb, followed at once by the بـ of the charge, is the accused — "وفي الوقت نفسه تتهم الأمم
المتحدة بالانحياز" has the UN accused (the accuser is the earlier subject), not accusing (audit
U56 ant-CN-middleEast-1079-20180602)."""

UN = ("الأمم المتحدة", "ORG", "IGOUNO")


def _accusations(ev, text, **kw):
    return [e for e in ev.run(ev.make_doc(text, **kw)) if e.type == "ACCUSE"]


def test_the_one_party_before_the_charge_is_not_the_accuser(ev):
    text = "وقال وزير الخارجية المصري إن الحكومة المصرية ترفض القرار، وفي الوقت نفسه تتهم الأمم المتحدة بالانحياز."
    evs = _accusations(ev, text, entities=[UN])
    assert not any("الأمم المتحدة" in [a.text for a in e.actors] for e in evs)


def test_a_name_of_the_earlier_clause_is_no_accuser(ev):
    # "ويتهم X بالعمل" reads يُتّهم: the group named in the clause before accuses no one
    text = ("وكانت الشرطة التركية اعتقلت أمس مشتبها بترأس مجموعة تنتمي لتنظيم داعش في أنقرة، "
            "ويتهم أحمد علي بالعمل على تجنيد عناصر لصالح التنظيم.")
    evs = _accusations(ev, text, entities=[("أحمد علي", "PER", None), ("داعش", "ORG", "IMGMUSREB")])
    assert not any("داعش" in [a.text for a in e.actors] for e in evs)


def test_two_parties_before_the_charge_keep_the_first_as_accuser(ev):
    # must not fire: the first of two parties accuses, the second is accused
    text = "واتهمت الأمم المتحدة قوات الحكومة السورية بمنع المدنيين من الخروج."
    evs = _accusations(ev, text, entities=[UN])
    assert evs and [a.text for a in evs[0].actors] == ["الأمم المتحدة"]


def test_only_accusing_verbs():
    from types import SimpleNamespace
    from rasd.stages.event_actors_doers import lone_accused
    trig = SimpleNamespace(type="REQUEST", first=0, last=0)
    assert not lone_accused([], trig, None)  # "طالبت الأمم المتحدة بوقف القتال": the UN asks


def test_a_name_read_as_ba_is_no_charge(ev):
    # must not fire: "باسيل" is a name, not بـ + noun; he accuses the commission
    text = "واتهم باسيل المفوضية \"بتخويف النازحين\" من العودة إلى بلادهم."
    evs = _accusations(ev, text, entities=[("باسيل", "PER", "LBNGOV")])
    assert not any("باسيل" in [t.text for t in e.targets] for e in evs)


def test_a_participle_keeps_the_speaker(ev):
    # must not fire: the participle goes on with the one who speaks
    text = "وقال وزير الداخلية إن الوضع خطير، متهما الحكومة بالتقصير في حماية المدنيين."
    evs = _accusations(ev, text)
    assert any("وزير الداخلية" in [a.text for a in e.actors] for e in evs)
