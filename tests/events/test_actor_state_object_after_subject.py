"""Targets of verbal acts (event_actors_doers.state_objects): in VSO order a country or capital right
after the subject — past an aside between commas naming him — is the object, for its government
("اتهمت الولايات المتحدة إيران بـ" → target إيران IRNGOV), and so is one joined to it by و."""

IRAN = ("إيران", 32.0, 53.0, "IR", "country")
USA = ("الولايات المتحدة", 38.0, -97.0, "US", "country")
ISRAEL = ("إسرائيل", 31.5, 34.9, "IL", "country")


def test_the_country_after_the_subject_is_the_object(ev):
    doc = ev.make_doc("وانتقدت الولايات المتحدة إيران بشدة بسبب برنامجها الصاروخي.", places=[USA, IRAN])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert [(x.text, x.code) for x in a.actors] == [("الولايات المتحدة", "USAGOV")]
    assert [(x.text, x.code) for x in a.targets] == [("إيران", "IRNGOV")]


def test_past_the_apposed_name_and_joined_by_waw(ev):
    text = "وهدد قائد الجيش الإيراني، كريم سالاري، الولايات المتحدة وإسرائيل برد مدمر."
    doc = ev.make_doc(text, entities=[("كريم سالاري", "PER", None)], places=[USA, ISRAEL])
    (t,) = [e for e in ev.run(doc) if e.type == "THREATEN"]
    assert [x.text for x in t.targets] == ["الولايات المتحدة", "إسرائيل"]


# must not fire: a country behind a preposition is no object
def test_a_governed_country_is_no_object(ev):
    doc = ev.make_doc("وانتقد وزير الخارجية الأمريكي من إيران المعارضة بشدة.", places=[IRAN])
    evs = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert all(x.text != "إيران" for e in evs for x in e.targets)
