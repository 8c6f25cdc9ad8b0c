"""The weak-trigger gate, dates of statements and old anchors (audit of unseen news U29)."""
import pytest

TAIZ = ("تعز", 13.58, 44.02, "YE", "city")


def test_one_named_person_met_his_death_is_one_killed(ev):
    # a strength-1 لقي … مصرعه with a title and a full name: one killed, no number written
    doc = ev.make_doc("لقي القائد الميداني سالم علي حمود مصرعه في تعز أمس.", places=[TAIZ],
                      entities=[("سالم علي حمود", "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 1


@pytest.mark.parametrize("text", [
    # an unnamed victim: often the later death of one already counted as hurt
    "لقي طفل مصرعه في تعز أمس.",
    # no death: لقي with another object
    "لقي القائد الميداني سالم علي حمود ترحيبا في تعز أمس.",
    # a clause ends before the death word: not the same person's death
    "لقي القائد الميداني ترحيبا، وعاد إلى منزله في تعز أمس.",
])
def test_met_without_his_own_death_is_no_killing(ev, text):
    doc = ev.make_doc(text, places=[TAIZ])
    assert not [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_counted_death_keeps_its_count(ev):
    doc = ev.make_doc("لقي 3 أشخاص مصرعهم في تعز أمس.", places=[TAIZ],
                      quantities=[("3 أشخاص", 3, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 3


TREASURY = ("وزارة الخزانة الأميركية", "ORG", "USAGOV")


def test_the_announcer_that_says_it_acted_is_the_doer(ev):
    # "أنها" is the announcer again: it imposed the sanctions
    text = "أعلنت وزارة الخزانة الأميركية أمس أنها فرضت عقوبات على شركتين."
    doc = ev.make_doc(text, entities=[TREASURY],
                      attributions=[("وزارة الخزانة الأميركية", "فرضت عقوبات على شركتين", False)])
    (s,) = [e for e in ev.run(doc) if e.type == "SANCTION"]
    assert [a.text for a in s.actors] == ["وزارة الخزانة الأميركية"]


@pytest.mark.parametrize("text, claim", [
    # a plain complementiser: someone else's act, not the announcer's
    ("أعلنت وزارة الخزانة الأميركية أمس أن شركة محلية فرضت عقوبات على شركتين.",
     "شركة محلية فرضت عقوبات على شركتين"),
    # the act told far after the pronoun is no act of the announcer's
    ("أعلنت وزارة الخزانة الأميركية أمس أنها تدرس الطلب الذي يقضي بفرض عقوبات على شركتين.",
     "تدرس الطلب الذي يقضي بفرض عقوبات على شركتين"),
])
def test_an_act_not_said_of_itself_gets_no_announcer_as_doer(ev, text, claim):
    doc = ev.make_doc(text, entities=[TREASURY],
                      attributions=[("وزارة الخزانة الأميركية", claim, False)])
    assert not any(a.text == "وزارة الخزانة الأميركية"
                   for e in ev.run(doc) if e.type == "SANCTION" for a in e.actors)


ARISH = ("العريش", 31.13, 33.80, "EG", "city")


def test_a_biography_date_in_an_aside_does_not_date_the_next_act(ev):
    # the martyr's 1973 date sits in a comma-set relative clause: the next act inherits أمس
    text = ("وحضر الوزير أمس حفل تخريج دفعة الشهيد سعيد حامد، الذي استشهد يوم 6 أكتوبر عام 1973، "
            "في القاهرة. وأصيب 12 جنديا في انفجار عبوة ناسفة بمدينة العريش.")
    doc = ev.make_doc(text, published="2015-07-27", places=[ARISH],
                      times=[("أمس", "2015-07-26", "day"), ("يوم 6 أكتوبر عام 1973", "1973-10-06", "day")],
                      quantities=[("12 جنديا", 12, "exact", "injured")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2015-07-26"


def test_a_date_outside_any_aside_still_dates_the_next_act(ev):
    # the old date is the sentence's own news: the next act is still that past (dropped as old)
    text = ("وحضر الوزير يوم 6 أكتوبر عام 1973 حفل تخريج دفعة في القاهرة. "
            "وأصيب 12 جنديا في انفجار عبوة ناسفة بمدينة العريش.")
    doc = ev.make_doc(text, published="2015-07-27", places=[ARISH],
                      times=[("يوم 6 أكتوبر عام 1973", "1973-10-06", "day")],
                      quantities=[("12 جنديا", 12, "exact", "injured")])
    assert not [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_recent_date_in_an_aside_still_dates_the_next_act(ev):
    # only an aside's date too old to code is passed over: a recent one is the story's day
    text = ("وزار الوزير أمس القاعدة العسكرية، التي افتتحت يوم 20 يوليو، في القاهرة. "
            "وأصيب 12 جنديا في انفجار عبوة ناسفة بمدينة العريش.")
    doc = ev.make_doc(text, published="2015-07-27", places=[ARISH],
                      times=[("أمس", "2015-07-26", "day"), ("يوم 20 يوليو", "2015-07-20", "day")],
                      quantities=[("12 جنديا", 12, "exact", "injured")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2015-07-20"


WHO = ("منظمة الصحة العالمية", "ORG", "IGOWHO")


def test_a_condemnation_is_not_dated_by_the_attack_it_condemns(ev):
    # the time sits in the relative clause on الهجوم: the attack's day, not the statement's
    text = "ودانت منظمة الصحة العالمية في بيان، الهجوم الذي استهدف المدينة مطلع الأسبوع الماضي."
    doc = ev.make_doc(text, published="2018-04-11", entities=[WHO],
                      times=[("مطلع الأسبوع الماضي", "2018-04-02", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert a.date != "2018-04-02"


def test_a_condemnation_dated_before_its_object_keeps_its_day(ev):
    text = "ودانت منظمة الصحة العالمية الأحد الهجوم الذي استهدف المدينة."
    doc = ev.make_doc(text, published="2018-04-11", entities=[WHO],
                      times=[("الأحد", "2018-04-08", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert a.date == "2018-04-08"
