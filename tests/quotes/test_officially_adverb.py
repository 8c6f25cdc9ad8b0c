""""أكد الأربعاء، رسمياً أن …": رسمياً is an adverb between the cue and its complement, never
the speaker (audit U64)."""
from __future__ import annotations


def _quotes(doc):
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


def test_officially_is_no_speaker(quotes):
    doc = quotes('وكان المتحدث باسم الحركة "سعيد الأحمد"، أكد الأربعاء، رسمياً أن "القائد توفي قبل مدة بسبب المرض".',
                 {"سعيد الأحمد": "PER"})
    assert all(s != "رسمياً" for _, s, _ in _quotes(doc))
