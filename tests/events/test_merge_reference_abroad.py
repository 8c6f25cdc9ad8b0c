"""A back-reference noun that names its own doer and a place in another country than the attack
told before ("… ردا على الهجوم الروسي على مدينة حلب السورية" after an attack in Lyon) is another
happening told as background, not a retelling nor news of its own: it does not give the earlier attack its doer (SPEC §2.7 merging;
audit U48 ant-SK-internationalNews-691: the Ulm mosque attack took the actor التركي from "الهجوم
التركي على منطقة عفرين")."""
LYON = ("ليون", 45.76, 4.84, "FR", "city")
ALEPPO = ("حلب", 36.2, 37.15, "SY", "city")


def _attacks(ev, text):
    doc = ev.make_doc(text, published="2018-03-30", places=[p for p in (LYON, ALEPPO) if p[0] in text])
    names = {p.id: p.name for p in doc.places}
    return [(names.get(e.place), [a.text for a in e.actors]) for e in ev.run(doc) if e.type == "ASSAULT"]


def test_reference_abroad_with_its_doer_does_not_merge(ev):
    text = ("ولم يصب أي من المصلين في مسجد مدينة ليون وقت الهجوم بأذى. "
            "ووقع الهجوم ليلا بإلقاء قنابل حارقة على المسجد. "
            "ورفض المدعون التعليق على أنباء بأن الهجوم انتقام بسبب الهجوم الروسي على مدينة حلب السورية.")
    lyon = [acts for place, acts in _attacks(ev, text) if place == "ليون"]
    assert lyon and not any("الروسي" in a for acts in lyon for a in acts)
    assert "حلب" not in [place for place, _acts in _attacks(ev, text)]


# must not fire: a reference in the same country retells the attack
def test_reference_in_the_same_country_merges(ev):
    text = ("ألقى مجهولون قنابل حارقة على مسجد في مدينة ليون الأحد. "
            "وقال المدعون إن الهجوم المسلح في ليون لم يوقع إصابات.")
    assert [place for place, _acts in _attacks(ev, text)] == ["ليون"]
