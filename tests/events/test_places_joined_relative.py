"""A statement's place is not one named in a relative clause about its object, also when و
joins the relative ("رفضت الحكومة الدعوات …، والتي صدرت من باريس": where the calls came from,
event_mentions.relative_between; audit U50 ant-SK-middleEast-1880-20180523)."""

PARIS = ("باريس", 48.85, 2.35, "FR", "city")
CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")


def _rejects(ev, text, places):
    doc = ev.make_doc(text, places=places, entities=[("الجزائر", "LOC", "DZAGOV")])
    return [e for e in ev.run(doc) if e.type == "REJECT"]


def test_joined_relative_place_is_not_the_statements(ev):
    text = "رفضت الجزائر، الخميس، الدعوات لإغلاق الحدود، والتي صدرت من باريس في إطار المساعي الأوروبية."
    (e,) = _rejects(ev, text, [PARIS])
    assert e.place is None


def test_locative_place_of_the_statement_stays(ev):
    # must not fire: no relative between the act and its place
    text = "رفضت الجزائر، الخميس، في القاهرة الدعوات لإغلاق الحدود."
    (e,) = _rejects(ev, text, [CAIRO])
    assert e.place is not None
