""""قال لـ «الاقتصادية» مسؤول في الجوازات إن": a lone لـ before a short quoted name is the
paper told; the subject is the one after the closing mark (audit U60
saudinewsnet-2015-08-02-00233: the quote had no speaker, and the quotes after it went to the
paper's name)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("قال لـ «الوطن» مسؤول في البلدية إن الطريق سيفتح غدا.", ["مسؤول في البلدية"]),
    ('وقال ل"الشروق" مصدر أمني إن الهدوء عاد إلى البلدة.', ["مصدر أمني"]),
    ('وقال لـ"الأيام" سامي العلي إن المشروع تأخر.', ["سامي العلي"]),
    # kept: the subject before the paper told
    ('وقال المتحدث لـ"الشروق" إن الهدوء عاد إلى البلدة.', ["المتحدث"]),
])
def test_told_quoted_outlet(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
