"""Actors of verbal acts (event_actors.actors_targets, done_by): "من قبل X" after a verbal act's
object behind ب ("مشيدا بالتعاون الكبير من قبل نائب الرئيس") tells who did that object's deed, not who
praises: X is no actor of the praise. Physical acts keep the passive's doer ("لهجوم من قبل داعش")."""


def test_the_by_phrase_of_the_praised_deed(ev):
    text = "وقال الوزير اليمني إنه بحث مع نائب الرئيس السوداني نقل الجرحى، مشيدا بالتعاون الكبير من قبل نائب الرئيس."
    evs = [e for e in ev.run(ev.make_doc(text)) if e.type == "SUPPORT"]
    assert evs and all(a.text != "نائب الرئيس" for e in evs for a in e.actors)
