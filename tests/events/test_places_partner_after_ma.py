"""A place right after مع is the other party ("اتصالات أجراها مع إيران", "التعاون العسكري مع
روسيا"), not where the act happened (SPEC §2.6)."""
IRAN = ("إيران", 32.0, 53.0, "IR", "country")
RUSSIA = ("روسيا", 60.0, 100.0, "RU", "country")
CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")


def _places(ev, text, places, kind, entities=()):
    doc = ev.make_doc(text, published="2017-02-14", places=places, entities=entities)
    return ev.place_names(doc, kind)


def test_the_party_after_ma_is_not_the_place(ev):
    text = "أعلن مكتب الرئيس استقالة وزير الداخلية، بعد أيام من كشف الصحافة عن اتصالات أجراها مع إيران."
    assert "إيران" not in _places(ev, text, [IRAN], "CONCEDE")


def test_cooperation_with_a_state_is_not_placed_there(ev):
    text = "أكد وزير الدفاع المصري أن التعاون العسكري مع روسيا مستمر."
    assert "روسيا" not in _places(ev, text, [RUSSIA], "COOPERATE", entities=[("وزير الدفاع المصري", "PER", "EGYGOV")])


def test_the_town_after_fi_stays(ev):
    text = "واجتمع وزير الخارجية الروسي في القاهرة مع نظيره المصري."
    assert _places(ev, text, [CAIRO], "CONSULT", entities=[("وزير الخارجية الروسي", "PER", "RUSGOV")]) == ["القاهرة"]
