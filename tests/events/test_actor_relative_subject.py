"""Targets of physical acts (event_actors_physical.relative_subject): the subject of a relative
clause about something named after the act ("دوما التي تسيطر عليها المعارضة") is no target."""
import pytest

DOUMA = ("دوما", 33.57, 36.4, "SY", "city")


def _act(ev, text, kind):
    doc = ev.make_doc(text, places=[DOUMA])
    return [e for e in ev.run(doc) if e.type == kind][0]


@pytest.mark.parametrize("text,kind,holder", [
    ("وأصيب 500 شخص في هجوم كيماوي على مدينة دوما التي تسيطر عليها المعارضة أمس.", "ASSAULT", "المعارضة"),
    ("وقالت الأمم المتحدة إن نحو ألف شخص فروا من المناطق التي تسيطر عليها المعارضة في دوما أمس.", "DISPLACE",
     "المعارضة"),
    ("وقتل ثلاثة أشخاص في انفجار داخل المبنى الذي داهمته قوات الأمن في دوما أمس.", "ASSAULT", "قوات الأمن"),
])
def test_the_subject_of_a_relative_clause_is_no_target(ev, text, kind, holder):
    assert holder not in [t.text for t in _act(ev, text, kind).targets]


# must not fire: a relative clause about the act itself (its doer), and a plain target
def test_the_act_own_clause_is_left_alone(ev):
    a = _act(ev, "وقتل ثلاثة أشخاص في الهجوم الذي نفذته المعارضة على دوما أمس.", "ASSAULT")
    assert "المعارضة" in [x.text for x in a.actors + a.targets]


def test_a_plain_target_stays(ev):
    a = _act(ev, "وقصفت الطائرات مواقع المعارضة في دوما أمس.", "ASSAULT")
    assert "المعارضة" in [t.text for t in a.targets]
