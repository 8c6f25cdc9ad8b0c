"""A subject-less "وقال" after a sentence with no quote whose speech verb follows an adverbial
opening ("من ناحيته، أعلن …", "وفي المحافظة حذر …", "ومع ذلك، رفض …") takes the person named
as that verb's subject, not the last quote's speaker (audit U27 Q-1)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال رئيس اللجنة إن الوضع مستقر. وفي محافظة نينوى حذر النائب سالم ناجي العبيدي من مخاطر "
     "الفتنة. وقال: هناك من يريد إشعال نار الفتنة بين الأهالي.",
     {"سالم ناجي العبيدي": "PER"}, ["رئيس اللجنة", "سالم ناجي العبيدي"]),
    ("وقال الوزير إن الوضع مستقر. من ناحيته، أعلن قائد الشرطة الفريق ماجد سعيد الربيعي مقتل العشرات "
     "من المسلحين. وقال في تصريح صحفي إن قواته قتلت 23 مسلحا.",
     {"ماجد سعيد الربيعي": "PER"}, ["الوزير", "ماجد سعيد الربيعي"]),
    ("وقال الوزير إن الوضع مستقر. ومع ذلك، رفض قائد القوات فريد حنا الزعم بأن التنظيم يتوسع. "
     "وقال للصحفيين: \"تمكنوا من تعويض جزء من خسائرهم فقط\".",
     {"فريد حنا": "PER"}, ["الوزير", "فريد حنا"]),
    # must not fire: a name after the verb's preposition; a verb that is no speech act
    ("وقال الوزير سامي خليل إن الوضع مستقر. وفي المدينة، حذر الأهالي من بشار حداد. "
     "وأضاف أن الحكومة ستتدخل.", {"سامي خليل": "PER", "بشار حداد": "PER"}, ["سامي خليل", "سامي خليل"]),
    ("وقال الوزير سامي خليل إن الوضع مستقر. ومن جهة أخرى، التقى الرئيس فادي كمال بالوفد. "
     "وأضاف أن الحكومة ستتدخل.", {"سامي خليل": "PER", "فادي كمال": "PER"}, ["سامي خليل", "سامي خليل"]),
])
def test_opened_speech_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
