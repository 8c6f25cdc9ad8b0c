"""Held-out audit U30 (actors): the owner named right after an aircraft nominal bombs
(event_actors_physical.aircraft_owner)."""
import pytest

from rasd.model.span import ArgSpan
from rasd.stages.event_candidates import Candidate

COALITION = ("التحالف العربي", "ORG", "SAUMIL")
HOUTHIS = ("الحوثيين", "ORG", "YEMREB")
YEMEN_TOWN = ("صنعاء", 15.35, 44.2, "YE", "city")


def _assault(ev, text, entities):
    doc = ev.make_doc(text, entities=entities, places=[YEMEN_TOWN])
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وقصفت طائرات التحالف العربي مواقع الحوثيين في صنعاء.",
    "وكشف مصدر عسكري عن قصف طائرات التحالف العربي لمواقع الحوثيين في صنعاء.",
])
def test_the_aircraft_owner_bombs_and_is_no_target(ev, text):
    (a,) = _assault(ev, text, [COALITION, HOUTHIS])
    assert [x.text for x in a.actors] == ["التحالف العربي"]
    assert "التحالف العربي" not in [x.text for x in a.targets]


def test_who_fell_before_a_bombing_by_aircraft_is_its_victim(ev):
    (a,) = _assault(ev, "وقتل عشرون من الحوثيين بقصف من طائرات التحالف العربي في صنعاء.",
                    [COALITION, HOUTHIS])
    assert [x.text for x in a.actors] == ["التحالف العربي"]
    assert "الحوثيين" in [x.text for x in a.targets]


HOUTHIS_SUBJECT = ("الحوثيون", "ORG", "YEMREB")


@pytest.mark.parametrize("text,actor,target", [
    # definite aircraft: no construct state, no owner after it
    ("وقصفت الطائرات مواقع الحوثيين في صنعاء.", "الطائرات", "الحوثيين"),
    # the verb's named subject bombs; the aircraft after it are struck, with their owner
    ("وقصف الحوثيون طائرات التحالف العربي في مطار صنعاء.", "الحوثيون", "التحالف العربي"),
    # the owner of the aircraft is the one bombing only when it is a genitive, not a site's owner
    ("وقصفت طائرات مواقع الحوثيين في صنعاء.", "طائرات", "الحوثيين"),
])
def test_no_owner_without_a_construct_genitive(ev, text, actor, target):
    (a,) = _assault(ev, text, [COALITION, HOUTHIS, HOUTHIS_SUBJECT])
    assert [x.text for x in a.actors] == [actor]
    assert target in [x.text for x in a.targets]


def test_two_mentions_of_one_victim_are_one_target(ev):
    (a,) = _assault(ev, "وقصفت الميليشيات المدنيين في صنعاء وقتلت عددا من المدنيين.", [])
    assert [x.text for x in a.targets] == ["المدنيين"]


def _cand(start, text, code):
    return Candidate(ArgSpan(start, start + len(text), text, None, code), False)


def test_an_actor_named_again_is_not_its_own_target_but_another_code_stays():
    from rasd.stages.event_actors_doers import distinct
    actor = _cand(0, "النظام", "SYRGOV")
    again, iran, usa = _cand(40, "النظام", "SYRGOV"), _cand(60, "الرئيس", "IRNGOV"), _cand(80, "الرئيس", "USAGOV")
    assert distinct([actor], [again, iran, usa]) == [iran, usa]


USA = ("الولايات المتحدة", 38.0, -97.0, "US", "country")
SYRIAN_REGIME = ("النظام السوري", "ORG", "SYRGOV")


def _of(ev, text, etype, entities=(), places=()):
    doc = ev.make_doc(text, entities=list(entities), places=list(places))
    return [e for e in ev.run(doc) if e.type == etype]


@pytest.mark.parametrize("text", [
    "وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم كيماوي.",
    "وكانت الولايات المتحدة، في بيان لها، اتهمت النظام السوري بشن هجوم كيماوي.",
])
def test_the_subject_after_kana_does_the_verb_that_completes_it(ev, text):
    (a,) = _of(ev, text, "ACCUSE", [SYRIAN_REGIME], [USA])
    assert [(x.text, x.code) for x in a.actors] == [("الولايات المتحدة", "USAGOV")]
    assert [x.text for x in a.targets] == ["النظام السوري"]


def test_kana_subject_not_for_a_verb_of_another_clause(ev):
    # the subject of أعلنت is not the one who refuses: "بعدما رفض النظام السوري" keeps its own
    (a,) = _of(ev, "وكانت الولايات المتحدة قد أعلنت عقوبات جديدة بعدما رفض النظام السوري الطلب.",
               "REJECT", [SYRIAN_REGIME], [USA])
    assert [x.text for x in a.actors] == ["النظام السوري"]


def test_kana_subject_names_the_titled_person(ev):
    (t,) = _of(ev, "وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان هدد الخميس بالرد على أي محاولة إيرانية.",
               "THREATEN", [("أفيغدور ليبرمان", "PER", "ISRGOV")])
    assert [x.text for x in t.actors] == ["أفيغدور ليبرمان"]


def test_a_definite_meeting_noun_in_a_kana_sentence_is_the_subjects_meeting(ev):
    text = ("وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني فرانك شتاينماير "
            "في العاصمة الألمانية برلين، أمس، بحث اللقاء العلاقات الثنائية.")
    got = _of(ev, text, "CONSULT", [("عادل الجبير", "PER", "SAUGOV"), ("فرانك شتاينماير", "PER", "DEUGOV")],
              [("برلين", 52.5, 13.4, "DE", "city")])
    assert got and all([x.text for x in c.actors] == ["عادل الجبير"] for c in got)


SYRIA_TOWN = ("حرستا", 33.56, 36.36, "SY", "town")


@pytest.mark.parametrize("text", [
    "واستهدفت القوات الحكومية بالطائرات والبراميل المتفجرة بلدة حرستا.",
    "وقصف الجيش باستخدام مقاتلات حديثة بلدة حرستا.",
])
def test_aircraft_as_the_means_are_no_party(ev, text):
    doc = ev.make_doc(text, places=[SYRIA_TOWN])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert not any("طائرات" in x.text or "مقاتلات" in x.text for x in a.actors + a.targets)


def test_kites_are_no_party(ev):
    from rasd.stages.event_nominals import nominals_in
    from rasd.stages.text import TextStage
    from rasd.model.document import Article, Document
    doc = Document.from_article(Article(text="وأغلقت إسرائيل المعبر إثر إطلاق طائرات ورقية حارقة.", id="k", published=None))
    TextStage()(doc)
    assert nominals_in(doc.tokens, 0, len(doc.tokens)) == []


def test_aircraft_that_bomb_stay_the_actor(ev):
    doc = ev.make_doc("وقصفت الطائرات مواقع المسلحين في بلدة حرستا.", places=[SYRIA_TOWN])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["الطائرات"]


def test_a_verbs_object_pronoun_points_back_to_its_target_not_its_actor(ev):
    doc = ev.make_doc("وهاجم الرئيس الحكومة واتهمها بالفساد.")
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert [x.text for x in a.actors] == ["الرئيس"]
    assert [x.text for x in a.targets] == ["الحكومة"]


@pytest.mark.parametrize("text,actor", [
    # a possessive on a verbal noun is its doer, not its object
    ("وانتقد الوزير الحكومة في زيارته للبرلمان.", "الوزير"),
    # two accusations: the pronoun's antecedent المعارضة is the target of the second too
    ("وأصدرت الحكومة بيانا اتهمت فيه المعارضة بالتحريض واتهمتها بالعنف.", "الحكومة"),
])
def test_the_subject_stays_the_actor_of_a_pronoun_verb(ev, text, actor):
    doc = ev.make_doc(text)
    got = [e for e in ev.run(doc) if e.type in ("ACCUSE", "CONSULT")]
    assert got and all([x.text for x in e.actors] == [actor] for e in got if e.type == "ACCUSE")


def test_object_pronoun_forms():
    from rasd.stages.event_actors_doers import object_pronoun
    from rasd.stages.event_detect import Trigger
    from rasd.model.document import Article, Document
    from rasd.stages.text import TextStage
    for word, expected in (("واتهمها", True), ("اتهموه", True), ("انتقده", True),
                           ("اتهامه", False), ("زيارته", False), ("الاتهام", False)):
        doc = Document.from_article(Article(text=word, id="w", published=None))
        TextStage()(doc)
        trig = Trigger(0, len(word), "ACCUSE", None, 2, 0, 0)
        assert object_pronoun(doc.tokens, trig) is expected, word


@pytest.mark.parametrize("text,attacker,hit", [
    ("وصدت القوات الشرعية هجوما للمتمردين على المواقع في صنعاء.", "REB", "القوات"),
    ("وتمكن الجيش من صد هجوم عنيف لميليشيا الحوثي في صنعاء.", "REB", "الجيش"),
])
def test_a_repelled_attack_is_the_attackers_and_strikes_the_repeller(ev, text, attacker, hit):
    doc = ev.make_doc(text, entities=[("ميليشيا الحوثي", "ORG", "YEMREB")], places=[YEMEN_TOWN])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.code[3:] for x in a.actors] == [attacker]
    assert hit in [x.text for x in a.targets]


@pytest.mark.parametrize("text", [
    "وشن الجيش هجوما للسيطرة على مواقع المتمردين في صنعاء.",  # no repelling: the army attacks
    "وصد الجيش هجوما على مدينة صنعاء.",  # no attacker named: left as it was
])
def test_no_swap_without_a_repelled_named_attacker(ev, text):
    doc = ev.make_doc(text, places=[YEMEN_TOWN])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["الجيش"]


TURKISH_TOWN = ("سوروتش", 36.98, 38.42, "TR", "town")
ISIS = ("داعش", "ORG", "IMGMUSREB")


def test_an_attack_ascribed_to_a_group_is_its_doing(ev):
    doc = ev.make_doc("وشهدت مدينة سوروتش هجوما انتحاريا داميا أوقع 30 قتيلا ونحو 100 جريح، نسبته الحكومة "
                      "التركية إلى تنظيم داعش.", entities=[ISIS], places=[TURKISH_TOWN])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in a.actors] == ["داعش"]
    assert "داعش" not in [x.text for x in a.targets]


def test_an_ascription_of_a_nearer_attack_is_not_this_ones(ev):
    # the ascribed attacks are the later ones: the army's shelling stays the army's
    doc = ev.make_doc("وقصف الجيش التركي مواقع تنظيم داعش في سوروتش بعد هجمات دامية نسبت إلى حزب العمال "
                      "الكردستاني.", entities=[ISIS, ("حزب العمال الكردستاني", "ORG", "TURREB")],
                      places=[TURKISH_TOWN])
    (op,) = [e for e in ev.run(doc) if e.type == "ASSAULT" and e.trigger.text == "قصف"]
    assert [x.text for x in op.actors] == ["الجيش التركي"]


GAZA = ("غزة", 31.5, 34.46, "PS", "city")


def _protest(ev, text):
    (p,) = [e for e in ev.run(ev.make_doc(text, places=[GAZA])) if e.type == "PROTEST"]
    return p


def test_security_forces_face_a_protest_they_do_not_stage_it(ev):
    p = _protest(ev, "وقمعت الشرطة مسيرة سلمية في غزة أمس.")
    assert p.actors == []
    assert [x.text for x in p.targets] == ["الشرطة"]


@pytest.mark.parametrize("text,actor", [
    # behind لـ the forces own the union that protests (the span without the لـ: SPEC §2.1)
    ("ونظمت النقابة الوطنية لقوات الأمن وقفة احتجاجية في غزة أمس.", "قوات الأمن"),
    # protesters named: they act (unchanged)
    ("وقمعت الشرطة مسيرة المحتجين في غزة أمس.", "المحتجين"),
])
def test_forces_kept_or_protesters_named(ev, text, actor):
    assert [x.text for x in _protest(ev, text).actors] == [actor]


def test_a_ruler_stages_no_street_protest(ev):
    p = _protest(ev, "وزار الملك مدينة غزة التي كانت مهدا لاحتجاجات واسعة أمس.")
    assert p.actors == []


def test_a_government_may_lodge_a_protest_with_a_verb(ev):
    p = _protest(ev, "واحتجت الحكومة لدى السفير البريطاني في غزة على الحادث.")
    assert [x.text for x in p.actors] == ["الحكومة"]
