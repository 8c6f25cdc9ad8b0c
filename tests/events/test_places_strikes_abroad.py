"""Places (event_rule_places.strikes_abroad): an air strike or shelling with no place of its own is
put in the story's country, not in its doer's, when the two differ — "مدعومة بغارات جوية روسية" in a
story of Syria fell in Syria, not in Russia (audit U54, news-dev: Russian strikes on Yarmouk placed in
Russia once their doer was named). A state striking in the story of its own land keeps it."""

RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")
SYRIA = ("سوريا", 35.0, 38.5, "SY", "country")
JORDAN = ("الأردن", 31.2, 36.5, "JO", "country")


def test_strike_not_put_in_the_doers_country(ev):
    doc = ev.make_doc("وقصفت الطائرات الروسية مواقع المعارضة أمس. وكانت روسيا قد أرسلت طائرات إلى سوريا. "
                      "وتقول سوريا إن الحرب في سوريا تقترب من نهايتها.", places=[RUSSIA, SYRIA],
                      entities=[("سوريا", "LOC", None)])
    got = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert got and got[0].place == "p2"


def test_strike_at_home_keeps_the_country(ev):
    # must not fire: the story is of the striking state's own land
    doc = ev.make_doc("قصف الجيش الأردني مركبة حاولت اختراق الحدود أمس. وقال مصدر إن الأردن يحمي حدوده. "
                      "وتشهد حدود الأردن محاولات تهريب.", places=[JORDAN],
                      entities=[("الأردن", "LOC", None)])
    got = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert got and got[0].place == "p1"


def test_verbal_act_keeps_the_home_country(ev):
    # must not fire: a statement with no place of its own is still put in its actor's country
    doc = ev.make_doc("وأدانت الحكومة الروسية الهجوم أمس. وتدعم روسيا الحكومة السورية.", places=[RUSSIA])
    got = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert got and got[0].place == "p1"
