"""A cue in a relative clause on a plural of things ("السرقات التي يقول") belongs to the
sentence's subject, not to the noun or the previous speaker (audit U17 U-2)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال مصدر إن الشرطة تبحث عنه. ويعد كريم ناصر من أشهر اللصوص، وله تاريخ من السرقات التي يقول إنه "
     "استلهمها من الأفلام.", {"كريم ناصر": "PER"}, ["مصدر", "كريم ناصر"]),
    ("وقال الحلف إن الاجتماع طارئ. تبنى حزب العمال الهجوم ردا على الغارات الجوية على قواعده والتي قال "
     "انها انهت الهدنة.", {"حزب العمال": "ORG"}, ["الحلف", "حزب العمال"]),
    ("وقال مصدر إن الشرطة تبحث عنه. قبض على كريم ناصر أمس. ويعد ناصر من أشهر اللصوص، وله تاريخ من "
     "السرقات التي يقول إنه استلهمها من الأفلام.", {"كريم ناصر": "PER"}, ["مصدر", "ناصر"]),
    # must not fire: a person, a group or a source before التي; a human plural with الذين
    ("وقال مصدر إن الوضع هادئ. ووصلت الممثلة سلمى داود التي قالت إنها تعرضت للتهديد.",
     {"سلمى داود": "PER"}, ["مصدر", "سلمى داود"]),
    ("وقال مصدر إن الوضع هادئ. وتحدث الوزير عن السلطات التي قالت إنها ستستقيل.",
     {}, ["مصدر", "~السلطات"]),  # (~: the speaker span holds it)
])
def test_relative_on_things(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    got = [q.speaker.text if q.speaker else None for q in doc.quotes]
    assert len(got) == len(speakers)
    for have, want in zip(got, speakers):
        assert (want[1:] in (have or "")) if want.startswith("~") else have == want
