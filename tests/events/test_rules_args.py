"""Third-pass rules: ب on three-letter verbal nouns, purpose/escape/admission/accusation filters,
series, launch sites, bureau datelines, statement places, nationality places, merging by mode,
and comment inside direct quotes (SPEC §2.6, §2.7)."""
from dataclasses import replace

import pytest

from filter_probes import detected_types as _types
from rasd.model.record import Count, Event, Quote
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_mentions import dateline_end
from rasd.stages.event_detect import candidates, detect
from rasd.stages.event_merge import merge_events, same_happening
from rasd.text.tokenize import tokenize

YEMEN = ("اليمن", 15.5, 47.5, "YE", "country")
RIYADH = ("الرياض", 24.69, 46.72, "SA", "city")
SANAA = ("صنعاء", 15.35, 44.2, "YE", "city")


# --- ب on a three-letter verbal noun

def test_ba_on_three_letter_noun_is_stripped():
    assert "منع" in candidates("بمنع") and "قصف" in candidates("بقصف")


def test_bare_three_letter_word_with_ba_is_not_cut_to_two_letters():
    assert "حث" not in candidates("بحث")
    assert "REQUEST" not in _types("بحث الوزير مع نظيره الأوضاع.")


def test_order_to_bar_leaving_a_city_is_restriction():
    trigs = detect(tokenize("أصدر التنظيم أوامره بمنع مغادرة مدينة الشرقاط."))
    assert [(t.type, t.mode) for t in trigs] == [("COERCE", "restriction")]


def test_qama_bi_shelling_is_an_assault():
    assert "ASSAULT" in _types("قام الحوثيون بقصف أحد أحياء عدن الأحد.")


# --- purpose and prospective

def test_storming_as_a_purpose_is_not_a_raid():
    assert "COERCE" not in _types("وما تحتاجه هو غطاء جوي ليساعدها في اقتحام تلك المواقع.")


def test_hoped_for_talks_are_not_a_meeting():
    assert "CONSULT" not in _types("وقضت الهجمات على الآمال في استئناف فوري لمحادثات سلام.")
    assert "CONSULT" not in _types("قد تضغط على الحركة للانخراط في محادثات السلام.")


def test_resumed_shelling_stays_an_assault():
    assert "ASSAULT" in _types("أعلن الجيش استئناف القصف على المدينة.")


def test_talks_held_are_still_a_meeting():
    assert "CONSULT" in _types("أجرى الوفدان محادثات في الدوحة أمس.")


# --- escape, admission, accusation

def test_getting_away_is_not_displacement():
    assert "DISPLACE" not in _types("أشعلا النار بحفار إسرائيلي وتمكنا من الهرب.")
    assert "DISPLACE" not in _types("ولاذ المسلحون بالفرار بعد الهجوم.")
    assert "DISPLACE" not in _types("ثم يحملونه ويلوذون بالفرار.")


def test_families_fleeing_are_displacement():
    assert "DISPLACE" in _types("فرت مئات العائلات من القصف.")


def test_hospital_admitting_cases_is_not_a_meeting():
    assert "CONSULT" not in _types("وقد استقبل المستشفى الجامعي العديد من الحالات.")
    assert "CONSULT" not in _types("استقبلت المستشفيات عشرات الجرحى.")


def test_president_receiving_a_minister_is_a_meeting():
    assert "CONSULT" in _types("استقبل الرئيس وزير الخارجية في القصر.")


def test_act_someone_is_accused_of_is_a_claim():
    found = _types("واتهمت الجماعة جبهة النصرة بخطف زعيمها هذا الأسبوع.")
    assert "ACCUSE" in found and "ASSAULT" not in found


# --- series

def test_run_of_attacks_named_in_passing_is_no_event(ev):
    text = "أطلقت أنقرة عملية ضد الحزب بعد سلسلة هجمات دامية في تركيا."
    doc = ev.make_doc(text, places=[("تركيا", 39.0, 35.0, "TR", "country")])
    assert not [e for e in ev.run(doc) if e.trigger.text == "هجمات"]


def test_series_of_raids_launched_is_news(ev):
    text = "شنت الطائرات سلسلة غارات على حلب أمس."
    doc = ev.make_doc(text, places=[("حلب", 36.2, 37.15, "SY", "city")],
                      times=[("أمس", "2024-02-11", "day")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]


# --- outcome of a referenced event

def test_toll_of_referenced_raids_is_not_a_new_killing(ev):
    text = "ودعا برازاني إلى وقف الغارات التي يشنها الجيش التركي والتي أدت لمقتل 260 كرديا."
    doc = ev.make_doc(text, entities=[("برازاني", "PER", "IRQGOV")],
                      quantities=[("260 كرديا", 260, "exact", "killed")])
    assert [e.type for e in ev.run(doc)] == ["REQUEST"]


# --- places

def test_launch_site_is_not_where_missiles_struck(ev):
    text = "أعلنت الرياض اعتراض ثلاثة صواريخ بالستية قادمة من اليمن مساء الأربعاء."
    doc = ev.make_doc(text, places=[YEMEN, RIYADH], times=[("مساء الأربعاء", "2024-02-07", "day")])
    places = [doc.place(e.place).name if e.place else None for e in ev.run(doc)]
    assert places and "اليمن" not in places


def test_long_agency_dateline_is_found():
    text = "اتلانتا، الولايات المتحدة الأمريكية (CNN)-- أعلنت السعودية اعتراض صاروخ."
    assert 0 < dateline_end(_doc_of(text)) <= text.index("--")
    assert dateline_end(_doc_of("قصفت الطائرات مدينة حلب -- وقتل ثلاثة.")) == 0


def _doc_of(text):
    from rasd.model.document import Article, Document
    return Document.from_article(Article(text=text))


def test_bureau_dateline_is_not_the_scene(ev):
    text = ("اتلانتا، الولايات المتحدة الأمريكية (CNN)-- قصفت الطائرات أمس مواقع للمسلحين.\n"
            "وقال مسؤولون في صنعاء إن القصف استهدف معسكرا.")
    doc = ev.make_doc(text, places=[("اتلانتا", 33.75, -84.39, "US", "city"),
                                    ("الولايات المتحدة الأمريكية", 39.8, -98.5, "US", "country"), SANAA],
                      times=[("أمس", "2024-02-11", "day")])
    events = ev.run(doc)
    assert events and all(doc.place(e.place).country != "US" for e in events if e.place)


def test_statement_takes_a_locative_place_later_in_its_sentence(ev):
    text = ("طالب الرئيس الأفغاني أشرف عبد الغني باكستان بالتصدي لطالبان بعدما حصد تفجير "
            "قرب مطار كابول أرواح خمسة أشخاص اليوم.")
    doc = ev.make_doc(text, entities=[("أشرف عبد الغني", "PER", "AFGGOV"), ("باكستان", "LOC", None)],
                      places=[("كابول", 34.53, 69.17, "AF", "city"), ("باكستان", 30.0, 70.0, "PK", "country")],
                      times=[("اليوم", "2024-02-12", "day")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert doc.place(r.place).name == "كابول"


def test_statement_takes_the_setting_of_the_speech(ev):
    text = ("ونقلت الوكالة عن نائب الرئيس تأكيده في كلمة ألقاها بقاعة الصداقة خلال ندوة.\n"
            "ودعا نائب الرئيس الغرب إلى مراجعة مواقفه.")
    doc = ev.make_doc(text, places=[("قاعة الصداقة", 15.6, 32.5, "SD", "facility")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert doc.place(r.place).name == "قاعة الصداقة"


def test_setting_without_speech_words_is_not_inherited(ev):
    text = ("وقعت اشتباكات في الخرطوم.\n"
            "ودعا نائب الرئيس الغرب إلى مراجعة مواقفه.")
    doc = ev.make_doc(text, places=[("الخرطوم", 15.6, 32.5, "SD", "city")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert r.place is None


def test_nationality_of_the_announcing_institution_places_the_act(ev):
    text = ("وفي بداية الشهر الجاري، أعلن الرئيس التونسي، الباجي قايد السبسي، تمديد حالة "
            "الطوارئ، بعد التشاور مع رئيسي الحكومة والبرلمان. وتعيش تونس حالة طوارئ.")
    doc = ev.make_doc(text, entities=[("الباجي قايد السبسي", "PER", None)],
                      places=[("تونس", 34.0, 9.0, "TN", "country")],
                      times=[("بداية الشهر الجاري", "2024-02", "month")])
    (c,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert doc.place(c.place).name == "تونس"


# --- comment inside a direct quote

def _quoted(ev, text, content, **kw):
    doc = ev.make_doc(text, **kw)
    s = text.index(content)
    doc.quotes.append(Quote("u9", "direct", None, None, Span(s, s + len(content), content)))
    return doc


def test_attack_word_in_a_quoted_comment_is_no_event(ev):
    text = 'وقال الدكتور خالد في تغريدته: "استهداف رجال الأمن استهداف لنا جميعا".'
    doc = _quoted(ev, text, "استهداف رجال الأمن استهداف لنا جميعا",
                  entities=[("خالد", "PER", None)])
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"] == []


def test_quoted_report_with_place_and_toll_is_an_event(ev):
    text = 'وقال المصدر: "قصفت الطائرات بلدة كفرنبل فقتل ثلاثة مدنيين".'
    doc = _quoted(ev, text, "قصفت الطائرات بلدة كفرنبل فقتل ثلاثة مدنيين",
                  places=[("كفرنبل", 35.6, 36.56, "SY", "town")],
                  quantities=[("ثلاثة مدنيين", 3, "exact", "killed")])
    assert [e.type for e in ev.run(doc)] == ["ASSAULT"]


# --- merging

def _event(eid, start, *, etype="ASSAULT", mode="shelling", actor=None, entity=None, place="p1",
           date="2024-02-11", counts=None):
    actors = [ArgSpan(0, len(actor), actor, entity, None)] if actor else []
    return Event(eid, etype, mode, Span(start, start + 4, "قصف"), actors=actors, place=place,
                 geo_precision=1, date=date, time_precision="day", counts=counts or {})


WHERE = {"p1": (15.35, 44.2, "YE")}


def test_same_attack_with_different_nominal_actors_merges():
    a = _event("x1", 10, actor="القوات")
    b = _event("x2", 90, actor="الميليشيات")
    assert same_happening(a, b, WHERE)
    assert len(merge_events([a, b], {"x1": 2, "x2": 2}, WHERE)) == 1


def test_different_named_actors_keep_attacks_apart():
    a = _event("x1", 10, actor="الحوثيون", entity="e1")
    b = _event("x2", 90, actor="التحالف", entity="e2")
    assert not same_happening(a, b, WHERE)


def test_different_modes_with_different_nominal_actors_stay_apart():
    a = _event("x1", 10, actor="القوات", mode="shelling")
    b = _event("x2", 90, actor="المقاومة", mode="clash")
    assert not same_happening(a, b, WHERE)


def test_statements_by_different_nominal_speakers_stay_apart():
    a = _event("x1", 10, etype="REQUEST", mode=None, actor="نائب الرئيس")
    b = _event("x2", 90, etype="REQUEST", mode=None, actor="رئيس الحزب")
    assert not same_happening(a, b, WHERE)


def test_different_exact_tolls_of_different_attacks_stay_apart():
    a = _event("x1", 10, mode="bombing", date="2024-02", counts={"killed": Count(32, "exact")})
    b = _event("x2", 90, mode="killing", date="2024-02", counts={"killed": Count(2, "exact")})
    a.time_precision = b.time_precision = "month"
    assert not same_happening(a, b, WHERE)
    b.mode = "bombing"
    assert same_happening(a, b, WHERE)


def test_a_day_inside_a_reported_week_is_the_same_happening():
    # "في مكة الأسبوع الماضي" (a week range) and "ألقت القبض … الأحد": one arrest
    a = _event("x1", 10, etype="COERCE", mode="arrest", date="2018-07-30")
    a.time_precision, a.date_end = "week", "2018-08-05"
    b = _event("x2", 90, etype="COERCE", mode="arrest", date="2018-08-05")
    assert same_happening(a, b, WHERE)
    b.date = "2018-08-09"
    assert not same_happening(a, b, WHERE)
    # the publication date of just-reported news stands for the week before it
    c = _event("x3", 150, etype="COERCE", mode="arrest", date="2018-08-12")
    c.time_precision = "week"
    assert same_happening(c, b, WHERE)
    b.date = "2018-08-01"
    assert not same_happening(c, b, WHERE)


def test_a_province_holds_its_towns_but_not_another_provinces():
    where = {"p1": (35.13, 36.75, "SY", "Hama"), "p2": (36.20, 37.13, "SY", "Aleppo"),
             "p3": (35.30, 36.60, "SY", "Hama"), "p4": (35.0, 38.5, "SY", None)}
    hama = _event("x1", 10, place="p1")
    hama.geo_precision = 3
    assert not same_happening(hama, _event("x2", 90, place="p2"), where)  # Aleppo city
    assert same_happening(hama, _event("x3", 90, place="p3"), where)      # a town of Hama
    syria = _event("x4", 150, place="p4")
    syria.geo_precision = 4
    assert same_happening(syria, _event("x5", 190, place="p2"), where)    # the country holds it


# --- awaited and purpose

def test_awaited_meeting_is_not_a_meeting():
    assert "CONSULT" not in _types("أعلن الوزير عن اللقاء المرتقب مع نظيره في الدوحة.")
    assert "CONSULT" in _types("أعلن الوزير عن اللقاء مع نظيره في الدوحة أمس.")


def test_preparing_to_carry_out_bombings_is_no_bombing():
    assert "ASSAULT" not in _types("كانوا يعدون لتنفيذ تفجيرات خلال الاحتفالات.")


# --- two acts in one sentence, places of other clauses

def test_shelling_and_the_arson_it_answers_stay_two_events(ev):
    text = ("قصف الجيش موقعين للحركة، رداً على قيام فلسطينيين بإحراق معدات عسكرية بالقرب من "
            "معبر كارني اليوم.\nوقال مصدر أمني إن القوات قصفت نقطتي رصد في حي الزيتون اليوم.")
    doc = ev.make_doc(text, places=[("معبر كارني", 31.47, 34.47, "PS", "facility"),
                                    ("الزيتون", 31.49, 34.46, "PS", "neighbourhood")],
                      times=[("اليوم", "2024-02-12", "day")])
    events = sorted((e.mode, doc.place(e.place).name if e.place else None) for e in ev.run(doc))
    assert events == [("other", "معبر كارني"), ("shelling", "الزيتون")]


def test_place_in_a_clause_of_another_happening_is_not_taken(ev):
    text = "قصف الجيش موقعين للحركة، رداً على إحراق معدات بالقرب من معبر كارني."
    doc = ev.make_doc(text, places=[("معبر كارني", 31.47, 34.47, "PS", "facility")])
    shelling = [e for e in ev.run(doc) if e.trigger.text == "قصف"]
    assert shelling and shelling[0].place is None


def test_a_report_joins_the_mention_of_the_same_mode():
    shell = _event("x1", 10, mode="shelling", place=None)
    arson = _event("x2", 50, mode="other")
    shell.sentence = arson.sentence = Span(0, 80, "x" * 80)  # one sentence names both acts
    later = _event("x3", 90, mode="shelling")
    merged = merge_events([shell, arson, later], {"x1": 3, "x2": 3, "x3": 3}, WHERE)
    assert sorted(e.mode for e in merged) == ["other", "shelling"]
    assert next(e for e in merged if e.mode == "shelling").place == "p1"


# --- sources and actors

def test_opening_reporting_verb_names_the_source(ev):
    text = "صرح ضابط عسكري في الأنبار عن مقتل 45 جنديا بتفجير سيارتين مفخختين."
    doc = ev.make_doc(text, quantities=[("45 جنديا", 45, "exact", "killed")])
    (a,) = ev.run(doc)
    assert a.source is not None and a.source.text == "ضابط عسكري"


def test_opening_verb_without_a_reporter_gives_no_source(ev):
    text = "وقال ذلك في اتصال هاتفي بعد تفجير سيارة مفخخة في بغداد."
    doc = ev.make_doc(text, places=[("بغداد", 33.3, 44.4, "IQ", "city")])
    assert all(e.source is None for e in ev.run(doc))


def test_topic_with_relative_clause_is_the_actor_of_a_statement(ev):
    text = ("والنظام السوري الذي ينفي الاتهامات بالضلوع في الهجوم، كان قد دعا المنظمة إلى "
            "المجيء إلى دوما.")
    doc = ev.make_doc(text)
    assert "REQUEST" in [e.type for e in ev.run(doc)]


# --- victims of a known attack

def test_attack_named_through_its_wounded_is_undated(ev):
    text = "استقبل مستشفى قوى الأمن بالرياض ثماني حالات من المصابين في الحادثة الإرهابية في عسير."
    doc = ev.make_doc(text, places=[("عسير", 19.13, 42.97, "SA", "admin1")],
                      quantities=[("ثماني حالات", 8, "exact", "injured")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (a.date, a.time_precision) == (None, "unknown")


def test_attack_with_its_own_date_keeps_it(ev):
    text = "نقل المصابين في التفجير الإرهابي الذي وقع في عسير ظهر اليوم إلى المستشفى."
    doc = ev.make_doc(text, places=[("عسير", 19.13, 42.97, "SA", "admin1")],
                      times=[("ظهر اليوم", "2024-02-12", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (a.date, a.time_precision) == ("2024-02-12", "day")


def test_statement_is_made_from_the_speakers_seat(ev):
    text = ("قام مسعود برزاني رئيس إقليم كردستان العراق اليوم بزيارة، وطالب الحزب بالعودة إلى "
            "معاقله.")
    doc = ev.make_doc(text, entities=[("مسعود برزاني", "PER", "IRQGOV")],
                      places=[("كردستان العراق", 36.4, 44.4, "IQ", "admin1")],
                      times=[("اليوم", "2024-02-12", "day")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert doc.place(r.place).name == "كردستان العراق"


def test_capitals_launching_strikes_are_doers_not_places(ev):
    text = "شنت واشنطن وباريس ولندن ضربات عسكرية على منشآت تابعة للنظام."
    doc = ev.make_doc(text, places=[("واشنطن", 38.9, -77.0, "US", "city"),
                                    ("باريس", 48.86, 2.35, "FR", "city"),
                                    ("لندن", 51.5, -0.12, "GB", "city")])
    (a,) = ev.run(doc)
    assert a.place is None  # where the strikes fell is not named; the capitals launched them


def test_strike_on_a_named_city_keeps_its_place(ev):
    text = "قصفت الطائرات حمص أمس."
    doc = ev.make_doc(text, places=[("حمص", 34.73, 36.72, "SY", "city")],
                      times=[("أمس", "2024-02-11", "day")])
    (a,) = ev.run(doc)
    assert doc.place(a.place).name == "حمص"


# --- one victim named without a number

def test_killing_of_one_named_student_counts_one(ev):
    text = "تحقق الشرطة في مقتل الطالب السعودي الذي تعرض لإطلاق نار في حرم الجامعة أمس."
    doc = ev.make_doc(text, times=[("أمس", "2024-02-11", "day")])
    (a,) = ev.run(doc)
    assert (a.counts["killed"].value, a.counts["killed"].qualifier) == (1, "exact")


def test_written_toll_wins_over_the_one_person_rule(ev):
    text = "أسفر القصف عن مقتل شاب وثلاثة آخرين في المدينة أمس."
    doc = ev.make_doc(text, times=[("أمس", "2024-02-11", "day")],
                      quantities=[("ثلاثة آخرين", 4, "exact", "killed")])
    (a,) = ev.run(doc)
    assert a.counts["killed"].value == 4


def test_plural_victims_without_number_get_no_count(ev):
    text = "أسفر القصف عن مقتل مدنيين في المدينة أمس."
    doc = ev.make_doc(text, times=[("أمس", "2024-02-11", "day")])
    (a,) = ev.run(doc)
    assert "killed" not in a.counts


def test_the_student_is_not_a_demand():
    assert "REQUEST" not in _types("تحقق الشرطة في مقتل الطالب السعودي.")
    assert "REQUEST" not in _types("وصل 16250 طالب لجوء إلى البلاد.")
    assert "REQUEST" in _types("طالب الوزير بالتحقيق في مقتل الطالب.")


# --- sources of statements

def test_outlet_that_relayed_the_speech_is_the_source(ev):
    text = ("ونقلت وكالة الأنباء السودانية عن نائب الرئيس تأكيده في كلمة ألقاها بالخرطوم.\n"
            "ودعا نائب الرئيس الغرب إلى مراجعة مواقفه.")
    doc = ev.make_doc(text, places=[("الخرطوم", 15.6, 32.5, "SD", "city")])
    (r,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert r.source is not None and r.source.text == "وكالة الأنباء السودانية"


def test_newspaper_interview_is_the_source_of_the_praise(ev):
    text = ('وفي تصريحات لصحيفة «راينيشه بوست» الألمانية، قال الوزير إن الوضع خطير.\n'
            "وأشاد الوزير الألماني بالحكومة التركية.")
    doc = ev.make_doc(text)
    (s,) = [e for e in ev.run(doc) if e.type == "SUPPORT"]
    assert s.source is not None and s.source.text == "راينيشه بوست"


def test_per_phrase_for_a_toll_does_not_voice_a_statement(ev):
    text = ("والنظام الذي ينفي الضلوع في الهجوم الذي أوقع نحو 40 قتيلا بحسب الدفاع المدني، "
            "كان قد دعا المنظمة إلى المجيء.")
    doc = ev.make_doc(text, entities=[("النظام", "ORG", "SYRGOV")],
                      attributions=[("الدفاع المدني", "الهجوم الذي أوقع نحو 40 قتيلا", False)])
    requests = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert requests and all(r.source is None for r in requests)


def test_a_per_phrase_after_an_attack_is_its_source(ev):
    text = "أعلنت المنظمة أن خبراءها دخلوا إلى دوما حيث الهجوم الذي أوقع نحو 40 قتيلا بحسب الدفاع المدني."
    doc = ev.make_doc(text, entities=[("المنظمة", "ORG", None)],
                      places=[("دوما", 33.57, 36.40, "SY", "town")],
                      quantities=[("40 قتيلا", 40, "about", "killed")],
                      attributions=[("المنظمة", "خبراءها دخلوا إلى دوما حيث الهجوم الذي أوقع نحو 40 قتيلا", False),
                                    ("الدفاع المدني", "نحو 40 قتيلا", False)])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.source is not None and a.source.text == "الدفاع المدني"


def test_a_birth_date_is_not_the_events_date(ev):
    text = "فجر الانتحاري نفسه في المسجد وهو من مواليد العام 1415هـ."
    doc = ev.make_doc(text, published="2015-08-09", times=[("العام 1415هـ", "1994-06", "month")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date != "1994-06"


def test_doers_after_a_resumptive_support_verb_are_not_places(ev):
    text = "بعد ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لمواقع في سوريا."
    doc = ev.make_doc(text, published="2018-04-15", places=[
        ("الولايات المتحدة", 38.0, -97.0, "US", "country"), ("بريطانيا", 54.0, -2.0, "GB", "country"),
        ("فرنسا", 46.0, 2.0, "FR", "country"), ("سوريا", 35.0, 38.5, "SY", "country")])
    got = [doc.place(e.place).name for e in ev.run(doc) if e.type == "ASSAULT"]
    assert got == ["سوريا"]


@pytest.mark.parametrize("text,expected", [
    # the trigger's adjectives stand between it and the resumptive verb
    ("وقصفت دمشق فجر اليوم بغارات جوية غير مسبوقة شنتها الولايات المتحدة وفرنسا وبريطانيا.", {"دمشق"}),
    # a preposition ends the trigger's phrase: the place before it stays
    ("شنت الطائرات غارات على مواقع في سوريا شنتها الولايات المتحدة.", {"سوريا"}),
])
def test_doers_after_the_triggers_adjectives_are_not_places(ev, text, expected):
    known = [("الولايات المتحدة", 38.0, -97.0, "US", "country"), ("بريطانيا", 54.0, -2.0, "GB", "country"),
             ("فرنسا", 46.0, 2.0, "FR", "country"), ("سوريا", 35.0, 38.5, "SY", "country"),
             ("دمشق", 33.51, 36.29, "SY", "city")]
    doc = ev.make_doc(text, published="2018-04-15", places=[p for p in known if p[0] in text])
    got = {doc.place(e.place).name for e in ev.run(doc) if e.type == "ASSAULT" and e.place}
    assert got == expected


def test_a_time_set_off_by_commas_dates_a_background_clause(ev):
    text = "وكانت القوات قد ألقت القبض على المتهم، الاثنين، خلال عملية في درنة."
    doc = ev.make_doc(text, published="2018-10-10", places=[("درنة", 32.76, 22.64, "LY", "city")],
                      times=[("الاثنين", "2018-10-08", "day")])
    (c,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert c.date == "2018-10-08"


def test_places_between_or_in_a_parenthesised_list_are_not_split_into_events(ev):
    text = "قطع المحتجون الطريق الرابطة بين سوسة والقيروان أمس."
    doc = ev.make_doc(text, places=[("سوسة", 35.83, 10.64, "TN", "city"), ("القيروان", 35.68, 10.1, "TN", "city")])
    assert len([e for e in ev.run(doc) if e.type == "PROTEST"]) == 1
    text = "استهدف هجوم انتحاري اجتماعا لدول الساحل (مالي والنيجر وتشاد) في واغادوغو أمس."
    doc = ev.make_doc(text, places=[("مالي", 17.6, -4.0, "ML", "country"), ("النيجر", 17.6, 8.1, "NE", "country"),
                                    ("تشاد", 15.5, 18.7, "TD", "country"), ("واغادوغو", 12.37, -1.53, "BF", "city")])
    got = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [doc.places[int(e.place[1:]) - 1].name for e in got] == ["واغادوغو"]
    # a coordinated list of targets still gives one event per place
    text = "قصفت الطائرات حلب وإدلب أمس."
    doc = ev.make_doc(text, places=[("حلب", 36.2, 37.16, "SY", "city"), ("إدلب", 35.93, 36.63, "SY", "city")])
    assert len(ev.run(doc)) == 2


def test_words_whose_sense_the_clause_undoes_are_no_triggers(ev):
    def types(text):
        return [e.type for e in ev.run(ev.make_doc(text))]
    assert types("أضرب العمال عن العمل ساعتين احتجاجا على تأخر الأجور.") == ["PROTEST"]  # one protest
    assert types("بعث الوزير رسالة احتجاج شديدة اللهجة إلى نظيره.") == ["ACCUSE"]  # a letter: a complaint
    assert "MOBILIZE" not in types("شنت طائرات التحالف غارتين استهدفت تعزيزات للحوثيين.")  # the target
    assert "MOBILIZE" not in types("اقتحمت القوات المخيم وسط تعزيزات عسكرية.")
    assert types("دفع الجيش بتعزيزات عسكرية إلى المدينة.") == ["MOBILIZE"]
    # a protest lodged with an ambassador is a complaint between states, not a demonstration
    assert types("استدعت وزارة الخارجية السفير وأبلغته احتجاجها على التصريحات.") == ["ACCUSE"]
    assert types("تظاهر المئات أمام السفارة احتجاجا على القرار.") == ["PROTEST"]


def test_a_threat_noun_is_a_threat_made_only_with_what_it_threatens_or_who_made_it():
    from rasd.stages import event_rules as rules
    def kept(text):
        toks = tokenize(text)
        return [t.type for t in rules.drop_misread(toks, detect(toks))]
    assert kept("وقال إن ذلك يمثل تهديدا أمنيا للمنطقة.") == []
    assert kept("تصنيف الحزب على أنه تهديد إرهابي.") == []
    assert kept("ووجه الحوثيون تهديدا للسعودية.") == ["THREATEN"]
    assert kept("وجاء ذلك بعد تهديد إيران بإغلاق المضيق.") == ["THREATEN"]


def test_stopping_people_is_an_arrest_stopping_fire_is_not():
    from rasd.stages import event_rules as rules
    def kept(text):
        toks = tokenize(text)
        return [(t.type, t.mode) for t in rules.drop_misread(toks, detect(toks))]
    assert kept("أوقفت الشرطة البريطانية الجمعة أربعة أشخاص في لندن.") == [("COERCE", "arrest")]
    assert kept("أوقفت الحكومة العمل بالقرار.") == []
    assert kept("أوقف إطلاق النار في حلب بعد مقتل 5 أشخاص.") == [("ASSAULT", "killing")]


def test_a_country_after_an_adjective_of_allegiance_is_a_side_not_the_place(ev):
    text = "اعتقلت قوات الأمن قياديا في الميليشيات الموالية لإيران في بغداد أمس."
    doc = ev.make_doc(text, places=[("لإيران", 32.0, 53.0, "IR", "country"), ("بغداد", 33.31, 44.36, "IQ", "city")])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert doc.places[int(e.place[1:]) - 1].name == "بغداد"
    text = "اعتقلت قوات الأمن قياديا في الميليشيات الموالية لإيران أمس."
    doc = ev.make_doc(text, places=[("لإيران", 32.0, 53.0, "IR", "country")])
    assert [e.place for e in ev.run(doc) if e.type == "COERCE"] == [None]


def test_the_country_across_a_border_is_a_side_not_the_place(ev):
    text = "هاجم مسلحون مقرا للمقاتلين في اعزاز قرب الحدود مع تركيا أمس."
    doc = ev.make_doc(text, places=[("اعزاز", 36.59, 37.05, "SY", "town"), ("تركيا", 39.0, 35.0, "TR", "country")])
    assert [doc.place(e.place).name for e in ev.run(doc) if e.type == "ASSAULT"] == ["اعزاز"]
    text = "قصفت المدفعية مواقع للمسلحين في المنطقة المحاذية لتركيا أمس."
    doc = ev.make_doc(text, places=[("لتركيا", 39.0, 35.0, "TR", "country")])
    assert [e.place for e in ev.run(doc) if e.type == "ASSAULT"] == [None]


def test_a_background_act_dated_months_back_is_not_coded(ev):
    text = "وكان اعتقال الناشط، في نوفمبر الماضي، قد أثار غضبا واسعا."
    doc = ev.make_doc(text, times=[("نوفمبر الماضي", "2023-11", "month")])
    assert [e for e in ev.run(doc) if e.type == "COERCE"] == []


def test_cyber_attacks_detention_facilities_and_hostages():
    from rasd.stages import event_rules as rules

    def kept(text):
        toks = tokenize(text)
        return [(t.type, t.mode) for t in rules.drop_misread(toks, detect(toks))]
    assert kept("وتعرضت المؤسسات لهجمات إلكترونية واسعة أمس.") == []
    assert kept("ونقل الأطفال إلى مراكز الاعتقال في الولاية.") == []
    assert kept("وقام المسلح بمهاجمة الشرطة واحتجاز رهائن في المتجر.")[-1] == ("ASSAULT", "abduction")
    assert kept("واحتجزت الشرطة ثلاثة أشخاص.") == [("COERCE", "arrest")]


def test_a_day_between_a_reporting_verb_and_its_complement_dates_the_statement(ev):
    text = "وقال مسعفون السبت إن قوات الأمن أطلقت النار على المهاجرين في طرابلس."
    doc = ev.make_doc(text, published="2018-05-27", places=[("طرابلس", 32.89, 13.19, "LY", "city")],
                      times=[("السبت", "2018-05-26", "day")])
    (e,) = [x for x in ev.run(doc) if x.type == "ASSAULT"]
    assert (e.date, e.time_precision) == ("2018-05-26", "week")  # that day or the days before it
    text = "قصفت الطائرات مواقع في طرابلس السبت."
    doc = ev.make_doc(text, published="2018-05-27", places=[("طرابلس", 32.89, 13.19, "LY", "city")],
                      times=[("السبت", "2018-05-26", "day")])
    (e,) = [x for x in ev.run(doc) if x.type == "ASSAULT"]
    assert (e.date, e.time_precision) == ("2018-05-26", "day")


def test_a_day_after_the_complementiser_is_the_reported_acts_own(ev):
    # "أضاف أنه، في 3 مايو الماضي، …": the day stands inside the report, not between the verb
    # and its complement, so a later "أكدوا أن" does not make it the statement's day
    text = ("وأضاف المتحدث أنه، في 3 مايو الماضي، سقط 20 قتيلا في مدينة طرابلس، "
            "مشيرا إلى أن السكان أكدوا أن الحي قصف بستة صواريخ.")
    doc = ev.make_doc(text, published="2018-05-27", places=[("طرابلس", 32.89, 13.19, "LY", "city")],
                      times=[("3 مايو الماضي", "2018-05-03", "day")])
    events = [x for x in ev.run(doc) if x.type == "ASSAULT"]
    assert events and all((e.date, e.time_precision) == ("2018-05-03", "day") for e in events)


# --- "بعد ثلاثة أيام من …": a happening counted back from the news it precedes

def _with_duration(doc, text: str, value: str):
    from rasd.model.record import TimeExpr
    s = doc.text.find(text)
    doc.times.append(TimeExpr(f"t{len(doc.times) + 1}", s, s + len(text), text, "duration", value, None, "day"))
    return doc


def test_happening_after_a_duration_is_dated_back_from_the_publication():
    from tests.events.conftest import make_doc, run
    text = ("انفجرت سيارة مفخخة في مقديشو مما أسفر عن مقتل شخصين. وجاء الانفجار بعد ثلاثة أيام من مقتل 14 "
            "شخصا وإصابة 10 آخرين في انفجار سيارة مفخخة قرب فندق في مقديشو.")
    doc = make_doc(text, published="2018-03-25", places=[("مقديشو", 2.04, 45.34, "SO", "city")],
                   quantities=[("شخصين", 2, "exact", "killed"), ("14 شخصا", 14, "exact", "killed"),
                               ("10 آخرين", 10, "exact", "injured")])
    evs = run(_with_duration(doc, "ثلاثة أيام", "P3D"))
    assert [(e.date, e.time_precision) for e in evs] == [("2018-03-25", "week"), ("2018-03-22", "day")]
    # the 14 killed and 10 injured are the earlier blast's, not the news before بعد
    assert {k: c.value for k, c in evs[0].counts.items()} == {"killed": 2}
    assert {k: c.value for k, c in evs[1].counts.items()} == {"killed": 14, "injured": 10}


def test_happening_after_a_duration_counts_back_from_the_sentence_day():
    from tests.events.conftest import make_doc, run
    text = "قتل 5 أشخاص في هجوم على سوق في بغداد أمس بعد يومين من تفجير انتحاري في بغداد."
    doc = make_doc(text, published="2018-04-01", places=[("بغداد", 33.31, 44.36, "IQ", "city")],
                   times=[("أمس", "2018-03-31", "day")])
    evs = run(_with_duration(doc, "يومين", "P2D"))
    assert sorted((e.trigger.text, e.date) for e in evs) == [("تفجير", "2018-03-29"), ("هجوم", "2018-03-31")]


def test_a_happening_a_week_before_the_news_is_dated_to_that_week():
    from tests.events.conftest import make_doc, run
    text = "قتل 5 أشخاص في هجوم على سوق في بغداد أمس بعد أسبوع من تفجير انتحاري في بغداد."
    doc = make_doc(text, published="2018-04-01", places=[("بغداد", 33.31, 44.36, "IQ", "city")],
                   times=[("أمس", "2018-03-31", "day")])
    evs = run(_with_duration(doc, "أسبوع", "P1W"))
    assert ("تفجير", "2018-03-24", "week") in [(e.trigger.text, e.date, e.time_precision) for e in evs]


def test_a_process_or_a_coarse_anchor_is_not_counted_back():
    from tests.events.conftest import make_doc, run
    text = "وسيطرت القوات على البلدة بعد ثلاثة أسابيع من الاشتباكات العنيفة في الرقة."
    doc = make_doc(text, published="2018-04-01", places=[("الرقة", 35.95, 39.01, "SY", "city")])
    evs = run(_with_duration(doc, "ثلاثة أسابيع", "P3W"))
    assert "2018-03-11" not in [e.date for e in evs]  # three weeks *of* fighting, not before it
    text = "وشنت الولايات المتحدة هجوما على قاعدة الشعيرات في أبريل عام 2017، وذلك بعد 3 أيام من هجوم كيماوي في خان شيخون."
    doc = make_doc(text, published="2018-04-11", places=[("خان شيخون", 35.44, 36.65, "SY", "town")],
                   times=[("أبريل عام 2017", "2017-04", "month")])
    evs = run(_with_duration(doc, "3 أيام", "P3D"))
    assert "2018-04-08" not in [e.date for e in evs]  # the month of 2017 is no day to count from


# --- a place that holds a view or acts is not where it happened (seventh pass)

def test_a_stance_holder_or_a_subject_after_a_verb_with_its_object_is_no_place():
    from tests.events.conftest import make_doc, run
    prague = ("براغ", 50.08, 14.44, "CZ", "city")
    ankara = ("أنقرة", 39.93, 32.86, "TR", "city")
    text = "وأثار إطلاق سراح مسلم في براغ غضب أنقرة."
    doc = make_doc(text, published="2018-02-27", places=[prague, ankara])
    assert [(e.type, e.place) for e in run(doc)] == [("RETREAT", "p1")]
    cairo = ("القاهرة", 30.04, 31.24, "EG", "city")
    natrun = ("وادي النطرون", 30.39, 30.35, "EG", "town")
    text = "واعتقلت الشرطة ستة من عناصر الجماعة التي تصنفها القاهرة إرهابية بمنطقة وادي النطرون."
    doc = make_doc(text, published="2018-02-21", places=[cairo, natrun])
    assert [(e.type, e.place) for e in run(doc)] == [("COERCE", "p2")]


def test_partners_alongside_the_doer_are_no_places():
    from tests.events.conftest import make_doc, run
    text = "في أعقاب ضربات جوية شنتها بلاده إلى جانب فرنسا وبريطانيا على أهداف في سوريا."
    doc = make_doc(text, published="2018-04-15", places=[
        ("فرنسا", 46.0, 2.0, "FR", "country"), ("بريطانيا", 54.0, -2.0, "GB", "country"),
        ("سوريا", 35.0, 38.5, "SY", "country")])
    assert [(e.type, e.place) for e in run(doc)] == [("ASSAULT", "p3")]


def test_a_region_without_its_province_holds_only_what_lies_near_it():
    from dataclasses import replace
    dhale = replace(_event("x1", 10, place="p2"), geo_precision=3)  # الضالع read as a region
    aden = _event("x2", 90, place="p3")
    near = _event("x3", 150, place="p4")
    where = {"p2": (13.7, 44.73, "YE"), "p3": (12.8, 45.03, "YE"), "p4": (13.85, 44.6, "YE")}
    assert not same_happening(dhale, aden, where)  # Aden is ~105 km away
    assert same_happening(dhale, near, where)


def test_a_place_after_a_supporters_word_is_a_side(ev):
    text = "وقتل مئة من المقاتلين المؤيدين لدمشق في غارات."
    doc = ev.make_doc(text, places=[("دمشق", 33.51, 36.29, "SY", "city")],
                      quantities=[("مئة", 100, "exact", "killed")])
    assert [e.place for e in ev.run(doc)] == [None]


def test_a_weapon_named_as_misc_is_no_actor(ev):
    doc = ev.make_doc("وقصفت صواريخ الكاتيوشا الأحياء السكنية في تعز.",
                      entities=[("صواريخ الكاتيوشا", "MISC", None)], places=[("تعز", 13.58, 44.02, "YE", "city")])
    (e,) = ev.run(doc)
    assert e.actors == []


def test_a_place_the_gazetteer_could_not_locate_gives_way_to_the_place_around_it(ev):
    text = "وتشهد مدينة تعز معارك عنيفة. وقصفت الميليشيات أمس جبل الوعش بقذائف الهاون."
    doc = ev.make_doc(text, published="2015-08-08", places=[
        ("تعز", 13.58, 44.02, "YE", "city"), ("الوعش", None, None, None, "natural")],
        times=[("أمس", "2015-08-07", "day")])
    shelling = [e for e in ev.run(doc) if e.type == "ASSAULT" and e.date == "2015-08-07"]
    assert [doc.place(e.place).name for e in shelling] == ["تعز"]


@pytest.mark.parametrize("text,places", [
    # the ones blamed, each of them, are no place
    ("وقع الهجوم الكيماوي أمس، ولامت كل من الولايات المتحدة وبريطانيا روسيا.",
     [("الولايات المتحدة", 38.0, -97.0, "US", "country"), ("بريطانيا", 54.0, -2.0, "GB", "country"),
      ("روسيا", 61.5, 105.3, "RU", "country")]),
    # whose failure
    ("وجاءت ضربات أمس نتيجة لفشل روسيا في منع الهجمات.", [("روسيا", 61.5, 105.3, "RU", "country")]),
    # an owner
    ("وقصفت الطائرات أمس 70 هدفا عسكريا تخص إيران.", [("إيران", 32.0, 53.0, "IR", "country")]),
])
def test_countries_blamed_or_failing_are_no_places(ev, text, places):
    doc = ev.make_doc(text, published="2018-04-15", places=places, times=[("أمس", "2018-04-14", "day")])
    events = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert events and all(e.place is None for e in events)


def test_a_day_only_before_dates_the_act_after_it(ev):
    from rasd.model.record import TimeExpr
    text = "وياتي هذا بعد يوم فقط من إعلان القوات قصف 68 هدفا."
    doc = ev.make_doc(text, published="2018-02-17")
    s = text.index("يوم")
    doc.times.append(TimeExpr("t1", s, s + 3, "يوم", "duration", "P1D", None, "day", "published"))
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2018-02-16"


def test_the_act_answered_is_not_dated_or_counted_by_the_answer(ev):
    # "رداً على هجوم": the head clause's day and toll are the answer's, not the attack's
    text = "وقصفت الطائرات مواقع المسلحين أمس ردا على هجوم أدى إلى مقتل جنديين."
    doc = ev.make_doc(text, published="2018-04-01", times=[("أمس", "2018-03-31", "day")],
                      quantities=[("جنديين", 2, "exact", "killed")])
    events = sorted(ev.run(doc), key=lambda e: e.trigger.start)
    assert [(e.trigger.text, e.date) for e in events] == [("قصفت", "2018-03-31"), ("هجوم", None)]
    assert events[0].counts == {} and events[1].counts["killed"].value == 2


def test_a_killing_avenged_is_an_act_of_its_own(ev):
    text = "وقصفت الطائرات مواقع المسلحين أمس انتقاما لمقتل جنديين."
    doc = ev.make_doc(text, published="2018-04-01", times=[("أمس", "2018-03-31", "day")],
                      quantities=[("جنديين", 2, "exact", "killed")])
    events = sorted(ev.run(doc), key=lambda e: e.trigger.start)
    assert [(e.trigger.text, e.date, sorted(e.counts)) for e in events] == [
        ("قصفت", "2018-03-31", []), ("مقتل", None, ["killed"])]


def test_a_time_inside_the_answered_phrase_dates_it(ev):
    text = "وطردت بريطانيا دبلوماسيين روسا ردا على هجوم بغاز الأعصاب أمس."
    doc = ev.make_doc(text, published="2018-04-01", times=[("أمس", "2018-03-31", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2018-03-31"


def test_a_killing_protested_takes_the_day_told_after_it(ev):
    text = "ويعم الإضراب الأراضي الفلسطينية السبت، احتجاجا على مقتل 16 فلسطينيا خلال مظاهرات خرجت الجمعة."
    doc = ev.make_doc(text, published="2018-04-01",
                      times=[("السبت", "2018-03-31", "day"), ("الجمعة", "2018-03-30", "day")],
                      quantities=[("16 فلسطينيا", 16, "exact", "killed")])
    events = ev.run(doc)
    (k,) = [e for e in events if e.type == "ASSAULT"]
    assert k.date == "2018-03-30" and k.counts["killed"].value == 16
    strike = next(e for e in events if e.trigger.text == "الإضراب")
    assert strike.date == "2018-03-31" and "killed" not in strike.counts


@pytest.mark.parametrize("text,places,etype,where", [
    # a talk's topic, a charge's object: no place of the act
    ("وقالت الشرطة إنها ألقت القبض أمس على خمسة أشخاص بتهمة تهريب نساء إلى ماليزيا.",
     [("ماليزيا", 4.2, 101.9, "MY", "country")], "COERCE", None),
    ("واجتمع الجبير أمس مع نظيره لبحث الوضع الإنساني في اليمن.",
     [("اليمن", 15.5, 47.5, "YE", "country")], "CONSULT", None),
    # a side and a home are no places
    ("وقصفت طائرات حربية أمس الجماعة المتحالفة مع إيران.", [("إيران", 32.0, 53.0, "IR", "country")],
     "ASSAULT", None),
    ("وقصفت القوات الموالية للرئيس، الذي يعيش في المنفى في الرياض، مواقع المسلحين أمس.",
     [("الرياض", 24.7, 46.7, "SA", "city")], "ASSAULT", None),
    # a meeting place named before the topic stays
    ("واجتمع الجبير أمس في عمان لبحث الأزمة في سوريا.",
     [("عمان", 31.95, 35.93, "JO", "city"), ("سوريا", 35.0, 38.0, "SY", "country")], "CONSULT", "عمان"),
    # what a protest is for or against, and what a meeting points to, is no scene
    ("وتظاهر الآلاف أمس للمطالبة بتشكيل حكومة مصممة على المضي في انفصال الإقليم عن مدريد.",
     [("مدريد", 40.4, -3.7, "ES", "city")], "PROTEST", None),
    ("وتظاهر الآلاف أمس في برشلونة للمطالبة بانفصال الإقليم عن مدريد.",
     [("برشلونة", 41.39, 2.17, "ES", "city"), ("مدريد", 40.4, -3.7, "ES", "city")], "PROTEST", "برشلونة"),
    ("وتظاهر المئات أمس رفضا لافتتاح السفارة الأمريكية في القدس.",
     [("القدس", 31.78, 35.22, "IL", "city")], "PROTEST", None),
    ("والتقى الوزير أمس بالرئيس الإيراني في إشارة إلى ما بين السعودية وإيران.",
     [("السعودية", 24.0, 45.0, "SA", "country"), ("إيران", 32.0, 53.0, "IR", "country")], "CONSULT", None),
    # a place that may be is not the scene
    ("وأجرى الجبير أمس محادثات مع الحكومة، وتجري جولة ثانية الشهر المقبل ربما تكون في الصين.",
     [("الصين", 35.0, 103.0, "CN", "country")], "CONSULT", None),
])
def test_topics_sides_and_homes_are_no_places(ev, text, places, etype, where):
    doc = ev.make_doc(text, published="2018-03-14", places=places,
                      entities=[("الجبير", "PER", "SAUGOV")] if "الجبير" in text else (),
                      times=[("أمس", "2018-03-13", "day")])
    got = [e for e in ev.run(doc) if e.type == etype]
    assert got
    assert [doc.place(e.place).name if e.place else None for e in got][:1] == [where]


def test_a_killing_by_fire_on_a_named_day_needs_no_number(ev):
    text = "وقتلت الشابة بالرصاص أثناء ركضها تجاه الجدار الحدودي، الجمعة."
    doc = ev.make_doc(text, published="2018-06-03", times=[("الجمعة", "2018-06-01", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2018-06-01"
    # with no day it is a general charge
    doc = ev.make_doc("وأشار إلى الجرحى الذين أصيبوا برصاص المليشيات.", published="2018-06-03")
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"] == []


GAZA = ("قطاع غزة", 31.4, 34.4, "PS", "region")
ISRAEL = ("إسرائيل", 31.5, 34.9, "IL", "country")


@pytest.mark.parametrize("text,places,where", [
    # of a border pair, the side that is not a whole country
    ("واندلعت مواجهات أمس قرب السياج الذي يفصل بين إسرائيل وقطاع غزة.", [ISRAEL, GAZA], "قطاع غزة"),
    # the other side of "القطاع" (named before) is no place of the act
    ("وأصيب 5 فلسطينيين في مواجهات أمس على الحدود بين القطاع وإسرائيل.", [ISRAEL], None),
    # two towns: the first, as before
    ("وقتل 3 في قصف أمس على الطريق الرابطة بين سوسة والقيروان.",
     [("سوسة", 35.8, 10.6, "TN", "city"), ("القيروان", 35.7, 10.1, "TN", "city")], "سوسة"),
])
def test_a_border_pair_is_placed_on_its_finer_side(ev, text, places, where):
    doc = ev.make_doc(text, published="2018-04-07", places=places, times=[("أمس", "2018-04-06", "day")],
                      quantities=[("5 فلسطينيين", 5, "exact", "injured")] if "5 " in text else ())
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (doc.place(a.place).name if a.place else None) == where


def test_the_act_an_old_answer_answers_is_older_still(ev):
    text = "16 تشرين الأول: الجيش يؤكد أنه دمر بطارية صواريخ ردا على إطلاق صاروخ سوري فوق لبنان."
    doc = ev.make_doc(text, published="2018-05-10", times=[("16 تشرين الأول", "2017-10-16", "day")])
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"] == []


def test_a_death_from_wounds_by_fire_is_no_shooting_of_its_day(ev):
    text = "وقضى الصحافي الأربعاء متأثرا بجراح أصيب بها برصاص الجيش في شمال القطاع."
    doc = ev.make_doc(text, published="2018-04-26", times=[("الأربعاء", "2018-04-25", "day")])
    assert [e for e in ev.run(doc) if e.type == "ASSAULT"] == []


def test_camps_set_up_in_a_place_are_where_the_strikes_fall(ev):
    text = "وتوجه الطائرات التركية أمس ضربات إلى الحزب الذي يقيم معسكرات في شمال العراق."
    doc = ev.make_doc(text, published="2018-03-15", places=[("العراق", 33.0, 44.0, "IQ", "country")],
                      times=[("أمس", "2018-03-14", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert doc.place(a.place).name == "العراق"


def test_a_deployment_is_where_the_forces_went(ev):
    text = "وكثف الحوثيون أمس من إرسال التعزيزات من صنعاء وذمار إلى الحديدة."
    places = [("صنعاء", 15.35, 44.2, "YE", "city"), ("ذمار", 14.54, 44.4, "YE", "city"),
              ("الحديدة", 14.8, 42.95, "YE", "city")]
    doc = ev.make_doc(text, published="2018-12-16", places=places, times=[("أمس", "2018-12-15", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "MOBILIZE"]
    assert doc.place(a.place).name == "الحديدة"
    # "من اتجاه X": from there, not towards it
    from rasd.stages.name_mentions import Mention
    from rasd.stages.event_places import is_destination
    from rasd.text.tokenize import tokenize
    text = "مرت تعزيزات من اتجاه محافظة تعز إلى العند"
    toks = tokenize(text)
    at = {w: Mention(text.index(w), text.index(w) + len(w), "e", "LOC", None) for w in ("تعز", "العند")}
    assert not is_destination(None, toks, at["تعز"]) and is_destination(None, toks, at["العند"])


def test_an_anniversary_a_day_falls_on_is_no_place(ev):
    text = "وتظاهر الآلاف أمس قرب الحدود في يوم النكبة المصادف مع ذكرى قيام إسرائيل."
    doc = ev.make_doc(text, published="2018-05-16", places=[("إسرائيل", 31.5, 34.9, "IL", "country")],
                      times=[("أمس", "2018-05-15", "day")])
    (p,) = [e for e in ev.run(doc) if e.type == "PROTEST"]
    assert p.place is None


def test_people_named_by_where_they_come_from_are_no_place(ev):
    text = "وخطف مسلحون أمس 3 مواطنين من الفلبين."
    doc = ev.make_doc(text, published="2018-08-02", places=[("الفلبين", 12.9, 121.8, "PH", "country")],
                      times=[("أمس", "2018-08-01", "day")], quantities=[("3 مواطنين", 3, "exact", "abducted")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.place is None
    text = "وبدأت أمس عمليات إجلاء متسلقين من فرنسا بعد الزلزال."
    doc = ev.make_doc(text, published="2018-08-02", places=[("فرنسا", 46.2, 2.2, "FR", "country")],
                      times=[("أمس", "2018-08-01", "day")])
    (d,) = [e for e in ev.run(doc) if e.type == "DISPLACE"]
    assert d.place is None


def test_a_day_between_brackets_after_a_reporting_verb_is_the_statements(ev):
    text = "أعلن حلف شمال الأطلسي (الناتو) اليوم (السبت)، أن جنديا قتل في هجوم في كابول."
    doc = ev.make_doc(text, published="2015-08-08", places=[("كابول", 34.5, 69.2, "AF", "city")],
                      times=[("اليوم (السبت)", "2015-08-08", "day")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (a.date, a.time_precision) == ("2015-08-08", "week")


def test_a_running_toll_neither_dates_nor_counts_the_news_before_it(ev):
    text = "وقتل أربعة فلسطينيين برصاص الجيش في قطاع غزة، لتصل بذلك الحصيلة منذ 30 مارس إلى 38 قتيلا."
    doc = ev.make_doc(text, published="2018-05-12", places=[("قطاع غزة", 31.4, 34.4, "PS", "region")],
                      times=[("30 مارس", "2018-03-30", "day")],
                      quantities=[("أربعة فلسطينيين", 4, "exact", "killed"), ("38 قتيلا", 38, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == "2018-05-12" and a.counts["killed"].value == 4


def test_a_detention_that_lasts_and_arrests_months_back_are_no_news(ev):
    text = ("وشارك الآلاف اليوم في مظاهرة احتجاجا على استمرار اعتقال تسعة استقلاليين، "
            "بعد ستة أشهر على أولى عمليات توقيف قادة الانفصاليين.")
    doc = ev.make_doc(text, published="2018-04-15", times=[("اليوم", "2018-04-15", "day")],
                      quantities=[("تسعة استقلاليين", 9, "exact", "arrested")])
    s = text.index("ستة أشهر")
    from rasd.model.record import TimeExpr
    doc.times.append(TimeExpr("t9", s, s + 8, "ستة أشهر", "duration", "P6M", None, "month", "published"))
    assert [e.type for e in ev.run(doc)] == ["PROTEST"]


def test_a_region_named_like_a_province_holds_its_towns(ev):
    text = ("واستهدف تفجير إرهابي مسجدا في مدينة أبها أمس. "
            "ووقع تفجير انتحاري في مسجد بمقر قوات الطوارئ بمنطقة عسير أمس.")
    doc = ev.make_doc(text, published="2015-08-07", times=[("أمس", "2015-08-06", "day")],
                      places=[("أبها", 18.24, 42.57, "SA", "city"), ("عسير", 19.13, 42.97, "SA", "region")])
    abha, aseer = doc.places
    abha.admin1, aseer.name_en = "Aseer", "Aseer"  # (105 km apart: beyond the region reach)
    assert len([e for e in ev.run(doc) if e.type == "ASSAULT"]) == 1


def test_what_an_anniversary_recalls_is_no_news_and_does_not_date_the_march(ev):
    text = ("وخرج آلاف الفلسطينيين في غزة في مسيرات العودة، وتزامنت المسيرات مع يوم الأرض الذي يحيي "
            "فيه الفلسطينيون ذكرى مقتل 6 من عرب إسرائيل خلال مظاهرات عام 1976.")
    doc = ev.make_doc(text, published="2018-03-30", places=[("غزة", 31.5, 34.47, "PS", "city")],
                      times=[("عام 1976", "1976", "year")])
    events = ev.run(doc)
    assert not any(e.type == "ASSAULT" for e in events)  # the killing of 1976 is recalled
    (march,) = [e for e in events if e.type == "PROTEST"]
    assert march.date is not None and march.date.startswith("2018")


def test_a_future_day_of_an_anniversary_is_not_a_recalled_time(ev):
    text = "وقال المنظمون إن الاعتصام سيبلغ ذروته في الذكرى السبعين للنكبة في 15 أيار."
    doc = ev.make_doc(text, published="2018-04-28", times=[("15 أيار", "2018-05-15", "day")])
    assert not any(e.type == "PROTEST" for e in ev.run(doc))


def test_a_region_named_by_its_country_holds_the_towns_of_that_country(ev):
    text = ("واختطف مسلحون شرطيا أمس في جنوب شرق تركيا. "
            "وقالت مصادر إن المسلحين اختطفوا الشرطي أمس في ديار بكر.")
    places = [("تركيا", 39.34, 34.51, "TR", "region"), ("ديار بكر", 37.92, 40.2, "TR", "city")]
    doc = ev.make_doc(text, published="2015-07-26", places=places, times=[("أمس", "2015-07-25", "day")])
    (one,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert doc.place(one.place).name == "ديار بكر"
    # a region with its own point (not the country's) still holds only what lies near it
    places = [("تركيا", 41.0, 29.0, "TR", "region"), ("ديار بكر", 37.92, 40.2, "TR", "city")]
    doc = ev.make_doc(text, published="2015-07-26", places=places, times=[("أمس", "2015-07-25", "day")])
    assert len([e for e in ev.run(doc) if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text,times,date,precision", [
    # a day in a trailing source phrase dates the report: the act took place then or just before
    ("قتل ستة من عناصر الشرطة في انفجار قنبلة في ولاية هرات، حسبما ذكرت السلطات المحلية أمس.",
     [("أمس", "2015-07-19", "day")], "2015-07-19", "week"),
    ("خطفت جبهة النصرة ثمانية عناصر، بحسب ما ذكر المرصد السوري، الخميس.",
     [("الخميس", "2015-07-30", "day")], "2015-07-30", "week"),
    # the act's own day, before the source phrase, stays a day
    ("قتل ثلاثة مدنيين في قصف على حلب الخميس، بحسب المرصد السوري.",
     [("الخميس", "2015-07-30", "day")], "2015-07-30", "day"),
])
def test_a_day_in_a_trailing_source_phrase_dates_the_report(ev, text, times, date, precision):
    doc = ev.make_doc(text, published="2015-07-31", times=times,
                      quantities=[("ستة", 6, "exact", "killed")] if "ستة" in text else ())
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert (e.date, e.time_precision) == (date, precision)


def test_placeless_mentions_of_one_kind_of_act_on_one_day_are_one_record(ev):
    text = ("أفرجت السلطات الفنزويلية السبت عن أربعين معتقلا. "
            "ومن المعتقلين الذين أفرج عنهم السبت زعيم طلابي.")
    doc = ev.make_doc(text, published="2018-06-03", times=[("السبت", "2018-06-02", "day")])
    assert len([e for e in ev.run(doc) if e.type == "RETREAT"]) == 1
    # on two days they stay two
    text = "أفرجت السلطات الفنزويلية السبت عن أربعين معتقلا. وأفرجت الجمعة عن عشرة آخرين."
    doc = ev.make_doc(text, published="2018-06-03",
                      times=[("السبت", "2018-06-02", "day"), ("الجمعة", "2018-06-01", "day")])
    assert len([e for e in ev.run(doc) if e.type == "RETREAT"]) == 2


def test_a_count_after_among_them_is_part_of_the_toll_not_the_toll(ev):
    text = "أعلن المرصد مقتل 12 شخصا بينهم 3 قياديين في غارة جوية على الغوطة الشرقية أمس."
    doc = ev.make_doc(text, published="2018-03-14", times=[("أمس", "2018-03-13", "day")],
                      quantities=[("12 شخصا", 12, "exact", "killed"), ("3 قياديين", 3, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 12
    # "اثنان منهم" (its own span ends with منهم) names some of the 12 before it
    text = "وقتل في الهجوم على المطار أمس عدد من جنود النظام بينهم 12 ضابطا، اثنان منهم برتبة عميد."
    doc = ev.make_doc(text, published="2018-03-14", times=[("أمس", "2018-03-13", "day")],
                      quantities=[("12 ضابطا", 12, "exact", "killed"), ("اثنان منهم", 2, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 12


def test_a_sentence_opening_with_a_separate_incident_is_another_happening(ev):
    text = ("قتل 7 مدنيين أمس بثلاث قذائف هاون في مدينة حيس. "
            "وفي حادث منفصل، قتل مدنيان أمس في قذيفة هاون في ذات المدينة.")
    doc = ev.make_doc(text, published="2018-03-10", places=[("حيس", 13.93, 43.48, "YE", "town")],
                      times=[("أمس", "2018-03-09", "day")],
                      quantities=[("7 مدنيين", 7, "exact", "killed"), ("مدنيان", 2, "exact", "killed")])
    counts = sorted(e.counts["killed"].value for e in ev.run(doc) if e.type == "ASSAULT")
    assert counts == [2, 7]


@pytest.mark.parametrize("text,times,date", [
    # a منذ or a current year that measures a superlative makes nothing a toll, a state or a date
    ("قتل 30 جنديا في هجوم على قاعدة عسكرية في نيجيريا في أعنف هجوم منذ سنوات.", [], "2018-09-01"),
    ("قتل 30 جنديا في هجوم على قاعدة عسكرية في نيجيريا، وهو الهجوم الأعنف منذ عام 2015.",
     [("عام 2015", "2015", "year")], "2018-09-01"),
    ("قتل 30 جنديا في هجوم على قاعدة عسكرية في نيجيريا في أعنف هجوم هذا العام.",
     [("هذا العام", "2018", "year")], "2018-09-01"),
])
def test_a_superlative_frame_is_a_comparison(ev, text, times, date):
    doc = ev.make_doc(text, published="2018-09-01", times=times,
                      quantities=[("30 جنديا", 30, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.date == date and a.counts["killed"].value == 30


def test_a_toll_since_a_year_without_a_superlative_stays_a_toll(ev):
    doc = ev.make_doc("وقتل 116 فلسطينيا منذ عام 2015.", published="2018-09-01",
                      times=[("عام 2015", "2015", "year")], quantities=[("116 فلسطينيا", 116, "exact", "killed")])
    assert not [e for e in ev.run(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,where", [
    # the subject of شهد is the scene, never a doer
    ("وكانت إيران قد شهدت تظاهرات واسعة أمس.", "إيران"),
    ("وشهدت إيران تظاهرات واسعة أمس.", "إيران"),
])
def test_the_subject_of_witnessed_is_the_scene(ev, text, where):
    doc = ev.make_doc(text, published="2018-01-02", places=[("إيران", 32.0, 53.0, "IR", "country")],
                      times=[("أمس", "2018-01-01", "day")])
    (p,) = [e for e in ev.run(doc) if e.type == "PROTEST"]
    assert doc.place(p.place).name == where


def test_the_answered_phrase_after_an_act_keeps_its_time_place_and_weapon(ev):
    text = "وقصف الجيش مواقع المسلحين ردا على هجوم في درعا في 20 تموز."
    doc = ev.make_doc(text, published="2015-07-27", places=[("درعا", 32.62, 36.1, "SY", "city")],
                      times=[("20 تموز", "2015-07-20", "day")])
    shelling = next(e for e in ev.run(doc) if e.trigger.text == "قصف")
    assert shelling.place is None and shelling.date != "2015-07-20"
    text = "وقتل جنديان في هجوم على حاجز الأحد ردا على مقتل قائد في غارة."
    doc = ev.make_doc(text, published="2015-07-27", times=[("الأحد", "2015-07-26", "day")])
    attack = next(e for e in ev.run(doc) if e.trigger.text == "هجوم")
    assert attack.mode == "other" and attack.date == "2015-07-26"


def test_a_day_set_off_by_commas_does_not_end_the_clause_of_its_towns(ev):
    text = "وخرج الآلاف، الجمعة، في مدن البصرة والديوانية وكربلاء."
    doc = ev.make_doc(text, published="2018-07-21", times=[("الجمعة", "2018-07-20", "day")],
                      places=[("البصرة", 30.53, 47.8, "IQ", "city"), ("الديوانية", 31.99, 44.93, "IQ", "city"),
                              ("كربلاء", 32.62, 44.02, "IQ", "city")])
    towns = sorted(doc.place(e.place).name for e in ev.run(doc) if e.type == "PROTEST")
    assert towns == ["البصرة", "الديوانية", "كربلاء"]


@pytest.mark.parametrize("text,precision", [
    ("وقتل ثلاثة في انفجار سيارة مفخخة بالقرب من فندق وهيلي.", 2),
    ("وقصف الجيش نقطتي رصد شرق حي الزيتون.", 2),
    ("وقتل ثلاثة في انفجار سيارة مفخخة في فندق وهيلي.", 1),
])
def test_a_place_the_act_was_near_has_precision_two(ev, text, precision):
    name = "الزيتون" if "الزيتون" in text else "فندق وهيلي"
    doc = ev.make_doc(text, places=[(name, 2.04, 45.33, "SO", "facility")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert e.geo_precision == precision


def test_a_verb_whose_subject_is_the_attack_tells_its_target(ev):
    text = ("وتصدت الدفاعات الجوية لهجوم صاروخي بالقرب من مدينة حمص فجر اليوم. "
            "واستهدف الهجوم قاعدة الشعيرات الجوية.")
    doc = ev.make_doc(text, published="2018-04-09", times=[("فجر اليوم", "2018-04-09", "day")],
                      places=[("حمص", 34.73, 36.69, "SY", "city"), ("الشعيرات", 34.49, 36.95, "SY", "village")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert doc.place(e.place).name == "الشعيرات" and e.geo_precision == 1


@pytest.mark.parametrize("text,place", [
    ("قصفت روسيا مدينة إدلب أمس.", "إدلب"),
    ("اعتقلت إيران عشرة أشخاص في طهران أمس.", "طهران"),
    ("اعتقلت إيران عشرة أشخاص أمس.", "إيران"),  # no other place: the state arrests at home
    ("وقصفت الطائرات سوريا أمس.", "سوريا"),  # the object, not the subject
])
def test_a_state_right_after_its_verb_is_the_doer_not_the_place(ev, text, place):
    doc = ev.make_doc(text, published="2018-04-10", times=[("أمس", "2018-04-09", "day")],
                      places=[(n, 35.0, 38.0, "SY", "country" if n in ("روسيا", "إيران", "سوريا") else "city")
                              for n in ("روسيا", "إدلب", "إيران", "طهران", "سوريا") if n in text])
    (e,) = [e for e in ev.run(doc) if e.type in ("ASSAULT", "COERCE")]
    assert doc.place(e.place).name == place


def test_an_earlier_attack_told_after_bad_with_its_own_day_is_its_own_happening(ev):
    text = "وشنت الطائرات ضربات صاروخية على سوريا السبت بعد الهجوم الكيماوي في دوما في السابع من أبريل."
    doc = ev.make_doc(text, published="2018-04-16",
                      times=[("السبت", "2018-04-14", "day"), ("السابع من أبريل", "2018-04-07", "day")],
                      places=[("سوريا", 35.0, 38.5, "SY", "country"), ("دوما", 33.57, 36.4, "SY", "town")])
    got = sorted((e.trigger.text, e.mode, doc.place(e.place).name, e.date) for e in ev.run(doc))
    assert got == [("الهجوم", "other", "دوما", "2018-04-07"), ("ضربات", "airstrike", "سوريا", "2018-04-14")]


def test_an_outcome_after_its_cause_stays_one_happening(ev):
    doc = ev.make_doc("وقتل خمسة مدنيين أمس بعد قصف استهدف البلدة.", published="2018-04-16",
                      times=[("أمس", "2018-04-15", "day")])
    assert [(e.type, e.date) for e in ev.run(doc)] == [("ASSAULT", "2018-04-15")]


@pytest.mark.parametrize("text,kept", [
    # two sentences on from a date years back, the story still tells that past
    ("قال الشاهد إن شقيقه توفي يوم 9 جانفي 2011. وعمد ملازم إلى ضرب أحد الشبان. "
     "كما أطلق الأعوان النار على المتظاهرين.", False),
    # the story turns to other news
    ("قال الشاهد إن شقيقه توفي يوم 9 جانفي 2011. وعمد ملازم إلى ضرب أحد الشبان. "
     "من جانب آخر، أطلق الجيش النار على المتظاهرين.", True),
    # a recent date before the old one: the old one is an aside
    ("قتل خمسة في غارة على المدينة أمس. وكان الطيران قد قصفها في 9 جانفي 2011. "
     "وعمد ملازم إلى ضرب أحد الشبان. وأطلق الجنود النار على المتظاهرين.", True),
])
def test_a_story_still_telling_an_old_date_is_no_news(ev, text, kept):
    times = [("9 جانفي 2011", "2011-01-09", "day")] + ([("أمس", "2016-12-16", "day")] if "أمس" in text else [])
    doc = ev.make_doc(text, published="2016-12-17", times=times)
    shots = [e for e in ev.run(doc) if e.type == "ASSAULT" and "النار" in e.trigger.text]
    assert bool(shots) == kept


def test_a_place_listed_after_the_border_neighbour_lies_across_it_too(ev):
    text = "وقتل جنديان الخميس في انفجار قنبلة قرب الحدود مع العراق وإيران."
    doc = ev.make_doc(text, published="2018-05-24", times=[("الخميس", "2018-05-24", "day")],
                      places=[("العراق", 33.0, 44.0, "IQ", "country"), ("إيران", 32.0, 53.0, "IR", "country")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert e.place is None


def test_the_country_told_as_al_bilad_places_a_placeless_act(ev):
    text = "واستهدفت ضربات جوية مواقع عسكرية قرب الحدود في شرق البلاد أمس. وتتواصل الحرب في سوريا منذ سنوات."
    doc = ev.make_doc(text, published="2018-07-12", times=[("أمس", "2018-07-11", "day")],
                      places=[("سوريا", 35.0, 38.0, "SY", "country")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert doc.place(e.place).name == "سوريا"


@pytest.mark.parametrize("text", ["وقتل خمسة في غارة جوية في سوريا قرب الرقة أمس.",
                                  "وقتل خمسة في غارة جوية قرب الرقة في سوريا أمس."])
def test_a_town_named_near_which_inside_the_country_is_the_place(ev, text):
    doc = ev.make_doc(text, published="2015-08-05", times=[("أمس", "2015-08-04", "day")],
                      places=[("سوريا", 35.0, 38.0, "SY", "country"), ("الرقة", 35.95, 39.01, "SY", "city")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert doc.place(e.place).name == "الرقة" and e.geo_precision == 2


def test_a_side_of_a_country_holds_only_its_side():
    north = replace(_event("x1", 10, mode="bombing", place="p1"), geo_precision=3)
    khost = _event("x2", 90, mode="bombing", place="p2")
    kunduz = _event("x3", 90, mode="bombing", place="p3")
    where = {"p1": (34.16, 66.52, "AF", "*N"), "p2": (33.34, 69.92, "AF", "Khowst"), "p3": (36.73, 68.86, "AF", "Kunduz")}
    assert not same_happening(north, khost, where) and same_happening(north, kunduz, where)
    where["p1"] = (34.16, 66.52, "AF", "*")  # the country named with no side holds both
    assert same_happening(north, khost, where)


def test_in_the_town_is_the_town_the_story_has_been_telling(ev):
    text = ("وتظاهر الآلاف في البصرة أمس. وقال مسؤول إن الوضع صعب. وفرض حظر التجول بعدما أضرم محتجون النار "
            "في القنصلية في المدينة، مرددين شعارات ضد النفوذ الإيراني في العراق.")
    doc = ev.make_doc(text, published="2018-09-08", times=[("أمس", "2018-09-07", "day")],
                      places=[("البصرة", 30.51, 47.81, "IQ", "city"), ("العراق", 33.0, 44.0, "IQ", "country")])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert doc.place(e.place).name == "البصرة"
