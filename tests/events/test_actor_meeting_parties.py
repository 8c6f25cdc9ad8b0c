"""Actors of events (event_actors_physical.meeting_parties): the two parties joined by و right
after a meeting noun are who met — "وقال المتحدث باسم الرئاسة إن قمة الرئيس والعاهل الأردني
تناولت …" is the president's and the king's summit, not the spokesman's (audit U50
ant-SK-middleEast-1887-20180523)."""

AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def test_parties_after_the_meeting_noun_meet(ev):
    text = ("وقال المتحدث باسم الرئاسة المصرية، في بيان، إن قمة السيسي والعاهل الأردني في عمان "
            "تناولت آخر المستجدات.")
    doc = ev.make_doc(text, places=[AMMAN], entities=[("السيسي", "PER", "EGYGOV")])
    (e,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    texts = [a.text for a in e.actors]
    assert "العاهل الأردني" in texts and not any("المتحدث" in t for t in texts)


def test_one_party_after_the_noun_is_left(ev):
    # must not fire: one party after the noun (the meeting's other side is told elsewhere)
    text = "وعقد وزير الخارجية اجتماعا مع السفير الأمريكي في عمان أمس."
    doc = ev.make_doc(text, places=[AMMAN])
    (e,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert [a.text for a in e.actors] == ["وزير الخارجية"]
