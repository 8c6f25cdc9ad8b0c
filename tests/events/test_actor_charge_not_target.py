"""Targets of physical acts (event_actors_doers.charge_start): the parties named in what the held
or punished are charged with ("متهمين بإهانة الرئيس رجب طيب أردوغان", "بتهمة التجسس لصالح
إسرائيل") are no targets of the arrest; those before the charge still are."""

ISRAEL = ("إسرائيل", 31.5, 34.8, "IL", "country")
ERDOGAN = ("رجب طيب أردوغان", "PER", "TURGOV")


def _coerce(ev, text, **kw):
    return [e for e in ev.run(ev.make_doc(text, **kw)) if e.type == "COERCE"]


def test_the_insulted_president_is_no_target(ev):
    text = "أمرت محكمة تركية باعتقال 12 شخصا متهمين بإهانة الرئيس رجب طيب أردوغان خلال تجمع انتخابي."
    evs = _coerce(ev, text, entities=[ERDOGAN])
    assert evs and not any("أردوغان" in t.text or t.text == "الرئيس" for e in evs for t in e.targets)


def test_the_state_spied_for_is_no_target(ev):
    evs = _coerce(ev, "واعتقلت الشرطة الإيرانية خمسة أشخاص بتهمة التجسس لصالح إسرائيل.", places=[ISRAEL])
    assert evs and not any(t.text == "إسرائيل" for e in evs for t in e.targets)


# must still fire: the held named before the charge are targets
def test_the_held_before_the_charge_stay(ev):
    text = "واعتقلت الشرطة الإيرانية عناصر من داعش متهمين بالتخطيط لهجمات."
    evs = _coerce(ev, text, entities=[("داعش", "ORG", "IMGMUSREB")])
    assert any(t.text == "داعش" for e in evs for t in e.targets)
