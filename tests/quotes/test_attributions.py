"""Attributive phrases are sources, not quotes; attribute() answers who reports a span."""
from __future__ import annotations

import pytest

from rasd.stages.quotes import attribute


@pytest.mark.parametrize("text,source", [
    ("قتل 5 أشخاص في القصف، حسبما أفاد المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف حسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف وفق ما أعلن المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف، بحسب ما ذكر المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف، وفقا لما نقلته المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("قتل 5 أشخاص في القصف نقلاً عن المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
])
def test_attributive_phrase_names_the_source_of_a_count(quotes, check, text, source):
    doc = quotes(text, {"المرصد السوري لحقوق الإنسان": "ORG"})
    check(doc)
    assert doc.quotes == []  # SPEC §2.7: not a quote
    pos = text.index("5")
    att = attribute(doc, pos, pos + 1)
    assert att is not None and att.kind == "phrase"
    assert att.source.text == source and att.source.entity == "e1"
    assert att.hedged is False


@pytest.mark.parametrize("names", [{"لمرصد السوري لحقوق الإنسان": "ORG"}, {}])
def test_source_glued_to_la_after_wafqan(quotes, check, names):
    # SPEC §2.1: in "للمرصد" (ل + ال contracted) the name starts at the second ل
    text = "قتل 5 أشخاص في القصف وفقاً للمرصد السوري لحقوق الإنسان."
    doc = quotes(text, names)
    check(doc)
    att = attribute(doc, text.index("5"), text.index("5") + 1)
    assert att is not None and att.source.text.startswith("لمرصد السوري")
    assert att.source.start == text.index("للمرصد") + 1
    assert (att.source.entity == "e1") == bool(names)


@pytest.mark.parametrize("text,source", [
    ("قتل ثلاثة مدنيين بحسب ناشطين محليين.", "ناشطين محليين"),
    ("أصيب سبعة أشخاص، حسبما أفادت مصادر طبية.", "مصادر طبية"),
    ("نزحت 200 عائلة وفق مصادر محلية.", "مصادر محلية"),
    ("اعتقل 15 شخصا بحسب الشرطة.", "الشرطة"),
    ("أعلنت وزارة الصحة مقتل 12 شخصا في الانفجار.", "وزارة الصحة"),
    ("وثق المرصد مقتل 12 شخصا في الانفجار.", "المرصد"),
    # after a nisba adjective the object starts, not more of the subject
    ("أعلنت وزارة الخارجية الروسية دخول قوات إلى المدينة.", "وزارة الخارجية الروسية"),
    ("أعلن الجيش العراقي القضاء على 25 مسلحا.", "الجيش العراقي"),
    ("أكدت الشرطة البريطانية مرارا اعتقال 3 أشخاص.", "الشرطة البريطانية"),
    ("أعلن الرئيس الأمريكي السابق وقف المساعدات.", "الرئيس الأمريكي السابق"),
])
def test_nominal_sources(quotes, text, source):
    doc = quotes(text)
    assert doc.quotes == []
    att = next(a for a in doc.attributions if a.kind == "phrase")
    assert att.source.text == source and att.source.entity is None


@pytest.mark.parametrize("text", [
    "تعمل الفرق وفق قواعد الاشتباك المعتمدة.",
    "وزعت المساعدات حسب الحاجة في كل حي.",
    "ولم تكشف السلطات عن مصير المعتقلين.",
    "كما اتهمت الحكومة المعارضة بإشعال الفتنة.",
])
def test_no_source_where_no_one_reports(quotes, text):
    doc = quotes(text)
    assert doc.attributions == []


def test_relay_in_attributive_sentence(quotes):
    text = "نقلت وكالة رويترز عن مصدر أمني مقتل 4 جنود في الهجوم."
    doc = quotes(text, {"رويترز": "ORG"})
    assert doc.quotes == []
    pos = text.index("4")
    att = attribute(doc, pos, pos + 1)
    assert att.source.text == "مصدر أمني"
    assert att.relay is not None and att.relay.text == "رويترز"


def test_relay_on_the_tongue_of(quotes):
    text = 'ونقلت وكالة رويترز على لسان مصدر أمني قوله: "قتل 4 جنود في الهجوم".'
    doc = quotes(text, {"رويترز": "ORG"})
    (q,) = doc.quotes
    assert q.speaker.text == "مصدر أمني"
    att = attribute(doc, q.content.start, q.content.end)
    assert att.relay is not None and att.relay.text == "رويترز"


def test_count_inside_a_quote_belongs_to_its_speaker(quotes):
    text = ("قتل 3 مدنيين في القصف، حسبما أفاد المرصد. "
            "وقال مدير الدفاع المدني أحمد الخطيب: \"فرت أكثر من 200 عائلة نحو المخيمات\".")
    doc = quotes(text, {"المرصد": "ORG", "أحمد الخطيب": "PER"})
    a3 = attribute(doc, text.index("3"), text.index("3") + 1)
    a200 = attribute(doc, text.index("200"), text.index("200") + 3)
    assert a3.source.text == "المرصد" and a3.kind == "phrase"
    assert a200.source.text == "أحمد الخطيب" and a200.kind == "quote"


def test_quote_region_wins_over_phrase_in_the_same_sentence(quotes):
    text = "وقال المتحدث إن 8 أشخاص قتلوا، بحسب الشرطة."
    doc = quotes(text)
    pos = text.index("8")
    assert attribute(doc, pos, pos + 1).kind == "quote"


def test_outlet_own_voice_has_no_attribution(quotes):
    text = "قتل 5 أشخاص في انفجار سيارة مفخخة وسط المدينة."
    doc = quotes(text)
    assert attribute(doc, text.index("5"), text.index("5") + 1) is None


def test_every_quote_has_an_attribution_region(quotes):
    text = "قال مصدر أمني إن 4 عناصر قتلوا. وأضاف أن 3 آخرين أصيبوا."
    doc = quotes(text)
    regions = [(a.start, a.end) for a in doc.attributions if a.kind == "quote"]
    assert regions == [(q.content.start, q.content.end) for q in doc.quotes]


def test_trailing_phrase_after_relative_clause_governs_that_clause(quotes):
    text = ("ووصل المحققون إلى المدينة التي شهدت الهجوم الذي أوقع نحو 40 قتيلا بحسب الدفاع المدني.")
    doc = quotes(text)
    assert attribute(doc, text.index("40"), text.index("40") + 2).source.text == "الدفاع المدني"
    assert attribute(doc, text.index("وصل"), text.index("وصل") + 3) is None


def test_commas_around_adverbs_do_not_narrow_the_phrase(quotes):
    text = "قتل ثلاثة مدنيين، الأحد، في قصف مدفعي على البلدة، حسبما أفاد المرصد."
    doc = quotes(text)
    assert attribute(doc, text.index("قتل"), text.index("قتل") + 3).source.text == "المرصد"


def test_trailing_phrase_does_not_govern_the_next_clause(quotes):
    text = ("والنظام الذي ينفي الهجوم الذي أوقع نحو 40 قتيلا بحسب الدفاع المدني، "
            "كان قد دعا المنظمة إلى المجيء إلى المدينة.")
    doc = quotes(text)
    assert attribute(doc, text.index("40"), text.index("40") + 2).source.text == "الدفاع المدني"
    assert attribute(doc, text.index("دعا"), text.index("دعا") + 3) is None


def test_leading_phrase_governs_the_whole_sentence(quotes):
    text = "وبحسب المرصد، قتل 5 أشخاص وأصيب 12 آخرون في الغارات على البلدة."
    doc = quotes(text)
    for num in ("5", "12"):
        assert attribute(doc, text.index(num), text.index(num) + len(num)).source.text == "المرصد"
