"""A time conjunction with أن ("بعد أن هددت روسيا") opens a new clause (event_actors_clause._time_an):
the country after its feminine verb is that verb's subject, not the main clause's subject."""


def _threat(ev, text, entities):
    doc = ev.make_doc(text, entities=list(entities), places=[("روسيا", 61.5, 105.3, "RU", "country")])
    (t,) = [e for e in ev.run(doc) if e.type == "THREATEN"]
    return t


def test_the_country_after_the_verb_threatens(ev):
    t = _threat(ev, "وأطلقت وزارة الدفاع تدريبا مفاجئا الجمعة، بعد أن هددت روسيا بعمل عسكري في المنطقة.",
                [("وزارة الدفاع", "ORG", "USAMIL"), ("روسيا", "LOC", None)])
    assert [x.text for x in t.actors] == ["روسيا"]


# must not fire: a country later in the clause, after a preposition, is no subject
def test_country_object_without_opener(ev):
    t = _threat(ev, "وأطلقت وزارة الدفاع تدريبا مفاجئا الجمعة، ثم هددت بعمل عسكري ضد روسيا.",
                [("وزارة الدفاع", "ORG", "USAMIL"), ("روسيا", "LOC", None)])
    assert "روسيا" not in [x.text for x in t.actors]
