"""Event places and dates from the audits of unseen news (SPEC §2.6): a day that dates a later
report, not the act told before it."""

HOMS = ("حمص", 34.73, 36.72, "SY", "city")


def _dates(ev, text, times):
    doc = ev.make_doc(text, published="2024-02-14", places=[HOMS], times=times)
    return ev.dates(doc)


# --- a day right after a reporting verb that follows the act dates the report

def test_day_of_a_later_report_in_the_sentence_is_no_day_of_the_act(ev):
    text = "قصفت الطائرات مستودعا في حمص وقتلت تسعة مسلحين، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى."
    assert _dates(ev, text, [("اليوم الأربعاء", "2024-02-14", "day")]) == [("2024-02-14", "week")]


def test_day_after_a_reporting_verb_and_its_subject(ev):
    text = "قصفت الطائرات مستودعا في حمص، ثم أعلن المرصد الثلاثاء ارتفاع عدد القتلى."
    assert _dates(ev, text, [("الثلاثاء", "2024-02-13", "day")]) == [("2024-02-13", "week")]


def test_day_of_the_act_after_the_report_keeps_its_day(ev):
    # must not fire: the day follows the act's own verb, not the reporting verb
    text = "قصفت الطائرات مستودعا في حمص، وقال المرصد إن القصف تجدد الثلاثاء."
    assert _dates(ev, text, [("الثلاثاء", "2024-02-13", "day")]) == [("2024-02-13", "day")]


def test_day_of_a_call_in_a_relative_clause_is_left_alone(ev):
    # must not fire: "التي دعا إليها أمس" tells who called for the act and when
    text = "خرجت الاحتجاجات التي دعا إليها أمس عدد من الأهالي في حمص."
    assert _dates(ev, text, [("أمس", "2024-02-13", "day")]) == [("2024-02-13", "day")]


# --- the next sentence inherits such a day as the report's, not the act's

def test_inherited_day_of_a_later_report_is_a_week(ev):
    text = ("قصفت الطائرات مستودعا في حمص، قبل أن يعلن المرصد، اليوم الأربعاء، ارتفاع عدد القتلى. "
            "وأضاف أن الغارات دمرت مخزنا للذخيرة.")
    got = _dates(ev, text, [("اليوم الأربعاء", "2024-02-14", "day")])
    assert got and all(p == "week" for _, p in got)


def test_inherited_day_of_a_lead_report_stays_a_day(ev):
    # must not fire: "وقال مسعفون الثلاثاء إن …" opens its sentence: its day is the news
    text = "وقال مسعفون الثلاثاء إن خمسة أشخاص وصلوا إلى المستشفى. وقصفت الطائرات مستودعا في حمص."
    got = _dates(ev, text, [("الثلاثاء", "2024-02-13", "day")])
    assert ("2024-02-13", "day") in got


# --- "حدود X مع Y": Y is the border's other side, not the place

GAZA = ("غزة", 31.5, 34.47, "PS", "city")
ISRAEL = ("إسرائيل", 31.5, 34.9, "IL", "country")
SYRIA = ("سوريا", 35.0, 38.0, "SY", "country")


def _places(ev, text, places):
    doc = ev.make_doc(text, places=places)
    names = {p.id: p.name for p in doc.places}
    return [(e.type, names.get(e.place)) for e in ev.run(doc)]


def test_country_after_border_with_is_not_the_place(ev):
    text = "تظاهر آلاف الفلسطينيين في غزة أمس. واحتشد آلاف الفلسطينيين قرب حدود القطاع مع إسرائيل."
    got = _places(ev, text, [GAZA, ISRAEL])
    assert ("PROTEST", "إسرائيل") not in got and ("PROTEST", "غزة") in got


def test_country_after_with_but_no_border_is_a_place(ev):
    # must not fire: "مع" without حدود before it
    text = "قصفت الطائرات مواقع في سوريا بالتنسيق مع إسرائيل."
    assert ("ASSAULT", "سوريا") in _places(ev, text, [SYRIA, ISRAEL])


def test_border_far_before_with_is_no_border_partner(ev):
    # must not fire: حدود three words before "مع" ("بالتنسيق مع إسرائيل": a partner, no border)
    text = "قصفت الطائرات مواقع قرب الحدود الشمالية للبلاد بالتنسيق مع إسرائيل."
    assert ("ASSAULT", "إسرائيل") in _places(ev, text, [ISRAEL])


# --- a spokesman's place ("المتحدثة باسم … في دمشق") is where the speaker is

GHOUTA = ("الغوطة الشرقية", 33.55, 36.45, "SY", "region")
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")
GENEVA = ("جنيف", 46.2, 6.15, "CH", "city")
DERAA = ("درعا", 32.62, 36.1, "SY", "city")


def test_spokeswoman_office_is_not_the_convoy_place(ev):
    # (the region far from the trigger: else the nearer place wins anyway)
    text = ("دخلت قافلة مساعدات إنسانية تضم 13 شاحنة محملة بـ 2400 طرد غذائي و3240 كيساً من الطحين "
            "والأدوية والبطانيات إلى الغوطة الشرقية المحاصرة الجمعة، وفق ما أفادت المتحدثة باسم "
            "اللجنة الدولية للصليب الأحمر في دمشق، سلمى علي.")
    got = _places(ev, text, [GHOUTA, DAMASCUS])
    assert ("AID", "دمشق") not in got and ("AID", "الغوطة الشرقية") in got


def test_speaker_speaking_from_a_city_is_not_the_shelling_place(ev):
    text = ('قصفت الطائرات مدينة درعا أمس. وأضاف متحدثا عبر دائرة تلفزيونية من جنيف '
            '"نرى هجوما بريا شاملا وقصفا جويا".')
    got = _places(ev, text, [DERAA, GENEVA])
    assert all(name != "جنيف" for _, name in got)


def test_place_after_the_spokesman_said_that_stays(ev):
    # must not fire: "أن" between the spokesman and the place opens the told act's clause
    text = "وقال المتحدث باسم الجيش إن الطائرات قصفت مواقع في درعا."
    assert ("ASSAULT", "درعا") in _places(ev, text, [DERAA])


def test_spokesman_place_stays_for_his_statement(ev):
    # must not fire: a statement's place is where its speaker is
    text = "وطالب المتحدث باسم المنظمة في جنيف بوقف القصف."
    assert ("REQUEST", "جنيف") in _places(ev, text, [GENEVA])


# --- "خلال اللقاء": said at the meeting told before, in its town

RIYADH = ("الرياض", 24.69, 46.72, "SA", "city")
YEMEN = ("اليمن", 15.5, 47.5, "YE", "country")
_LEADERS = [("عبد ربه منصور هادي", "PER", "YEMGOV"), ("هادي", "PER", "YEMGOV"), ("الملك سلمان", "PER", "SAUGOV")]


def _said(ev, text, places):
    doc = ev.make_doc(text, entities=_LEADERS, places=places, times=[("أمس", "2024-02-11", "day")])
    names = {p.id: p.name for p in doc.places}
    return [(e.type, names.get(e.place)) for e in ev.run(doc)]


def test_praise_during_the_meeting_takes_the_meeting_town(ev):
    text = ("استقبل الملك سلمان في الرياض أمس الرئيس اليمني عبد ربه منصور هادي. "
            "وثمن هادي خلال اللقاء دعم المملكة لليمن.")
    assert ("SUPPORT", "الرياض") in _said(ev, text, [RIYADH, YEMEN])


def test_meeting_word_without_a_town_before_keeps_the_home_country(ev):
    # must not fire: no town told before the meeting (only a country)
    text = "استقبل الملك سلمان أمس الرئيس اليمني عبد ربه منصور هادي. وثمن هادي خلال اللقاء دعم المملكة لليمن."
    assert ("SUPPORT", "الرياض") not in _said(ev, text, [YEMEN])


def test_praise_without_a_meeting_word_is_left_alone(ev):
    # must not fire: no "خلال اللقاء" in the act's clause
    text = ("استقبل الملك سلمان في الرياض أمس الرئيس اليمني عبد ربه منصور هادي. "
            "وثمن هادي في بيان دعم المملكة لليمن.")
    assert ("SUPPORT", "الرياض") not in _said(ev, text, [RIYADH, YEMEN])


# --- "المقربة من إيران": a side, not a place

IRAN = ("إيران", 32.0, 53.0, "IR", "country")
DOUMA = ("دوما", 33.57, 36.4, "SY", "city")


def test_country_a_group_is_close_to_is_no_place(ev):
    text = "أطلق حراس مقر المنظمة، المقربة من إيران، النار على المحتجين الذين هاجموا المقر."
    assert all(name != "إيران" for _, name in _places(ev, text, [IRAN]))


def test_country_a_group_is_close_to_is_no_context_place(ev):
    text = ("قال مسؤولون إن الحزب المقرب من إيران خسر مقاعد. "
            "وأطلق مسلحون النار على المحتجين.")
    assert all(name != "إيران" for _, name in _places(ev, text, [IRAN]))


def test_town_near_which_it_happened_stays(ev):
    # must not fire: "القريبة من" is nearness
    text = "قصفت الطائرات البلدة القريبة من دوما."
    assert ("ASSAULT", "دوما") in _places(ev, text, [DOUMA])
