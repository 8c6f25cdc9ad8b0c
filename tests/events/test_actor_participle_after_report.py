"""Actor of a circumstantial participle after a reported clause (event_actors_speakers.reporting_speaker):
"وقال X إن الحكومة فشلت، متهما Y" — the one who speaks accuses, not a name inside what he said."""

ACCUSER = "وقال غانم العابد إن الحكومة العراقية فشلت في إدارة المدينة، متهما شخصيات مقربة من الوزير."
CLAIM = "الحكومة العراقية فشلت في إدارة المدينة، متهما شخصيات مقربة من الوزير"


def _accuse(ev, text, entities, attributions=()):
    doc = ev.make_doc(text, entities=list(entities), attributions=list(attributions))
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    return a


def test_the_speaker_accuses(ev):
    a = _accuse(ev, ACCUSER, [("غانم العابد", "PER", None), ("الحكومة العراقية", "ORG", "IRQGOV")],
                [("غانم العابد", CLAIM, False)])
    assert [x.text for x in a.actors] == ["غانم العابد"]


# must not fire: no reported clause, the participle goes on with the sentence's subject
def test_no_reported_clause_keeps_the_subject(ev):
    a = _accuse(ev, "وانتقدت الحكومة العراقية قرار البرلمان أمس، متهمة النواب بالفساد.",
                [("الحكومة العراقية", "ORG", "IRQGOV")])
    assert [x.text for x in a.actors] == ["الحكومة العراقية"]
