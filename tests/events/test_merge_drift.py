"""Merged records keep their own happenings: a killing "على يد" a named force is that force's act,
never the toll of strikes told in a later sentence."""

TAIZ = ("تعز", 13.58, 44.02, "YE", "city")


def _assaults(ev, doc):
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_killing_by_the_hand_of_a_force_is_that_forces_act_and_stays_apart(ev):
    text = ("لقي القائد الميداني سالم أحمد المقدشي مصرعه على يد قوات اللواء الثالث في تعز. "
            "وشنت طائرات التحالف غارات على مواقع المسلحين في تعز.")
    doc = ev.make_doc(text, places=[TAIZ], entities=[("التحالف", "ORG", "IGOMEA"),
                                                    ("سالم أحمد المقدشي", "PER", None)])
    events = _assaults(ev, doc)
    killing = [e for e in events if e.trigger.text.startswith("لقي")]
    assert len(killing) == 1 and len(events) == 2
    assert any("قوات" in a.text or "اللواء" in a.text for a in killing[0].actors)
    assert not any("قوات" in t.text or "اللواء" in t.text for t in killing[0].targets)


def test_a_hand_named_after_another_act_is_not_the_triggers_doer(ev):
    # must not fire: the hand is the torturer's, told after the arrest
    text = "اعتقلت الشرطة الرجلين في تعز أمس وتعرضهما للتعذيب على يد قوات الأمن."
    doc = ev.make_doc(text, places=[TAIZ])
    arrests = [e for e in ev.run(doc) if e.trigger.text.startswith("اعتقل")]
    assert arrests and not any("قوات" in a.text for a in arrests[0].actors)
