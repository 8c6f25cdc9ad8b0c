"""Actors of events (event_actors_site.outside_the_site): an act named as the genitive of a site
noun ("موقع الهجوم", "مكان التفجير") is where someone else went or worked; the party of that
outer clause is not the act's doer."""
import pytest


def _assaults(ev, text, entities=()):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وفي وقت سابق أعلنت وزارة الداخلية دخول المحققين إلى البلدة ووصولهم إلى موقع الهجوم المفترض.",
    "وقالت الشرطة إن فرق الإنقاذ توجهت فورا إلى مكان التفجير في السوق.",
])
def test_who_reached_the_site_did_not_attack(ev, text):
    evs = _assaults(ev, text, entities=[("وزارة الداخلية", "ORG", None)])
    assert all(a.text not in ("المحققين", "فرق الإنقاذ") for e in evs for a in e.actors)


# must not fire: the act's own doer before it, with no site noun between
def test_an_attack_with_its_doer(ev):
    (e,) = _assaults(ev, "وشن المسلحون هجوما على حاجز للجيش قرب البلدة أمس.")
    assert [a.text for a in e.actors] == ["المسلحون"]
