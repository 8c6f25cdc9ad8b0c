"""Held-out round s18 (filt4): an act named as the goal of an effort is not done."""
import pytest

from rasd.stages.event_detect import detect
from rasd.text.tokenize import tokenize


def _types(sentence):
    return [t.type for t in detect(tokenize(sentence))]


# (sentence, type that must NOT be detected)
SUPPRESSED = [
    # the work or the contribution a return is the goal of (للعمل على / المساهمة في)
    ("وشكلت الحكومة لجنة خاصة للعمل على عودة النازحين إلى القرى.", "DISPLACE"),
    ("ودعا الوزير المنظمات الدولية إلى العمل على عودة المهجرين.", "DISPLACE"),
    ("وناشد المبعوث الدول المانحة المساهمة في عودة النازحين إلى مدنهم.", "DISPLACE"),
    ("وخصصت الوزارة مبلغا للمساهمة في عودة العائلات.", "DISPLACE"),
    # arrangements to complete a return (لإكمال)
    ("وقال المسؤول إن هناك ترتيبات لإكمال عودة العالقين في الخارج.", "DISPLACE"),
]

# (sentence, type that must still be detected)
KEPT = [
    # a dated return, no effort word before it
    ("وشهدت البلدة عودة 300 عائلة نازحة يوم الأحد.", "DISPLACE"),
    # work or a contribution away from the act (a word between) does not govern it
    ("وعاد العمال إلى العمل بعد عودة النازحين إلى البلدة.", "DISPLACE"),
    # على / في right before the act with no effort word: a place or a target
    ("وقتل جندي في هجوم على حاجز للشرطة.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,etype", SUPPRESSED)
def test_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", KEPT)
def test_kept(sentence, etype):
    assert etype in _types(sentence)
