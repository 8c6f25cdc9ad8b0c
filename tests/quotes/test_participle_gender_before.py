""""وأوضح الوزير أنه …، إلا أن بلاده تعتقد أن …، مشيراً إلى أن": a masculine participle after a
feminine cue of its sentence goes on with the latest quote before it whose cue is masculine,
not with the feminine one (audit U60 ant-JA-localNews-1099-20160703: "بلاده" was pointing out)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأوضح وزير الخارجية أنه رغم النجاحات التي حققتها القوات، إلا أن بلاده تعتقد أن الحرب لا زالت "
     "مفتوحة، مشيراً إلى أن التسوية السياسية عامل حاسم.",
     [("وأوضح", "وزير الخارجية"), ("تعتقد", "بلاده"), ("مشيراً", "وزير الخارجية")]),
    # kept: a feminine participle after the feminine cue
    ("وأوضح وزير الخارجية أنه رغم النجاحات التي حققتها القوات، إلا أن الحكومة تعتقد أن الحرب لا زالت "
     "مفتوحة، مشيرة إلى أن التسوية السياسية عامل حاسم.",
     [("وأوضح", "وزير الخارجية"), ("تعتقد", "الحكومة"), ("مشيرة", "الحكومة")]),
])
def test_participle_gender_before(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == want
