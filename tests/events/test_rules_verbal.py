"""Rules for flight verbs, undated side statements, people-describing participles, speaker =
actor, and inherited-place precision (SPEC §2.6, §3)."""
import pytest

from filter_probes import detected_modes, detected_types
from rasd.stages.event_detect import detect
from rasd.text.tokenize import tokenize

IDLIB = ("إدلب", 35.93, 36.63, "SY", "city")  # the admin1 capital: as precise as the town
MAARA = ("معرة النعمان", 35.64, 36.67, "SY", "town")


def test_feminine_flight_verb_is_a_trigger():
    assert detected_types("فرّت أكثر من مئتي عائلة نحو المخيمات.") == ["DISPLACE"]


def test_waw_farrat_with_shadda_on_ra_is_flight_not_provided():
    assert "DISPLACE" in detected_types("وفرّت العائلات من القصف.")
    assert detect(tokenize("وفرت الحكومة الدعم للمزارعين.")) == []


def test_flight_in_quote_after_lead_inherits_area_and_stays_undated(ev):
    text = ("إدلب - قتل ثلاثة مدنيين في قصف على معرة النعمان جنوب إدلب.\n"
            "وقال أحمد الخطيب: فرّت أكثر من مئتي عائلة نحو المخيمات.")
    doc = ev.make_doc(text, entities=[("أحمد الخطيب", "PER", None)], places=[MAARA, IDLIB],
                      quantities=[("ثلاثة مدنيين", 3, "exact", "killed"),
                                  ("أكثر من مئتي عائلة", 200, "more_than", "displaced")],
                      quotes=[("أحمد الخطيب", "فرّت أكثر من مئتي عائلة نحو المخيمات")])
    (d,) = [e for e in ev.run(doc) if e.type == "DISPLACE"]
    assert doc.place(d.place).name == "معرة النعمان" and d.geo_precision == 2
    assert (d.date, d.time_precision) == (None, "unknown")
    assert (d.counts["displaced"].value, d.source.text) == (200, "أحمد الخطيب")


def test_participle_of_flight_is_not_dated_by_a_distant_time(ev):
    text = ("قصفت الطائرات مدينة الشرقاط.\n"
            "وقال المصدر إن التنظيم أعدم أمس أربعة سائقين لقيامهم بنقل مواطنين هاربين من المدينة.")
    doc = ev.make_doc(text, places=[("الشرقاط", 35.51, 43.23, "IQ", "city")],
                      times=[("أمس", "2024-02-11", "day")])
    (d,) = [e for e in ev.run(doc) if e.type == "DISPLACE"]
    assert d.date is None


def test_nominal_accusation_is_undated_background(ev):
    text = ("تابعت الرابطة التصريحات التي صدرت عن نائب الرئيس نوري المالكي "
            "واتهامه للمملكة بتغذية الإرهاب.")
    doc = ev.make_doc(text, entities=[("نوري المالكي", "PER", "IRQGOV")])
    accuse = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert accuse and all((e.date, e.time_precision, e.place) == (None, "unknown", None) for e in accuse)


def test_finite_accusation_takes_publication_week(ev):
    text = "اتهمت وزارة الخارجية المسلحين بقصف المدنيين."
    doc = ev.make_doc(text, entities=[("وزارة الخارجية", "ORG", "GOV")])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert (a.date, a.time_precision) == ("2024-02-12", "week")


def test_speaker_who_is_the_actor_is_not_the_source(ev):
    text = "وقال وزير الخارجية خالد سعيد إن خالد سعيد يطالب الأمم المتحدة بالتحرك."
    doc = ev.make_doc(text, entities=[("خالد سعيد", "PER", "GOV"), ("الأمم المتحدة", "ORG", "IGO")],
                      quotes=[("خالد سعيد", "خالد سعيد يطالب الأمم المتحدة بالتحرك")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert r.source is None


def test_headline_after_read_also_cue_is_skipped(ev):
    text = "قصفت الطائرات مدينة حمص.\nاقرأ.. الأمير خالد: هجوم الحوثي على ناقلة النفط تصعيد"
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")])
    assert [e.trigger.text for e in ev.run(doc)] == ["قصفت"]


def _tunis(ev, second: str):
    text = "قال المتحدث خالد سعيد إن القوات طاردت مسلحين في بن قردان. " + second
    return ev.make_doc(text, entities=[("خالد سعيد", "PER", None)],
                       places=[("تونس", 34.0, 9.0, "TN", "country")],
                       attributions=[("خالد سعيد", text[text.index("إن القوات"):], False)])


def test_sentence_naming_its_own_speaker_is_not_voiced_by_an_earlier_source(ev):
    doc = _tunis(ev, "وأعلن الرئيس التونسي تمديد العمل بحالة الطوارئ في تونس.")
    (c,) = [e for e in ev.run(doc) if e.trigger.text.startswith("تمديد")]
    assert c.source is None


def test_continuation_cue_keeps_the_earlier_source(ev):
    doc = _tunis(ev, "وأضاف أن الرئيس التونسي قرر تمديد العمل بحالة الطوارئ في تونس.")
    (c,) = [e for e in ev.run(doc) if e.trigger.text.startswith("تمديد")]
    assert c.source is not None and c.source.text == "خالد سعيد"


def test_imperfect_verbal_acts_are_triggers():
    found = {t.type for s in ("تتهم الحكومة المعارضة بالتصعيد.", "تدعو الوزارة المواطنين إلى الهدوء.",
                              "وتطالب الأحزاب بإجراء انتخابات.", "ورفضوا المقترح الأممي.")
             for t in detect(tokenize(s))}
    assert found == {"ACCUSE", "REQUEST", "REJECT"}


def test_definite_plural_without_date_or_place_after_is_a_series(ev):
    text = "وقال المسؤول إن سوريا عانت من التطرف والتفجيرات والتخريب."
    doc = ev.make_doc(text, places=[("سوريا", 35.0, 38.0, "SY", "country")])
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"] == []


def test_definite_plural_with_place_after_is_a_happening(ev):
    text = "قتل خمسة أشخاص في التفجيرات التي ضربت حمص."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")],
                      quantities=[("خمسة أشخاص", 5, "exact", "killed")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]


def test_iltaqa_is_a_verb_whose_subject_follows_it(ev):
    # "التقى" begins like the article ال but is a verb: the subject after it is the actor
    text = "التقى الرئيس المصري نظيره الفرنسي في القاهرة."
    doc = ev.make_doc(text, places=[("القاهرة", 30.04, 31.24, "EG", "city")])
    (c,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert [a.text for a in c.actors] == ["الرئيس المصري"]


def test_more_forms_of_verbal_acts_and_attacks_are_triggers():
    def types(s):
        return detected_types(s)
    assert types("ودان رئيس الوزراء الهجوم على الدورية.")[:1] == ["ACCUSE"]  # دان: أدان without hamza
    assert types("وحث المرجع الحكومة على الإصلاح.") == ["REQUEST"]  # وحث: three letters with و
    assert types("وقال المتحدث: نرفض تشكيل أي حكومة جديدة.") == ["REJECT"]
    assert types("ولوحت المندوبة بتحرك أحادي.") == ["THREATEN"]
    assert types("أعلن الوزير قطع بلاده للعلاقات الدبلوماسية مع طهران.") == ["SANCTION"]
    assert types("وقد تعرضت الطالبة للاعتداء خارج مركز للتسوق.") == ["ASSAULT"]
    assert types("توفي متأثرا بجروح أصيب بها إثر تعرضه للطعن.")[-1:] == ["ASSAULT"]
    assert types("رفع الجيش حالة التأهب على الحدود.") == ["MOBILIZE"]
    assert types("وانتشر جنود الجيش في شوارع العاصمة.") == ["MOBILIZE"]
    assert types("وانتشر الفيديو على مواقع التواصل.") == []  # a video spreads
    # فدان (an acre) is not ف + دان; the minister named لوح is no threat
    assert types("حول جزء من المياه لري 35 ألف فدان في سيناء.") == []
    assert types("أكد وزير العدل الطيب لوح أن العدالة لن تتسامح.") == []
    assert types("وصل الوفد إلى طهران.") == []  # طهرت (purged), not طهر* of the capital


def test_a_country_state_ministry_after_its_verb_is_the_actor_of_a_verbal_act(ev):
    # "استنكرت" is 7 letters: a derived verb in the feminine past, its subject after it
    text = "واستنكرت وزارة الخارجية السعودية الهجوم على المسجد."
    doc = ev.make_doc(text)
    assert [e.type for e in ev.run(doc)] == ["ACCUSE"]


def test_a_participle_after_a_verbal_act_of_its_type_is_the_same_statement(ev):
    text = "وأشاد الوزير خالد العلي بالاتفاق، مشيدا بدور الوسطاء."
    doc = ev.make_doc(text, entities=[("خالد العلي", "PER", None)])
    assert [e.trigger.text for e in ev.run(doc) if e.type == "SUPPORT"] == ["أشاد"]


def test_control_meeting_praise_and_hunger_strike_forms():
    def types(s):
        return detected_modes(s)
    assert types("سيطرت القوات على مديرية حزم العدين السبت.") == [("ASSAULT", "clash")]
    assert types("وقالت إن إسرائيل تسيطر على المعبر.") == []  # a state, not a happening
    assert types("مع استعادة السيطرة على المعبر.") == []  # a hoped-for step
    assert types("خلال لقائه مع وزير الخارجية في بروكسل.") == [("CONSULT", "meeting")]
    assert types("وثمن الرئيس مواقف الصين.") == [("SUPPORT", None)]
    assert types("ارتفع ثمن النفط أمس.") == []  # a price
    assert types("يواصل الأسرى إضرابهم المفتوح عن الطعام.") == [("PROTEST", "hunger-strike")]
    assert types("استبعد الوزير لقاء الرئيسين.") == []  # ruled out
    assert types("رفضت الحكومة التعليق على الأمر.") == []  # declined to comment


def test_an_air_word_makes_a_shelling_an_airstrike_but_july_does_not():
    from rasd.stages.event_detect import candidates
    from rasd.stages.event_merge import refine_mode
    for text, mode in (("وتعرضت المدينة لقصف جوي عنيف.", "airstrike"), ("واستمر القصف في جويلية.", "shelling"),
                       ("وقصفت القوات المتظاهرين في مسيرة العودة.", "shelling")):  # a march, no drone
        toks = tokenize(text)
        (trig,) = [t for t in detect(toks) if t.type == "ASSAULT"]
        assert refine_mode(trig, " ".join(candidates(t.norm)[0] for t in toks)) == mode


def test_declining_to_be_named_or_to_give_information_rejects_nobody():
    def types(s):
        return detected_types(s)
    assert types("وقال مسؤول رفض الكشف عن هويته إن الوفد وصل.") == []
    assert types("لكنهم رفضوا الإدلاء بمعلومات.") == []
    assert types("ورفض الشاهد الكشف عن اسمه.") == []
    assert types("ورفضت الحكومة نشر قوات أجنبية على أراضيها.") == ["REJECT"]  # a deployment refused


def test_a_word_after_an_outlets_type_word_names_the_outlet(ev):
    text = "وأوردت قناة المسيرة أن 20 شخصا قتلوا في الغارة على صعدة."
    doc = ev.make_doc(text, places=[("صعدة", 16.94, 43.76, "YE", "city")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]  # the air strike; no march
    doc = ev.make_doc("وانطلقت المسيرة من ساحة التغيير في صنعاء.",
                      places=[("صنعاء", 15.35, 44.2, "YE", "city")])
    assert [e.type for e in ev.run(doc)] == ["PROTEST"]


def test_consuls_attack_adjectives_and_tv_interviews_are_no_events(ev):
    assert ev.types("وعقدت ندوة القناصل الشرفيين في تونس أمس.") == []  # consuls, not snipers
    assert ev.types("وتتجه إيران نحو الأسلحة ذات الطابع الهجومي.") == []
    assert ev.types("وعززت دول المنطقة أنظمة الدفاع الصاروخية.") == []
    doc = ev.make_doc("وقال الوزير خلال لقاء مع قناة سكاي نيوز إن الوضع مستقر.",
                      entities=[("سكاي نيوز", "ORG", "ARE")])
    assert [e.type for e in ev.run(doc)] == []
    assert detected_types("وقتل قناص ثلاثة مدنيين.").count("ASSAULT") >= 1


def test_a_call_reaches_past_its_subject_and_object_to_what_it_asks_for():
    def types(s):
        return detected_types(s)
    assert "PROTEST" not in types("ودعت اللجان المركزية لتنظيم الوقفات في البصرة أهالي المحافظة إلى الخروج بمظاهرات.")
    assert "PROTEST" in types("وخرج أهالي المحافظة في مظاهرات حاشدة بعد أن دعت اللجان إلى التهدئة.")


def test_what_is_warned_of_has_not_happened():
    def types(s):
        return detected_types(s)
    assert types("وحذرت الأمم المتحدة من هجوم وشيك على إدلب.") == []
    assert types("وحذر حزبا الخضر واليسار المعارضان المستشارة أنجيلا ميركل من إبرام اتفاقية مع تركيا.") == []
    assert "ASSAULT" in types("وقتل ثلاثة في هجوم على السوق بعد أن حذرت الشرطة من المخاطر.")


def test_any_attack_is_none_in_particular():
    def types(s):
        return detected_types(s)
    assert types("وقال إن أي هجوم واسع سيضعف جبهات النظام.") == []
    assert "ASSAULT" in types("وقتل ثلاثة في هجوم على السوق أمس.")


def test_a_place_in_a_relative_clause_about_the_object_is_not_where_it_was_said(ev):
    text = "وأدانت الحكومة التونسية أمس التفجيرات التي جدت في العراق."
    doc = ev.make_doc(text, entities=[("الحكومة التونسية", "ORG", "TUNGOV")],
                      places=[("العراق", 33.0, 43.7, "IQ", "country")])
    (e,) = [x for x in ev.run(doc) if x.type == "ACCUSE"]
    assert e.place is None or doc.place(e.place).name != "العراق"
    text = "وأدانت الحكومة التونسية في العراق أمس التفجيرات."
    doc = ev.make_doc(text, entities=[("الحكومة التونسية", "ORG", "TUNGOV")],
                      places=[("العراق", 33.0, 43.7, "IQ", "country")])
    (e,) = [x for x in ev.run(doc) if x.type == "ACCUSE"]
    assert doc.place(e.place).name == "العراق"


# --- an announcer of its own act is its actor (seventh pass)

def test_the_announcer_of_its_own_act_is_its_actor_and_no_source():
    from tests.events.conftest import make_doc, run
    gaza = ("غزة", 31.5, 34.47, "PS", "city")
    text = "وأعلنت حماس مساء الثلاثاء وقفا لإطلاق النار في غزة."
    doc = make_doc(text, entities=[("حماس", "ORG", "PSEREB")], places=[gaza],
                   attributions=[("حماس", "وقفا لإطلاق النار في غزة", False)])
    evs = [e for e in run(doc) if e.type == "AGREE"]
    assert len(evs) == 1 and [a.text for a in evs[0].actors] == ["حماس"] and evs[0].source is None
    text = "وقالت المفوضية إنها تدعو إلى حماية المدنيين في غزة."
    doc = make_doc(text, entities=[("المفوضية", "ORG", None)], places=[gaza],
                   attributions=[("المفوضية", "تدعو إلى حماية المدنيين في غزة", False)])
    evs = [e for e in run(doc) if e.type == "REQUEST"]
    assert len(evs) == 1 and [a.text for a in evs[0].actors] == ["المفوضية"] and evs[0].source is None


def test_a_speaker_is_not_the_actor_of_what_it_says_others_need():
    from tests.events.conftest import make_doc, run
    text = "وأكد النجيفي أن القضاء على الإرهاب يستلزم التعاون بين الدول."
    doc = make_doc(text, entities=[("النجيفي", "PER", None)],
                   attributions=[("النجيفي", "القضاء على الإرهاب يستلزم التعاون بين الدول", False)])
    assert [e.type for e in run(doc)] == []


def test_a_newspaper_or_an_untitled_person_directs_no_verbal_act(ev):
    # SPEC 2.6: verbal acts need a political actor; an outlet's opinion or a citizen's apology is none
    paper = ev.make_doc('انتقدت صحيفة "جيريزلام بوست" الإسرائيلية قانون القومية.',
                        entities=[("جيريزلام بوست", "ORG", None)])
    assert [e.type for e in ev.run(paper)] == []
    citizen = ev.make_doc("واعتذرت كارين ماكدوغال لزوجة ترامب.", entities=[("كارين ماكدوغال", "PER", None)])
    assert [e.type for e in ev.run(citizen)] == []


@pytest.mark.parametrize("text,name", [
    ("وقال رئيس الوزراء التونسي الحبيب الصيد إن الهجوم إرهابي. وأدان الصيد الهجوم.", "الحبيب الصيد"),
    ("وأدان الحبيب الصيد، رئيس الوزراء التونسي، الهجوم.", "الحبيب الصيد"),
    ("وقال الرئيس التونسي، الباجي قايد السبسي، إن البلاد في حرب. وأدان السبسي الهجوم.", "الباجي قايد السبسي"),
])
def test_a_person_titled_anywhere_in_the_article_directs_a_verbal_act(ev, text, name):
    doc = ev.make_doc(text, entities=[(name, "PER", None), ("الصيد", "PER", None), ("السبسي", "PER", None)])
    assert "ACCUSE" in [e.type for e in ev.run(doc)]


def test_an_uncoded_party_or_ministry_directs_a_verbal_act(ev):
    doc = ev.make_doc("وأدان حزب الخير القومي الاعتداء على نائب رئيسه.", entities=[("حزب الخير القومي", "ORG", None)])
    assert [e.type for e in ev.run(doc)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "استنكر القنصل العام للمملكة في لوس انجلوس العمل الإرهابي.",
    "واستنكر سفير خادم الحرمين الشريفين لدى الكويت الاعتداء.",
    "وأدان وزراء الخارجية العرب الهجوم.",
])
def test_consuls_envoys_and_ministers_direct_verbal_acts(ev, text):
    assert [e.type for e in ev.run(ev.make_doc(text))] == ["ACCUSE"]
