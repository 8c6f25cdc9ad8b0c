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


def test_speaker_named_again_after_the_act_is_the_narrator(ev):
    text = ("وحذرت تركيا من أنها لن تسمح بوجود المسلحين قرب حدودها، وقصفت تركيا مواقع عدة "
            "قرب حمص في وقت سابق من الشهر.")
    doc = ev.make_doc(text, places=[HOMS], entities=[("تركيا", "LOC", "TURGOV")],
                      quotes=[("تركيا", "لن تسمح بوجود المسلحين قرب حدودها، وقصفت تركيا مواقع عدة قرب حمص")])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and all(e.source is None for e in evs)


def test_speakers_own_act_by_pronoun_stays_sourced(ev):
    # must not fire: the speaker's act told with a pronoun is still in its words
    text = "وقالت تركيا إنها لن تسمح بوجود المسلحين، وإنها قصفت مواقع عدة قرب حمص أمس."
    doc = ev.make_doc(text, places=[HOMS], entities=[("تركيا", "LOC", "TURGOV")],
                      quotes=[("تركيا", "لن تسمح بوجود المسلحين، وإنها قصفت مواقع عدة قرب حمص أمس")])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and all(e.source is not None for e in evs)
