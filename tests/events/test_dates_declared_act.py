"""An act made by declaring it ("أعلنت قيادة التحالف، الأحد، عن هدنة إنسانية"): the day of the
announcement is the act's own (time_precision day), not only the week of a report about an
earlier act; an act revealed (كشف … عن) or a physical act announced keeps the report's week."""
SUNDAY = ("الأحد", "2015-07-26", "day")


def _events(ev, text, kind):
    doc = ev.make_doc(text, published="2015-07-27", times=[SUNDAY])
    return ev.dates(doc, kind)


def test_a_truce_declared_on_a_day_is_that_day(ev):
    text = "وأعلنت قيادة قوات التحالف، الأحد، عن هدنة إنسانية لمدة خمسة أيام."
    assert _events(ev, text, "AGREE") == [("2015-07-26", "day")]


def test_an_act_revealed_keeps_the_reports_week(ev):
    text = "وكشفت قيادة قوات التحالف، الأحد، عن مقتل عشرة مسلحين في غارة."
    assert all(p == "week" for _d, p in _events(ev, text, "ASSAULT"))
