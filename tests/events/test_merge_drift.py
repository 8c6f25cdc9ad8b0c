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


MUNICH = ("ميونخ", 48.14, 11.58, "DE", "city")
ISRAEL = ("إسرائيل", 31.5, 34.75, "IL", "country")


def _accusations(ev, doc):
    return [e for e in ev.run(doc) if e.type == "ACCUSE"]


def test_a_statement_at_a_conference_named_by_its_town_is_placed_there(ev):
    text = "اتهم وزير الدفاع الإسرائيلي إيران بدعم الإرهاب في كلمة ألقاها في مؤتمر ميونخ الأمني الأحد."
    doc = ev.make_doc(text, places=[MUNICH, ISRAEL], times=[("الأحد", "2024-02-11", "day")])
    (acc,) = _accusations(ev, doc)
    assert [p.name for p in doc.places if p.id == acc.place] == ["ميونخ"]


def test_a_treaty_named_by_a_town_is_no_gathering(ev):
    # must not fire: "معاهدة ميونخ" names a treaty, not where the statement was given
    text = "اتهم وزير الدفاع الإسرائيلي إيران بخرق الاتفاق وذكر بمعاهدة ميونخ الأحد."
    doc = ev.make_doc(text, places=[MUNICH, ISRAEL], times=[("الأحد", "2024-02-11", "day")])
    for acc in _accusations(ev, doc):
        assert [p.name for p in doc.places if p.id == acc.place] != ["ميونخ"]


def test_the_force_that_fired_the_shell_is_its_actor_not_its_target(ev):
    text = "قتل الطفل علي حسن جراء قذيفة صاروخية أطلقتها ميليشيا المتمردين على منزل جده في تعز مساء الخميس."
    doc = ev.make_doc(text, places=[TAIZ], entities=[("ميليشيا المتمردين", "ORG", None),
                                                     ("علي حسن", "PER", None)])
    shells = [e for e in _assaults(ev, doc) if e.trigger.text.startswith("قذيفة")]
    assert shells and any("ميليشيا" in a.text for a in shells[0].actors)
    assert not any("ميليشيا" in t.text for t in shells[0].targets)


def test_a_launch_clause_far_from_the_trigger_is_not_its_doer(ev):
    # must not fire: the rockets fired at the forces are the other side's, told after the shelling
    text = "قصفت القوات الحكومية الحي في تعز أمس بعد أن تعرضت مواقعها لصواريخ أطلقها مسلحون."
    doc = ev.make_doc(text, places=[TAIZ])
    shelling = [e for e in _assaults(ev, doc) if e.trigger.text.startswith("قصف")]
    assert shelling and not any("مسلحون" in a.text for a in shelling[0].actors)
