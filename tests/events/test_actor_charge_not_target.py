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


# suspicion opens the charge as well ("للاشتباه في", "يشتبه في"): who the held are suspected of
# attacking or joining is no target of the arrest
def test_the_one_assaulted_in_the_suspicion_is_no_target(ev):
    text = "واحتجزت الشرطة شابا للاشتباه في تورطه في الاعتداء على الطالب كريم ناصر قرب الجامعة."
    evs = _coerce(ev, text, entities=[("كريم ناصر", "PER", None)])
    assert evs and not any("كريم" in t.text for e in evs for t in e.targets)


def test_the_group_suspected_of_is_no_target(ev):
    text = "وأوقفت قوات الأمن ثلاثة رجال يشتبه في انتمائهم إلى حركة الشباب في العاصمة."
    evs = _coerce(ev, text, entities=[("الشباب", "ORG", "SOMREB")])
    assert evs and not any(t.text == "الشباب" for e in evs for t in e.targets)


# must not fire: the suspect held is named before the suspicion and stays the target
def test_the_held_suspect_before_the_suspicion_stays(ev):
    text = "واعتقلت الشرطة سامر يوسف للاشتباه في سرقة سيارة."
    evs = _coerce(ev, text, entities=[("سامر يوسف", "PER", None)])
    assert any(t.text == "سامر يوسف" for e in evs for t in e.targets)
