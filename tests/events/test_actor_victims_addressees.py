"""Held-out audits U29b/U30 (actors, act2): the subject of a passive verb of suffering is the
act's victim (event_actors_physical.suffered)."""
import pytest

IDLIB = ("إدلب", 35.93, 36.63, "SY", "city")
ARMY = ("الجيش", "ORG", "SYRMIL")
HEZBOLLAH = ("حزب الله", "ORG", "LBNREB")


def _assault(ev, text, entities):
    doc = ev.make_doc(text, entities=entities, places=[IDLIB])
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,victim", [
    ("وذكر المرصد أن الطبيب سمير ناصر قد قتل في انفجار استهدف سيارته في إدلب.", "سمير ناصر"),
    ("لقي مدير المستشفى الوطني سمير ناصر مصرعه في انفجار استهدف سيارته في إدلب.", "سمير ناصر"),
    ("قتل سمير ناصر في غارة جوية على إدلب.", "سمير ناصر"),
    ("وأفادت مصادر أن الضابط سمير ناصر أصيب في هجوم مسلح في إدلب.", "سمير ناصر"),
])
def test_who_fell_in_the_act_is_its_victim_not_its_doer(ev, text, victim):
    (a,) = _assault(ev, text, [("سمير ناصر", "PER", None)])
    assert victim not in [x.text for x in a.actors]
    assert victim in [x.text for x in a.targets]


@pytest.mark.parametrize("text,actor", [
    # an organisation's unvocalised قتل is active: its object follows the act
    ("وقال الجيش إن حزب الله قتل في هجوم على إدلب ثلاثة جنود.", "حزب الله"),
    ("وقتل الجيش في غارة جوية على إدلب عشرة مسلحين.", "الجيش"),
    # a victim named after the act is no subject of what led to it
    ("وشن حزب الله هجوما على إدلب وأصيب فيه عشرة جنود.", "حزب الله"),
])
def test_an_active_killer_stays_the_actor(ev, text, actor):
    acts = _assault(ev, text, [ARMY, HEZBOLLAH])
    assert acts and [x.text for x in acts[0].actors] == [actor]


ADEN = ("عدن", 12.78, 45.03, "YE", "city")


def _acts(ev, text, entities):
    return [e for e in ev.run(ev.make_doc(text, entities=entities, places=[ADEN])) if e.type != "PROTEST"]


@pytest.mark.parametrize("text,told", [
    ('قال لـ"الأيام" مصدر عسكري إنه تم القبض على عدد من القيادات في عدن.', "الأيام"),
    ("وكشف وزير الداخلية سالم منصور لصحفيين إن الشرطة اعتقلت عشرة مسلحين في عدن.", "لصحفيين"),
])
def test_who_a_statement_is_told_to_neither_acts_nor_suffers(ev, text, told):
    (a,) = _acts(ev, text, [("الأيام", "ORG", None), ("سالم منصور", "PER", None)])
    assert told not in [x.text for x in a.actors + a.targets]


@pytest.mark.parametrize("text,party", [
    # after a title لـ makes a genitive: the UN's coordinator speaks, the UN stays a party
    ("وصرح منسق الشؤون الإنسانية للأمم المتحدة أن المنظمة وزعت مساعدات في عدن.", "أمم المتحدة"),
    # a name that starts with ل is no proclitic
    ("وقال كيري بعد لقاء مع لافروف في عدن إن المحادثات كانت مثمرة.", "لافروف"),
])
def test_lam_of_a_genitive_or_a_name_is_no_addressee(ev, text, party):
    acts = _acts(ev, text, [("الأمم المتحدة", "ORG", "IGOUNO"), ("لافروف", "PER", "RUSGOV"), ("كيري", "PER", "USAGOV")])
    assert any(party in x.text for a in acts for x in a.actors + a.targets)


def test_a_reports_author_does_not_do_the_act_it_tells_of(ev):
    acts = _acts(ev, 'وسلط تقرير لمؤسسة "الأفق" للدراسات الضوء على اعتقال كثيرين في عدن.',
                 [("الأفق", "ORG", None)])
    assert acts and all("الأفق" not in [x.text for x in a.actors] for a in acts)


@pytest.mark.parametrize("text,actor", [
    # a report may accuse: a verbal act is its author's
    ("واتهم تقرير لمنظمة العفو الدولية الحكومة بقمع الناشطين في عدن.", "منظمة العفو الدولية"),
    # a statement (not a report) of the army tells of its own act
    ("وقال بيان للجيش إنه اعتقل عشرة مسلحين في عدن.", "لجيش"),
])
def test_a_statement_or_a_verbal_act_keeps_its_author(ev, text, actor):
    acts = _acts(ev, text, [("منظمة العفو الدولية", "ORG", "IGOAMN")])
    assert any(actor in x.text for a in acts for x in a.actors)


@pytest.mark.parametrize("source,claim,reporter", [
    ("مصادر أمنية فإن أربعة", "أربعة مسلحين قتلوا في هجوم على حاجز في عدن", "مصادر أمنية"),
    ("مصادر عسكرية يمنية بمقتل", "بمقتل عشرة مسلحين في هجوم على حاجز في عدن", "مصادر عسكرية يمنية"),
    ("الرئيس لقناة", "إن مسلحين شنوا هجوما على حاجز في عدن", "الرئيس"),
])
def test_an_event_source_ends_with_its_reporter(ev, source, claim, reporter):
    text = f"وبحسب {source} {claim}." if not source.startswith("الرئيس") else f"وقال {source} {claim}."
    doc = ev.make_doc(text, places=[ADEN], attributions=[(source, claim, False)])
    acts = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert acts and acts[0].source is not None and acts[0].source.text == reporter


def test_a_named_source_keeps_its_words(ev):
    doc = ev.make_doc("وقال مصدر بوزارة الداخلية إن مسلحين شنوا هجوما على حاجز في عدن.", places=[ADEN],
                      attributions=[("مصدر بوزارة الداخلية", "إن مسلحين شنوا هجوما على حاجز في عدن", False)])
    acts = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert acts and acts[0].source.text == "مصدر بوزارة الداخلية"


def test_who_fell_by_anothers_act_is_its_victim(ev):
    (a,) = _assault(ev, "وقتل سمير ناصر برصاص الشرطة في تبادل لإطلاق النار في إدلب.",
                    [("سمير ناصر", "PER", None), ("الشرطة", "ORG", "SYRPOL")])
    assert [x.text for x in a.actors] == ["الشرطة"]
    assert "سمير ناصر" in [x.text for x in a.targets]


RAQQA = ("الرقة", 35.95, 39.01, "SY", "city")
SDF = ("قوات سوريا الديمقراطية", "ORG", "SYRREB")


@pytest.mark.parametrize("text,victim", [
    # a member of the party fell: the party is hit, it does not attack
    ("وقتل عنصر في قوات سوريا الديمقراطية في هجوم للتنظيم عند حاجز شمال الرقة.", "قوات سوريا الديمقراطية"),
    # joined victims before the verb
    ("وقالت الوزارة إن ضابطي شرطة ومجندا أصيبوا في انفجار أمام محكمة في الرقة.", "شرطة"),
])
def test_a_fallen_member_or_joined_victims_are_hit(ev, text, victim):
    acts = [e for e in ev.run(ev.make_doc(text, entities=[SDF], places=[RAQQA])) if e.type == "ASSAULT"]
    assert acts and victim not in [x.text for x in acts[0].actors]
    assert any(victim in x.text for x in acts[0].targets)


def test_joined_doers_after_an_active_verb_keep_acting(ev):
    # "وقتل الجيش ومسلحون في هجوم … عشرة مدنيين": a joined word after the subject is no verb of
    # suffering; the doers stay doers
    acts = [e for e in ev.run(ev.make_doc("وقتل الجيش ومسلحون في هجوم على الرقة عشرة مدنيين.",
                                          entities=[("الجيش", "ORG", "SYRMIL")], places=[RAQQA]))
            if e.type == "ASSAULT"]
    assert acts and [x.text for x in acts[0].actors]


BENGHAZI = ("بنغازي", 32.1, 20.07, "LY", "city")
HAFEZ = ("سالم حافظ", "PER", None)


@pytest.mark.parametrize("text,actors,targets", [
    # the antecedent of الذي right before the verb is its subject, a private person or not
    ("وتعاونت الحكومة مع سالم حافظ الذي حاصر موانئ نفطية في بنغازي.", ["سالم حافظ"], []),
    # must not fire: a private person held by the police, or told of as arrested
    ("وكانت الشرطة اعتقلت سالم حافظ في بنغازي.", ["الشرطة"], ["سالم حافظ"]),
    ("وقالت الشرطة إن سالم حافظ اعتقل في بنغازي.", [], ["سالم حافظ"]),
])
def test_a_relative_clause_subject_coerces(ev, text, actors, targets):
    doc = ev.make_doc(text, entities=[HAFEZ, ("الشرطة", "ORG", "LBYPOL"), ("الحكومة", "ORG", "LBYGOV")],
                      places=[BENGHAZI])
    (a,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [x.text for x in a.actors] == actors
    assert [x.text for x in a.targets] == targets


def test_the_forces_of_public_order_are_one_police_actor(ev):
    # "قوات حفظ النظام" (riot police) is one nominal, not "قوات" + the regime "النظام"
    doc = ev.make_doc("ونشبت صدامات بين قوات حفظ النظام ومحتجين في بنغازي.", places=[BENGHAZI])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert "قوات حفظ النظام" in [x.text for x in a.actors + a.targets]
    assert "النظام" not in [x.text for x in a.actors + a.targets]
