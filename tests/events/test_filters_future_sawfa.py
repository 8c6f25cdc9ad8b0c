"""Assertion filters (event_filters): سوف written apart before a future auxiliary (يجري، يعقد، يقوم …)
makes its verbal noun a plan, as "سيجري" does — "وسوف يجري الوزير الروسي محادثات مع نظيره القطري"
was a CONSULT dated by another clause (audit U58 saudinewsnet-2015-08-02-00556)."""


def test_sawfa_before_the_auxiliary_is_future(ev):
    text = "وقالت الخارجية إن الأمير سوف يستقبل الوفد، وسوف يجري الوزير الروسي محادثات مع نظيره القطري."
    assert "CONSULT" not in ev.types(text, entities=[("الخارجية", "ORG", "RUSGOV")])


def test_the_auxiliary_without_sawfa_stays(ev):
    # must not fire: "أجرى" / "يجري" with no future particle tells talks held
    text = "وأجرى الوزير الروسي محادثات مع نظيره القطري في الدوحة."
    assert "CONSULT" in ev.types(text)
