"""One record per happening (event_retold.is_anaphoric): the article of "ألقى القبض على" belongs
to the idiom, so "وأُلقي القبض على أربعة آخرين" is a new arrest, not the arrest told before (it
had been folded into the arrest of a leader abroad, audit U58 ant-BB-internationalNews-230-20180326);
and an arrest "before the authorities could make it" did not happen (event_filter_goals)."""

BERLIN = ("برلين", 52.52, 13.40, "DE", "city")
LYON = ("ليون", 45.76, 4.84, "FR", "city")


def _arrests(ev, text):
    qs = [("خمسة آخرين", 5, "exact", "arrested")] if "خمسة آخرين" in text else []
    doc = ev.make_doc(text, places=[p for p in (BERLIN, LYON) if p[0] in text], quantities=qs)
    return [e for e in ev.run(doc) if e.type == "COERCE"]


def test_the_idiom_tells_a_new_arrest(ev):
    text = ("خرجت احتجاجات في مدينة ليون، بعد اعتقال زعيم المعارضة في برلين. وأصيب عشرون شخصا على "
            "الأقل في مواجهات مع الشرطة، وألقي القبض على خمسة آخرين.")
    evs = _arrests(ev, text)
    assert len(evs) == 2
    counted = [e for e in evs if "arrested" in e.counts]
    assert len(counted) == 1 and counted[0].trigger.text == "القبض" and counted[0].place == "p2"


def test_an_arrest_before_one_could_make_it_did_not_happen(ev):
    text = "وغادر الزعيم المعارض ليون قبل أن تتمكن السلطات من إلقاء القبض عليه."
    assert _arrests(ev, text) == []
