"""A subject-less "وقالت" after a sentence with no quote whose speech verb ("دانت", "أدانت")
has an institution that is no name (a ministry) as its subject takes that institution, not the
last quote's speaker (audit qtq27, ant-AL-internationalNews-166)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال الرئيس سامي خليل إن الوضع مستقر. ودانت وزارة الخارجية الكندية الهجوم. "
     "وقالت إن العنف غير مقبول.", {"سامي خليل": "PER"}, ["سامي خليل", "وزارة الخارجية الكندية"]),
    ("وقال الرئيس سامي خليل إن الوضع مستقر. وأدانت وزارة الدفاع الهندية القصف. "
     "وأضافت أن قواتها سترد.", {"سامي خليل": "PER"}, ["سامي خليل", "وزارة الدفاع الهندية"]),
    # must not fire: an anaphoric institution ("الوزارة") is left to the chain when the cue does
    # not agree with its verb (an agreeing "وقالت": tests/quotes/test_agreeing_anaphor.py); a verb
    # that is no speech act ("التقت")
    ("وقال الرئيس سامي خليل إن الوضع مستقر. وأدانت الوزارة الهجوم. وقال إن العنف غير مقبول.",
     {"سامي خليل": "PER"}, ["سامي خليل", "سامي خليل"]),
    ("وقال الرئيس سامي خليل إن الوضع مستقر. والتقت وزارة الخارجية الكندية الوفد. "
     "وقالت إن العنف غير مقبول.", {"سامي خليل": "PER"}, ["سامي خليل", "سامي خليل"]),
])
def test_institution_speech_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
