""""بيان لـX": the owner joined by ل speaks. "لخفر السواحل" keeps its words after the ل;
"للجيش" (the article's alif lost) is the organisation named with that head elsewhere, and with
none the statement has no speaker (audit U22 Q-5 leftover)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speaker", [
    ("وذكر بيان لخفر السواحل التركي أن قاربا غرق قبالة الساحل وعلى متنه عشرون مهاجرا.", {},
     "خفر السواحل التركي"),
    ("أعلن الجيش اللبناني استنفارا على الحدود الجنوبية. وقال بيان للجيش إن دورياته رصدت تحركات "
     "مريبة قرب السياج.", {}, "الجيش اللبناني"),
    # must not fire as a guess: no organisation with that head anywhere, so no speaker
    ("وقال بيان للجيش إن دورياته رصدت تحركات مريبة قرب السياج الحدودي.", {}, None),
    # must not fire: the ل-word names whom the statement was given to
    ("أعلنت الوزارة الحظر. وقال بيان للصحفيين إن الحظر يبدأ غدا في كل المدن.", {}, None),
])
def test_statement_lam_owner(quotes, check, text, names, speaker):
    doc = quotes(text, names)
    check(doc)
    q = [q for q in doc.quotes if q.cue is not None and "بيان" in text[q.cue.start:q.cue.start + 20]]
    assert len(q) == 1
    got = q[0].speaker.text if q[0].speaker is not None else None
    if speaker is None:
        assert got is None or "لل" not in got
    else:
        assert got == speaker
