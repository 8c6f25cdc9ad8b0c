"""A word joined by و after a nominal actor is the next party, never the nominal's adjective:
"بين الجيش والحوثيين" names two sides (event_nominals.scan_nominals), as "بين الجيش اليمني
والحوثيين" does; "قوات حوثية" stays one Houthi party."""

HOUTHIS = ("الحوثيين", "ORG", "YEMREB")
TAIZ = ("تعز", 13.58, 44.02, "YE", "city")


def _assault(ev, text, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[TAIZ])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return a


def test_both_sides_of_a_clash_between_the_army_and_a_group(ev):
    a = _assault(ev, "ودارت اشتباكات عنيفة بين الجيش والحوثيين في تعز مساء السبت.", [HOUTHIS])
    assert sorted(x.text for x in a.actors + a.targets) == ["الجيش", "الحوثيين"]


def test_the_named_army_is_handled_alike(ev):
    a = _assault(ev, "ودارت اشتباكات عنيفة بين الجيش اليمني والحوثيين في تعز مساء السبت.", [HOUTHIS])
    assert sorted(x.text for x in a.actors + a.targets) == ["الجيش اليمني", "الحوثيين"]


def test_the_group_adjective_stays_one_party(ev):
    a = _assault(ev, "وهاجمت قوات حوثية مواقع الجيش في تعز فجر الجمعة.")
    assert [x.text for x in a.actors] == ["قوات حوثية"]
    assert [x.text for x in a.targets] == ["الجيش"]
