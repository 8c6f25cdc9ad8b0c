"""A time after the trigger, in a relative clause on a noun that قبل/بعد/عقب/إثر set the act
against ("… قبل الانتخابات البرلمانية التي جرت الأحد"), dates that landmark, not the act: the act
came before or after it (SPEC §2.6: the time expression that governs the trigger)."""
import pytest

SUNDAY = ("الأحد", "2018-06-24", "day")
TUESDAY = ("الثلاثاء", "2018-06-26", "day")


def _arrest_dates(ev, text, times):
    doc = ev.make_doc(text, published="2018-06-27", times=times,
                      quantities=[("20 شخصا", 20, "exact", "arrested")])
    return [e.date for e in ev.run(doc) if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة 20 شخصا بتهمة تمزيق صور المرشحين قبل الانتخابات البرلمانية التي جرت الأحد.",
    "اعتقلت الشرطة 20 شخصا في العاصمة بعد المباراة النهائية التي أقيمت الأحد.",
])
def test_the_landmarks_day_does_not_date_the_arrest(ev, text):
    assert _arrest_dates(ev, text, [SUNDAY]) != ["2018-06-24"]


def test_the_acts_own_day_still_dates_it(ev):
    text = "اعتقلت الشرطة الثلاثاء 20 شخصا بتهمة تمزيق صور المرشحين قبل الانتخابات التي جرت الأحد."
    assert _arrest_dates(ev, text, [TUESDAY, SUNDAY]) == ["2018-06-26"]


def test_a_relative_clause_on_the_act_itself_dates_it(ev):
    # no قبل/بعد: the clause tells when the arrests were made
    text = "وأفرجت السلطات عن المعتقلين، وكانت الشرطة اعتقلت 20 شخصا في الحملة التي نفذتها الأحد."
    assert _arrest_dates(ev, text, [SUNDAY]) in ([], ["2018-06-24"])
