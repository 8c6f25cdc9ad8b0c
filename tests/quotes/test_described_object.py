"""After وصف, a lone definite noun right before بأنه/بأنها is what is described, not the
speaker (audit U37 SK-148: «وقال مسؤول … ووصف المعركة بأنها "كر وفر"» — the official spoke)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال مسؤول إن المقاتلين يتصدون للهجوم ووصف المعركة بأنها "كر وفر".', {}, ["مسؤول", "مسؤول"]),
    ('وقال الوزير إن الوضع صعب. ووصف الاتفاق بأنه "خطوة إلى الوراء".', {}, ["الوزير", "الوزير"]),
    # must not fire: a name or a source noun after the cue, no بأن
    ('ووصف شتاينماير الأكراد بأنهم "شركاء".', {"شتاينماير": "PER"}, ["شتاينماير"]),
    ('وقال مصدر إن الوضع هادئ. ووصف المسؤول بأن "الوضع تحت السيطرة".', {}, ["مصدر", "المسؤول"]),
])
def test_described_object(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
