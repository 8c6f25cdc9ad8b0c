"""Event source (event_source._moved, _narrated_after): نقل that moves a thing somewhere
("ونقلت الدولة سفارتها إلى المدينة") relays nobody's words, and an act after a comma whose verb
names the speaker again ("حذرت الحكومة من أنها …، وقصفت الحكومة …") is the narrator's clause —
neither is the source of the act (audit U50 ant-SK-middleEast-1887-20180523, -1880-20180523)."""

GAZA = ("غزة", 31.5, 34.45, "PS", "city")
HOMS = ("حمص", 34.73, 36.71, "SY", "city")


def test_moving_an_embassy_is_no_report(ev):
    text = ("ونقلت كندا قنصليتها إلى تل أبيب يوم الأحد، في يوم شهد مواجهات عنيفة في غزة "
            "أسفرت عن مقتل عشرة فلسطينيين.")
    doc = ev.make_doc(text, places=[GAZA], entities=[("كندا", "LOC", None)],
                      attributions=[("كندا", "قنصليتها إلى تل أبيب يوم الأحد، في يوم شهد مواجهات عنيفة", False)])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and all(e.source is None for e in evs)


def test_relaying_with_an_source_stays(ev):
    # must not fire: نقلت X عن … relays someone's words
    text = "ونقلت وكالة رويترز عن شهود أن مواجهات عنيفة اندلعت في غزة."
    doc = ev.make_doc(text, places=[GAZA], attributions=[("وكالة رويترز", "مواجهات عنيفة اندلعت في غزة", False)])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert e.source is not None
