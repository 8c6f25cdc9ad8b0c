"""Actors of events (event_actors_named.clause_candidates): a party named as the genitive of a
kinship noun in apposition to a person ("ميلانيا ترامب زوجة الرئيس الأميركي") only says whose
kin she is — the person before it acts, not the president, and it makes no political
actor of her (audit U50
ant-SK-internationalNews-3304-20181005)."""

NAIROBI = ("نيروبي", -1.29, 36.82, "KE", "city")


def test_kin_of_an_official_does_not_act(ev):
    text = "قامت سارة جونسون زوجة الرئيس الأميركي، الجمعة، بزيارة مستشفى في نيروبي."
    doc = ev.make_doc(text, places=[NAIROBI], entities=[("سارة جونسون", "PER", None)])
    # (with the title gone no political actor is left: SPEC §2.6 needs one for a visit)
    assert all("الرئيس الأميركي" not in [a.text for a in e.actors] for e in ev.run(doc))


def test_official_himself_still_acts(ev):
    # must not fire: no kinship noun between the name and the title
    text = "قام الرئيس الأميركي، الجمعة، بزيارة مستشفى في نيروبي."
    doc = ev.make_doc(text, places=[NAIROBI])
    (e,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert [a.text for a in e.actors] == ["الرئيس الأميركي"]


def test_a_relative_or_cousin_of_a_named_man_is_no_target(ev):
    # قريب (a relative) and ابن عم (a cousin) are kin too: only the man arrested is the target
    for kin in ("قريب", "ابن عم"):
        text = f"ألقت الشرطة القبض على كريم الناصر {kin} حسن الناصر في المدينة أمس."
        doc = ev.make_doc(text, entities=[("كريم الناصر", "PER", None), ("حسن الناصر", "PER", None)])
        (e,) = [e for e in ev.run(doc) if e.type == "COERCE"]
        assert [t.text for t in e.targets] == ["كريم الناصر"]
