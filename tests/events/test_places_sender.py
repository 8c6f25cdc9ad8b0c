"""The place after من that follows a message, offer or envoy noun ("رحب ببيان تصالحي من كوريا
الشمالية", "تلقى رسالة من طهران") is who sent it, not where the act happened (SPEC §2.6)."""
KOREA = ("كوريا الشمالية", 40.0, 127.0, "KP", "country")
TEHRAN = ("طهران", 35.69, 51.39, "IR", "city")


def _places(ev, text, places, kind):
    doc = ev.make_doc(text, published="2018-05-26", places=places,
                      entities=[("الرئيس الأمريكي", "PER", "USAGOV")])
    return ev.place_names(doc, kind)


def test_the_sender_of_a_statement_is_not_the_place(ev):
    text = "ورحب الرئيس الأمريكي ببيان تصالحي من كوريا الشمالية."
    assert "كوريا الشمالية" not in _places(ev, text, [KOREA], "SUPPORT")


def test_a_place_after_min_that_opens_the_sentence_stays(ev):
    text = "ومن طهران رحب الرئيس الأمريكي بالاتفاق."
    assert _places(ev, text, [TEHRAN], "SUPPORT") == ["طهران"]
