"""Actors of events (event_actors_clause.states_next_to, joined_states): countries or capitals that
close a topic with a comma right before a bare verb ("لكن الدول الأوروبية وعلى رأسها برلين
ولندن، اتهمت موسكو") are its subjects, every one joined by و; what follows the verb is the
object. A verb with و/ف opens a clause of its own, and a country behind a preposition is no
subject."""

CHINA = ("الصين", 35.0, 103.0, "CN", "country")
BERLIN = ("برلين", 52.5, 13.4, "DE", "city")
LONDON = ("لندن", 51.5, -0.1, "GB", "city")
MOSCOW = ("موسكو", 55.75, 37.6, "RU", "city")


def _doc(ev, text, places):
    doc = ev.make_doc(text, places=places)
    for p in doc.places:  # capitals as GeoNames names them
        p.name_en = {"برلين": "Berlin", "لندن": "London", "موسكو": "Moscow"}.get(p.name, p.name_en)
    return doc


def _accuse(ev, doc):
    return [e for e in ev.run(doc) if e.type == "ACCUSE"]


def test_capitals_closing_a_topic_are_the_subjects(ev):
    text = "وتحدثت الصين عن أسباب فنية، لكن الدول الأوروبية وعلى رأسها برلين ولندن، اتهمت موسكو بعرقلة التحقيق."
    (e,) = _accuse(ev, _doc(ev, text, [CHINA, BERLIN, LONDON, MOSCOW]))
    assert [(a.text, a.code) for a in e.actors] == [("برلين", "DEUGOV"), ("لندن", "GBRGOV")]
    assert [t.text for t in e.targets] == ["موسكو"]


# must not fire: a verb with و after the comma opens its own clause
def test_a_joined_verb_after_the_comma_keeps_its_own_subject(ev):
    text = "وزار وزير الخارجية الصيني لندن، واتهمت موسكو الحكومة البريطانية بالتصعيد."
    evs = _accuse(ev, _doc(ev, text, [LONDON, MOSCOW]))
    assert all("لندن" not in [a.text for a in e.actors] for e in evs)
