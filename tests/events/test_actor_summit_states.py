"""Actors of meetings (event_actors_summit.summit_states): a meeting noun followed by two or more
nationality adjectives names the states that met — "القمة المصرية الروسية" is EGYGOV and RUSGOV
(the open case of earlier audits: such summits had no actor, so no CONSULT)."""

AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _consult(ev, text):
    doc = ev.make_doc(text, places=[AMMAN])
    return [[(a.text, a.code) for a in e.actors] for e in ev.run(doc) if e.type == "CONSULT"]


def test_two_adjectives_are_the_parties(ev):
    got = _consult(ev, "وعقدت القمة الأردنية المغربية في عمان أمس.")
    assert got == [[("الأردنية", "JORGOV"), ("المغربية", "MARGOV")]]


def test_dashed_and_counted(ev):
    got = _consult(ev, "وعقدت القمة الثلاثية الأردنية - العراقية - المصرية في عمان أمس.")
    assert got == [[("الأردنية", "JORGOV"), ("العراقية", "IRQGOV"), ("المصرية", "EGYGOV")]]


def test_one_adjective_is_no_pair(ev):
    # must not fire: one side only ("القمة العربية" has no nationality of a state)
    got = _consult(ev, "وعقدت القمة العربية في عمان أمس.")
    assert all(("العربية", None) not in a for a in got)
