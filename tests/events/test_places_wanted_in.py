"""Event places (event_places.in_topic): the country one is wanted in is no place of his arrest —
"واحتجزت الشرطة الألمانية بوجديمون، المطلوب في إسبانيا" was placed in Spain (audit U58
ant-BB-internationalNews-230-20180326)."""

FRANCE = ("فرنسا", 46.6, 2.4, "FR", "country")
HAMBURG = ("هامبورغ", 53.55, 9.99, "DE", "city")


def _places(ev, text, places):
    doc = ev.make_doc(text, places=places, entities=[("الشرطة الألمانية", "ORG", "DEUPOL")])
    return ev.place_names(doc, "COERCE")


def test_the_country_one_is_wanted_in_is_no_scene(ev):
    text = "واحتجزت الشرطة الألمانية الناشط، المطلوب في فرنسا بتهمة التحريض، بناء على مذكرة توقيف."
    assert _places(ev, text, [FRANCE]) == [None]


def test_the_town_of_the_arrest_stays(ev):
    # must not fire: the arrest names its own town after the aside
    text = "واحتجزت الشرطة الألمانية الناشط، المطلوب في فرنسا بتهمة التحريض، في مدينة هامبورغ."
    assert _places(ev, text, [FRANCE, HAMBURG]) == ["هامبورغ"]


def test_the_wanted_held_in_a_town_were_held_there(ev):
    # must not fire: a count of wanted men ("مطلوبين") is the arrest's object, its town the scene
    text = "واعتقلت الشرطة الألمانية ثلاثة مطلوبين في هامبورغ أمس."
    assert _places(ev, text, [HAMBURG]) == ["هامبورغ"]
