"""Protest actors (event_actors_speakers.crowd_of): a protester noun in the construct state that is the
trigger, with its definite genitive ("متظاهري اليسار", "محتجي الحزب"), names those protesters —
the protest's actor — and the police facing them stays no actor."""

ROME = ("روما", 41.9, 12.5, "IT", "city")


def test_the_protesters_of_a_side_stage_the_protest(ev):
    doc = ev.make_doc("روما - وفرقت الشرطة محتجي النقابات في روما مساء الجمعة.", places=[ROME])
    evs = [e for e in ev.run(doc) if e.type == "PROTEST"]
    assert evs and [a.text for a in evs[0].actors] == ["محتجي النقابات"]
    assert "الشرطة" not in [a.text for a in evs[0].actors]


# must not fire: a protester noun with ال is a nominal of its own, unchanged
def test_a_definite_protester_noun_is_unchanged(ev):
    doc = ev.make_doc("روما - وخرج المحتجون في روما مساء الجمعة.", places=[ROME])
    evs = [e for e in ev.run(doc) if e.type == "PROTEST"]
    assert evs and [a.text for a in evs[0].actors] == ["المحتجون"]
