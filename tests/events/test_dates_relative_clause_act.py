"""Held-out audit U39a (544 v2): a time inside a relative clause whose own verb is the
physical act ("الهجوم الذي استهدف في الرابع من آذار") dates that act, not the request or
statement of the main clause (event_retold.opens_relative)."""
import pytest

MARCH_4 = ("في الرابع من آذار", "2024-03-04", "day")
SUNDAY = ("يوم الأحد", "2024-03-10", "day")


def _of(ev, text, kind, times):
    doc = ev.make_doc(text, published="2024-03-12", times=times)
    return [e for e in ev.run(doc) if e.type == kind]


def test_the_relative_clause_time_dates_its_act_not_the_request(ev):
    text = "وحث الوزير الحكومة على الرد بهدوء على الهجوم الذي استهدف في الرابع من آذار الجاسوس السابق."
    (req,) = _of(ev, text, "REQUEST", [MARCH_4])
    assert req.date != "2024-03-04"
    (act,) = _of(ev, text, "ASSAULT", [MARCH_4])
    assert act.date == "2024-03-04"


@pytest.mark.parametrize("text,times", [
    # the time stands past the relative clause: the main clause's own day
    ("ودعا الوزير المسلحين الذين هاجموا القرية إلى الانسحاب منها يوم الأحد.", [SUNDAY]),
    # the time before the relative clause dates the request
    ("وحث الوزير يوم الأحد الحكومة على الرد على الهجوم الذي استهدف الجاسوس السابق.", [SUNDAY]),
])
def test_a_time_outside_the_relative_clause_dates_the_request(ev, text, times):
    (req,) = _of(ev, text, "REQUEST", times)
    assert req.date == "2024-03-10"
