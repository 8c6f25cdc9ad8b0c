"""Actors and targets of events (event_actors): protesters initiate a protest."""
import pytest

BAGHDAD = ("بغداد", 33.31, 44.36, "IQ", "city")


def _protests(ev, doc):
    return [e for e in ev.run(doc) if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    # the police who disperse them are not the protesters
    "وتجمع المحتجون في بغداد أمس، واستخدمت القوات الأمنية الغاز لتفريق المحتجين.",
    # a protester noun after the trigger, the civilian-role nominal table notwithstanding
    "واندلعت احتجاجات في بغداد أمس قام بها متظاهرون غاضبون.",
])
def test_protesters_are_the_actors_of_a_protest_and_never_its_targets(ev, text):
    doc = ev.make_doc(text, places=[BAGHDAD])
    (p,) = _protests(ev, doc)
    assert len(p.actors) == 1 and p.actors[0].text in ("المحتجون", "المحتجين", "متظاهرون")
    assert not any(t.text in ("المحتجون", "المحتجين", "متظاهرون") for t in p.targets)


def test_an_accusative_count_of_protesters_is_a_nominal(ev):
    doc = ev.make_doc("وفرقت الشرطة العراقية نحو 250 محتجا تجمعوا في بغداد أمس.", places=[BAGHDAD])
    (p,) = _protests(ev, doc)
    assert [a.text for a in p.actors] == ["محتجا"]


def test_the_reporter_who_opens_the_sentence_is_not_the_protester(ev):
    doc = ev.make_doc("وأعلن النائب العام محمد كريمي، عن اعتقال من خرجوا في احتجاجات السوق في بغداد "
                      "الاثنين بحسب وكالة الأنباء الرسمية.",
                      entities=[("محمد كريمي", "PER", None)], places=[BAGHDAD],
                      attributions=[("وكالة الأنباء الرسمية", "احتجاجات السوق في بغداد الاثنين", False)])
    (p,) = _protests(ev, doc)
    assert p.actors == []
    # (he is still the one who arrests)
    (c,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [a.text for a in c.actors] == ["محمد كريمي"]


# must not fire
def test_a_union_announcing_a_strike_is_its_actor(ev):
    doc = ev.make_doc("وأعلن اتحاد العمال إضرابا عاما في بغداد.",
                      entities=[("اتحاد العمال", "ORG", None)], places=[BAGHDAD])
    (p,) = _protests(ev, doc)
    assert [a.text for a in p.actors] == ["اتحاد العمال"]


def test_arresting_protesters_keeps_its_doer_and_its_victims(ev):
    doc = ev.make_doc("واعتقلت قوات الأمن المتظاهرين في بغداد أمس.", places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [x.text for x in a.actors] == ["قوات الأمن"]
    assert [x.text for x in a.targets] == ["المتظاهرين"]


def test_the_detained_are_no_protesters(ev):
    doc = ev.make_doc("وتظاهر المئات في بغداد أمس للمطالبة بالإفراج عن المحتجزين.", places=[BAGHDAD])
    for p in _protests(ev, doc):
        assert all(a.text != "المحتجزين" for a in p.actors)


@pytest.mark.parametrize("text,actor", [
    ("وفتحت قوات الأمن النار على المتظاهرين في بغداد أمس.", "قوات الأمن"),
    ("وأطلقت القوات الإسرائيلية أعيرة نارية على المحتجين في بغداد أمس.", "القوات الإسرائيلية"),
])
def test_the_doer_inside_a_gapped_firing_trigger_is_its_actor(ev, text, actor):
    doc = ev.make_doc(text, places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == [actor]
    assert all(x.text != actor for x in a.targets)


# must not fire: a gapped attack that holds its victim
def test_the_victim_inside_a_gapped_stabbing_is_no_actor(ev):
    doc = ev.make_doc("وطعن مسلح المدنيين حتى الموت في بغداد أمس.", places=[BAGHDAD])
    for e in ev.run(doc):
        assert all(x.text != "المدنيين" for x in e.actors)


@pytest.mark.parametrize("text,entities,actor,target", [
    ("وأصيب 9 مدنيين جراء قذائف ميليشيا الحوثي في بغداد أمس.",
     [("ميليشيا الحوثي", "ORG", "YEMREB")], "ميليشيا الحوثي", "مدنيين"),
    # the aircraft's owner, and the one killed is no actor
    ("وقتل القيادي خالد حسن بغارات لطائرات التحالف العربي في بغداد أمس.",
     [("التحالف العربي", "ORG", "SAUMIL"), ("خالد حسن", "PER", None)], "التحالف العربي", "خالد حسن"),
])
def test_the_actor_named_after_a_weapon_noun_fires_it(ev, text, entities, actor, target):
    doc = ev.make_doc(text, entities=entities, places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == [actor]
    assert target in [x.text for x in a.targets]


# must not fire: "ضربات لـ X" strikes X; a verbal noun's genitive is its object
@pytest.mark.parametrize("text,entities,group", [
    ("ووجهت تركيا ضربات لحزب العمال في بغداد أمس.", [("حزب العمال", "ORG", "TURREB")], "حزب العمال"),
    ("وأدى استهداف الحوثيين في بغداد أمس إلى مقتل 5 منهم.", [("الحوثيين", "ORG", "YEMREB")], "الحوثيين"),
])
def test_a_group_struck_after_a_weapon_or_verbal_noun_is_no_actor(ev, text, entities, group):
    doc = ev.make_doc(text, entities=entities, places=[BAGHDAD])
    for e in ev.run(doc):
        assert all(x.text != group for x in e.actors)


@pytest.mark.parametrize("text,owner", [
    ("وقتل شرطي، أمس، في هجوم استهدف حافلة لقوات الأمن في بغداد.", "قوات الأمن"),
    ("واستهدف الهجوم أمس حافلة للحوثيين في بغداد.", "لحوثيين"),
])
def test_the_owner_of_the_object_behind_la_is_no_subject(ev, text, owner):
    doc = ev.make_doc(text, entities=[("الحوثيين", "ORG", "YEMREB")] if "الحوثيين" in text else [],
                      places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert all(x.text != owner for x in a.actors)


# must not fire: a verbal act's "الأمين العام للأمم المتحدة" stands for the body
def test_a_title_of_a_body_behind_la_still_directs_a_verbal_act(ev):
    doc = ev.make_doc("ودعا الأمين العام للأمم المتحدة إلى وقف القتال في بغداد أمس.",
                      places=[BAGHDAD])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert [x.text for x in r.actors] == ["لأمم المتحدة"]


def test_a_speaker_before_inna_is_not_the_doer_of_the_physical_act_he_reports(ev):
    doc = ev.make_doc("وقال ضابط في الجيش العراقي لرويترز إن الهجوم وقع قرب بغداد أمس.",
                      entities=[("الجيش العراقي", "ORG", "IRQMIL"), ("رويترز", "ORG", "USAMED")],
                      places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.actors == []


# must not fire: a meeting the speaker reports is as often his own
def test_a_speaker_before_inna_still_holds_the_meeting_he_reports(ev):
    doc = ev.make_doc("وقال وزير الخارجية إن اجتماعا عقد في بغداد أمس مع نظيره الإيراني.", places=[BAGHDAD])
    (c,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert [x.text for x in c.actors] == ["وزير الخارجية"]


@pytest.mark.parametrize("text,etype", [
    ("وقال رجل وهو من سكان البلدة التي وقع فيها الهجوم أمس إنه شاهد الجرحى.", "ASSAULT"),
    ("ويعد النازحون الذين هربوا من البلدة أمس أكثر عرضة للخطر.", "DISPLACE"),
])
def test_a_civilian_nominal_without_a_country_does_no_physical_act(ev, text, etype):
    (e,) = [e for e in ev.run(ev.make_doc(text)) if e.type == etype]
    assert e.actors == []


# must not fire: residents protest; civilians after the verb stay its targets
def test_uncoded_civilians_still_protest_and_are_still_attacked(ev):
    (p,) = [e for e in ev.run(ev.make_doc("وتظاهر السكان أمس أمام مبنى البلدية.")) if e.type == "PROTEST"]
    assert [a.text for a in p.actors] == ["السكان"]
    (a,) = [e for e in ev.run(ev.make_doc("وهاجم مسلحون أمس حافلة تقل مدنيين.")) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["مسلحون"] and [x.text for x in a.targets] == ["مدنيين"]


JORDAN = ("الأردن", 31.0, 36.0, "JO", "country")


def test_the_monarch_title_names_the_actor_and_his_king_title_is_no_target(ev):
    doc = ev.make_doc("وقال وزير الداخلية إن التحقيقات جارية. وتوعد العاهل الأردني، الملك عبد الله الثاني، "
                      "الأحد بمحاسبة كل من سولت له نفسه المساس بأمن الأردن.",
                      entities=[("عبد الله الثاني", "PER", None)], places=[JORDAN])
    (t,) = [e for e in ev.run(doc) if e.type == "THREATEN"]
    assert [(a.text, a.code) for a in t.actors] == [("العاهل الأردني", "JORGOV")]
    doc = ev.make_doc("ودعا العاهل الأردني الملك عبد الله الثاني الحكومة إلى الحوار.",
                      entities=[("عبد الله الثاني", "PER", None)])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert [a.text for a in r.actors] == ["العاهل الأردني"]
    assert [x.text for x in r.targets] == ["الحكومة"]


# must not fire: another office holder after the monarch is the one he meets
def test_a_president_after_the_monarch_is_his_guest(ev):
    doc = ev.make_doc("واستقبل العاهل الأردني الرئيس الفلسطيني محمود عباس أمس.",
                      entities=[("محمود عباس", "PER", None)])
    (c,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert [a.text for a in c.actors] == ["العاهل الأردني"]
    assert "محمود عباس" in [x.text for x in c.targets]


@pytest.mark.parametrize("text,entities,etype", [
    ("وقتل أربعة في بغداد أمس في هجمات شنتها قوات مكافحة الشغب وقوات خاصة على الحواجز.", [], "ASSAULT"),
    ("ورحبت حركتا حماس والجهاد الإسلامي بالعملية.",
     [("حماس", "ORG", "PSEREB"), ("الجهاد الإسلامي", "ORG", "PSEREB")], "SUPPORT"),
])
def test_doers_joined_by_wa_act_together(ev, text, entities, etype):
    doc = ev.make_doc(text, entities=entities, places=[BAGHDAD] if "بغداد" in text else [])
    (e,) = [e for e in ev.run(doc) if e.type == etype]
    assert len(e.actors) == 2 and e.targets == []


# must not fire: an unnamed pair after a subject-less verb of speech is its object
def test_an_unnamed_pair_after_a_verbal_act_stays_its_object(ev):
    doc = ev.make_doc("وقال الملك في خطابه إن الحوار ضروري، كما حض الحكومة ومجلس الأمة على الحوار.")
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert "مجلس" in [x.text for x in r.targets]


def test_the_owner_of_struck_sites_is_no_subject(ev):
    doc = ev.make_doc("وأكد الجيش العراقي أنه قصف مواقع المسلحين قرب بغداد أمس.",
                      entities=[("الجيش العراقي", "ORG", "IRQMIL")], places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert all(x.text != "المسلحين" for x in a.actors)
    assert "المسلحين" in [x.text for x in a.targets]


# must not fire: the subject right after the verb
def test_the_subject_before_the_struck_sites_still_acts(ev):
    doc = ev.make_doc("وقصفت طائرات التحالف مواقع المسلحين في بغداد أمس.", places=[BAGHDAD])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["طائرات"]


def test_a_joined_plural_verb_goes_on_with_the_opening_subject(ev):
    doc = ev.make_doc("وندد المتظاهرون، الذين جاؤوا من مدن مختلفة، بممارسات الحكومة العراقية في بغداد، "
                      "وطالبوا المجتمع الدولي بالتدخل.", places=[BAGHDAD])
    # the protesters ask (no political actor, SPEC 2.6); the government they denounce does not
    assert not any(a.text == "الحكومة العراقية" for e in ev.run(doc) if e.type == "REQUEST" for a in e.actors)


# must not fire: after a reporting verb, and for physical acts
def test_a_joined_plural_verb_after_a_report_keeps_its_own_doer(ev):
    doc = ev.make_doc("وقال رئيس الجامعة إن ما حصل جريمة، حيث اقتحم المسلحون الحرم في بغداد، "
                      "واطلقوا النار في داخله.", places=[BAGHDAD])
    assert [e.type for e in ev.run(doc) if e.type == "ASSAULT"] == ["ASSAULT"]
    assert all(a.text != "رئيس" for e in ev.run(doc) for a in e.actors)
