"""Targets of verbal acts (event_actors_policy.state_behind_ba): a country or capital behind the ب
of a verb of condemning or praising, or behind its policy noun ("ندد الوزير، الأحد، بسياسة
فرنسا", "أشاد الرئيس بموقف الأردن"), is the one condemned or praised — its government."""
import pytest

PLACES = [("فرنسا", 46.6, 2.2, "FR", "country"), ("الأردن", 31.2, 36.5, "JO", "country"),
          ("بغداد", 33.31, 44.36, "IQ", "city")]
MINISTER = ("خالد العلي", "PER", None)


def _acts(ev, text, etype):
    doc = ev.make_doc(text, places=[p for p in PLACES if p[0] in text], entities=[MINISTER])
    return [e for e in ev.run(doc) if e.type == etype]


@pytest.mark.parametrize("text,etype,state", [
    ("ندد وزير الخارجية الجزائري، خالد العلي، الأحد، بسياسة فرنسا في المنطقة.", "ACCUSE", ("فرنسا", "FRAGOV")),
    ("وأشاد وزير الخارجية الجزائري خالد العلي بموقف الأردن من الأزمة.", "SUPPORT", ("الأردن", "JORGOV")),
])
def test_the_state_behind_ba_is_the_target(ev, text, etype, state):
    (e,) = _acts(ev, text, etype)
    assert [(t.text, t.code) for t in e.targets] == [state]


# must not fire: the act behind ب, and the place after it, are no party
def test_an_act_behind_ba_names_no_state(ev):
    evs = _acts(ev, "ندد وزير الخارجية الجزائري خالد العلي بالهجوم على السفارة في بغداد.", "ACCUSE")
    assert all(not e.targets or all(t.code != "IRQGOV" for t in e.targets) for e in evs)


def test_the_charge_behind_ba_of_accusing(ev):
    # must not fire: اتهم takes the accused directly; behind ب is the charge ("مقاطعة بفرنسا")
    evs = _acts(ev, "واتهم وزير الخارجية الجزائري خالد العلي الدول المشاركة في مقاطعة بفرنسا بالتآمر.", "ACCUSE")
    assert all(t.code != "FRAGOV" for e in evs for t in e.targets)
