"""Targets of accusations (event_actors_doers.charge_start): the parties named in what the
accused is charged with, after بـ, are no targets — "وتتهم الشرطة ملاك الشركة بتقديم تغطية
إعلامية لرئيس الوزراء نتنياهو" accuses the owners, not Netanyahu (audit U50
ant-AL-internationalNews-287-20180302)."""

NETANYAHU = ("بنيامين نتنياهو", "PER", "ISRGOV")


def _accusations(ev, text, **kw):
    return [e for e in ev.run(ev.make_doc(text, **kw)) if e.type == "ACCUSE"]


def test_party_in_the_charge_is_no_target(ev):
    text = "واتهمت وزارة العدل مديري الشركة بتقديم رشى إلى رئيس الوزراء بنيامين نتنياهو."
    evs = _accusations(ev, text, entities=[NETANYAHU])
    assert evs and not any("نتنياهو" in t.text for e in evs for t in e.targets)


def test_accused_before_the_charge_stays(ev):
    # must still fire: the accused named right after the verb is the target
    text = "واتهمت وزارة العدل رئيس الوزراء بنيامين نتنياهو بتلقي رشى من رجال أعمال."
    evs = _accusations(ev, text, entities=[NETANYAHU])
    assert any("نتنياهو" in t.text for e in evs for t in e.targets)


def test_condemned_act_after_ba_keeps_its_targets(ev):
    # must not fire: after ندد/دان the بـ noun is what is condemned, its parties stay targets
    text = "ونددت منظمة العفو الدولية باعتقال السلطات السعودية ناشطين حقوقيين."
    doc = ev.make_doc(text, entities=[("منظمة العفو الدولية", "ORG", "NGOAMN"), ("السلطات السعودية", "ORG", "SAUGOV")])
    evs = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert any("السلطات السعودية" in [t.text for t in e.targets] for e in evs)
