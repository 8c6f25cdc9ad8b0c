"""Actors of events (events_actors.tsv, event_nominals.scan_nominals): the feminine titles
(وزيرة، المتحدثة، رئيسة الوزراء) and الناطق are titles like the masculine ones, whole from
their first letter (the و of وزيرة is no proclitic)."""


def _acts(ev, text, etype):
    return [e for e in ev.run(ev.make_doc(text)) if e.type == etype]


def test_a_woman_minister_is_a_whole_title(ev):
    (e,) = _acts(ev, "ودعت وزيرة الدفاع الألمانية إلى وقف إطلاق النار.", "REQUEST")
    assert [(a.text, a.code) for a in e.actors] == [("وزيرة الدفاع الألمانية", "DEUGOV")]


def test_a_woman_prime_minister(ev):
    (e,) = _acts(ev, "وانتقدت رئيسة الوزراء البريطانية القرار الروسي بشدة.", "ACCUSE")
    assert [(a.text, a.code) for a in e.actors] == [("رئيسة الوزراء البريطانية", "GBRGOV")]


def test_the_official_spokesman(ev):
    (e,) = _acts(ev, "ودعا الناطق الرسمي باسم الجيش الأردني السكان إلى الابتعاد عن الحدود.", "REQUEST")
    assert [(a.text, a.code) for a in e.actors] == [("الناطق الرسمي باسم الجيش الأردني", "JORMIL")]


# must not fire: the adjective "main" is no title ("المدن الرئيسة")
def test_the_main_cities_are_no_actor(ev):
    evs = _acts(ev, "وتظاهر الآلاف في المدن الرئيسة للمطالبة بالإصلاح.", "PROTEST")
    assert all("الرئيسة" not in a.text for e in evs for a in e.actors + e.targets)
