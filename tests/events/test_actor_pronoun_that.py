"""Actors of events (event_actors_clause.pronoun_that): a physical act's verb right after "أنها/أنه"
has the pronoun as subject (the speaker named before), so the name after the verb is the one
it befell — not a VSO subject."""

HAIS = ("حيس", 13.93, 43.48, "YE", "city")
CAIRO = ("القاهرة", 30.04, 31.24, "EG", "city")
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")


def test_the_name_after_a_pronoun_that_verb_is_the_target(ev):
    text = "وأشارت ألوية العمالقة إلى أنها اعتقلت القيادي الحوثي محمد السويدي في حيس أمس."
    doc = ev.make_doc(text, places=[HAIS], entities=[("ألوية العمالقة", "ORG", None), ("محمد السويدي", "PER", "YEMREB")],
                      attributions=[("ألوية العمالقة", "اعتقلت القيادي الحوثي محمد السويدي", False)])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert "محمد السويدي" not in [x.text for x in e.actors]
    assert "محمد السويدي" in [x.text for x in e.targets]


# must not fire: a plain "that" keeps the subject after it; a verbal act after "أنه" is left alone
def test_a_plain_that_keeps_its_subject(ev):
    text = "وقال الوزير إن الشرطة اعتقلت الناشط أحمد علي في القاهرة أمس."
    (e,) = [e for e in ev.run(ev.make_doc(text, places=[CAIRO])) if e.type == "COERCE"]
    assert [x.text for x in e.actors] == ["الشرطة"]


def test_a_verbal_act_after_pronoun_that_keeps_its_reading(ev):
    text = "وأعلن التحالف أنه اتفق مع الحكومة على تشكيل لجان في دمشق أمس."
    assert "AGREE" in ev.types(text, places=[DAMASCUS])
