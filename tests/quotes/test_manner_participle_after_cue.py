"""An indefinite accusative participle right after the cue (a حال: "وقال مستشهداً بأبيات
الشاعر:", "وأضاف مستهجناً:") says how it was said; with its complements it is skipped and
the speaker is the previous one, not the participle (audit U54, saudinewsnet-2015-08-01-00009)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('وانتقد سامر الخطيب القرار، وقال مستشهداً بقول الشاعر: "الصبر مفتاح الفرج". وأضاف متسائلاً: "ماذا بعد؟".',
     ["سامر الخطيب", "سامر الخطيب"]),
    ("وانتقد سامر الخطيب القرار، وأضاف مستغربا أن الوزارة لم ترد.", ["سامر الخطيب"]),
    # must not fire: a participle after the subject, a nominative description
    ("وقال أحد السكان متسائلا إن الوضع لا يحتمل.", ["أحد السكان"]),
    ("وقال مسؤول محلي إن الطريق مغلق.", ["مسؤول محلي"]),
    # a possessive noun of that shape is a subject: "ونقلت الوكالة عن مراسلها قوله إن"
    ("ونقلت الوكالة عن مراسلها قوله إنه شاهد قوافل النازحين.", ["مراسلها"]),
])
def test_manner_participle_after_cue(quotes, check, text, speakers):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
