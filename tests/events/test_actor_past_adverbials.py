"""Actors of events (event_actors_adverbials.past_adverbials): a verb that opens its clause,
followed only by its day and place and a comma, has its subject past that comma ("التقى السبت
في موسكو، وزراء خارجية …"); the comma closes no clause (audit U62: the meeting lost its actor
and was dropped)."""

CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")
AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _consult(ev, text, **kw):
    return [e for e in ev.run(ev.make_doc(text, **kw)) if e.type == "CONSULT"]


def test_the_subject_past_the_day_and_place(ev):
    text = "والتقى الخميس في القاهرة، وزير الخارجية المغربي ناصر بوريطة بنظيره المصري."
    evs = _consult(ev, text, places=[CAIRO], times=[("الخميس", "2024-02-08", "day")],
                   entities=[("ناصر بوريطة", "PER", "MARGOV")])
    assert evs and [a.text for a in evs[0].actors] in (["وزير الخارجية المغربي"], ["ناصر بوريطة"])


def test_the_subject_past_the_place_alone(ev):
    text = "واجتمع في عمان، رئيس الوزراء الأردني مع وفد من البرلمان الأوروبي."
    evs = _consult(ev, text, places=[AMMAN])
    assert evs and [a.text for a in evs[0].actors] == ["رئيس الوزراء الأردني"]


# must not fire: a subject before the comma keeps the act, and words other than the day and
# place before the comma close the clause
def test_a_subject_before_the_comma_stays(ev):
    text = "والتقى وزير الخارجية الأردني الخميس في عمان، رئيس البرلمان الأوروبي."
    evs = _consult(ev, text, places=[AMMAN], times=[("الخميس", "2024-02-08", "day")])
    assert evs and [a.text for a in evs[0].actors] == ["وزير الخارجية الأردني"]
