""""ولا ترى أنه": the و of the negation joins the cue to the sentence before, whose subject
goes on speaking; "ولا" is no speaker (audit U64)."""
from __future__ import annotations


def _speakers(doc):
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_negation_with_and_is_no_speaker(quotes):
    doc = quotes("وشددت الشرطة على أنها تتعامل مع الحادث كجريمة كبيرة. ولا ترى أنه من المناسب إعطاء "
                 "تعليقات إضافية في هذه المرحلة.", {"الشرطة": "ORG"})
    assert _speakers(doc) == ["الشرطة", "الشرطة"]
