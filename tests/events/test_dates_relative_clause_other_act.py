"""A time inside a relative clause on another kind of act ("اعتقال مشتبهين في الهجوم الذي
استهدف … يوم السبت") dates that act, not the arrest or protest told about it; a killing in the
attack is the attack and keeps its day."""
SATURDAY = ("يوم السبت", "2018-09-22", "day")
AHVAZ = ("الأهواز", 31.32, 48.67, "IR", "city")


def _of(ev, text, kind):
    doc = ev.make_doc(text, published="2018-09-24", places=[AHVAZ], times=[SATURDAY])
    return [e for e in ev.run(doc) if e.type == kind]


def test_the_attacks_day_does_not_date_the_arrest(ev):
    text = "أعلن الوزير عن اعتقال عدد من المشتبه بهم في الهجوم المسلح الذي استهدف عرضا عسكريا في الأهواز يوم السبت."
    (arrest,) = _of(ev, text, "COERCE")
    assert arrest.date != "2018-09-22"
    (attack,) = _of(ev, text, "ASSAULT")
    assert attack.date == "2018-09-22"


def test_the_arrests_own_day_dates_it(ev):
    text = "اعتقلت الشرطة يوم السبت عددا من المشتبه بهم في الهجوم الذي استهدف عرضا عسكريا في الأهواز."
    (arrest,) = _of(ev, text, "COERCE")
    assert arrest.date == "2018-09-22"


def test_a_killing_in_the_attack_keeps_the_attacks_day(ev):
    text = "قتل خمسة جنود في الهجوم المسلح الذي استهدف عرضا عسكريا في الأهواز يوم السبت."
    doc = ev.make_doc(text, published="2018-09-24", places=[AHVAZ], times=[SATURDAY],
                      quantities=[("خمسة جنود", 5, "exact", "killed")])
    assert [e.date for e in ev.run(doc) if e.type == "ASSAULT"] == ["2018-09-22"]
