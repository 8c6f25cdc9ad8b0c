"""Present يذكر and تتابع/يتابع speak only in narrow shapes: 'وتتابع داغ: "…"' (a colon or a
quotation right after a short subject) and 'يذكر خبراء السلاح أن' (أن after the verb's own
subject). Not 'ويذكر أن' ('it is noted'), 'تتابع الحكومة عن كثب' (audit U22 cue words)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speaker", [
    ('وتتابع سلمى: "نريد أن يكون نصف أعضاء البرلمان من النساء في الدورة المقبلة".', {"سلمى": "PER"}, "سلمى"),
    ("يذكر خبراء السلاح أن الرصاص المستخدم في الهجوم يصنع في مصانع محلية صغيرة.", {}, "خبراء السلاح"),
])
def test_narrow_present_speaks(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    "ويذكر أن الرصاص المستخدم في الهجوم يصنع في مصانع محلية صغيرة منذ سنوات.",
    "وتتابع الحكومة عن كثب التطورات الأخيرة وتأمل أن تهدأ الأوضاع في المدينة قريبا.",
    "ولا يذكر التقرير الجهة التي نفذت الهجوم على القرية الصغيرة أمس.",
])
def test_narrow_present_silent(quotes, text):
    assert quotes(text, {}).quotes == []
