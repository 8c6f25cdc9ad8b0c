"""مشيدا/مشيدة (praising) is a participle cue like مثمنا/منددا (audit U44 Q-15): it ends the
content before it and carries its own complement."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال الوزير إن الاتفاق خطوة مهمة، مشيدا بدور الوسطاء في المفاوضات.",
     [("الوزير", "الاتفاق خطوة مهمة")]),
    ("وأكدت الوزيرة أن العلاقات جيدة، مشيدة بأن التعاون بين البلدين يتطور.",
     [("الوزيرة", "العلاقات جيدة"), ("الوزيرة", "التعاون بين البلدين يتطور")]),
    # kept: the noun "مشيد" is no participle form in the list
    ("وقال المهندس إن المبنى مشيد من الحجر.", [("المهندس", "المبنى مشيد من الحجر")]),
])
def test_praising_participle(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
