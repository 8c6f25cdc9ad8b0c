"""Event sources (event_source.leading_reporter): a sentence opening with a reporting verb whose
subject runs right up to the act ("وأكد التحالف مقتل 341 عنصرا") has that subject as the
source — the act itself ends the subject phrase; bodies that are no entity by convention
(التحالف، السلطات، الحكومة) report as the nouns of sources do (audit U64)."""

SANAA = ("صنعاء", 15.35, 44.21, "YE", "city")


def _source(ev, text, etype="ASSAULT"):
    evs = [e for e in ev.run(ev.make_doc(text, places=[SANAA])) if e.type == etype]
    assert evs
    return evs[0].source.text if evs[0].source else None


def test_the_coalition_confirming_a_toll_is_its_source(ev):
    assert _source(ev, "وأكد التحالف مقتل 60 مسلحا في غارات على صنعاء.") == "التحالف"


def test_the_government_announcing_a_toll_is_its_source(ev):
    assert _source(ev, "وأعلنت الحكومة مقتل عشرة جنود في هجوم قرب صنعاء.") == "الحكومة"


# must not fire: a long phrase before the act is no reporting subject
def test_a_sentence_running_on_names_no_source(ev):
    text = "وأكد بعد ساعات من المعارك العنيفة في محيط صنعاء مقتل عشرة جنود."
    assert _source(ev, text) is None


# must not fire: the subject's own act right after it keeps the subject as its actor
def test_an_own_act_after_the_subject_is_no_report(ev):
    evs = [e for e in ev.run(ev.make_doc("وأعلن الجيش حالة الاستنفار في صنعاء أمس.", places=[SANAA]))
           if e.type == "MOBILIZE"]
    assert evs and [a.text for a in evs[0].actors] == ["الجيش"] and evs[0].source is None
