""""وأضاف في تصريحات نقلتها وكالة …": the outlet named after the verb relaying the statement is
not the speaker; the subject-less cue keeps the previous speaker (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وقال عباس "نحن لن نتبنى العنف أبدا". وأضاف في تصريحات نقلتها وكالة الأنباء الرسمية "سيكون لنا موقف مختلف".',
     {"عباس": "PER", "وكالة الأنباء الرسمية": "ORG"}, ["عباس", "عباس"]),
    ("وقال عباس إن الوضع صعب. وأكد في تصريح نشرته وكالة رويترز أن الحل قريب.",
     {"عباس": "PER", "وكالة رويترز": "ORG"}, ["عباس", "عباس"]),
    # must not fire: the speaker named after the outlet; the outlet itself as the subject
    ("وقال عباس إن الوضع صعب. وأكد في تصريحات نقلتها وكالة رويترز الرئيس محمود عباس أن الحل قريب.",
     {"عباس": "PER", "محمود عباس": "PER", "وكالة رويترز": "ORG"}, ["عباس", "محمود عباس"]),
    ("وقال عباس إن الوضع صعب. وأكدت وكالة رويترز في تقرير أن الحل قريب.",
     {"عباس": "PER", "وكالة رويترز": "ORG"}, ["عباس", "وكالة رويترز"]),
])
def test_relayed_statement(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
