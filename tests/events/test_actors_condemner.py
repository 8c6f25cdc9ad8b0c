"""Event actors (event_actors_condemner): the subject of a verb of condemning is no doer of the
act it condemns ("وأدانت الحكومة الألمانية التفجير الإرهابي الذي استهدف مسجدا" gave the bombing
the actor DEUGOV: news-dev saudinewsnet-2015-08-06-02735)."""


def _actors(ev, text, etype="ASSAULT"):
    doc = ev.make_doc(text, published="2018-04-09")
    return [[a.text for a in e.actors] for e in ev.run(doc) if e.type == etype]


def test_the_condemning_government_did_not_attack(ev):
    assert _actors(ev, "وأدانت الحكومة الهجوم الانتحاري الذي وقع في السوق أمس.") == [[]]


def test_the_condemner_before_its_verb_did_not_attack(ev):
    assert _actors(ev, "والحكومة تدين الهجوم الانتحاري الذي وقع في السوق أمس.") == [[]]


def test_the_attacker_right_before_the_attack_stays(ev):
    # must not fire: the subject of the attack verb itself
    assert _actors(ev, "وهاجمت الميليشيات السوق أمس.") == [["الميليشيات"]]
