"""Dates of events (event_dates.is_background): a sentence opening with the writer's reminder
("يذكر أن", "ويشار إلى أن", "جدير بالذكر أن") recalls earlier facts the article does not date —
its act is background, date null and precision unknown (SPEC §2.6), not the report's week or the
day of the sentence before; a reminder that reports an announcement ("ويذكر أن الوزارة أعلنت")
is left alone (audit U52; the open case "background acts dated to the current date")."""

IRBID = ("إربد", 32.55, 35.85, "JO", "city")
AMMAN = ("عمان", 31.95, 35.93, "JO", "city")


def _strike(ev, second):
    text = "تظاهر مئات المعلمين في عمان الأحد للمطالبة بزيادة الأجور. " + second
    doc = ev.make_doc(text, places=[AMMAN, IRBID], times=[("الأحد", "2024-02-11", "day")])
    return [(e.date, e.time_precision) for e in ev.run(doc) if e.type == "PROTEST" and e.mode == "strike"]


def test_reminder_is_undated(ev):
    assert _strike(ev, "ويذكر أن نقابة الأطباء نفذت إضرابا عن العمل في إربد.") == [(None, "unknown")]


def test_noted_reminder_is_undated(ev):
    assert _strike(ev, "يشار إلى أن نقابة الأطباء نفذت إضرابا عن العمل في إربد.") == [(None, "unknown")]


def test_reminder_of_an_announcement_keeps_its_date(ev):
    # must not fire: the reminder reports an announcement, the news the article follows
    got = _strike(ev, "ويذكر أن نقابة الأطباء أعلنت تنفيذ إضراب عن العمل في إربد.")
    assert got and got[0][0] is not None
