"""Actors of a circumstantial participle (event_actors_clause.act_genitive): the participle shares the
main clause's subject, not the doer named right after an act noun in it — "ندد عدد من المشايخ
باقتحام قوات الاحتلال …، مطالبين الدول العربية" is no demand by the occupation forces (audit U54);
with no political subject left there is no REQUEST (SPEC §2.6)."""

JERUSALEM = ("القدس", 31.78, 35.22, "PS", "city")


def _requests(ev, text):
    doc = ev.make_doc(text, places=[JERUSALEM], entities=[("قوات الاحتلال", "ORG", "ISRMIL")])
    return [[a.text for a in e.actors] for e in ev.run(doc) if e.type == "REQUEST"]


def test_doer_of_the_act_noun_is_not_the_subject(ev):
    got = _requests(ev, "وندد عدد من الأئمة باقتحام قوات الاحتلال المسجد في القدس أمس، مطالبين العالم بالتحرك.")
    assert not any("قوات الاحتلال" in a for a in got)


def test_institutional_subject_keeps_the_request(ev):
    # must not fire: the ministry that condemns is the one that demands
    got = _requests(ev, "وأدانت وزارة الخارجية اقتحام قوات الاحتلال المسجد في القدس أمس، مطالبة العالم بالتحرك.")
    assert got and got[0] == ["وزارة الخارجية"]
