"""Actors of events (event_actors_posts.spokesmen): "المتحدث/الناطق باسم X" is one actor, the
whole phrase coded as X, and X is not its own spokesman's target. Not for physical acts (the
body does them) nor after a person's name (his post)."""


def _acts(ev, text, etype, entities=()):
    return [e for e in ev.run(ev.make_doc(text, entities=entities)) if e.type == etype]


def test_a_ministrys_spokesman_is_one_actor(ev):
    (e,) = _acts(ev, "واتهم المتحدث باسم وزارة الدفاع الروسية لندن بتدبير الهجوم.", "ACCUSE",
                 [("لندن", "LOC", "GBRGOV")])
    assert [(a.text, a.code) for a in e.actors] == [("المتحدث باسم وزارة الدفاع الروسية", "RUSGOV")]
    assert [t.text for t in e.targets] == ["لندن"]


def test_an_armys_spokesman(ev):
    (e,) = _acts(ev, "ودعا المتحدث باسم الجيش الأردني السكان إلى الابتعاد عن الحدود.", "REQUEST")
    assert [(a.text, a.code) for a in e.actors] == [("المتحدث باسم الجيش الأردني", "JORMIL")]
    assert "الجيش الأردني" not in [t.text for t in e.targets]


# must not fire: a spokesman with no body after باسم stays a bare title
def test_a_spokesman_for_no_named_body(ev):
    evs = _acts(ev, "واتهم المتحدث باسمه الحكومة بالتقصير.", "ACCUSE")
    assert all(a.text == "المتحدث" for e in evs for a in e.actors)
