"""Actors of attacks (event_actors_physical._bombardment_by): after an attack noun and its adjectives,
the coded party behind لـ made the attack, whatever side it is — "على وقع الهجوم العنيف للجيش
الوطني على مواقعهم" is the army's attack (audit U54: the army was its target)."""

MARIB = ("مأرب", 15.46, 45.33, "YE", "city")


def _roles(ev, text, entities=()):
    doc = ev.make_doc(text, places=[MARIB], entities=list(entities))
    return [([a.text for a in e.actors], [t.text for t in e.targets]) for e in ev.run(doc) if e.type == "ASSAULT"]


def test_army_behind_lam(ev):
    got = _roles(ev, "وفر المسلحون من مواقعهم غرب مأرب على وقع الهجوم العنيف للجيش الوطني على الجبهة أمس.")
    assert got and any("جيش" in a for a in got[0][0]) and not any("جيش" in t for t in got[0][1])


def test_rebels_behind_lam(ev):
    got = _roles(ev, "وأسفر هجوم عنيف للمتمردين على مواقع الجيش قرب مأرب أمس عن خسائر كبيرة.")
    assert got and any("متمردين" in a for a in got[0][0])


def test_site_behind_lam_after_shelling(ev):
    # must not fire: after a bombardment noun a site behind لـ is the one struck
    got = _roles(ev, "واستمر القصف المدفعي العنيف لمواقع المسلحين قرب مأرب أمس.")
    assert got and not any("مواقع" in a for a in got[0][0])
