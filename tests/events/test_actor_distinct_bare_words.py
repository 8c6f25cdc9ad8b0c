"""Targets of events (event_actors_doers.distinct): two mentions of one nominal, with and without ال
("مدنيين" and "المدنيين"), are one target; none repeats the actor ("الشرطة" … "شرطة")."""

SARWAH = ("صرواح", 15.4, 45.0, "YE", "city")


def test_one_nominal_with_and_without_al_is_one_target(ev):
    doc = ev.make_doc("وأطلقت الميليشيات صاروخا على حي سكني في صرواح أمس ما أدى إلى مقتل 6 مدنيين "
                      "وإصابة المدنيين بجروح.", places=[SARWAH])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    civ = [t.text for t in a.targets if "مدنيين" in t.text]
    assert len(civ) == 1


# must not fire: two different nominals stay two targets
def test_two_nominals_stay_two_targets(ev):
    doc = ev.make_doc("وقصفت الميليشيات مواقع الجيش في صرواح أمس ما أدى إلى مقتل 6 مدنيين.", places=[SARWAH])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert {"الجيش", "مدنيين"} <= {t.text for t in a.targets}
