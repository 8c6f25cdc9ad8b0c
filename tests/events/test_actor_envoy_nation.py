"""Actor codes of envoys (event_actors_named._envoy_nation): a person named after an envoy's title,
his nationality adjective, then only "new"/"special" and his post (إلى/لدى + a place) is his state's —
"المبعوث الأميركي الجديد إلى سوريا مايكل راتني" is USAGOV, for every mention of him (audit U54: the
envoy's meeting and welcome had no code)."""

ISTANBUL = ("إسطنبول", 41.01, 28.98, "TR", "city")


def _codes(ev, text, etype):
    doc = ev.make_doc(text, places=[ISTANBUL], entities=[("كارل بيترسون", "PER", None)])
    return [[(a.text, a.code) for a in e.actors] for e in ev.run(doc) if e.type == etype]


def test_envoy_with_his_post(ev):
    got = _codes(ev, "والتقى المبعوث البريطاني الجديد إلى سوريا كارل بيترسون وفدا من المعارضة في إسطنبول أمس.",
                 "CONSULT")
    assert got and got[0][0] == ("كارل بيترسون", "GBRGOV")


def test_envoy_with_no_nationality(ev):
    # must not fire: no nationality adjective after the title
    got = _codes(ev, "والتقى المبعوث الجديد إلى سوريا كارل بيترسون وفدا من المعارضة في إسطنبول أمس.", "CONSULT")
    assert not got or got[0][0][1] != "GBRGOV"


def test_envoy_not_placed_at_home(ev):
    # an envoy speaks abroad: no home-country place for his welcome
    doc = ev.make_doc("والتقى المبعوث البريطاني الجديد إلى سوريا كارل بيترسون وفدا من المعارضة. "
                      "وقال مسؤول إن بريطانيا تدعم المعارضة. وأبدى كارل بيترسون ترحيبه بالاتفاق.",
                      places=[("بريطانيا", 54.0, -2.0, "GB", "country")], entities=[("كارل بيترسون", "PER", None)])
    got = [e for e in ev.run(doc) if e.type == "SUPPORT"]
    assert got and got[0].place is None
