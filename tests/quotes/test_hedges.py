"""Hedged claims: زعم، ادعى، مزاعم، ادعاءات، "ما وصفه بـ" set hedged; plain verbs do not."""
from __future__ import annotations

import pytest

from rasd.stages.quotes import attribute


@pytest.mark.parametrize("verb", ["زعم", "وزعم", "زعمت", "وزعمت", "زعموا", "يزعم", "تزعم", "يزعمون",
                                  "ادعى", "وادعى", "ادعت", "وادعت", "ادعوا", "ادّعى", "ادَّعت"])
def test_hedging_verbs_mark_the_quote(quotes, check, verb):
    doc = quotes(f"{verb} المتحدث أن القوات قتلت 20 مسلحا في الهجوم.")
    check(doc)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].hedged is True
    assert doc.quotes[0].content.text == "القوات قتلت 20 مسلحا في الهجوم"


@pytest.mark.parametrize("verb", ["قال", "أكد", "أوضح", "أشار إلى", "ذكر", "أفاد", "أعلن", "نفى"])
def test_plain_reporting_verbs_are_not_hedged(quotes, verb):
    doc = quotes(f"{verb} المتحدث أن القوات قتلت 20 مسلحا في الهجوم.")
    assert len(doc.quotes) == 1 and doc.quotes[0].hedged is False


@pytest.mark.parametrize("text", [
    "ورفض الجيش مزاعم المعارضة بأن قواته قصفت المستشفى.",
    "ونفت الوزارة ادعاءات الناشطين بأن 30 مدنيا قتلوا.",
])
def test_hedging_nouns_introduce_a_hedged_claim(quotes, text):
    doc = quotes(text)
    claims = [q for q in doc.quotes if q.hedged]
    assert len(claims) == 1
    assert claims[0].cue.text in ("مزاعم", "ادعاءات")
    assert claims[0].speaker.text in ("المعارضة", "الناشطين")


def test_counts_inside_a_hedged_claim_inherit_hedged(quotes):
    text = "وزعم التنظيم أن مقاتليه قتلوا 40 جنديا في الكمين."
    doc = quotes(text)
    pos = text.index("40")
    att = attribute(doc, pos, pos + 2)
    assert att is not None and att.hedged and att.kind == "quote"
    assert att.source.text == "التنظيم"


def test_ma_wasafahu_marks_a_hedged_region(quotes):
    text = "وقصفت الطائرات ما وصفه الجيش بـ«أوكار الإرهابيين» في ريف المدينة."
    doc = quotes(text)
    pos = text.index("أوكار")
    att = attribute(doc, pos, pos + 5)
    assert att is not None and att.hedged is True
    assert att.source.text == "الجيش"


def test_hedged_attributive_phrase(quotes):
    text = "قتل 12 شخصا في الغارة، حسبما زعم المتحدث باسم الفصيل."
    doc = quotes(text)
    assert doc.quotes == []
    att = attribute(doc, text.index("12"), text.index("12") + 2)
    assert att is not None and att.kind == "phrase" and att.hedged is True


@pytest.mark.parametrize("text", [
    "وقال شاب يدعى أحمد إن الشرطة اعتقلت شقيقه.",
    "وأكدت سيدة تدعى سلمى أن القصف دمر منزلها.",
    "وقال المحامي إن الادعاء العام طلب تأجيل الجلسة.",
    "وذكر الناطق أن ادعاء النيابة يستند إلى شهادات.",
])
def test_named_and_prosecution_are_not_hedges(quotes, text):
    doc = quotes(text)
    assert doc.quotes and all(not q.hedged for q in doc.quotes)
    assert all(not a.hedged for a in doc.attributions)


@pytest.mark.parametrize("text,source", [
    ("وندد الوزير بما يسميه الإرهاب المنظم في المنطقة.", "الوزير"),
    ("وقصفت الطائرات ما وصفه البيت الأبيض بالمواقع الإرهابية.", "البيت الأبيض"),
])
def test_naming_and_describing_are_hedged_regions(quotes, text, source):
    doc = quotes(text, {"البيت الأبيض": "ORG"})
    hedged = [a for a in doc.attributions if a.hedged]
    assert len(hedged) == 1 and hedged[0].source.text == source
