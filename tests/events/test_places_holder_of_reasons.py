"""Event places (event_places.is_holder): a capital or country in the genitive of a noun of
reasons, policy or readiness ("تبرير موسكو", "سياسة طهران", "استعداد أنقرة") is the one
who holds them, not where the act happened."""

_PLACES = [("موسكو", 55.75, 37.62, "RU", "city"), ("واشنطن", 38.9, -77.0, "US", "city"),
           ("حلب", 36.2, 37.15, "SY", "city")]


def _places(ev, text):
    doc = ev.make_doc(text, places=[p for p in _PLACES if p[0] in text])
    return ev.place_names(doc, "ASSAULT")


def test_strikes_not_placed_at_the_justifying_capital(ev):
    got = _places(ev, "وأثارت الغارات الجوية التي قتلت عشرة مدنيين أمس تبرير موسكو لعدم الرد.")
    assert got and "موسكو" not in got


def test_attack_not_placed_at_the_ready_capital(ev):
    got = _places(ev, "وقتل خمسة أشخاص أمس في هجوم رغم استعداد واشنطن للوساطة.")
    assert got and "واشنطن" not in got


# must not fire: a capital after في is where the act happened
def test_attack_keeps_its_own_town(ev):
    got = _places(ev, "وقتل خمسة أشخاص أمس في هجوم في حلب رغم استعداد واشنطن للوساطة.")
    assert got == ["حلب"]
