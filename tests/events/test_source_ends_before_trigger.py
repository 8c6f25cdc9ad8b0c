"""An event's source ends before its trigger (event_source.pick_source): "أعلن مسؤولون أكراد
التوصل إلى اتفاق" — an attribution whose reporter phrase runs on into the act's words names
"مسؤولون أكراد" as who reports it, never "مسؤولون أكراد التوصل" (SPEC §2.6: the source is who
reports the happening)."""

TEXT = "أعلن مسؤولون أكراد التوصل إلى اتفاق مع الحكومة على وقف القتال في القامشلي."


def _deal(ev, source):
    doc = ev.make_doc(TEXT, entities=[("الحكومة", "ORG", "SYRGOV")],
                      attributions=[(source, "التوصل إلى اتفاق مع الحكومة على وقف القتال", False)])
    return [e for e in ev.run(doc) if e.type == "AGREE"]


def test_the_source_stops_before_the_trigger(ev):
    deals = _deal(ev, "مسؤولون أكراد التوصل")
    assert deals and all(d.source is not None and d.source.text == "مسؤولون أكراد" for d in deals)


# must not fire: a reporter phrase that ends before the act stays whole
def test_a_reporter_before_the_act_stays(ev):
    deals = _deal(ev, "مسؤولون أكراد")
    assert deals and all(d.source is not None and d.source.text == "مسؤولون أكراد" for d in deals)


# must not fire: a speaker's phrase that holds the whole trigger is the speaker ("أحد التلاميذ
# المحتجين": one of the protesting pupils)
def test_a_speaker_phrase_holding_the_trigger_stays(ev):
    text = "وقال أحد التلاميذ المحتجين إن الإدارة أغلقت أبواب المدرسة في وجوههم."
    doc = ev.make_doc(text, attributions=[("أحد التلاميذ المحتجين", "أحد التلاميذ المحتجين إن الإدارة", False)])
    got = [e.source.text for e in ev.run(doc) if e.type == "PROTEST" and e.source is not None]
    assert "أحد التلاميذ" not in got
