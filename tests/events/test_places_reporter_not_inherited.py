"""Where the reporter of the sentence before is ("حسبما أفادت الشرطة في بيان صدر في دمشق") is no
place for the next sentence to inherit (SPEC §2.6; audit U48 ant-SK-internationalNews-691: the
arrests after an attack in Ulm placed at Stuttgart, the seat of the prosecutors' statement)."""
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")
HOMS = ("حمص", 34.73, 36.71, "SY", "city")


def _arrest_places(ev, text):
    doc = ev.make_doc(text, published="2018-03-30", places=[p for p in (DAMASCUS, HOMS) if p[0] in text])
    return ev.place_names(doc, "COERCE")


def test_reporter_place_is_not_inherited(ev):
    text = ("ولم يصب أحد من المصلين بأذى، حسبما أفادت الشرطة في بيان مشترك مع النيابة في دمشق. "
            "واعتقلت الشرطة ثلاثة مشتبه بهم الأربعاء.")
    assert "دمشق" not in _arrest_places(ev, text)


# must not fire: the place the sentence tells a happening at
def test_place_of_the_happening_is_inherited(ev):
    text = ("وانفجرت سيارة مفخخة في حمص، حسبما أفادت الشرطة في بيان. "
            "واعتقلت الشرطة ثلاثة مشتبه بهم الأربعاء.")
    assert _arrest_places(ev, text) == ["حمص"]
