"""Audit U46: "وأكد البيان الختامي …" — a summit's or meeting's closing (or joint) communiqué
speaks for the meeting: the speaker is that description, not a name from the sentence before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('أكدت دول المجلس في نهاية قمتها دعمها التام لسامي العلي، وأكد البيان الختامي "مساندة دول المجلس '
     'الكاملة للحكومة في ما يحقق الاستقرار".', ["البيان الختامي"]),
    ("وأكد البيان المشترك أن الدول تساند الحكومة.", ["البيان المشترك"]),
    # kept: a bare البيان continues the previous speaker
    ("قالت الوزارة إن الوضع هادئ. وأضاف البيان أن الدوريات مستمرة.", ["الوزارة", "الوزارة"]),
])
def test_speaker(quotes, text, speakers):
    assert [q.speaker.text for q in quotes(text, {"سامي العلي": "PER"}).quotes] == speakers
