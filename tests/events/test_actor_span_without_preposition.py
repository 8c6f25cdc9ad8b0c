"""Actors of events (event_nominals.scan_nominals): a nominal read through a ب/ل/ك written on an
indefinite word ("بقوات الأمن", "بمسلحين", "لمقاتلات التحالف") starts after that preposition (SPEC
§2.1: spans without proclitics). لل + ال keeps SPEC's second-ل start ("للجيش" → "لجيش")."""


def _parties(ev, text, kind):
    return [p.text for e in ev.run(ev.make_doc(text)) if e.type == kind for p in e.actors + e.targets]


def test_ba_on_an_indefinite_nominal(ev):
    assert "قوات الأمن" in _parties(ev, "وأشاد وزير الداخلية السعودي بقوات الأمن لنجاحها في إحباط الهجوم.", "SUPPORT")


def test_ba_on_gunmen(ev):
    got = _parties(ev, "وندد وزير الخارجية السعودي بمسلحين هاجموا مدرسة في حلب.", "ACCUSE")
    assert "مسلحين" in got and "بمسلحين" not in got


# must not fire: لل + ال keeps its second ل (SPEC §2.1)
def test_lam_lam_keeps_the_second_lam(ev):
    got = _parties(ev, "وأشاد وزير الداخلية السعودي للجيش اليمني بصموده.", "SUPPORT")
    assert all(not p.startswith("جيش") for p in got)
