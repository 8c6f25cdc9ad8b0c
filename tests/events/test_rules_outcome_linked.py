"""An outcome word tied by أسفر عن / أدى إلى / خلّف / أوقع to an act told before it in the
sentence (and an outcome joined to it by و) heads no event of its own, even where an earlier
place of the sentence would let it (audit of unseen news U50)."""

TEXT = ("ووصل الوزير إلى العاصمة يوم الأحد، في يوم شهد مواجهات دامية في بلدة القصير، أسفرت عن مقتل "
        "نحو عشرين شخصا وجرح أكثر من مئة آخرين.")


def test_linked_outcomes_are_the_act(ev):
    doc = ev.make_doc(TEXT, places=[("العاصمة", 33.5, 36.3, "SY", "city"), ("القصير", 34.5, 36.57, "SY", "town")],
                      quantities=[("عشرين شخصا", 20, "about", "killed"), ("مئة آخرين", 100, "more_than", "injured")])
    events = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [e.trigger.text for e in events] == ["مواجهات"]
    assert events[0].counts["killed"].value == 20 and events[0].counts["injured"].value == 100


def test_unlinked_outcome_still_heads(ev):
    doc = ev.make_doc("وقتل خمسة أشخاص في انفجار بالعاصمة يوم الأحد.", places=[("العاصمة", 33.5, 36.3, "SY", "city")],
                      quantities=[("خمسة أشخاص", 5, "exact", "killed")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]
