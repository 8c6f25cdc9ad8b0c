"""A source is who reports the happening (SPEC §2.6), never part of what is told: a name after
the act with no reporting word between (its object: "أعلن الجيش إغلاق معبر كرم أبو سالم"), a
name inside someone's quotation that does not hold the act, or a reported clause ("إن …")."""
from rasd.model.record import Attribution
from rasd.model.span import ArgSpan

GAZA = ("قطاع غزة", 31.42, 34.37, "PS", "region")


def _sources(ev, text, source, *, kind, quotes=(), entities=()):
    places = [GAZA] if GAZA[0] in text else []
    doc = ev.make_doc(text, published="2018-05-12", places=places, quotes=quotes, entities=entities)
    s = text.index(source)
    doc.attributions.append(Attribution(0, len(text), ArgSpan(s, s + len(source), source), None, False, "phrase"))
    return [e.source.text if e.source else None for e in ev.run(doc) if e.type == kind]


def test_a_name_after_the_act_is_its_object_not_its_reporter(ev):
    text = "وكان الجيش الإسرائيلي قد أعلن إغلاق معبر كرم أبو سالم الجمعة، وهو المنفذ الوحيد إلى قطاع غزة."
    assert _sources(ev, text, "أبو سالم", kind="COERCE") == [None]


def test_a_reporter_after_a_reporting_word_stays(ev):
    text = "وأعلن الجيش الإسرائيلي إغلاق معبر كرم أبو سالم المؤدي إلى قطاع غزة الجمعة، حسبما أفاد مسؤولون فلسطينيون."
    assert _sources(ev, text, "مسؤولون فلسطينيون", kind="COERCE") == ["مسؤولون فلسطينيون"]


def test_a_name_inside_anothers_quotation_does_not_report_the_act(ev):
    text = ('واتهم وزير الخارجية الروسي المنظمة بفبركة الصور قائلا: "سنرى المزيد من القصص التي تذكر جمعية '
            'الإنقاذ الأهلية".')
    content = 'سنرى المزيد من القصص التي تذكر جمعية الإنقاذ الأهلية'
    got = _sources(ev, text, "جمعية الإنقاذ الأهلية", kind="ACCUSE", quotes=[("وزير الخارجية الروسي", content)],
                   entities=[("وزير الخارجية الروسي", "PER", "RUSGOV")])
    assert "جمعية الإنقاذ الأهلية" not in got


def test_a_reported_clause_is_no_reporter(ev):
    text = "وأعلن الجيش الإسرائيلي إغلاق معبر كرم أبو سالم المؤدي إلى قطاع غزة، وقال إن المعبر سيبقى مغلقا."
    assert _sources(ev, text, "إن المعبر سيبقى مغلقا", kind="COERCE") == [None]
