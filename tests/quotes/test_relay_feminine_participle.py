"""A feminine participle after a relayed quote whose speaker is masculine ("قوله/قولهم") goes on
with the one relaying: "ونقلت صحيفة تلغراف عن شهود قولهم إن …، مشيرة إلى أنه" — the paper
(audit U54, ant-SK-internationalNews-536, where شهود kept speaking)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ('ونقلت صحيفة "الغد" عن شهود قولهم إن المسلح هرب، مشيرة إلى أنه كان ملثما.', ["شهود", "الغد"]),
    # must not fire: a feminine speaker ("قولها"), a masculine participle
    ("ونقلت الوكالة عن الوزيرة قولها إن الوضع صعب، مشيرة إلى أنه تحسن.", ["الوزيرة", "الوزيرة"]),
    ("ونقلت الوكالة عن سامر الخطيب قوله إن الوضع صعب، مشيرا إلى أنه تحسن.", ["سامر الخطيب", "سامر الخطيب"]),
])
def test_relay_goes_on(quotes, check, text, speakers):
    doc = quotes(text, {"الغد": "ORG", "سامر الخطيب": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
