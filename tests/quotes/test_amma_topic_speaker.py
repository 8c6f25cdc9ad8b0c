""""أما X فـ<cue>": a ف-cue in a sentence opened by أما speaks for the topic أما names — its last
person or organisation (a title's holder), else the topic noun phrase (audit U62: "أما منظمة "سي ووتش" الألمانية غير
الحكومية فاعتبرت ما حصل «…»" went to the speaker before)."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER", "سي ووتش": "ORG", "خالد حسن": "PER"}


@pytest.mark.parametrize("text,want", [
    ('وقال سامي العلي إن ما حصل طرد جماعي. أما منظمة "سي ووتش" الألمانية غير الحكومية فاعتبرت ما '
     'حصل "أول عملية طرد منذ سنوات طويلة".',
     [("سامي العلي", "ما حصل طرد جماعي"), ("سي ووتش", "أول عملية طرد منذ سنوات طويلة")]),
    ("وقال سامي العلي إن ما حصل طرد جماعي. أما المنظمة الألمانية فقالت إن ما حصل غير قانوني.",
     [("سامي العلي", "ما حصل طرد جماعي"), ("المنظمة الألمانية", "ما حصل غير قانوني")]),
    ("وقال سامي العلي إن ما حصل طرد جماعي. أما رئيس منظمة سي ووتش الدكتور خالد حسن فقال إن ما حصل مؤسف.",
     [("سامي العلي", "ما حصل طرد جماعي"), ("خالد حسن", "ما حصل مؤسف")]),
    # must not fire: a topic opened by a preposition ("as for the losses") — the speaker goes on
    ("وقال سامي العلي إن ما حصل طرد جماعي. أما عن الخسائر فقال إنها كبيرة جدا.",
     [("سامي العلي", "ما حصل طرد جماعي"), ("سامي العلي", "كبيرة جدا")]),
])
def test_amma_topic_speaker(quotes, check, text, want):
    doc = quotes(text, N)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
