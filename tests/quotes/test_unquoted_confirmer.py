"""A subject-less "وأضاف" after a sentence with no quote whose subject confirmed or denied
something ("وأكد X مقتل …") or relayed a source ("بحسب ما نقلت الوكالة عن مصدر") takes that
speaker, not the last quote's; a reflexive object ("ويصف نفسه") is never a speaker
(audit U22 Q-4)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال المتحدث سامر خليل في بيان: استهدفنا القاضي في المدينة. وأكد عادل حسن الموظف في المحكمة "
     "مقتل القاضي أمس. وأضاف \"جاء بعض الأشخاص إلى منزله وأطلقوا النار عليه\".",
     {"سامر خليل": "PER", "عادل حسن": "PER"}, ["سامر خليل", "عادل حسن"]),
    ("وقالت مصادر إن الخلاف يتفاقم. وانسحب يعقوب من الاجتماع، بحسب ما نقلت \"وكالة الأنباء\" عن "
     "\"مصدر في الحركة\". واضاف \"يشعر قسم من الأعضاء بالاضطراب الشديد\".",
     {"يعقوب": "PER"}, ["مصادر", "مصدر في الحركة"]),  # (a bare source noun keeps its في phrase)
    # must not fire: a quote in the sentence before keeps the chain
    ("وأكد عادل حسن أن القاضي قتل. وأضاف \"جاء بعض الأشخاص إلى منزله\".",
     {"عادل حسن": "PER"}, ["عادل حسن", "عادل حسن"]),
    ("وقال لافروف إن المحادثات مفيدة. وأضاف: \"علينا مواصلة العمل معا\".",
     {"لافروف": "PER"}, ["لافروف", "لافروف"]),
])
def test_unquoted_confirmer(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers


def test_reflexive_is_no_speaker(quotes):
    doc = quotes("ويصف نفسه على تويتر بأنه من أنصار الحوار الوطني.", {})
    assert all(q.speaker is None or q.speaker.text != "نفسه" for q in doc.quotes)
