""""مصادر من أوساط الوزيرة X": sources from someone's circles speak, not the one named after them
(an item of the U62 audit)."""
from __future__ import annotations


def _speakers(doc):
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_sources_from_circles(quotes):
    doc = quotes("أعلنت مصادر من أوساط وزيرة الدفاع سعاد الأحمد الخميس أن الحكومة منحت الجيش مساعدة عسكرية.",
                 {"سعاد الأحمد": "PER"})
    assert _speakers(doc) == ["مصادر"]


def test_named_speaker_unchanged(quotes):
    # unchanged: the minister herself speaks
    doc = quotes("وأعلنت وزيرة الدفاع سعاد الأحمد الخميس أن الحكومة منحت الجيش مساعدة عسكرية.",
                 {"سعاد الأحمد": "PER"})
    assert _speakers(doc) == ["سعاد الأحمد"]
