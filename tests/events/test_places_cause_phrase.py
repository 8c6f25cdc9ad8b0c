"""A place in a cause phrase after an agreement or a talk ("اتفق البلدان … بسبب برنامج إيران
النووي") is the cause's, not where the two agreed (SPEC §2.6; audit U48
ant-SK-internationalNews-1790: a summit deal placed in North Korea from "بسبب برنامج كوريا
الشمالية")."""
IRAN = ("إيران", 32.0, 53.0, "IR", "country")
VIENNA = ("فيينا", 48.2, 16.37, "AT", "city")


def _agree_places(ev, text):
    doc = ev.make_doc(text, published="2018-05-26", places=[p for p in (IRAN, VIENNA) if p[0] in text],
                      entities=[("الحكومة الفرنسية", "ORG", "FRAGOV"), ("الحكومة الألمانية", "ORG", "DEUGOV")])
    return ev.place_names(doc, "AGREE")


def test_place_of_a_cause_is_not_the_agreement_place(ev):
    text = ("واتفقت الحكومة الفرنسية والحكومة الألمانية، خلال الشهر الجاري، على عقد القمة بعد أشهر "
            "من الخلاف بسبب برنامج إيران النووي.")
    places = _agree_places(ev, text)
    assert places and "إيران" not in places


# must not fire: the place where they agreed, before the cause
def test_place_before_the_cause_stays(ev):
    text = "واتفقت الحكومة الفرنسية والحكومة الألمانية في فيينا على عقد القمة بسبب برنامج إيران النووي."
    assert _agree_places(ev, text) == ["فيينا"]
