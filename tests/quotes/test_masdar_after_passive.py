""""وقال X الذي تم نقل خطابه عبر الإذاعة إن": a cue word right after تم/يتم/جرى is a masdar in
a passive ("the transmission of his speech"), not a verb of saying — it opens no quote and does
not end the statement of the cue before it (audit U60 saudinewsnet-2015-08-06-02601: the quote
and the one after it went to "خطابه وترجمته")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وقال سامي العلي الذي تم نقل كلمته عبر الإذاعة إن "الحل قريب". وأضاف "نحن مستعدون لكل الاحتمالات".',
     [("وقال", "سامي العلي"), ("وأضاف", "سامي العلي")]),
    ("وأكد الوزير الذي يتم نقل تصريحاته مباشرة أن العمل مستمر.", [("وأكد", "الوزير")]),
])
def test_masdar_after_passive(quotes, check, text, want):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == want
