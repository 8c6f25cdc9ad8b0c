"""Event places and dates kept off an act (SPEC §2.6): a new report in the trigger's clause, a
take-off base, an aside about someone, a birth year, the day of a reported act."""
from dataclasses import replace

import pytest

from rasd.stages.event_dates import birth_date

ISTANBUL = ("اسطنبول", 41.01, 28.98, "TR", "city")
DIYARBAKIR = ("ديار بكر", 37.91, 40.24, "TR", "city")
HOMS = ("حمص", 34.73, 36.72, "SY", "city")
ALEPPO = ("حلب", 36.2, 37.16, "SY", "city")


def _assault(ev, text, places, published="2015-07-24"):
    doc = ev.make_doc(text, published=published, places=places)
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return doc, e


# --- a place after a new report ("وذكرت … أن") is the reported act's

def test_a_place_after_a_new_report_in_the_clause_is_not_the_strikes(ev):
    text = ("قصفت مقاتلات تركية مواقع للتنظيم وذكرت وسائل اعلام محلية أن الشرطة نفذت مداهمات "
            "لمواقع في مدينة اسطنبول.")
    doc, e = _assault(ev, text, [ISTANBUL])
    assert e.place is None or doc.place(e.place).name != "اسطنبول"


@pytest.mark.parametrize("text", [
    "قصفت الطائرات، بحسب ما ذكر المرصد، مواقع في حلب.",  # a source aside: no complementiser
    "وقال الجيش إن الطائرات قصفت مواقع في حلب.",  # the report opens before the trigger
    "قصفت الطائرات مواقع في حلب وذكرت وسائل اعلام أن القتلى كثيرون.",  # the place comes first
    # the report retells the same strike: its back-reference names the place
    "قصفت الطائرات مواقع المسلحين وأضاف المصدر أن القصف تركز في حي الوعر في حلب.",
    "قصفت الطائرات مواقع المسلحين وقال المرصد إن الغارات استهدفت حي الوعر في حلب.",
])
def test_a_place_of_the_strike_itself_stays(ev, text):
    doc, e = _assault(ev, text, [ALEPPO])
    assert doc.place(e.place).name == "حلب"


def test_a_report_that_retells_the_same_protest_keeps_its_place(ev):
    # the report's own protest word carries the place and joins the protest told before it
    text = "تظاهر الآلاف أمس وقالت الشرطة إن المتظاهرين كانوا بالآلاف في ساحة التحرير في القاهرة."
    doc = ev.make_doc(text, published="2018-05-18", times=[("أمس", "2018-05-17", "day")],
                      places=[("القاهرة", 30.04, 31.24, "EG", "city")])
    (e,) = [e for e in ev.run(doc) if e.type == "PROTEST"]
    assert doc.place(e.place).name == "القاهرة"


# --- a take-off base is where the aircraft came from

def test_a_take_off_base_is_not_where_the_strike_fell(ev):
    text = "وقال مسؤول إن ثلاث مقاتلات أقلعت من قاعدة في ديار بكر وقصفت مقرين للتنظيم."
    doc, e = _assault(ev, text, [DIYARBAKIR])
    assert e.place is None or doc.place(e.place).name != "ديار بكر"


@pytest.mark.parametrize("text", [
    "قصفت الطائرات قاعدة في حمص.",  # a base struck, no من
    "قصفت الطائرات مواقع قرب قاعدة جوية في حمص.",
])
def test_a_base_struck_is_the_place(ev, text):
    doc, e = _assault(ev, text, [HOMS])
    assert doc.place(e.place).name == "حمص"


# --- a statement is not dated by the act it reports

def _accuse(ev, text):
    doc = ev.make_doc(text, published="2018-05-18", times=[("يوم الاثنين", "2018-05-14", "day")],
                      entities=[("الوزير", "PER", "ISRGOV"), ("الحكومة", "ORG", "ISRGOV")])
    (e,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    return e


def test_a_day_in_the_reported_killing_does_not_date_the_criticism(ev):
    e = _accuse(ev, "وجه الوزير انتقادات حادة للحكومة، وقال إن قواتها قتلت 60 متظاهرا يوم الاثنين.")
    assert e.date != "2018-05-14"


@pytest.mark.parametrize("text", [
    "انتقد الوزير الحكومة يوم الاثنين، وقال إن قواتها قتلت 60 متظاهرا.",  # the day before the report
    "اتهم الوزير الحكومة بقصف المدينة، يوم الاثنين.",  # no report opens before the day
])
def test_a_day_of_the_statement_itself_stays(ev, text):
    assert _accuse(ev, text).date == "2018-05-14"


# --- the next sentence does not inherit a place told only in an aside about someone

DUMA = ("دوما", 31.99, 35.37, "PS", "village")
WEST_BANK = ("الضفة الغربية", 31.9, 35.2, "PS", "region")
KAFRANBEL = ("كفرنبل", 35.61, 36.56, "SY", "town")
IDLIB = ("ريف إدلب", 35.9, 36.6, "SY", "region")


def _arrest_place(ev, text, places):
    doc = ev.make_doc(text, published="2015-08-03", places=places)
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    return doc.place(e.place).name if e.place else None


def test_a_place_in_an_aside_about_someone_is_not_inherited(ev):
    text = ("ورفع المصلون صور الطفل علي، الذي عاش في قرية دوما في الضفة الغربية، وهتفوا. "
            "واعتقلت الشرطة خمسة شبان أمس.")
    assert _arrest_place(ev, text, [DUMA, WEST_BANK]) not in ("دوما", "الضفة الغربية")


@pytest.mark.parametrize("text, places, place", [
    # the head place stays; only the aside's own place drops
    ("وقصفت الطائرات بلدة كفرنبل، التي تسيطر عليها المعارضة في ريف إدلب. واعتقلت الشرطة خمسة شبان.",
     [KAFRANBEL, IDLIB], "كفرنبل"),
    # no relative pronoun: an apposition, not an aside
    ("وتظاهر الآلاف في دوما، وهي قرية في الضفة الغربية. واعتقلت الشرطة خمسة شبان.", [DUMA, WEST_BANK], "دوما"),
    # a relative clause with no comma restricts its noun: its place is the scene
    ("وقصفت الطائرات المواقع التي يسيطر عليها المسلحون في دوما. واعتقلت الشرطة خمسة شبان.", [DUMA], "دوما"),
])
def test_a_place_outside_an_aside_is_inherited(ev, text, places, place):
    assert _arrest_place(ev, text, places) == place


# --- a year after a birthplace is a birth date

def test_a_year_after_a_birthplace_does_not_date_the_arrest(ev):
    text = "وقال مصدر قضائي الأحد إن منفذ الهجوم من مواليد دولة الشيشان عام 1997، مشيرا إلى أنه تم اعتقال والديه."
    doc = ev.make_doc(text, published="2018-05-13", times=[("الأحد", "2018-05-13", "day")])
    doc.times.append(replace(doc.times[0], id="t2", start=text.find("عام 1997"), end=text.find("عام 1997") + 8,
                             text="عام 1997", value="1997", precision="year"))
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert e.date == "2018-05-13"


@pytest.mark.parametrize("text, precision, born", [
    ("من مواليد دولة الشيشان عام 1997", "year", True),
    ("المولود في دمشق سنة 1990", "year", True),
    ("من مواليد العام 1415", "year", True),  # (the older form, unchanged)
    ("من مواليد حلب، واعتقل عام 2015", "year", False),  # punctuation ends the birth phrase
    ("من مواليد حلب اعتقل في 2015-05-05", "day", False),  # only a bare year is read so
    ("اعتقلت الشرطة في حلب عام 2015", "year", False),  # no birth word
])
def test_birth_year_reading(text, precision, born):
    start = max(text.rfind("عام"), text.rfind("سنة"), text.rfind("العام"), text.rfind("2015-"))
    assert birth_date(text, start, precision) is born
