""""كما كررت الإدارة القول بأنها «…»": the subject between the verb of renewing and its object
القول speaks, and a later subject-less cue goes on with it (audit U58: no speaker, and "وأضافت"
went to an older phrase)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وعقدت الإدارة مؤتمرا صحافيا. كما كررت الإدارة القول بأنها «لم تتراجع عن موقفها». وأضافت أن الضغوط مرفوضة.",
     {}, ["الإدارة", "الإدارة"]),
    ("وجدد المحافظ القول إن المشروع سينجز قريبا.", {}, ["المحافظ"]),
    # must not fire: a name after the verb stays the speaker
    ("وجدد كمال سليم القول إن المشروع سينجز قريبا.", {"كمال سليم": "PER"}, ["كمال سليم"]),
])
def test_renewed_saying_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
