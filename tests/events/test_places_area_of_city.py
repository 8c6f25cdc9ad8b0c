"""A place right after لـ on the heels of another place's name ("الغوطة الشرقية لدمشق",
"الضاحية الجنوبية لبيروت") says whose area that one is: the act happened in the area, not in
the city (SPEC §2.6: the most specific place where it happened; the city, a finer feature, had
won)."""
GHOUTA = ("الغوطة الشرقية", 33.55, 36.45, "SY", "region")
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")


def _places(ev, text):
    doc = ev.make_doc(text, published="2018-02-26", places=[GHOUTA, DAMASCUS],
                      times=[("الأحد", "2018-02-25", "day")])
    return ev.place_names(doc, "ASSAULT")


def test_the_area_of_the_city_is_the_place(ev):
    text = ("أفاد مسعفون الأحد بأن عشرات المصابين نقلوا إلى مراكز طبية في الغوطة الشرقية لدمشق، فيما استمر "
            "القصف المدفعي على المنطقة.")
    assert _places(ev, text) == ["الغوطة الشرقية"]


def test_a_city_named_on_its_own_stays_a_place(ev):
    # "و" between: two places, the city too
    text = "وتواصل القصف المدفعي الأحد على الغوطة الشرقية ودمشق."
    assert sorted(_places(ev, text)) == ["الغوطة الشرقية", "دمشق"]
