"""Actors of events (event_actors_named._patron_of): a party behind لـ right after an adjective of
allegiance that follows another party ("القوات الموالية للحكومة", "مجلس الأمن التابع للأمم
المتحدة") names whose side that party is on — neither actor nor target of the act."""
import pytest

HODEIDA = ("الحديدة", 14.8, 42.95, "YE", "city")
GAZA = ("غزة", 31.5, 34.47, "PS", "city")


@pytest.mark.parametrize("text,patron", [
    ("وقتل عشرة أشخاص في اشتباكات بين الحوثيين والقوات الموالية للحكومة في الحديدة أمس.", "لحكومة"),
    ("ونصبت القوات الموالية للحكومة كمينا للحوثيين في الحديدة أمس.", "لحكومة"),
    ("واعتقلت القوات التابعة للحكومة اليمنية ضابطا في الحديدة أمس.", "لحكومة اليمنية"),
])
def test_the_patron_is_no_party(ev, text, patron):
    evs = ev.run(ev.make_doc(text, places=[HODEIDA]))
    assert evs
    for e in evs:
        assert not [x for x in e.actors + e.targets if patron in x.text or x.text in patron]


# must not fire: the owner of a thing that was hit is the target; loyalists joined by و are
# a party of their own
@pytest.mark.parametrize("text,owner,place", [
    ("وشنت الطائرات الإسرائيلية غارات على أهداف تابعة لحماس في غزة أمس.", "حماس", GAZA),
    ("واشتبكت المقاومة مع الحوثيين والموالين لصالح في الحديدة أمس.", "صالح", HODEIDA),
])
def test_an_owner_or_joined_loyalists_stay(ev, text, owner, place):
    ents = [("حماس", "ORG", "PSEREB")] if owner == "حماس" else [("صالح", "PER", None)]
    evs = [e for e in ev.run(ev.make_doc(text, places=[place], entities=ents)) if e.type == "ASSAULT"]
    assert evs and any(owner in x.text for x in evs[0].targets)
