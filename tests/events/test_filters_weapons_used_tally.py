"""Misread triggers (event_misread._weapon_held): a count of arms a side used ("استخدمت القوات
أكثر من 60 صاروخا") tallies the strikes told around it, no attack of its own; without a number
("استخدم الجيش صواريخ ضد المسلحين") the use is the attack."""

RAQQA = ("الرقة", 35.95, 39.01, "SY", "city")


def test_a_tally_of_missiles_used_is_no_attack_of_its_own(ev):
    doc = ev.make_doc("وقال مسؤولون إن القوات استخدمت أكثر من 60 صاروخا في الرقة، أسقطت الدفاعات الجوية "
                      "عددا منها.", places=[RAQQA])
    assert not [e for e in ev.run(doc) if e.type == "ASSAULT"]


# must not fire: missiles used against someone, no count
def test_missiles_used_against_a_side_stay_an_attack(ev):
    doc = ev.make_doc("واستخدم الجيش صواريخ ضد المسلحين في الرقة أمس.", places=[RAQQA])
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"]
