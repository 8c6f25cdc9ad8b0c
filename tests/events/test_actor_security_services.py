"""Actor table (events_actors.tsv): security services ("الأجهزة الأمنية", "أجهزة الأمن") are
an institutional police actor, coded by the adjective of nation after them."""
import pytest

TEHRAN = ("طهران", 35.69, 51.39, "IR", "city")
BEIRUT = ("بيروت", 33.89, 35.5, "LB", "city")


@pytest.mark.parametrize("text,doer,code,place", [
    ("واعتقلت الأجهزة الأمنية الإيرانية مجموعة من الأفغان في طهران أمس.", "الأجهزة الأمنية الإيرانية", "IRNPOL", TEHRAN),
    ("واعتقلت أجهزة الأمن اللبنانية رجلين في بيروت أمس.", "أجهزة الأمن اللبنانية", "LBNPOL", BEIRUT),
])
def test_security_services_arrest(ev, text, doer, code, place):
    doc = ev.make_doc(text, places=[place])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [(x.text, x.code) for x in e.actors] == [(doer, code)]


# must not fire: the services called on by a named official are the call's object
def test_services_called_on_are_not_the_caller(ev):
    doc = ev.make_doc("ودعا رئيس البرلمان الأجهزة الأمنية إلى ملاحقة الجناة في بيروت أمس.", places=[BEIRUT])
    (e,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert [x.text for x in e.actors] == ["رئيس البرلمان"]


# security forces ("القوات الأمنية", "القوى الأمنية") are one police actor, not "القوات" (MIL)
# with a stray adjective (audit U50 ant-SK-middleEast-3882-20181015)
CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")


@pytest.mark.parametrize("text,doer", [
    ("وداهمت القوات الأمنية وكرا للمسلحين في القاهرة فجر الاثنين.", "القوات الأمنية"),
    ("واعتقلت القوى الأمنية ثلاثة مطلوبين في القاهرة أمس.", "القوى الأمنية"),
])
def test_security_forces_are_one_police_actor(ev, text, doer):
    doc = ev.make_doc(text, places=[CAIRO])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [(x.text, x.code) for x in e.actors] == [(doer, "EGYPOL")]
