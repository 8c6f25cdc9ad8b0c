"""An act of a night ("اعتقلت قوات الأمن الليلة الماضية 21 مطلوبا") and the same act announced
the next day ("أعلن الجيش، الثلاثاء، اعتقال 21") are one happening when they name the same mode
at the same place: the night runs into the morning (audit U39b ant-CN-middleEast-1196-20180814:
one arrest coded twice)."""
from __future__ import annotations

from rasd.model.record import Event, TimeExpr
from rasd.model.span import Span
from rasd.stages.event_merge import merge_events

_WB = [("نابلس", 32.22, 35.26, "PS", "city"), ("جنين", 32.46, 35.3, "PS", "city")]


def _doc(ev, text, days, places):
    doc = ev.make_doc(text, published="2024-05-14", places=places)
    doc.times = []
    for i, (needle, value) in enumerate(days, 1):
        k = text.find(needle)
        doc.times.append(TimeExpr(f"t{i}", k, k + len(needle), needle, "date", value, None, "day", "published"))
    return doc


def test_night_arrest_and_its_announcement_one_event(ev):
    text = ("أعلن الجيش، الثلاثاء، اعتقال 21 فلسطينيا في نابلس. "
            "وقال المتحدث: اعتقلت القوات الليلة الماضية 21 مطلوبا في نابلس.")
    doc = _doc(ev, text, [("الثلاثاء", "2024-05-14"), ("الليلة الماضية", "2024-05-13")], _WB[:1])
    assert len([e for e in ev.run(doc) if e.type == "COERCE"]) == 1


def test_night_and_next_day_in_another_town_stay_apart(ev):
    # must not fire: another place
    text = ("أعلن الجيش، الثلاثاء، اعتقال 21 فلسطينيا في جنين. "
            "وقال المتحدث: اعتقلت القوات الليلة الماضية 21 مطلوبا في نابلس.")
    doc = _doc(ev, text, [("الثلاثاء", "2024-05-14"), ("الليلة الماضية", "2024-05-13")], _WB)
    assert len([e for e in ev.run(doc) if e.type == "COERCE"]) == 2


def _arrest(i, date, mode="arrest", place="p1"):
    return Event(f"x{i}", "COERCE", mode, Span(i * 10, i * 10 + 5, "اعتقل"), place=place, date=date,
                 time_precision="day", sentence=Span(i * 100, i * 100 + 50, "…"))


def test_only_a_night_runs_into_the_next_day():
    # must not fire: a plain day (no night told), a night and the day before it
    a, b = _arrest(1, "2024-05-14"), _arrest(2, "2024-05-13")
    assert len(merge_events([a, b], told=frozenset())) == 2
    assert len(merge_events([a, b], told=frozenset({("x2", "night")}))) == 1
    c = _arrest(3, "2024-05-12")
    assert len(merge_events([_arrest(2, "2024-05-13"), c], told=frozenset({("x2", "night")}))) == 2


def test_another_mode_stays_apart():
    # must not fire: a raid and an arrest (another mode)
    a, b = _arrest(1, "2024-05-14", mode="raid"), _arrest(2, "2024-05-13")
    assert len(merge_events([a, b], told=frozenset({("x2", "night")}))) == 2
