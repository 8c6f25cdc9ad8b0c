"""Actors of events (event_actors_physical.mutual_subjects): after a verb of a mutual act (اتفق،
اجتمع، التقى، تباحث …) two named subjects joined by و act together: both are actors (an uncoded
first subject had made the second one its target)."""

GENEVA = ("جنيف", 46.2, 6.15, "CH", "city")


def _parties(ev, text, etype):
    doc = ev.make_doc(text, places=[GENEVA], entities=[("سليم", "PER", None), ("ماكرون", "PER", "FRAGOV")])
    evs = [e for e in ev.run(doc) if e.type == etype]
    if not evs:
        return [], []
    return [a.text for a in evs[0].actors], [t.text for t in evs[0].targets]


def test_joined_subjects_of_an_agreement_are_both_actors(ev):
    actors, targets = _parties(ev, "واتفق سليم وماكرون في جنيف أمس على وقف إطلاق النار.", "AGREE")
    assert actors == ["سليم", "ماكرون"] and "ماكرون" not in targets


# must not fire: the partner after مع is the other side
def test_a_partner_after_ma_stays_the_target(ev):
    actors, targets = _parties(ev, "واتفق سليم في جنيف أمس مع ماكرون على وقف إطلاق النار.", "AGREE")
    assert "ماكرون" not in actors
