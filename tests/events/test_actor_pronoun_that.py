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


# the announcer excluded as the statement's source is still the doer its pronoun names, over a
# group named after the act ("مرتبطين بتنظيم داعش": those held are linked to it)
def test_the_announcer_source_is_the_doer_after_pronoun_that(ev):
    text = "والحكومة المصرية أعلنت أنها اعتقلت 20 شخصا مرتبطين بتنظيم داعش في القاهرة أمس."
    doc = ev.make_doc(text, places=[CAIRO], entities=[("الحكومة المصرية", "ORG", "EGYGOV"), ("داعش", "ORG", "IMGMUSISI")],
                      attributions=[("الحكومة المصرية", "اعتقلت 20 شخصا مرتبطين بتنظيم داعش", False)])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [x.text for x in e.actors] == ["الحكومة المصرية"]


def test_a_source_far_before_the_pronoun_is_not_the_doer(ev):
    text = "وقال الوزير في مؤتمر صحفي عقده في القاهرة بعد ظهر أمس إن الشرطة أعلنت أنها اعتقلت 20 شخصا."
    doc = ev.make_doc(text, places=[CAIRO], entities=[("الوزير", "PER", None)],
                      attributions=[("الوزير", "الشرطة أعلنت أنها اعتقلت 20 شخصا", False)])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert "الوزير" not in [x.text for x in e.actors]


def test_a_state_announcing_its_arrests_is_their_doer(ev):
    text = "والأردن أعلن أنه اعتقل 9 أشخاص مرتبطين بتنظيم داعش في عمان أمس."
    doc = ev.make_doc(text, places=[("الأردن", 31.0, 36.0, "JO", "country"), ("عمان", 31.95, 35.93, "JO", "city")],
                      entities=[("داعش", "ORG", "IMGMUSISI")],
                      attributions=[("الأردن", "اعتقل 9 أشخاص مرتبطين بتنظيم داعش", False)],
                      quantities=[("9 أشخاص", 9, "exact", "arrested")])
    (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert [x.text for x in e.actors] == ["الأردن"]
    assert [x.text for x in e.targets] == ["9 أشخاص"]  # (those held; داعش is what they belong to)
