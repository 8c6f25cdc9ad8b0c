"""What is not a time (SPEC §2.7), what needs a publication date, and year inference."""
from __future__ import annotations

import pytest

MON = "2024-02-12"

NOT_TIMES = [
    "شاب يبلغ من العمر 24 عاما قتل في",
    "قتل طفل (12 عاما) برصاص",
    "الشاب البالغ 30 عاما أصيب",
    "رجل عمره 45 عاماً",
    "الشاب محمد علاونة - 21 عاماً» جراء إصابته",
    "تصاعد القتال خلال الأيام الماضية",
    "تصاعد القتال في الأيام الأخيرة",
    "تصاعد القتال في الأشهر الأخيرة",
    "تصاعد القتال طيلة الأيام الماضية",  # no number: vague
    "تصاعد القتال خلال الساعات القليلة الفائتة",
    "يعيش حالياً في المدينة",
    "سيعود لاحقاً إلى",
    "وصل مؤخراً إلى",
    "كان سابقاً وزيرا",
    "يعيش هناك منذ سنوات",
    "وصل منذ أيام",
    "استمر الصراع عشرات السنين",
    "اجتمعوا عند الساعة الخامسة",
    "مارس الضغط على الحكومة",
    "زار أب وابنه المستشفى",
    "فر أكثر من 30 ألف شخص من المدينة",
    "قتل 2000 شخص في المعارك",
    "نشرت صحيفة المصري اليوم تقريرا",
    "بثت قناة روسيا اليوم تقريرا",
    "نقلت صحيفة اليوم السابع الخبر",
    "ارتفعت الصادرات صفر في المئة",
    "يتجمعون منذ يوم الأرض في",
    "استمر طوال شهر رمضان المبارك",
    "نشر في عدد 2000 من الصحيفة",
    "تتفاقم الأزمة يوما بعد يوم في المخيمات",
    "قتل 5 آلاف شخص",
    "تتكون الخلية من 4 عناصر تتراوح أعمارهم بين 22 و29 سنة",
    "تلقت مريم مصطفى، 18 عاماً، العلاج",
    "وصل عام 1434 شخصا إلى المخيم",  # a Hijri year needs its هـ / للهجرة
    "ألقت الشرطة القبض عليه منذ اليوم الأول للحادث",  # a day counted in the story
    'وروى لـ "اليوم" الشيخ تفاصيل الحادث',  # the newspaper
    "وهي شابة ذات الأثنين والعشرين ربيعا",  # an age: twenty-two
    "وتحدث الوزير بشأن اليوم الذي نفذت فيه الضربة",  # a day described, not today
    "وزار الوفد قسم اليوم العائلي للسجناء",  # a named day
    "واحتفلت الجمعية باليوم العالمي للمرأة",
    "المرجعية ومنابر الجمعة لم تترك نقد الحكومة",  # Fridays in general
    'واعتصمت "أمهات السبت" في الساحة',  # a weekday in a quoted group's name
    "وفي ذلك اليوم وقعت المعركة",  # the day of the story, not today
    "قال مصلو الظهر ذلك اليوم إنه دخل المسجد",
    # ages (SPEC §2.7): a decade of someone's life, a bound on an age
    "اعتقلت الشرطة رجلا في الثلاثينيات من العمر",
    "شاركت طالبات في العشرينات من عمرهن",
    "ولد مسن في السبعينات من عمره",
    "أغلبهن من الفتيات دون الثمانية عشر عاما",
    "يحق التصويت لمن هم فوق 18 عاما",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(run_times, text):
    assert run_times(text, MON) == []


NEED_PUBLISHED = [
    "قتل ثلاثة مدنيين الأحد في قصف",
    "زار الوزير المدينة أمس",
    "زار الوزير المدينة اليوم",
    "تصاعد القتال الأسبوع الماضي",
    "تصاعد القتال الشهر الماضي",
    "تصاعد القتال العام الماضي",
    "وقع الانفجار قبل يومين",
    "وقع الحادث في 25 ديسمبر",
    "بدأ النزاع في مارس الماضي",
]


@pytest.mark.parametrize("text", NEED_PUBLISHED)
def test_relative_needs_published(run_times, text):
    """With no publication date and nothing else in the text, relative times have no value."""
    assert run_times(text, None) == []


@pytest.mark.parametrize("text", NEED_PUBLISHED)
def test_relative_resolves_with_published(run_times, text):
    times = run_times(text, MON)
    assert len(times) == 1 and times[0].anchor == "published" and times[0].value


ACCEPTANCE = "أكثر من ألفي شخص فروا من باغوز الثلاثاء 12 مارس/آذار"


@pytest.mark.parametrize("reference,expected", [
    ("2019-06-01", "2019-03-12"),   # the latest Tuesday-12-March not after the reference
    ("2023-01-01", "2019-03-12"),
    ("2024-03-11", "2019-03-12"),
    ("2024-03-12", "2024-03-12"),   # 12 March 2024 is also a Tuesday
    ("2026-11-26", "2024-03-12"),
    ("2014-01-01", "2013-03-12"),
])
def test_weekday_year_inference(run_times, reference, expected):
    times = run_times(ACCEPTANCE, None, reference_date=reference)
    assert len(times) == 1
    t = times[0]
    assert (t.text, t.value, t.precision, t.anchor) == ("الثلاثاء 12 مارس/آذار", expected, "day", "weekday")


@pytest.mark.parametrize("text,reference,expected", [
    ("الخميس 5 مارس", "2021-01-01", "2020-03-05"),
    ("السبت 1 يناير", "2023-01-01", "2022-01-01"),
    ("الأحد 4 يوليو", "2022-01-01", "2021-07-04"),
    ("الجمعة 29 فبراير", "2023-06-01", "2008-02-29"),  # leap day on a Friday: 2008, then 2036
])
def test_weekday_inference_other_dates(run_times, text, reference, expected):
    times = run_times(text, None, reference_date=reference)
    assert [t.value for t in times] == [expected]
    assert times[0].anchor == "weekday"


def test_weekday_with_published_uses_published(run_times):
    times = run_times(ACCEPTANCE, "2019-03-14")
    assert [(t.value, t.anchor) for t in times] == [("2019-03-12", "published")]


def test_text_wins_over_metadata_and_later_today_follows(run_times):
    text = "قال مسؤولون اليوم الاثنين إن الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 اليوم في منطقة مزدحمة"
    times = run_times(text, "2015-08-11")  # a Tuesday; the text says Monday
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("اليوم الاثنين", "2015-08-10", "published"), ("اليوم", "2015-08-10", "context")]


def test_same_day_refers_back(run_times):
    text = "رصدت الطائرة الأولى صباح الأربعاء والأخرى الساعة 7:30 من صباح اليوم ذاته"
    times = run_times(text, "2018-04-11")
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("صباح الأربعاء", "2018-04-11", "published"),
        ("الساعة 7:30 من صباح اليوم ذاته", "2018-04-11", "context")]


@pytest.mark.parametrize("same", ["نفس اليوم", "ذات اليوم"])
def test_the_same_day_written_before_its_noun_refers_back(run_times, same):
    times = run_times(f"وقع الهجوم الخميس الماضي، وفي {same} خطف مسلحون ثمانية", MON)
    assert [(t.text, t.value) for t in times] == [("الخميس الماضي", "2024-02-08"), (same, "2024-02-08")]


def test_the_same_day_refers_back_to_a_written_date(run_times):
    times = run_times("وفي صبيحة يوم 10 فيفري الماضي هاجم مسلحون القرية، وفي مساء اليوم ذاته انسحبوا", MON)
    assert [t.value for t in times] == ["2024-02-10", "2024-02-10"]


def test_next_day_refers_back(run_times):
    times = run_times("وصل الوفد الأحد وفي اليوم التالي بدأت المحادثات", MON)
    assert [(t.text, t.value) for t in times] == [("الأحد", "2024-02-11"), ("اليوم التالي", "2024-02-12")]


def test_proclitic_is_outside_the_span(run_times):
    text = "وفي الخميس الماضي وبالأمس وفي عام 2004"
    assert [t.text for t in run_times(text, MON)] == ["الخميس الماضي", "الأمس", "عام 2004"]


def test_several_expressions_in_order_with_ids(run_times):
    text = "قتل ثلاثة الأحد، وأصيب سبعة أمس، وفر المئات منذ 2011 خلال أسبوعين"
    times = run_times(text, MON)
    assert [t.id for t in times] == ["t1", "t2", "t3", "t4"]
    assert [t.start for t in times] == sorted(t.start for t in times)
    assert [t.type for t in times] == ["date", "date", "date", "duration"]


def test_empty_and_whitespace(run_times):
    assert run_times("", MON) == []
    assert run_times("   \n ", MON) == []


def test_a_future_marker_far_back_in_the_clause_points_the_weekday_ahead(run_times):
    text = "وقال المتحدث إنه سيتم أيضا تنظيم يوم غضب في ساحة الحكومة وسط العاصمة يوم الخميس"
    assert [(t.text, t.value) for t in run_times(text, MON)] == [("يوم الخميس", "2024-02-15")]
    # the marker of another clause does not: the embassy opened last Thursday
    text = ("كما سيبحثون المواجهات التي وقعت على الحدود حيث قتل عشرات منذ افتتاح السفارة في المدينة "
            "يوم الخميس")
    assert [(t.text, t.value) for t in run_times(text, MON)] == [("يوم الخميس", "2024-02-08")]


@pytest.mark.parametrize("text,value", [
    ("وأكدت الوكالة إلغاء العطلة التي كان مقررا أن تبدأ السبت", "2024-02-17"),
    ("ولم يحدد موقفه من الهدنة التي تبدأ الليلة وتستمر حتى الجمعة", "2024-02-16"),
])
def test_a_scheduled_or_running_on_weekday_lies_ahead(run_times, text, value):
    assert [t.value for t in run_times(text, MON)] == [value]


@pytest.mark.parametrize("text,value", [
    ("وقتل منذ 26 من يونيو أكثر من مئة شخص", "2023-06-26"),
    ("وقال إن الحادث وقع في السادس من جمادى الآخرة لعام 1436هـ", "2015-03-26"),
])
def test_a_day_then_min_then_the_month(run_times, text, value):
    assert [t.value for t in run_times(text, MON)] == [value]


def test_a_bare_year_after_wa_fi(run_times):
    assert [t.value for t in run_times("وفي 2013 أفرجت السلطات عنه", MON)] == ["2013"]


def test_yesterday_named_as_the_publication_day_is_that_day(run_times):
    # "أمس الاثنين" in a Monday paper: the stamp is a day early, not a Monday a week back
    assert [t.value for t in run_times("وقصفت الطائرات البلدة أمس الاثنين", MON)] == ["2024-02-12"]
    assert [t.value for t in run_times("وقصفت الطائرات البلدة أمس الأحد", MON)] == ["2024-02-11"]


def test_a_timelines_yearless_entries_take_the_year_of_the_entry_before(run_times):
    text = ("أبرز الضربات:\n13 كانون الثاني/يناير 2017: غارات قرب دمشق.\n17 آذار/مارس: قصف مواقع.\n"
            "2 كانون الأول/ديسمبر: غارة على الكسوة.\n9 كانون الثاني/يناير: غارة جديدة.\nوفي 3 أيار قتل خمسة.")
    got = [(t.text, t.value) for t in run_times(text, "2018-05-10")]
    assert got == [("13 كانون الثاني/يناير 2017", "2017-01-13"), ("17 آذار/مارس", "2017-03-17"),
                   ("2 كانون الأول/ديسمبر", "2017-12-02"), ("9 كانون الثاني/يناير", "2018-01-09"),
                   ("3 أيار", "2018-05-03")]  # the last one is prose, read from publication


def test_a_week_of_a_month_is_no_day_of_it(run_times):
    got = [(t.value, t.precision) for t in run_times("في الأسبوع الثاني من شهر شباط الحالي", "2018-02-20")]
    assert got == [("2018-02", "month")]
    got = [(t.value, t.precision) for t in run_times("في الثاني من شهر شباط الحالي", "2018-02-20")]
    assert got == [("2018-02-02", "day")]


@pytest.mark.parametrize("text,expected", [
    ("وقتل في مارس/آذار من العام الماضي خمسة", [("مارس/آذار من العام الماضي", "2017-03")]),
    ("في 12 مارس من العام الماضي", [("12 مارس من العام الماضي", "2017-03-12")]),
    ("في أبريل من هذا العام", [("أبريل من هذا العام", "2018-04")]),
])
def test_a_month_of_the_year_named_after_it_is_that_years(run_times, text, expected):
    assert [(t.text, t.value) for t in run_times(text, "2018-05-20")] == expected


def test_that_as_an_object_before_today_keeps_today(run_times):
    times = run_times("وكررنا ذلك اليوم أمام الصحافيين", MON)
    assert [(t.text, t.value) for t in times] == [("اليوم", MON)]
