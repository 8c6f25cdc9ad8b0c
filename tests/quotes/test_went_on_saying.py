""""ومضى يقول:", "وراحت تقول إن": a verb of going on (مضى، راح، عاد) before a present cue is no
speaker; with no subject after it the speaker before goes on, and with one ("ومضى الوزير
يقول") the subject is that one alone (audit U60 ant-SK-internationalNews-3219: the speaker was
"ومضى")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('وقال سامي العلي: "الوضع صعب". ومضى يقول: "لا نريد الحرب".', ["سامي العلي", "سامي العلي"]),
    ("وقالت سلمى الحسني إن الحل ممكن. وراحت تقول إن الوقت ينفد.", ["سلمى الحسني", "سلمى الحسني"]),
    ('وقال الوزير للصحفيين: "الاتفاق قريب". ومضى الوزير يقول إن العمل مستمر.', ["الوزير", "الوزير"]),
])
def test_went_on_saying(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER", "سلمى الحسني": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
