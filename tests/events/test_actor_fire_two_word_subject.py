""""أطلق مسلحون مجهولون النار": the fire verb with a two-word subject before النار is a shooting,
whose subject is its actor (events_triggers.tsv "اطلق* ? ? النار", like "فتح* ? ? النار")."""

IRAQ_TOWN = ("بغداد", 33.3, 44.4, "IQ", "city")


def _assault(ev, text):
    return [e for e in ev.run(ev.make_doc(text, places=[IRAQ_TOWN])) if e.type == "ASSAULT"]


def test_two_word_subject_between_the_verb_and_the_fire(ev):
    (a,) = _assault(ev, "وأطلق مسلحون مجهولون النار على حافلة للعمال في بغداد.")
    assert [x.text for x in a.actors] == ["مسلحون مجهولون"]


def test_one_word_subject_kept(ev):
    (a,) = _assault(ev, "وأطلق مسلحون النار على حافلة للعمال في بغداد.")
    assert a.actors and a.actors[0].text.startswith("مسلحون")


# must not fire: the ceasefire an initiative is about is no shooting
def test_an_initiative_to_stop_the_fire_is_no_shooting(ev):
    assert _assault(ev, "وأطلقت الحكومة مبادرة لوقف النار في بغداد.") == []
