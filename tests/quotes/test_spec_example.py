"""SPEC §3 worked example, quotes and attributions only (entities given by hand)."""
from __future__ import annotations

from rasd.stages.quotes import attribute

TEXT = ("إدلب - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأحد، في قصف مدفعي استهدف بلدة معرة النعمان "
        "جنوب إدلب، حسبما أفاد المرصد السوري لحقوق الإنسان.\n"
        "وقال مدير الدفاع المدني في المنطقة أحمد الخطيب: \"فرّت أكثر من مئتي عائلة نحو المخيمات "
        "القريبة من الحدود التركية\".\n"
        "وأضاف أن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.")
NAMES = {"إدلب": "LOC", "معرة النعمان": "LOC", "المرصد السوري لحقوق الإنسان": "ORG", "أحمد الخطيب": "PER"}


def test_spec_example_quotes(quotes, check):
    doc = quotes(TEXT, NAMES)
    check(doc)
    u1, u2 = doc.quotes
    assert (u1.kind, u1.cue.text, u1.content.start, u1.content.end) == ("direct", "وقال", 188, 250)
    assert (u1.speaker.start, u1.speaker.end, u1.speaker.entity) == (174, 185, "e4")
    assert (u2.kind, u2.cue.start, u2.cue.end) == ("indirect", 253, 258)
    assert (u2.content.start, u2.content.end) == (262, 309)
    assert (u2.speaker.start, u2.speaker.end) == (174, 185)  # the antecedent of وأضاف
    assert not u1.hedged and not u2.hedged


def test_spec_example_attributions(quotes):
    doc = quotes(TEXT, NAMES)
    killed = attribute(doc, TEXT.index("ثلاثة"), TEXT.index("ثلاثة") + 5)
    assert killed.kind == "phrase" and killed.source.text == "المرصد السوري لحقوق الإنسان"
    assert killed.source.entity == "e3"
    fled = attribute(doc, TEXT.index("أكثر من مئتي"), TEXT.index("عائلة") + 5)
    assert fled.kind == "quote" and fled.source.text == "أحمد الخطيب"
