""""انتقد الرئيس الأميركي سامر يوسف …، المذيعة سلمى ناصر، …، وقال": the subject of the verb
opening the sentence may be a title and its adjectives before the name; a coordinated
subject-less cue shares that name, not the closest name (the object) (audit U52)."""
from __future__ import annotations

import pytest

NAMES = {"سامر يوسف": "PER", "سلمى ناصر": "PER", "خالد النمر": "PER"}


@pytest.mark.parametrize("text,want", [
    ("انتقد الرئيس الأميركي سامر يوسف، المذيعة الشهيرة سلمى ناصر، بسبب برنامجها، وقال إنه يأمل أن تنافسه.",
     ["سامر يوسف"]),
    ("رفع الشيخ خالد النمر تعازيه للأمير سامر يوسف، وقال إن المصاب جلل.", ["خالد النمر"]),
    # unchanged: a title whose next name is its object reads as before
    ("انتقد الرئيس المذيعة سلمى ناصر بسبب برنامجها، وقال إنه يأمل أن تنافسه.", ["سلمى ناصر"]),
])
def test_opening_title_name(quotes, check, text, want):
    doc = quotes(text, NAMES)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == want
