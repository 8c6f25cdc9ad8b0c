"""A place behind في (or بـ) after a chain of names, some of which the gazetteer could not
place, is where the chain lies, not one more place hit (SPEC §2.6: one event per happening per
place): "قصفت المليشيات حي الزهور والنصر والسلام في مدينة حمص" is a shelling of the district
(its city only locates it), not a second shelling of Homs."""
ZAHOUR = ("الزهور", 34.73, 36.71, "SY", "neighbourhood")
HOMS = ("حمص", 34.73, 36.72, "SY", "city")
IDLIB = ("إدلب", 35.93, 36.63, "SY", "city")
HAMA = ("حماة", 35.13, 36.75, "SY", "city")


def _places(ev, text, places):
    doc = ev.make_doc(text, published="2018-03-05", places=places,
                      times=[("الأحد", "2018-03-04", "day")])
    names = {p.id: p.name for p in doc.places}
    return sorted(names.get(e.place) for e in ev.run(doc) if e.type == "ASSAULT")


def test_the_city_after_fi_contains_the_listed_districts(ev):
    text = "قصفت المليشيات الأحد حي الزهور والنصر والسلام في مدينة حمص بقذائف الهاون."
    assert _places(ev, text, [ZAHOUR, HOMS]) == ["الزهور"]


def test_the_city_after_bi_contains_them_too(ev):
    text = "قصفت المليشيات الأحد حي الزهور والنصر بحمص بقذائف الهاون."
    assert _places(ev, text, [ZAHOUR, HOMS]) == ["الزهور"]


def test_towns_joined_by_and_stay_separate_happenings(ev):
    # no في/بـ before the last name: coordination, three places hit
    text = "قصفت الطائرات الأحد مدينة إدلب وحماة وحمص بالصواريخ."
    assert _places(ev, text, [IDLIB, HAMA, HOMS]) == ["إدلب", "حماة", "حمص"]
