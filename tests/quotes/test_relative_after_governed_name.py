"""A cue right after a relative pronoun whose head is a name governed by a preposition
("ووجه رسالة تحذير لروسيا التي أكدت أن") has that name as its speaker, not the clause before
it (audit U54, ant-CN-middleEast-574: the speaker was "ووجه رسالة تحذير لروسيا")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وهدد سامر الخطيب باستهداف المدينة، ووجه رسالة تحذير لروسيا التي أكدت أن الصواريخ يجب أن تستهدف المسلحين.",
     ["روسيا"]),
    ("وأرسل سامر الخطيب رسالة إلى الأمم المتحدة التي قالت إنها ستدرس الطلب.", ["الأمم المتحدة"]),
    # must not fire: a name before the relative with no preposition keeps its own reading
    ("وكان سامر الخطيب الذي قال إن الوضع صعب قد غادر.", ["سامر الخطيب"]),
])
def test_relative_head_speaks(quotes, check, text, speakers):
    doc = quotes(text, {"سامر الخطيب": "PER", "روسيا": "LOC", "الأمم المتحدة": "ORG"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
