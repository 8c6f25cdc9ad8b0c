"""An outlet in a dateline's parentheses before a dash ("دبي (CNN)-- …") credits the story;
it is not the subject a participle or a subject-less cue falls back to (audit U37 CN-1442:
«(CNN)-- كشف الجيش المصري …، معلنا …» spoke as CNN)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('دبي، الإمارات العربية المتحدة (CNN)-- كشف الجيش المصري نتائج عملياته، معلنا أن "القوات قتلت 52 مسلحا".',
     {"CNN": "ORG", "الجيش المصري": "ORG"}, ["الجيش المصري"]),
    ('القاهرة (CNN) -- أعلنت وزارة الداخلية ضبط خلية، مؤكدة أن "عناصرها كانوا يخططون لهجمات".',
     {"CNN": "ORG", "وزارة الداخلية": "ORG"}, ["وزارة الداخلية"]),
    ('أتلانتا، الولايات المتحدة (CNN)-- نفت السلطات الروسية منع مفتشي منظمة الأسلحة الكيماوية من دخول '
     'المدينة، مضيفة بأن "التأخير سببه الضربات الجوية".',
     {"CNN": "ORG", "منظمة الأسلحة الكيماوية": "ORG"}, ["السلطات الروسية"]),
    # must not fire: an outlet named as the source in the sentence, not in a dateline
    ('ونقلت شبكة (CNN) عن مسؤول قوله إن "الهجوم كان متوقعا"، مضيفة أن "التحقيق مستمر".',
     {"CNN": "ORG"}, ["مسؤول", "مسؤول"]),
])
def test_dateline_credit(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
