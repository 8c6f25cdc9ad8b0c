"""Actors of events (event_actors_clause.object_past_aside): a verbal act's clause that breaks at
a relative aside set off by commas ("في خطبة الجمعة، التي ألقاها ممثله في كربلاء،") goes on after
the closing comma: the name right there is its object. Not for physical acts, nor when the verb's
own clause already names one."""


def _acts(ev, text, etype):
    return [e for e in ev.run(ev.make_doc(text)) if e.type == etype]


def test_the_object_after_a_relative_aside(ev):
    (e,) = _acts(ev, "ودعا وزير الخارجية الإيراني في المؤتمر، الذي عقده في طهران، الحكومة العراقية إلى محاسبة الفاسدين.",
                 "REQUEST")
    assert [(t.text, t.code) for t in e.targets] == [("الحكومة العراقية", "IRQGOV")]


# must not fire: an object inside the verb's own clause stays the only one
def test_an_object_before_the_aside_is_kept(ev):
    (e,) = _acts(ev, "وانتقد الوزير الحكومة العراقية في كلمته، التي ألقاها أمام البرلمان، السلطات المحلية بشدة.",
                 "ACCUSE")
    assert [t.text for t in e.targets] == ["الحكومة العراقية"]
