"""Targets of statements (event_actors_consequence.before_consequence): the parties named in a clause
of what the act leads to ("الأمر الذي", "مما", "وهو ما") bear its outcome and are not whom it is
addressed to — "ويرفض المتمردون المطالب …، الأمر الذي من شأنه أن يعمق معاناة المدنيين" is no
rejection of the civilians (audit U54)."""

HODEIDAH = ("الحديدة", 14.8, 42.95, "YE", "city")


def _targets(ev, text, etype):
    doc = ev.make_doc(text, places=[HODEIDAH], entities=[("الحوثيون", "ORG", "YEMREB")])
    return [[t.text for t in e.targets] for e in ev.run(doc) if e.type == etype]


def test_sufferers_of_the_outcome_are_no_target(ev):
    got = _targets(ev, "ويرفض الحوثيون الانسحاب من الحديدة، الأمر الذي يفاقم معاناة المدنيين.", "REJECT")
    assert got and "المدنيين" not in got[0]


def test_mimma_clause(ev):
    got = _targets(ev, "ورفض الحوثيون أمس الخروج من الحديدة مما زاد معاناة السكان.", "REJECT")
    assert got and "السكان" not in got[0]


def test_addressee_before_the_clause_stays(ev):
    # must not fire: the civilians addressed come before the consequence
    got = _targets(ev, "وطالب الحوثيون المدنيين بمغادرة الحديدة، الأمر الذي أثار مخاوف.", "REQUEST")
    assert got and "المدنيين" in got[0]
