"""Actors of events (event_nominals.DEMONYMS, now with the places stage's nationality adjectives,
places_nisba.tsv): a nominal followed by the adjective of any state the places tables know is
that state's ("الحكومة اليونانية" → GRCGOV, "وزير الداخلية الإيطالي" → ITAGOV), not the article's
context country's nor uncoded."""

LIBYA = ("ليبيا", 26.3, 17.2, "LY", "country")


def _verbal(ev, text, kind, places=(), entities=()):
    return [e for e in ev.run(ev.make_doc(text, places=list(places), entities=list(entities))) if e.type == kind]


def test_a_government_with_a_european_adjective(ev):
    (e,) = _verbal(ev, "وطالبت الحكومة اليونانية الاتحاد الأوروبي بتقاسم أعباء اللاجئين.", "REQUEST",
                   entities=[("الاتحاد الأوروبي", "ORG", "IGOEEC")])
    assert [(a.text, a.code) for a in e.actors] == [("الحكومة اليونانية", "GRCGOV")]


def test_a_foreign_minister_is_not_the_context_countrys(ev):
    text = "وفي ليبيا، انتقد وزير الداخلية الإيطالي الحكومة الليبية بسبب تدفق المهاجرين."
    (e,) = _verbal(ev, text, "ACCUSE", places=[LIBYA])
    assert [(a.text, a.code) for a in e.actors] == [("وزير الداخلية الإيطالي", "ITAGOV")]
    assert [(t.text, t.code) for t in e.targets] == [("الحكومة الليبية", "LBYGOV")]


def test_a_feminine_adjective_codes_a_police(ev):
    evs = [e for e in ev.run(ev.make_doc("واعتقلت الشرطة الإسبانية ثلاثة أشخاص في مدريد أمس."))
           if e.type == "COERCE"]
    assert [(a.text, a.code) for e in evs for a in e.actors] == [("الشرطة الإسبانية", "ESPPOL")]
