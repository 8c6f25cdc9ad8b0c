"""Audit U48: a subject-less cue after a sentence that opens with a reporting verb which made
no quote ("واعترفت إيران رسميا بتنفيذ 40 حكما …. وقالت إن") takes that verb's subject when the
two agree in a marked gender or number (اعترفت … قالت), not the speaker of an older quote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("قال سامي العلي إن الوضع صعب. واعترفت الأردن رسميا بترحيل 40 لاجئا هذا العام. وقالت إنها ستراجع القانون.",
     {"سامي العلي": "PER", "الأردن": "LOC"}, ["سامي العلي", "الأردن"]),
    ("قال سامي العلي إن الوضع صعب. وأعلنت الشرطة الفرنسية توقيف 3 أشخاص. وقالت إنها ستحقق في الحادث.",
     {"سامي العلي": "PER"}, ["سامي العلي", "الشرطة الفرنسية"]),
    ("قال سامي العلي إن الوضع صعب. وأعلنت الوزارة توقيف 3 أشخاص. وقالت إنها ستحقق في الحادث.",
     {"سامي العلي": "PER"}, ["سامي العلي", "الوزارة"]),
    # must keep: a masculine pair (everyone's default), a disagreeing cue, a quote in between
    ("قال سامي العلي إن الوضع صعب. وأعلن الجيش توقيف 3 أشخاص. وقال إن التحقيق مستمر.",
     {"سامي العلي": "PER"}, ["سامي العلي", "سامي العلي"]),
    ("قالت منى الخطيب إن الوضع صعب. وأعلنت الشرطة توقيف 3 أشخاص. وأضاف أن التحقيق مستمر.",
     {"منى الخطيب": "PER"}, ["منى الخطيب", "منى الخطيب"]),
])
def test_speaker(quotes, text, names, speakers):
    assert [q.speaker.text if q.speaker else None for q in quotes(text, names).quotes] == speakers
