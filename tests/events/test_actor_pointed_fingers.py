"""Actors of accusations (event_actors_pointed.pointed_at): the party after "أصابع الاتهام إلى" is
the accused, never the accuser — "كما أشارت أصابع الاتهام إلى المالكي" named Maliki the accuser
(audit U58 ant-SK-middleEast-1530-20180509)."""

MINISTER = ("وزير الداخلية", "ORG", "EGYGOV")


def test_the_pointed_at_party_is_no_accuser(ev):
    # the fingers are the verb's subject: no one named accuses, so no verbal act (SPEC 2.6)
    text = "وأشارت أصابع الاتهام إلى وزير الداخلية في قضية تهريب الأسلحة عبر الحدود."
    evs = [e for e in ev.run(ev.make_doc(text, entities=[MINISTER])) if e.type == "ACCUSE"]
    assert not any(a.text == "وزير الداخلية" for e in evs for a in e.actors)


def test_who_points_the_fingers_accuses_the_one_pointed_at(ev):
    text = "ووجه الحوثيون أصابع الاتهام إلى الحكومة اليمنية في الهجوم على السوق."
    doc = ev.make_doc(text, entities=[("الحوثيون", "ORG", "YEMREB"), ("الحكومة اليمنية", "ORG", "YEMGOV")])
    evs = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert evs and [a.text for a in evs[0].actors] == ["الحوثيون"]
    assert [t.text for t in evs[0].targets] == ["الحكومة اليمنية"]


def test_the_pointer_before_a_comma_accuses(ev):
    # the subject sits in the clause before: "لم يشأ المسؤول …، لكنه وجه أصابع الاتهام إلى X"
    text = ("لم يشأ المسؤول في وزارة الخارجية الأمريكية تأكيد الخبر، لكنه وجه أصابع الاتهام إلى "
            "النظام السوري وقال إن الصور تتطابق مع هجمات سابقة.")
    doc = ev.make_doc(text, entities=[("وزارة الخارجية الأمريكية", "ORG", "USAGOV")])
    evs = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert evs and [a.text for a in evs[0].actors] == ["وزارة الخارجية الأمريكية"]
    assert [t.text for t in evs[0].targets] == ["النظام السوري"]
