"""Targets of a displacement (event_actors_displaced.fled_from): a party named after an attack or
battle that follows the flight is that act's side, the cause of the flight, not among the displaced
(audit U54: "فر آلاف المدنيين … هربا من معارك … مع استمرار هجوم الجيش التركي" had the Turkish army
as a displaced party)."""

HAMA = ("حماة", 35.13, 36.75, "SY", "city")


def _targets(ev, text, entities=()):
    doc = ev.make_doc(text, places=[HAMA], entities=list(entities))
    return [[t.text for t in e.targets] for e in ev.run(doc) if e.type == "DISPLACE"]


def test_the_attacker_is_no_displaced_party(ev):
    got = _targets(ev, "ونزح مئات السكان من قراهم قرب مدينة حماة هربا من هجوم الجيش الروسي أمس.")
    assert got and not any("الجيش الروسي" in t for t in got[0])


def test_the_sides_of_a_battle(ev):
    got = _targets(ev, "ونزح آلاف المدنيين من مدينة حماة جراء اشتباكات بين الجيش وتنظيم داعش أمس.",
                   entities=[("داعش", "ORG", "IMGMUSREB")])
    assert got and got[0] == ["المدنيين"]


# must not fire: the displaced named before the act stay
def test_people_before_the_act_stay(ev):
    got = _targets(ev, "ونزح مئات المدنيين من مدينة حماة بسبب القصف أمس.")
    assert got and got[0] == ["المدنيين"]


def test_people_after_the_act_may_be_the_displaced(ev):
    # must not fire: residents named after the cause are still the ones who moved
    got = _targets(ev, "ونزح مئات من مدينة حماة جراء الاشتباكات التي دفعت السكان إلى الرحيل أمس.")
    assert got and "السكان" in got[0]
