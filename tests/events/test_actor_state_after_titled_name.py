"""Targets of verbal acts (event_actors_doers.state_objects): in "واتهم الرئيس الإيراني حسن
روحاني الولايات المتحدة بـ" the title is the actor and the name right after it is his; the country
after the name is the object, as it is right after a bare subject. Must not fire: a country
behind a preposition ("… روحاني في الولايات المتحدة")."""

USA = ("الولايات المتحدة", 39.8, -98.6, "US", "country")
ROUHANI = ("حسن روحاني", "PER", "IRNGOV")


def _accuse(ev, text):
    return [e for e in ev.run(ev.make_doc(text, entities=[ROUHANI], places=[USA])) if e.type == "ACCUSE"]


def test_the_country_after_the_titled_name_is_the_object(ev):
    (e,) = _accuse(ev, "واتهم الرئيس الإيراني حسن روحاني الولايات المتحدة بنقض الاتفاق النووي.")
    assert [(t.text, t.code) for t in e.targets] == [("الولايات المتحدة", "USAGOV")]


def test_a_country_behind_a_preposition_is_no_object(ev):
    evs = _accuse(ev, "واتهم الرئيس الإيراني حسن روحاني في الولايات المتحدة الغرب بالنفاق.")
    assert all(t.text != "الولايات المتحدة" for e in evs for t in e.targets)
