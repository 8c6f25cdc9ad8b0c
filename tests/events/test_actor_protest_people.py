"""Roles of protests (event_actors_against.protest_people): ordinary people (مواطنين، سكان، أطفال،
نازحين) are never a protest's target — they are in the grievance ("ضريبة جديدة على المواطنين")
or, with no actor named, the ones before the trigger who stage it (audit U52
ant-CN-middleEast-1101-20180604)."""

AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _protest(ev, text):
    doc = ev.make_doc(text, places=[AMMAN])
    (e,) = [e for e in ev.run(doc) if e.type == "PROTEST"]
    return [a.text for a in e.actors], [t.text for t in e.targets]


def test_people_in_the_grievance_are_no_target(ev):
    _, targets = _protest(ev, "وخرجت في عمان الجمعة احتجاجات واسعة ضد رفع الأسعار وفرض ضريبة جديدة على المواطنين.")
    assert "المواطنين" not in targets


def test_people_before_the_protest_stage_it(ev):
    actors, targets = _protest(ev, "وكان المئات من السكان نظموا، الأحد، وقفة احتجاجية أمام مبنى البلدية في عمان.")
    assert actors == ["السكان"] and "السكان" not in targets
