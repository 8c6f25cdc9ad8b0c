"""Actors of accusation nouns (event_actors_doers.accuser_genitive): in "اتهام لندن لموسكو بـ" the
genitive right after the noun accuses and the one behind لـ after it is accused; without a لـ
party the genitive is the accused ("اتهام روسيا بالتدخل") and nothing changes."""

LONDON = ("لندن", 51.5, -0.1, "GB", "city")
MOSCOW = ("موسكو", 55.75, 37.6, "RU", "city")
RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")


def _doc(ev, text, places):
    doc = ev.make_doc(text, places=places)
    for p in doc.places:
        p.name_en = {"لندن": "London", "موسكو": "Moscow"}.get(p.name, p.name_en)
    return doc


def test_the_genitive_accuses_the_one_behind_la(ev):
    text = "ورفضت الخارجية الروسية اتهام لندن لموسكو بتسميم العميل السابق."
    evs = [e for e in ev.run(_doc(ev, text, [LONDON, MOSCOW])) if e.type == "ACCUSE" and e.trigger.text == "اتهام"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("لندن", "GBRGOV")]
    assert [(t.text, t.code) for t in evs[0].targets] == [("موسكو", "RUSGOV")]


# must not fire: with no لـ party after it the genitive is the accused
def test_the_genitive_alone_is_the_accused(ev):
    text = "ورفضت الخارجية الروسية اتهام روسيا بالتدخل في الانتخابات الأمريكية."
    evs = [e for e in ev.run(_doc(ev, text, [RUSSIA])) if e.type == "ACCUSE" and e.trigger.text == "اتهام"]
    assert all(a.text != "روسيا" for e in evs for a in e.actors)
