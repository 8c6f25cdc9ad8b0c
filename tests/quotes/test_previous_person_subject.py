""""لكن وزير الداخلية ماتيو سالفيني … رفض الانتقادات. وقال «…»": a و-cue opening its sentence with
no subject goes on with the person named (after at most a title) as the subject opening the
sentence before, when that sentence holds no quote (audit U62: the quote went to the speaker
before that sentence)."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER", "خالد حسن": "PER"}


@pytest.mark.parametrize("text,want", [
    ('وصرح سامي العلي أن ليبيا ليست بلدا آمنا. لكن وزير الداخلية خالد حسن زعيم الحزب اليميني رفض '
     'الانتقادات. وقال "خلال الساعات الماضية تمكن خفر السواحل من إنقاذ مهاجرين".',
     [("سامي العلي", "ليبيا ليست بلدا آمنا"), ("خالد حسن", "خلال الساعات الماضية تمكن خفر السواحل من إنقاذ مهاجرين")]),
    # must not fire: the sentence before holds a quote; no person opens it
    ("وصرح سامي العلي أن ليبيا ليست آمنة. وأكد خالد حسن أن الوضع مستقر. وقال إن الحدود مغلقة.",
     [("سامي العلي", "ليبيا ليست آمنة"), ("خالد حسن", "الوضع مستقر"), ("خالد حسن", "الحدود مغلقة")]),
    ("وصرح سامي العلي أن ليبيا ليست آمنة. ورفضت الحكومة الانتقادات بشدة. وقال إن الحدود مغلقة.",
     [("سامي العلي", "ليبيا ليست آمنة"), ("سامي العلي", "الحدود مغلقة")]),
])
def test_previous_person_subject(quotes, check, text, want):
    doc = quotes(text, N)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
