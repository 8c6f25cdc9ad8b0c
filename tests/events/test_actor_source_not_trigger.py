"""An event's source is never its own trigger word (event_source.pick_source): "أعلن سابقا رفضه
للاتفاق" — the attribution may start at the act's word; it is what is said, not who says it."""

TEXT = "وقال المرصد إن التنظيم كان قد أعلن سابقا رفضه للاتفاق الروسي التركي."


def _reject(ev, attributions):
    doc = ev.make_doc(TEXT, entities=[("التنظيم", "ORG", None), ("المرصد", "ORG", None)],
                      attributions=attributions)
    (r,) = [e for e in ev.run(doc) if e.type == "REJECT"]
    return r


def test_the_trigger_is_no_source(ev):
    r = _reject(ev, [("رفضه", "رفضه للاتفاق الروسي التركي", False)])
    assert r.source is None or r.source.text != "رفضه"


# must not fire: a speaker before the act stays its source
def test_a_speaker_before_the_act_stays(ev):
    r = _reject(ev, [("المرصد", "التنظيم كان قد أعلن سابقا رفضه للاتفاق الروسي التركي", False)])
    assert r.source is not None and r.source.text == "المرصد"
