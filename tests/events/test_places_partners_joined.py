"""Places (event_places.partner): a place joined by و to the one right after مع is a partner too, not
where the act happened — "إن بلاده هاجمت مواقع النظام السوري مع أمريكا وبريطانيا" did not happen in
Britain (audit U54)."""

USA = ("أمريكا", 39.8, -98.6, "US", "country")
UK = ("بريطانيا", 54.0, -2.0, "GB", "country")


def test_second_partner_is_no_place(ev):
    doc = ev.make_doc("وقال الرئيس إن قوات بلاده قصفت مواقع الجيش السوري مع أمريكا وبريطانيا أمس.", places=[USA, UK])
    got = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert got and got[0].place not in ("p1", "p2")


def test_place_after_a_partner_phrase_stays(ev):
    # must not fire: no مع before the place
    doc = ev.make_doc("وقصفت الطائرات مواقع في بريطانيا أمس.", places=[UK])
    got = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert got and got[0].place == "p1"
