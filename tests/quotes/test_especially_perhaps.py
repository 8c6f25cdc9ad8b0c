"""The أن of another word is no cue's complement (held-out U50): "، خاصة أن" / "وخاصة أن",
"خصوصا أن", "لا سيما أن" (especially as) and a clause opened by "، ولعل" ("ولعل أهمها أن")
belong to the narrator; a cue with a noun object before them has no quote. "ثانية" (again)
after the cue is a manner adverb, never the speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وأكد المدير ضرورة ربط الاستمارة بالتأمين، خاصة أن نسبة عالية من السيارات غير مؤمنة.", {}, []),
    ("وأكد المدير ضرورة الحل السريع وخاصة أن الوقت ضيق.", {}, []),
    ("وطالب الوزير بتسريع الإصلاحات، لا سيما أن الموسم يقترب.", {}, []),
    ("تكشف الأرقام عمق العلاقة بين البلدين خلال السنوات الماضية، ولعل أهمها أن الرئيسين التقيا 9 مرات.", {}, []),
    ("وتجنب سامي العلي الخوض في المسألة وأكد ثانية أن الاتحاد لديه موضوعات أهم.", {"سامي العلي": "PER"},
     [("سامي العلي", "الاتحاد لديه موضوعات أهم")]),
    # kept: the adjective "private" after its noun, and a complementiser of the cue before the adverb
    ("وذكرت مصادر خاصة أن الوفد وصل إلى العاصمة.", {}, [("مصادر خاصة", "الوفد وصل إلى العاصمة")]),
    ("وقال الوزير إن الحل قريب، خاصة أن الطرفين وافقا.", {}, [("الوزير", "الحل قريب، خاصة أن الطرفين وافقا")]),
])
def test_especially_perhaps_again(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want


def test_unnamed_official_speaks_on(quotes, check):
    """With no quote of his own ("أكد … ضرورة …، خاصة أن"), an unnamed official opening his
    turn after "من ناحيته،" is still who goes on speaking in the next subject-less cue."""
    doc = quotes("وقال سامي العلي إن الأسعار ارتفعت. من ناحيته، أكد رئيس تنفيذي لإحدى الشركات ضرورة ربط "
                 "الاستمارة بالتأمين، خاصة أن نسبة عالية من السيارات غير مؤمنة. وأوضح أن الأسعار قفزت بنحو 40 "
                 "في المائة.", {"سامي العلي": "PER"})
    check(doc)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("سامي العلي", "الأسعار ارتفعت"), ("رئيس تنفيذي لإحدى الشركات", "الأسعار قفزت بنحو 40 في المائة")]


def test_spokesman_with_object_speaks_on(quotes, check):
    """A spokesman "باسم …" whose verb takes a noun object ("عدم اندلاع …") ends before the object."""
    doc = quotes("وقال وزير الدفاع إن الوضع هادئ. في نفس الموضوع، أكد متحدث باسم جهاز الإطفاء عدم اندلاع "
                 "أية حرائق على طول الحدود. وقال إنه كان هناك ما معدله 24 حريقا يوميا.", {})
    check(doc)
    assert [(q.speaker.text, q.content.text) for q in doc.quotes] == [
        ("وزير الدفاع", "الوضع هادئ"), ("متحدث باسم جهاز الإطفاء", "كان هناك ما معدله 24 حريقا يوميا")]
