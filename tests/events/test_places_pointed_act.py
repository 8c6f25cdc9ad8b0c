"""Event places (event_places.in_topic): "في إشارة إلى" sets off what a statement points to, and a
place named there is the topic's, not the statement's — but when the act it points to is itself the
event, the place in that act's own phrase is where it happened ("في إشارة إلى الهجوم الكيماوي الذي
شهدته منطقة دوما" left the attack with no place: audit U62 ant-CN-middleEast-543)."""

ALEPPO = ("حلب", 36.2, 37.16, "SY", "city")


def _places(ev, text, etype):
    doc = ev.make_doc(text, published="2018-04-09", places=[ALEPPO])
    return ev.place_names(doc, etype)


def test_the_act_pointed_to_keeps_its_own_place(ev):
    text = "وقال الوزير إن بلاده سترد بحزم، في إشارة إلى الهجوم الذي شهدته مدينة حلب."
    assert _places(ev, text, "ASSAULT") == ["حلب"]


def test_a_statement_pointing_to_a_place_is_not_there(ev):
    # must not fire: the statement comes before the stance phrase, the place is its topic
    text = "ونددت الوزارة بشدة بالقرار، في إشارة إلى ما يجري في مدينة حلب."
    assert _places(ev, text, "ACCUSE") in ([], [None])
