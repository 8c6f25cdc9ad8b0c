"""Targets of arrests (event_doers.counted_detainees): the arrested count standing a few words
after an arrest trigger is who was arrested, as SPEC's example target "ثلاثة مدنيين" — the
event had no target at all."""

CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")


def _arrests(ev, text, count, value):
    doc = ev.make_doc(text, places=[CAIRO], quantities=[(count, value, "exact", "arrested")])
    return [e for e in ev.run(doc) if e.type == "COERCE"]


def test_counted_people_after_the_doer_are_the_target(ev):
    evs = _arrests(ev, "اعتقلت الشرطة المصرية، الاثنين، سبعة أشخاص في القاهرة.", "سبعة أشخاص", 7)
    assert evs and [t.text for t in evs[0].targets] == ["سبعة أشخاص"]


def test_counted_people_after_ala_are_the_target(ev):
    evs = _arrests(ev, "وألقت قوات الأمن القبض على 12 شخصا في القاهرة أمس.", "12 شخصا", 12)
    assert evs and [t.text for t in evs[0].targets] == ["12 شخصا"]


def test_a_passive_arrest_of_counted_people(ev):
    evs = _arrests(ev, "اعتقل أكثر من 40 طالبا في القاهرة أمس.", "أكثر من 40 طالبا", 40)
    assert evs and [t.text for t in evs[0].targets] == ["أكثر من 40 طالبا"]


# must not fire: the count far from the trigger, or before it (a relative "اعتقلتهم")
def test_a_count_before_the_trigger_is_left(ev):
    evs = _arrests(ev, "وقالت الشرطة إن 9 أشخاص اعتقلوا في القاهرة أمس.", "9 أشخاص", 9)
    assert all(not e.targets for e in evs)
