""""بعد يوم واحد من …": the unit's number written after it still opens the earlier happening,
whose toll and day are its own, not the news told before بعد (SPEC §2.6)."""
import pytest

from rasd.model.record import TimeExpr

MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")


def _doc(ev, text, unit, value):
    doc = ev.make_doc(text, published="2018-05-14", places=[MOSUL], times=[("الاثنين", "2018-05-14", "day")],
                      quantities=[("12 شخصا", 12, "exact", "killed")])
    s = text.find(unit)
    doc.times.append(TimeExpr("t9", s, s + len(unit), unit, "duration", value, None, "day", "published"))
    return doc


@pytest.mark.parametrize("after", ["بعد يوم واحد من", "بعد يوم من", "بعد يوم واحد فقط من"])
def test_the_toll_after_one_day_is_the_earlier_attacks(ev, after):
    text = f"أصيب ثلاثة جنود في انفجار عبوة في الموصل الاثنين، {after} مقتل 12 شخصا في هجوم انتحاري على سوق في المدينة."
    events = [e for e in ev.run(_doc(ev, text, "يوم", "P1D")) if e.type == "ASSAULT"]
    blast = next(e for e in events if e.trigger.text == "انفجار")
    assert "killed" not in blast.counts
    earlier = [e for e in events if e.counts.get("killed") and e.counts["killed"].value == 12]
    assert earlier and earlier[0].date == "2018-05-13"


def test_a_toll_with_no_earlier_happening_stays_the_acts(ev):
    # the neighbour: no "بعد … من", the toll is the blast's own
    text = "قتل 12 شخصا في انفجار عبوة في الموصل الاثنين، بعد يوم من التوتر."
    doc = ev.make_doc(text, published="2018-05-14", places=[MOSUL], times=[("الاثنين", "2018-05-14", "day")],
                      quantities=[("12 شخصا", 12, "exact", "killed")])
    (blast,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert blast.counts["killed"].value == 12 and blast.date == "2018-05-14"


def test_a_background_report_with_its_own_day_dates_the_earlier_attack(ev):
    # "وكانت … قد أعلنت … الاثنين، وذلك بعد يوم واحد من": the background names its day, so the
    # earlier attack is the day before and keeps its toll
    text = ("وكانت الشرطة قد أعلنت أن ثلاثة جنود أصيبوا في انفجار عبوة في الموصل الاثنين، وذلك بعد يوم واحد"
            " من مقتل 12 شخصا في هجوم انتحاري على سوق في المدينة.")
    events = [e for e in ev.run(_doc(ev, text, "يوم", "P1D")) if e.type == "ASSAULT"]
    blast = next(e for e in events if e.trigger.text == "انفجار")
    assert "killed" not in blast.counts and blast.date == "2018-05-14"
    assert [e.date for e in events if e.counts.get("killed")] == ["2018-05-13"]
