"""السيد/السيدة before a definite adjective is the noun itself, the speaker — not the
honorific of a name (audit U37: "وأضافت السيدة البالغة من العمر 35 عاما:" spoke, not
"البالغة")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ('وأضافت السيدة البالغة من العمر 35 عاما: "عندما وصلنا إلى السجن، كان المكان مزدحما".', {}, ["السيدة"]),
    ('وقال السيد المسن: "لم نعد نملك شيئا".', {}, ["السيد"]),
    # must not fire: a name or a title after the honorific
    ('وقال السيد حسن نصر الله: "سنرد على الهجوم".', {"حسن نصر الله": "PER"}, ["حسن نصر الله"]),
    ('وقالت السيدة مريم سالم إن الوضع صعب.', {}, ["مريم سالم"]),
])
def test_lady_described(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
