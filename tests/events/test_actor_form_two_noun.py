"""Actors of events (event_actors_clause.verb_like, person_after_act_noun): a Form II verbal noun
of the تفعيل shape (تجميد، تمديد، توقيف) is no finite verb, so the party after it is not its
subject by the VSO reading: the owner of what is frozen, the person detained, is the target
(audit U52 ant-JA-localNews-2533-20161209)."""

BERN = ("برن", 46.95, 7.45, "CH", "city")


def test_frozen_assets_owner_is_the_target(ev):
    text = "أعلن المجلس الاتحادي في برن، في بيان رسمي صدر الخميس، عن تمديد تجميد الأصول المالية للرئيس السابق كمال بن سالم لمدة عام."
    doc = ev.make_doc(text, places=[BERN], entities=[("كمال بن سالم", "PER", None)])
    (e,) = [e for e in ev.run(doc) if e.type == "SANCTION"]
    assert "كمال بن سالم" not in [a.text for a in e.actors]
    assert "كمال بن سالم" in [t.text for t in e.targets]


def test_person_after_detention_noun_is_held(ev):
    text = "أعلن التلفزيون الرسمي الأحد 9 فبراير توقيف سامر عادل الحسن المتهم بقتل ضابط في برن إثر شجار."
    doc = ev.make_doc(text, places=[BERN], entities=[("سامر عادل الحسن", "PER", None)],
                      times=[("الأحد 9 فبراير", "2024-02-09", "day")])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [t.text for t in e.targets] == ["سامر عادل الحسن"]
    assert "سامر عادل الحسن" not in [a.text for a in e.actors]


def test_finite_verb_keeps_its_subject(ev):
    # must not fire: a finite verb, its subject after it
    text = "جمدت الحكومة في برن الخميس الأصول المالية للرئيس السابق."
    doc = ev.make_doc(text, places=[BERN])
    (e,) = [e for e in ev.run(doc) if e.type == "SANCTION"] or [None]
    assert e is None or "الرئيس السابق" not in [a.text for a in e.actors]
