"""A link's title line closed by a teaser ("… تعرف عليها") is no news, even split at ".."."""


def test_a_teaser_title_line_is_no_event(ev):
    text = ("قصفت الطائرات بلدة سراقب أمس.\n"
            "هجوم على مسجد في المدينة.. تعرف عليها\n"
            "وانسحبت القوات من المدينة، بحسب مصادر محلية.")
    got = [(e.type, e.trigger.text) for e in ev.run(ev.make_doc(text))]
    assert ("ASSAULT", "هجوم") not in got and ("RETREAT", "انسحبت") in got


def test_a_told_sentence_or_a_first_line_with_a_teaser_is_read(ev):
    told = ("قصفت الطائرات بلدة سراقب أمس.\n"
            "وقال إن هجوم المسلحين على المسجد أمس أسفر عن مقتل خمسة. تعرف عليهم\n"
            "وانسحبت القوات من المدينة.")
    assert ("ASSAULT", "هجوم") in [(e.type, e.trigger.text) for e in ev.run(ev.make_doc(told))]
    first = "هجوم على مسجد في المدينة.. تعرف عليها\nقال مسؤول إن الوضع هادئ."
    assert [e.type for e in ev.run(ev.make_doc(first))] == ["ASSAULT"]
