"""Who acts: a country or a capital beside a verb of speech or diplomacy, subject or object by
the verb's gender and place in its clause (event_actors_clause.states_next_to); never a news outlet."""
import pytest

from rasd.stages.event_actors_clause import feminine_verb

SAUDI = ("السعودية", 24.0, 45.0, "SA", "country")
ISRAEL = ("إسرائيل", 31.5, 34.9, "IL", "country")
IRAN = ("إيران", 32.0, 53.0, "IR", "country")


def _capital(doc, name, name_en):
    next(p for p in doc.places if p.name == name).name_en = name_en
    return doc


def _of_type(ev, doc, etype):
    return [e for e in ev.run(doc) if e.type == etype]


@pytest.mark.parametrize("text,group,place,actor", [
    # before the verb, or after a verb that opens its clause: the subject
    ("وقال مسؤول إن السعودية اتهمت الحوثيين بقصف المدن.", ("الحوثيين", "ORG", "YEMREB"), SAUDI,
     ("السعودية", "SAUGOV")),
    ("واتهمت إسرائيل فيلق القدس بالوقوف وراء الهجوم.", ("فيلق القدس", "ORG", "IRNMIL"), ISRAEL,
     ("إسرائيل", "ISRGOV")),
])
def test_a_country_beside_a_feminine_verb_is_its_subject(ev, text, group, place, actor):
    doc = ev.make_doc(text, entities=[group], places=[place])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [(x.text, x.code) for x in a.actors] == [actor]
    assert [x.text for x in a.targets] == [group[0]]


def test_a_country_after_a_masculine_verb_is_its_object_and_so_is_what_follows(ev):
    doc = ev.make_doc("وكان قد اتهم إيران وحزب الله بالسيطرة على البلاد.",
                      entities=[("حزب الله", "ORG", "LBNREB")], places=[IRAN])
    assert all(x.text != "حزب الله" for e in ev.run(doc) for x in e.actors)


def test_a_capital_is_its_government_and_a_verb_after_a_noun_has_its_subject(ev):
    doc = _capital(ev.make_doc("وقال إن موسكو حثت إيران على التهدئة.",
                               places=[("موسكو", 55.75, 37.62, "RU", "city"), IRAN]), "موسكو", "Moscow")
    (r,) = _of_type(ev, doc, "REQUEST")
    assert [(x.text, x.code) for x in r.actors] == [("موسكو", "RUSGOV")]
    assert [(x.text, x.code) for x in r.targets] == [("إيران", "IRNGOV")]
    doc = _capital(ev.make_doc("وقالت إن الدول الغربية تتهم دمشق بإعاقة المهمة.",
                               places=[("دمشق", 33.51, 36.29, "SY", "city")]), "دمشق", "Damascus")
    assert all(x.text != "دمشق" for e in ev.run(doc) for x in e.actors)


def test_a_city_that_is_not_a_capital_is_not_a_government(ev):
    doc = ev.make_doc("وقال إن حلب دعت إلى التهدئة.", places=[("حلب", 36.2, 37.16, "SY", "city")])
    doc.places[0].name_en = "Aleppo"
    assert all(x.text != "حلب" for e in ev.run(doc) for x in e.actors)


def test_feminine_verbs():
    assert all(feminine_verb(w) for w in ("اتهمت", "واتهمت", "دعت", "تطالب", "وتطالب", "ترفض"))
    assert not any(feminine_verb(w) for w in ("اتهم", "يطالب", "توصلوا", "الاتهامات", "تباحثا"))


def test_a_news_outlet_is_never_an_actor_or_a_target(ev):
    doc = ev.make_doc("دبي (CNN)-- اتهمت منظمة هيومن رايتس ووتش الشرطة المصرية بتنفيذ حملة اعتقالات.",
                      entities=[("CNN", "ORG", "USAMED"), ("هيومن رايتس ووتش", "ORG", "NGOHRI")])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.actors] == ["هيومن رايتس ووتش"]
    assert all(x.text != "CNN" for x in a.targets)


def test_a_nominal_before_a_group_or_with_its_adjective_is_the_group(ev):
    doc = ev.make_doc("وقصفت قوات حوثية الأحياء السكنية في تعز.", places=[("تعز", 13.58, 44.02, "YE", "city")])
    (a,) = _of_type(ev, doc, "ASSAULT")
    assert [(x.text, x.code) for x in a.actors] == [("قوات حوثية", "YEMREB")]
    doc = ev.make_doc("وهاجمت ميليشيات الحوثي مواقع الجيش في صعدة.", entities=[("الحوثي", "ORG", "YEMREB")],
                      places=[("صعدة", 16.94, 43.76, "YE", "city")])
    (a,) = _of_type(ev, doc, "ASSAULT")
    assert [x.text for x in a.actors] == ["الحوثي"] and "الحوثي" not in [x.text for x in a.targets]


def test_a_definite_nominal_before_a_group_is_not_its_head(ev):
    # "الحكومة اليمنية الحوثيين": two parties, the government first (no idafa with ال)
    doc = ev.make_doc("وحملت الحكومة اليمنية الحوثيين المسؤولية عن الهجوم.",
                      entities=[("الحوثيين", "ORG", "YEMREB")])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.actors] == ["الحكومة اليمنية"]
    assert [x.text for x in a.targets] == ["الحوثيين"]


def test_the_one_named_between_blaming_and_responsibility_is_blamed(ev):
    # the blamer is the subject of the sentence's first verb; one statement, one record
    doc = ev.make_doc("ودانت الجامعة العربية الهجوم، وحملت سلطات الاحتلال المسؤولية الكاملة.",
                      entities=[("الجامعة العربية", "ORG", "IGOARL")])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.actors] == ["الجامعة العربية"]
    assert "سلطات" in " ".join(x.text for x in a.targets)
    # both named after the verb: blamer first
    doc = ev.make_doc("وحملت الجامعة العربية إسرائيل مسؤولية التصعيد.",
                      entities=[("الجامعة العربية", "ORG", "IGOARL")],
                      places=[("إسرائيل", 31.5, 34.9, "IL", "country")])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.actors] == ["الجامعة العربية"]


def test_a_country_inside_a_gapped_pattern_right_after_its_verb_is_the_doer(ev):
    doc = ev.make_doc("وطردت بريطانيا 23 دبلوماسيا روسيا.",
                      places=[("بريطانيا", 54.0, -2.0, "GB", "country")])
    (a,) = _of_type(ev, doc, "SANCTION")
    assert [(x.text, x.code) for x in a.actors] == [("بريطانيا", "GBRGOV")]


@pytest.mark.parametrize("text,etype,actor", [
    ("وتوصل الحزبان إلى اتفاق على تشكيل الحكومة.", "AGREE", "الحزبان"),  # parties direct acts
    ("دعت قيادة قوات التحالف المواطنين إلى مغادرة المناطق الحدودية.", "REQUEST", "قيادة قوات التحالف"),
    ("وطالبت المفوضة السامية لحقوق الإنسان الحكومة بكشف المعلومات.", "REQUEST", "المفوضة"),
])
def test_parties_the_coalition_command_and_an_igo_commissioner_act(ev, text, etype, actor):
    (a,) = _of_type(ev, ev.make_doc(text), etype)
    assert [x.text for x in a.actors] == [actor]


def test_a_commissioner_title_makes_a_named_person_political(ev):
    doc = ev.make_doc("وطالبت المفوضة السامية لحقوق الإنسان في المنظمة، ماريا لوبيز، بكشف المعلومات.",
                      entities=[("ماريا لوبيز", "PER", None)])
    (a,) = _of_type(ev, doc, "REQUEST")
    assert a.actors


@pytest.mark.parametrize("text", [
    "ورفض المتحدث باسم الوكالة عبر تويتر الانتقادات الموجهة إلى برامجها.",
    "وأعرب قائد الجيش عبر فيسبوك عن رفضه محاولات المس بسيادة بلاده.",
])
def test_a_social_platform_is_never_an_actor_or_a_target(ev, text):
    platform = "تويتر" if "تويتر" in text else "فيسبوك"
    doc = ev.make_doc(text, entities=[(platform, "ORG", None)])
    for e in ev.run(doc):
        assert platform not in [x.text for x in e.actors + e.targets]


def test_a_single_party_is_no_nominal_actor(ev):
    # "اتهم الحزب" is often the passive (the party was accused): no actor, no record
    assert not _of_type(ev, ev.make_doc("كما اتهم الحزب بتجنيد الأطفال."), "ACCUSE")


US = ("الولايات المتحدة", 38.0, -97.0, "US", "country")


@pytest.mark.parametrize("text", [
    "وفرضت الولايات المتحدة عقوبات على الشركة.",
    "وقد أعادت الولايات المتحدة، هذا الأسبوع، فرض عقوبات على الشركة.",
])
def test_the_state_after_the_verb_governing_a_noun_trigger_is_its_actor(ev, text):
    # the feminine test is the verb's (فرضت), not the noun's (عقوبات)
    doc = ev.make_doc(text, places=[US])
    (a,) = _of_type(ev, doc, "SANCTION")
    assert [x.text for x in a.actors] == ["الولايات المتحدة"]


def test_a_state_after_a_verb_that_is_itself_a_trigger_is_not_the_nouns_actor(ev):
    doc = ev.make_doc("ودانت الولايات المتحدة العقوبات التي فرضتها الحكومة.", places=[US])
    assert all("الولايات المتحدة" not in [x.text for x in e.actors]
               for e in ev.run(doc) if e.type == "SANCTION")


@pytest.mark.parametrize("text,actor,targets", [
    # a title chain is one actor; the name after it is his, not a target
    ("ورفض وزير الدفاع الأمريكي جيمس ماتيس الاتهامات.", "وزير الدفاع الأمريكي", []),
    ("واتهمت وزارة الداخلية المصرية عمرو خالد بالتحريض.", "وزارة الداخلية المصرية", ["عمرو خالد"]),
])
def test_a_title_chain_is_one_actor_and_a_name_after_a_title_is_its_apposition(ev, text, actor, targets):
    name = "جيمس ماتيس" if "ماتيس" in text else "عمرو خالد"
    doc = ev.make_doc(text, entities=[(name, "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type in ("REJECT", "ACCUSE")]
    assert [x.text for x in a.actors] == [actor]
    assert [x.text for x in a.targets] == targets


def test_a_person_after_a_body_is_its_object(ev):
    doc = ev.make_doc("واتهمت الحكومة المصرية عمرو خالد بالتحريض.", entities=[("عمرو خالد", "PER", None)])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.targets] == ["عمرو خالد"]


def test_the_subject_of_a_relative_verb_of_waging_is_the_actor(ev):
    # "في غارات شنتها مقاتلات التحالف": the coalition strikes, the killed fighters are the target
    doc = ev.make_doc("قتل 20 من ميليشيات الحوثي في غارات شنتها مقاتلات التحالف العربي أمس.",
                      entities=[("الحوثي", "ORG", "YEMREB"), ("التحالف العربي", "ORG", "IGOMIL")])
    (a,) = _of_type(ev, doc, "ASSAULT")
    assert [x.text for x in a.actors] == ["التحالف العربي"]
    assert "الحوثي" in [x.text for x in a.targets]


@pytest.mark.parametrize("text,actors,targets", [
    # a dual office: both holders act, the second joined by "و + nationality adjective"
    ("وهدد الرئيسان الروسي سمير داود والتركي كمال يلدز الفصائل بالرد.",
     ["سمير داود", "كمال يلدز"], []),
    # guard: one office, the peer after نظيره stays the object
    ("التقى الرئيس الروسي سمير داود نظيره التركي كمال يلدز في أنقرة.",
     ["الرئيس الروسي"], ["كمال يلدز"]),
])
def test_the_holders_of_a_dual_office_are_all_actors(ev, text, actors, targets):
    doc = ev.make_doc(text, entities=[("سمير داود", "PER", None), ("كمال يلدز", "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type in ("THREATEN", "CONSULT")]
    assert [x.text for x in a.actors] == actors
    assert [x.text for x in a.targets] == targets


@pytest.mark.parametrize("text,actors,targets", [
    # a title whose complement is a post (إلى/لدى + place) reaches the name after it
    ("طالب المبعوث الدولي إلى ليبيا سمير داود بوقف القتال.", ["سمير داود"], []),
    ("انتقد السفير الروسي لدى تركيا سمير داود القرار.", ["السفير الروسي"], []),
    # guard: a place with في is no post; the person there is whom the ambassador met
    ("استقبل السفير الروسي في القاهرة سمير داود.", ["السفير الروسي"], ["سمير داود"]),
])
def test_a_title_with_a_post_reaches_its_name(ev, text, actors, targets):
    doc = ev.make_doc(text, entities=[("سمير داود", "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type in ("REQUEST", "ACCUSE", "CONSULT")]
    assert [x.text for x in a.actors] == actors
    assert [x.text for x in a.targets] == targets


@pytest.mark.parametrize("text,actors", [
    # an act noun with a possessive pronoun and no doer: the main clause's subject
    ("وبعد لقائه وزير الخارجية التركي في أنقرة، أكد سمير داود أن الحل سياسي.", ["سمير داود"]),
    # guard: the doer named in the phrase
    ("وبعد لقاء سمير داود مع وزير الخارجية التركي في أنقرة، أكد المتحدث أن الحل سياسي.",
     ["سمير داود"]),
])
def test_a_possessed_act_noun_takes_the_main_clause_subject(ev, text, actors):
    doc = ev.make_doc(text, entities=[("سمير داود", "PER", "USAGOV")])
    (a,) = _of_type(ev, doc, "CONSULT")
    assert [x.text for x in a.actors] == actors


@pytest.mark.parametrize("text,actors", [
    # a sentence opening with و + verb and naming no one continues the previous one's subject
    ("وعبر وزير الخارجية سمير داود عن قلقه من التصعيد. وطالب المجتمع الدولي بالتحرك.",
     ["وزير الخارجية"]),
    # guards: its own (non-political) subject; a previous subject of the other gender
    ("وعبر وزير الخارجية سمير داود عن قلقه من التصعيد. وطالب المحتجون بالإفراج عن المعتقلين.", None),
    ("وأكدت الوزارة قلقها من التصعيد. وطالب المجتمع الدولي بالتحرك.", None),
])
def test_a_dropped_subject_is_the_previous_sentences(ev, text, actors):
    doc = ev.make_doc(text, entities=[("سمير داود", "PER", None)])
    got = _of_type(ev, doc, "REQUEST")
    assert ([x.text for x in got[0].actors] if got else None) == actors


@pytest.mark.parametrize("text,found", [
    # the NER left "حركة" outside the name: the head still names a political group
    ("فيما توعدت حركة الفجر بأن الرد لن يتأخر.", True),
    # guard: a bare uncoded name with no group head directs nothing
    ("فيما توعدت الفجر بأن الرد لن يتأخر.", False),
])
def test_a_group_head_before_a_name_makes_it_political(ev, text, found):
    doc = ev.make_doc(text, entities=[("الفجر", "ORG", None)])
    got = _of_type(ev, doc, "THREATEN")
    assert ([x.text for x in got[0].actors] == ["الفجر"]) if found else not got


@pytest.mark.parametrize("text,actors", [
    # the state after a verb that concludes a deal is the party, however far the deal word is
    ("أبرمت تركيا وفصائل معارضة في المحافظة أمس اتفاق هدنة.", ["تركيا"]),
    # guard: وقعت "happened", the country governed by في
    ("وقعت في تركيا اشتباكات بعد اتفاق هدنة.", None),
])
def test_the_state_concluding_a_deal_is_its_party(ev, text, actors):
    doc = ev.make_doc(text, places=[("تركيا", 39.0, 35.0, "TR", "country")])
    got = _of_type(ev, doc, "AGREE")
    assert ([x.text for x in got[0].actors] if got else None) == actors


@pytest.mark.parametrize("text,actors", [
    # اتهم + an indefinite noun + a ب-phrase reads passive: accused by no one named
    ("اتهم عضو بالبرلمان بسرقة أموال عامة.", None),
    # guards: a definite subject with its object; a title chain with a named object
    ("اتهمت الحكومة المعارضة بالتخريب.", ["الحكومة"]),
    ("اتهم وزير الخارجية التركي المعارضة بالتخريب.", ["وزير الخارجية التركي"]),
])
def test_a_passive_charge_has_no_actor(ev, text, actors):
    doc = ev.make_doc(text)
    got = _of_type(ev, doc, "ACCUSE")
    assert ([x.text for x in got[0].actors] if got else None) == actors


@pytest.mark.parametrize("text,actors", [
    # criticism received, a place between the verb of receiving and the act noun: no author
    ("وتعرضت الحكومة في تركيا لانتقادات حادة.", None),
    # guard: a verb of speech, not of receiving
    ("ووجهت الحكومة في تركيا انتقادات حادة للمعارضة.", ["الحكومة"]),
])
def test_criticism_received_has_no_actor(ev, text, actors):
    doc = ev.make_doc(text, places=[("تركيا", 39.0, 35.0, "TR", "country")])
    got = _of_type(ev, doc, "ACCUSE")
    assert ([x.text for x in got[0].actors] if got else None) == actors


@pytest.mark.parametrize("text,actors", [
    # residents right after the verb are its subject: no political author, the government is the object
    ("ويتهم السكان الحكومة في أنقرة بالفساد.", None),
    # guard: the residents as the object of a named subject
    ("واتهمت الحكومة في أنقرة السكان بالتواطؤ.", ["الحكومة"]),
])
def test_residents_accusing_are_no_political_author(ev, text, actors):
    doc = ev.make_doc(text, places=[("أنقرة", 39.9, 32.8, "TR", "city")])
    got = _of_type(ev, doc, "ACCUSE")
    assert ([x.text for x in got[0].actors] if got else None) == actors


def test_the_one_state_blamed_after_a_second_verb_is_the_object(ev):
    # "وحمّلت إسرائيل المسؤولية" after "دانت الحكومة …": the government blames Israel
    doc = ev.make_doc("دانت الحكومة الأردنية الهجوم، وحمّلت إسرائيل المسؤولية.", places=[ISRAEL])
    got = _of_type(ev, doc, "ACCUSE")
    assert all(x.text != "إسرائيل" for e in got for x in e.actors)
    assert any(x.text == "إسرائيل" for e in got for x in e.targets)


def test_a_new_subject_before_the_one_blamed_acts(ev):
    # guard: two names between "حمّلت" and "المسؤولية": the first is the new subject
    doc = ev.make_doc("دانت مصر الهجوم، وحمّلت السعودية إسرائيل المسؤولية.",
                      places=[("مصر", 26.0, 30.0, "EG", "country"), SAUDI, ISRAEL])
    got = _of_type(ev, doc, "ACCUSE")
    assert any([x.text for x in e.actors] == ["السعودية"] for e in got)


RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")


@pytest.mark.parametrize("text,actors", [
    # a country right after a physical verb that opens its clause in the feminine perfect: its doer
    ("قصفت روسيا مدينة إدلب أمس.", ["روسيا"]),
    # guards: the country as the object after another subject; a place after في
    ("قصفت الطائرات روسيا أمس.", ["الطائرات"]),
    ("وقتلت امرأة في روسيا أمس.", []),
])
def test_a_state_after_a_physical_verb_is_its_doer(ev, text, actors):
    idlib = [("إدلب", 35.9, 36.6, "SY", "city")] if "إدلب" in text else []
    doc = ev.make_doc(text, places=[RUSSIA] + idlib)
    (a,) = _of_type(ev, doc, "ASSAULT")
    assert [x.text for x in a.actors] == actors


@pytest.mark.parametrize("text,etype,actor_named", [
    # a private person arrests no one: the named one is held
    ("وقالت الشرطة إنها اعتقلت مشتبها به يدعى سمير داود.", "COERCE", False),
    ("وقالت الوزارة إن السيدة سمير داود التي تعيش في أنقرة اعتقلت أمس.", "COERCE", False),
    # guard: a family may pull down its own house
    ("وباشرت عائلة سمير داود بهدم المنزل أمس.", "COERCE", True),
])
def test_a_private_person_is_held_not_holding(ev, text, etype, actor_named):
    doc = ev.make_doc(text, entities=[("سمير داود", "PER", None)])
    (a,) = _of_type(ev, doc, etype)
    assert ("سمير داود" in [x.text for x in a.actors]) == actor_named
    assert ("سمير داود" in [x.text for x in a.targets]) != actor_named


@pytest.mark.parametrize("text,etype,actors", [
    # a nationality adjective right after the act noun names the state that did it
    ("وقال الوزير إن الغارات التركية على عفرين أمس قتلت خمسة مدنيين.", "ASSAULT", ["التركية"]),
    # a bloc adjective names a doer with no code: not the sentence's subject
    ("بحث وزير الخارجية الروسي في طهران التهديدات الغربية ضد سوريا.", "THREATEN", None),
])
def test_a_nationality_adjective_names_the_doer(ev, text, etype, actors):
    doc = ev.make_doc(text, places=[("عفرين", 36.5, 36.9, "SY", "city")] if "عفرين" in text else [])
    got = _of_type(ev, doc, etype)
    assert ([x.text for x in got[0].actors] if got else None) == actors


def test_a_protest_adjective_names_no_government(ev):
    # guard: "الاحتجاجات الإيرانية" are Iranians protesting, not the Iranian state
    doc = ev.make_doc("وخرجت الاحتجاجات الإيرانية في المدينة أمس.")
    assert all(x.code != "IRNGOV" for e in ev.run(doc) for x in e.actors)


@pytest.mark.parametrize("text,targets", [
    # the name after "title + ل/genitive + body" holds the office: no target
    ("ندد الأمين العام لجامعة الدول العربية سمير داود بالهجوم.", []),
    # guard: a person after a body with no title before it is its object
    ("واتهمت جامعة الدول العربية سمير داود بالتحريض.", ["سمير داود"]),
])
def test_the_name_after_an_office_of_a_body_is_its_holder(ev, text, targets):
    doc = ev.make_doc(text, entities=[("جامعة الدول العربية", "ORG", "IGOARL"), ("سمير داود", "PER", None)])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert [x.text for x in a.targets] == targets


def test_an_actor_is_not_also_its_own_target(ev):
    # another mention of the doer later in the clause ("نرفض … انتقاد مدارس الأونروا") is not
    # its target
    doc = ev.make_doc('وكتب سمير داود المتحدث باسم الأونروا على تويتر "نرفض بأشد العبارات انتقاد مدارس الأونروا".',
                      entities=[("الأونروا", "ORG", "IGOUNO"), ("سمير داود", "PER", None)])
    (e,) = _of_type(ev, doc, "REJECT")
    assert [x.text for x in e.actors] == ["الأونروا"]
    assert "الأونروا" not in [x.text for x in e.targets]


def test_a_sentence_opening_with_a_participle_goes_on_with_the_previous_subject(ev):
    text = "وذكر الرئيس محمود عباس أنه يعد ملفا للمحكمة. متهمًا الحكومة الإسرائيلية بالجريمة."
    doc = ev.make_doc(text, entities=[("الحكومة الإسرائيلية", "ORG", "ISRGOV"), ("محمود عباس", "PER", "PSEGOV")])
    (a,) = _of_type(ev, doc, "ACCUSE")
    assert "الحكومة الإسرائيلية" in [x.text for x in a.targets]
    assert "الحكومة الإسرائيلية" not in [x.text for x in a.actors]
