"""Actors of air strikes and bombardment (event_actors_physical.aircraft_owner, weapon_owner):
"ضربات جوية لمقاتلات التحالف" is flown by the coalition (ضربة/ضربات like غارة), and "القصف الجوي
والمدفعي للنظام السوري" — a bombardment noun, its adjectives, then لـ a state's force — is that
force's. An armed group or a site after لـ stays the one struck."""

DOUMA = ("دوما", 33.57, 36.4, "SY", "city")
SAADA = ("صعدة", 16.94, 43.76, "YE", "city")
COALITION = ("التحالف العربي", "ORG", "SAUMIL")


def _assaults(ev, text, **kw):
    return [e for e in ev.run(ev.make_doc(text, **kw)) if e.type == "ASSAULT"]


def test_strikes_of_coalition_fighters(ev):
    evs = _assaults(ev, "وقتل عشرون مسلحا في ضربات جوية لمقاتلات التحالف العربي على صعدة أمس.",
                    entities=[COALITION], places=[SAADA])
    assert evs and [a.text for a in evs[0].actors] == ["التحالف العربي"]
    assert not any("مقاتلات" in t.text for t in evs[0].targets)


def test_bombardment_of_the_regime(ev):
    evs = _assaults(ev, "واستمر القصف الجوي والمدفعي للنظام السوري على مدينة دوما أمس.", places=[DOUMA])
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("لنظام السوري", "SYRGOV")]


# must not fire: a site after لـ is struck
def test_bombardment_of_positions_stays_a_target(ev):
    evs = _assaults(ev, "واستمر القصف المدفعي لمواقع المسلحين قرب مدينة دوما أمس.", places=[DOUMA])
    assert evs and not any("مواقع" in a.text or "المسلحين" in a.text for a in evs[0].actors)
