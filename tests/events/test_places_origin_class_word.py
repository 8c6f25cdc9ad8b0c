""""تعزيزات قادمة من محافظة إب إلى أطراف مديرية حيس": the launch or origin place stays out of a
strike's place also when a place-class word (محافظة، مدينة …) stands between من and the name."""

IBB = ("إب", 13.97, 44.18, "YE", "city")
HAYS = ("حيس", 13.93, 43.48, "YE", "city")


def _strike_places(ev, text):
    doc = ev.make_doc(text, places=[p for p in (IBB, HAYS) if p[0] in text])
    return ev.place_names(doc, "ASSAULT")


def test_reinforcements_coming_from_a_province_are_struck_where_they_went(ev):
    text = "شنت مقاتلات التحالف غارات استهدفت تعزيزات قادمة من محافظة إب إلى أطراف مديرية حيس."
    assert _strike_places(ev, text) == ["حيس"]


def test_people_of_a_town_are_struck_in_it(ev):
    # must not fire: من without an origin word ("من سكان مدينة إب")
    text = "قتل ثلاثة من سكان مدينة إب في غارات للتحالف."
    assert _strike_places(ev, text) == ["إب"]


def test_strikes_on_a_town_named_by_its_class_word_are_there(ev):
    # must not fire: no من at all
    text = "شنت مقاتلات التحالف غارات على مدينة إب."
    assert _strike_places(ev, text) == ["إب"]
