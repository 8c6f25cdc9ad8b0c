"""One record per happening, background (event_retold.recalled_types, _held_reference): an act an
anniversary recalls is old, and so is a later back-reference to it with no date of its own —
"تحيي تونس اليوم الذكرى الثانية لهجوم متحف باردو … ومثّل هذا الهجوم الإرهابي الجبان الذي
استهدف السياحة" was coded as an attack of the publication week (audit U58
ant-JA-localNews-3080-20170318)."""

SOUSSE = ("سوسة", 35.83, 10.64, "TN", "city")


def test_a_reference_to_the_recalled_attack_is_background(ev):
    text = ("تحيي المدينة اليوم الذكرى الثالثة للهجوم على فندق في سوسة. "
            "ومثّل هذا الهجوم الإرهابي الدامي الذي استهدف السياح منعرجا خطيرا في تاريخ البلاد.")
    assert "ASSAULT" not in ev.types(text, places=[SOUSSE])


def test_an_attack_told_as_news_after_an_anniversary_stays(ev):
    # must not fire: an act with a day of its own is news, whatever was commemorated before
    text = ("تحيي المدينة اليوم الذكرى الثالثة للهجوم على فندق في سوسة. "
            "وقتل حارسان الثلاثاء في هجوم مسلح استهدف مركزا للشرطة في سوسة.")
    doc = ev.make_doc(text, places=[SOUSSE], times=[("الثلاثاء", "2024-02-06", "day")])
    assert "ASSAULT" in [e.type for e in ev.run(doc)]
