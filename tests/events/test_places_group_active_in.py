"""Event places (event_places.in_topic): where a group is active ("خلية تنشط بين X وY") is its home,
not the scene of what is done to it — a cell broken up was placed in the first town it is active
in, over the town its captors named."""

SOUSSE = ("سوسة", 35.83, 10.64, "TN", "city")
KAIROUAN = ("القيروان", 35.68, 10.1, "TN", "city")


def _places(ev, text, places):
    doc = ev.make_doc(text, places=places, entities=[("الحرس الوطني", "ORG", "TUNMIL")])
    return ev.place_names(doc, "COERCE")


def test_where_the_cell_is_active_is_no_scene(ev):
    text = "واعتقل الحرس الوطني أفراد خلية إرهابية تنشط بين سوسة والقيروان."
    assert _places(ev, text, [SOUSSE, KAIROUAN]) == [None]


def test_the_town_of_the_arrest_stays(ev):
    # must not fire: the arrest names its own town
    text = "واعتقل الحرس الوطني في سوسة أفراد خلية إرهابية."
    assert _places(ev, text, [SOUSSE]) == ["سوسة"]
